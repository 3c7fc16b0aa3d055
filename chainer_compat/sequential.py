"""Placeholder: Sequential is being written in this session."""
from chainer_compat import link


class Sequential(link.ChainList):
    pass
