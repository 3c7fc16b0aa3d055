"""Placeholder: the reporter is being written in this session."""
import contextlib


class Reporter(object):
    pass


class Summary(object):
    pass


class DictSummary(object):
    pass


def get_current_reporter():
    raise NotImplementedError


def report(values, observer=None):
    pass


@contextlib.contextmanager
def report_scope(observation):
    yield
