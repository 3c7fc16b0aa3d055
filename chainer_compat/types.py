"""``chainer.types``: type aliases used in Chainer's annotations."""
import numbers
import typing as tp
from typing import TYPE_CHECKING  # NOQA

Shape = tp.Tuple[int, ...]
ShapeSpec = tp.Union[int, tp.Sequence[int]]
DTypeSpec = tp.Union[tp.Any]
NdArray = tp.Union['numpy.ndarray', 'cuda.ndarray', 'torch.Tensor']
Xp = tp.Union[tp.Any]


class AbstractInitializer(tp.Protocol):
    """Protocol of initializers: a callable that fills an ndarray."""

    dtype = None

    def __call__(self, array):
        pass


ScalarValue = tp.Union['numpy.generic', bytes, str, memoryview,
                       numbers.Number]
InitializerSpec = tp.Union[AbstractInitializer, ScalarValue, 'numpy.ndarray']
DeviceSpec = tp.Union['backend.Device', str, tp.Tuple[str, int],
                      'ModuleType', int]
CudaDeviceSpec = tp.Union['cuda.Device', int, 'numpy.integer']
