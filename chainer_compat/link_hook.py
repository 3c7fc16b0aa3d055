"""``chainer.LinkHook``: callbacks around ``Link.__call__``."""
import chainer_compat
from chainer_compat import utils


class _ForwardPreprocessCallbackArgs(object):

    def __init__(self, link, forward_name, args, kwargs):
        self.link = link
        self.forward_name = forward_name
        self.args = args
        self.kwargs = kwargs

    def __repr__(self):
        return utils._repr_with_named_data(
            self, link=self.link, forward_name=self.forward_name,
            args=self.args, kwargs=self.kwargs)


class _ForwardPostprocessCallbackArgs(object):

    def __init__(self, link, forward_name, args, kwargs, out):
        self.link = link
        self.forward_name = forward_name
        self.args = args
        self.kwargs = kwargs
        self.out = out

    def __repr__(self):
        return utils._repr_with_named_data(
            self, link=self.link, forward_name=self.forward_name,
            args=self.args, kwargs=self.kwargs, out=self.out)


class LinkHook(object):

    """Base class of hooks for links (Chainer API)."""

    name = 'LinkHook'

    def __enter__(self):
        link_hooks = chainer_compat._get_link_hooks()
        if self.name in link_hooks:
            raise KeyError('hook %s already exists' % self.name)
        link_hooks[self.name] = self
        self.added(None)
        return self

    def __exit__(self, *_):
        link_hooks = chainer_compat._get_link_hooks()
        link_hooks[self.name].deleted(None)
        del link_hooks[self.name]

    def added(self, link):
        pass

    def deleted(self, link):
        pass

    def forward_preprocess(self, args):
        pass

    def forward_postprocess(self, args):
        pass
