"""``chainer.link_hooks.WeightStandardization``."""
import numpy

from chainer_compat import link_hook


class WeightStandardization(link_hook.LinkHook):

    """Standardizes the weight (zero mean, unit variance per output unit)
    before each forward, via ``F.group_normalization(W, groups=1)``."""

    name = 'WeightStandardization'

    def __init__(self, *, eps=1e-5, weight_name='W', name=None):
        self.eps = eps
        self.weight_name = weight_name
        self._initialized = False
        if name is not None:
            self.name = name

    def __enter__(self):
        raise NotImplementedError(
            'This hook is not supposed to be used as context manager.')

    def __exit__(self):
        raise NotImplementedError

    def added(self, link):
        if not hasattr(link, self.weight_name):
            raise ValueError(
                'Weight \'{}\' does not exist!'.format(self.weight_name))
        if getattr(link, self.weight_name).array is not None:
            self._initialized = True

    def forward_preprocess(self, cb_args):
        link = cb_args.link
        input_variable = cb_args.args[0]
        if not self._initialized:
            if getattr(link, self.weight_name).array is None:
                if input_variable is None:
                    raise ValueError('Input variable does not exist!')
                link._initialize_params(input_variable.shape[1])
        weight = getattr(link, self.weight_name)
        n = weight.shape[1]
        gamma = link.device.send(numpy.ones((n,), dtype=weight.dtype))
        beta = link.device.send(numpy.zeros((n,), dtype=weight.dtype))
        # Keep the raw Parameter to put it back after the forward.
        self.original_weight = weight
        from chainer_compat.functions.normalization import \
            group_normalization
        normalized_weight = group_normalization.group_normalization(
            weight, groups=1, gamma=gamma, beta=beta, eps=self.eps)
        link.__dict__[self.weight_name] = normalized_weight

    def forward_postprocess(self, cb_args):
        link = cb_args.link
        link.__dict__[self.weight_name] = self.original_weight
