"""``chainer.links.BlackOut``."""
import numpy

from chainer_compat import link
from chainer_compat import variable


class BlackOut(link.Link):

    """BlackOut loss layer; negative samples come from a Walker-alias
    sampler over ``counts`` (numpy's global RNG, as Chainer on CPU)."""

    sample_data = None

    def __init__(self, in_size, counts, sample_size):
        super(BlackOut, self).__init__()
        from chainer_compat.utils import walker_alias
        vocab_size = len(counts)
        p = numpy.array(counts, dtype=numpy.float32)
        self.sampler = walker_alias.WalkerAlias(p)
        self.sample_size = sample_size

        with self.init_scope():
            self.W = variable.Parameter(shape=(vocab_size, in_size))

    def device_resident_accept(self, visitor):
        super(BlackOut, self).device_resident_accept(visitor)
        self.sampler.device_resident_accept(visitor)

    def forward(self, x, t):
        batch_size = x.shape[0]
        if self.sample_data is not None:
            # for test
            sample_data = self.sample_data
        else:
            shape = (batch_size, self.sample_size)
            sample_data = self.sampler.sample(shape)
        samples = variable.Variable(sample_data, requires_grad=False)
        from chainer_compat.functions.loss import black_out
        return black_out.black_out(x, t, self.W, samples)
