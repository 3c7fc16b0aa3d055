"""Placeholder: the optimizer area is being written in this session."""


class UpdateRule(object):
    pass


class Optimizer(object):
    pass


class GradientMethod(Optimizer):
    pass
