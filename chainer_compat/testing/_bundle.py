"""Test-class generation machinery shared by ``parameterize``,
``inject_backend_tests`` and ``fix_random``.

A decorator built by :func:`make_decorator` turns one test class (or the
bundle produced by a previous decorator) into a bundle of generated classes.
Each generated class is registered in the defining module under its new
name; when decorators are stacked, the intermediate classes are removed from
the module again so that pytest only collects the final products (this is
what makes the generated class names line up with Chainer's).
"""
import collections
import inspect
import sys


_TestCaseTuple = collections.namedtuple(
    '_TestCaseTuple', ('klass', 'module_name', 'class_name'))


class _ParameterizedTestCaseBundle(object):

    def __init__(self, cases):
        if not isinstance(cases, list) or not all(
                isinstance(c, _TestCaseTuple) for c in cases):
            raise TypeError('cases must be a list of _TestCaseTuple')
        self.cases = cases


def _as_cases(target):
    if isinstance(target, _ParameterizedTestCaseBundle):
        return target.cases
    return [_TestCaseTuple(target, None, None)]


def _test_methods(base):
    """(name, function) of every ``test_*`` callable the class exposes."""
    return [
        (name, value) for name, value in inspect.getmembers(
            base,
            predicate=lambda m: inspect.isfunction(m) or inspect.ismethod(m))
        if name.startswith('test_')]


def _build_class(base, module, cls_name, members, method_generator):
    attrs = dict(members)
    for name, method in _test_methods(base):
        # A generator returning None disables the method (pytest ignores a
        # ``None`` attribute).
        attrs[name] = method_generator(method)
    klass = type(cls_name, (base,), attrs)
    setattr(module, cls_name, klass)
    return _TestCaseTuple(klass, module.__name__, cls_name)


def make_decorator(test_case_generator):
    """Makes a class decorator from ``test_case_generator``.

    ``test_case_generator(base)`` yields ``(class_name, members,
    method_generator)`` triples, one per class to generate.
    """
    def decorator(target):
        generated = []
        for klass, module_name, class_name in _as_cases(target):
            if module_name is None:
                module_name = klass.__module__
            else:
                # An intermediate class from a stacked decorator: take it out
                # of its module so that only the final classes are collected.
                delattr(sys.modules[module_name], class_name)
            module = sys.modules[module_name]
            for name, members, method_generator in test_case_generator(klass):
                generated.append(_build_class(
                    klass, module, name, members, method_generator))
        return _ParameterizedTestCaseBundle(generated)
    return decorator
