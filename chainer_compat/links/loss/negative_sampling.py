"""``chainer.links.NegativeSampling``."""
import numpy

import chainer_compat
from chainer_compat import link
from chainer_compat.utils import argument
from chainer_compat import variable


class NegativeSampling(link.Link):

    """Negative-sampling loss layer (``W`` zeros ``(vocab, in_size)``;
    sampler over ``counts ** power``)."""

    def __init__(self, in_size, counts, sample_size, power=0.75, dtype=None):
        super(NegativeSampling, self).__init__()
        from chainer_compat.utils import walker_alias
        dtype = chainer_compat.get_dtype(dtype)
        vocab_size = len(counts)
        self.sample_size = sample_size
        power = dtype.type(power)
        p = numpy.array(counts, dtype)
        numpy.power(p, power, p)
        self.sampler = walker_alias.WalkerAlias(p)

        with self.init_scope():
            self.W = variable.Parameter(0, (vocab_size, in_size))

    def device_resident_accept(self, visitor):
        super(NegativeSampling, self).device_resident_accept(visitor)
        self.sampler.device_resident_accept(visitor)

    def forward(self, x, t, reduce='sum', **kwargs):
        """forward(x, t, reduce='sum', *, return_samples=False)"""
        return_samples = False
        if kwargs:
            return_samples, = argument.parse_kwargs(
                kwargs, ('return_samples', return_samples))
        from chainer_compat.functions.loss import negative_sampling
        return negative_sampling.negative_sampling(
            x, t, self.W, self.sampler.sample, self.sample_size,
            reduce=reduce, return_samples=return_samples)
