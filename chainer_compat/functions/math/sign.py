"""``chainer.functions.sign``."""
import torch

from chainer_compat._bridge import function as _f


def sign(x):
    """Element-wise sign (not differentiable: as in Chainer the result is a
    new Variable with ``requires_grad=False``).  Bool input raises
    TypeError as numpy's ``sign`` does."""
    t = _f.tensor(x).detach()
    if t.dtype == torch.bool:
        raise TypeError("ufunc 'sign' did not contain a loop with signature "
                        "matching types <class 'numpy.dtype[bool_]'> -> "
                        "None")
    with torch.no_grad():
        y = torch.sign(t)
    return _f._from_tensor(y, False)
