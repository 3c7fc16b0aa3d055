"""``chainer.FunctionHook``: callbacks around function applications."""
import chainer_compat


class FunctionHook(object):

    """Base class of hooks for function applications (Chainer API).

    Used as a context manager it registers itself globally (thread-local);
    ``FunctionNode.add_hook`` registers it on one node.  In the facade, hooks
    fire around user-defined ``FunctionNode``/``Function`` applications.
    Built-in functions are torch compositions and do not call hooks
    (divergence D-008).
    """

    name = 'FunctionHook'

    def __enter__(self):
        function_hooks = chainer_compat.get_function_hooks()
        if self.name in function_hooks:
            raise KeyError('hook %s already exists' % self.name)
        function_hooks[self.name] = self
        self.added(None)
        return self

    def __exit__(self, *_):
        chainer_compat.get_function_hooks()[self.name].deleted(None)
        del chainer_compat.get_function_hooks()[self.name]

    def added(self, function):
        pass

    def deleted(self, function):
        pass

    def forward_preprocess(self, function, in_data):
        pass

    def forward_postprocess(self, function, in_data):
        pass

    def backward_preprocess(self, function, in_data, out_grad):
        pass

    def backward_postprocess(self, function, in_data, out_grad):
        pass
