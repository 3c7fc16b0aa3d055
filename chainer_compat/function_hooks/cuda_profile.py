"""``CUDAProfileHook``: NVTX ranges around function calls."""
from chainer_compat.backends import cuda
from chainer_compat import function_hook


def _nvtx():
    import torch
    return torch.cuda.nvtx


class CUDAProfileHook(function_hook.FunctionHook):

    """Pushes an NVTX range ``'<label>.forward'``/``'<label>.backward'``
    around each hooked function (Chainer API; ranges are emitted with
    ``torch.cuda.nvtx``).  Needs CUDA."""

    name = 'CUDAProfileHook'

    def __init__(self):
        cuda.check_cuda_available()

    def forward_preprocess(self, function, in_data):
        _nvtx().range_push(function.label + '.forward')

    def forward_postprocess(self, function, in_data):
        _nvtx().range_pop()

    def backward_preprocess(self, function, in_data, out_grad):
        _nvtx().range_push(function.label + '.backward')

    def backward_postprocess(self, function, in_data, out_grad):
        _nvtx().range_pop()
