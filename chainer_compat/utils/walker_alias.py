"""Walker's alias method (``chainer.utils.walker_alias``)."""
import numpy
import torch

import chainer_compat
from chainer_compat import device_resident
from chainer_compat._bridge import convert as _convert


class WalkerAlias(device_resident.DeviceResident):

    """Samples indices with probabilities ``probs`` (normalised) in O(1)
    per sample (Chainer API).

    On CPU it draws ``numpy.random.uniform`` exactly as Chainer does, so a
    seeded numpy RNG gives Chainer's samples.
    """

    def __init__(self, probs):
        super(WalkerAlias, self).__init__()
        n = len(probs)
        prob = numpy.array(probs, numpy.float32)
        prob /= numpy.sum(prob)
        threshold = numpy.ndarray(n, numpy.float32)
        values = numpy.ndarray(n * 2, numpy.int32)
        # Pair small buckets (filled left to right) with the large ones that
        # top them up (consumed from the right end of the sorted order).
        n_filled, n_topped = 0, 0
        # Chainer (on NumPy 1.x) does this arithmetic in float64 (scalar
        # promotion); Python floats keep it so under NumPy 2's NEP 50.
        for p_i, i in sorted(zip(prob, range(n))):
            p = float(p_i) * n
            while p > 1 and n_topped < n_filled:
                values[n_topped * 2 + 1] = i
                p -= 1.0 - float(threshold[n_topped])
                n_topped += 1
            threshold[n_filled] = p
            values[n_filled * 2] = i
            n_filled += 1
        for i in range(n_topped, n):
            values[i * 2 + 1] = 0
        assert (values < len(threshold)).all()
        self.threshold = threshold
        self.values = values

    @property
    def use_gpu(self):
        xp = self.device.xp
        if xp is numpy:
            return False
        if self.device.name.startswith('@cupy'):
            return True
        raise RuntimeError(
            'WalkerAlias.use_gpu attribute is only applicable for numpy or '
            'cupy devices. Use WalkerAlias.device attribute for general '
            'devices.')

    def device_resident_accept(self, visitor):
        super(WalkerAlias, self).device_resident_accept(visitor)
        self.threshold = visitor.visit_array(self.threshold)
        self.values = visitor.visit_array(self.values)

    def sample(self, shape):
        """Draws an int32 array of ``shape`` (on the sampler's device)."""
        device = self.device
        with chainer_compat.using_device(device):
            if device.xp is numpy:
                return self.sample_xp(numpy, shape)
            return self.sample_gpu(shape)

    def sample_xp(self, xp, shape):
        thr_dtype = self.threshold.dtype
        pb = xp.random.uniform(0, len(self.threshold), shape)
        index = pb.astype(numpy.int32)
        left_right = (self.threshold[index]
                      < (pb.astype(thr_dtype) - index.astype(thr_dtype)))
        return self.values[index * 2 + left_right.astype(numpy.int32)]

    def sample_gpu(self, shape):
        # Chainer draws float32 uniforms with cupy; here torch's generator on
        # the device does (different random stream, same distribution).
        threshold = _convert.as_tensor(self.threshold)
        values = _convert.as_tensor(self.values)
        b = threshold.shape[0]
        pb = torch.rand(tuple(shape), dtype=torch.float32,
                        device=threshold.device) * b
        index = pb.floor().to(torch.int64).clamp_(max=b - 1)
        left_right = (threshold[index] < pb - index.to(pb.dtype)).long()
        return _convert.to_array(values[index * 2 + left_right])
