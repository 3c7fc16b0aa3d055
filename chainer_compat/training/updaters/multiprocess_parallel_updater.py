"""``chainer.training.updaters.MultiprocessParallelUpdater``.

Chainer implements it with one process per GPU and NCCL all-reduce through
CuPy (``cupy.cuda.nccl``).  That transport is not available here:
``available()`` is False unless CuPy's NCCL module imports, and the
constructor raises Chainer's own "NCCL is not enabled" exception otherwise
(docs/divergences.md D-806).  Use ``ParallelUpdater`` or torch DDP instead.
"""
import numpy

from chainer_compat.dataset import convert
from chainer_compat.training.updaters import standard_updater

try:
    from cupy.cuda import nccl  # NOQA
    _available = True
except Exception:
    _available = False


class MultiprocessParallelUpdater(standard_updater.StandardUpdater):

    """Multi-process data-parallel updater (needs NCCL; see module doc)."""

    def __init__(self, iterators, optimizer, converter=convert.concat_examples,
                 devices=None, auto_new_epoch=True):
        if not MultiprocessParallelUpdater.available():
            raise Exception(
                'NCCL is not enabled. MultiprocessParallelUpdater '
                'requires NCCL.\n'
                'Please reinstall CuPy after you install NCCL.\n'
                '(see https://docs-cupy.chainer.org/en/latest/install.html)')
        raise NotImplementedError(
            'chainer.training.updaters.MultiprocessParallelUpdater: the '
            'NCCL multi-process transport is not implemented on torch '
            '(see docs/divergences.md D-806); use ParallelUpdater or '
            'torch.nn.parallel.DistributedDataParallel')

    @staticmethod
    def available():
        return _available


def _calc_loss(model, in_arrays):
    if isinstance(in_arrays, tuple):
        return model(*in_arrays)
    elif isinstance(in_arrays, dict):
        return model(**in_arrays)
    return model(in_arrays)


def size_num_grads(link):
    """Counts the total size and number of the (non-empty) params of a link."""
    size = 0
    num = 0
    for param in link.params():
        if param.size == 0:
            continue
        size += param.size
        num += 1
    return size, num


def _gather(link, target):
    import torch
    from chainer_compat._bridge import convert as _convert
    pieces = []
    for _, param in sorted(link.namedparams()):
        if param.size == 0:
            continue
        d = getattr(param, target)
        if d is None:
            pieces.append(torch.zeros(param.size, dtype=torch.float32,
                                      device=param._t.device))
        else:
            pieces.append(_convert.as_tensor(d).reshape(-1).float())
    return _convert.to_array(torch.cat(pieces))


def _scatter(link, array, target):
    from chainer_compat._bridge import convert as _convert
    flat = _convert.as_tensor(array)
    offset = 0
    for _, param in sorted(link.namedparams()):
        if param.size == 0:
            continue
        n = param.size
        chunk = flat[offset:offset + n].reshape(param.shape)
        offset += n
        if target == 'grad':
            if param.grad is None:
                param.grad = param.xp.zeros_like(param.array) \
                    if param.xp is numpy else None
            dst = _convert.as_tensor(param.grad)
        else:
            dst = param._t
        with __import__('torch').no_grad():
            dst.copy_(chunk.to(dst.dtype))


def _check_gpu(link, what):
    if link.xp is numpy:
        raise RuntimeError('{} works only on GPU.'.format(what))


def gather_grads(link):
    """Concatenates all gradient arrays into one float32 array (GPU only)."""
    _check_gpu(link, 'gather_grads')
    return _gather(link, 'grad')


def gather_params(link):
    """Concatenates all parameter arrays into one float32 array (GPU only)."""
    _check_gpu(link, 'Link.gather_params')
    return _gather(link, 'data')


def scatter_grads(link, array):
    """Puts back the gradient arrays from one array (GPU only)."""
    _scatter(link, array, 'grad')


def scatter_params(link, array):
    """Puts back the parameter arrays from one array (GPU only)."""
    _scatter(link, array, 'data')
