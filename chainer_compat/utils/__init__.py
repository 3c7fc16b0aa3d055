"""``chainer.utils``: helpers that user functions and links call."""
import collections
import collections.abc
import contextlib
import shutil
import tempfile

import numpy

from chainer_compat.utils import argument  # NOQA
from chainer_compat.utils import type_check  # NOQA
from chainer_compat.utils.array import size_of_shape  # NOQA
from chainer_compat.utils.array import sum_to  # NOQA
from chainer_compat.utils.conv import get_conv_outsize  # NOQA
from chainer_compat.utils.conv import get_deconv_outsize  # NOQA
from chainer_compat.utils.error import _format_array_props  # NOQA
from chainer_compat.utils.experimental import experimental  # NOQA
from chainer_compat.utils.meta import enable_final  # NOQA
from chainer_compat.utils.meta import final  # NOQA
from chainer_compat.utils.nondeterministic import nondeterministic  # NOQA
from chainer_compat.utils.sparse import CooMatrix  # NOQA
from chainer_compat.utils.sparse import get_order  # NOQA
from chainer_compat.utils.sparse import to_coo  # NOQA

collections_abc = collections.abc


def force_array(x, dtype=None):
    """Makes a 0-d array out of a numpy scalar (numpy ufuncs drop 0-d
    arrays to scalars); casts to ``dtype`` when given."""
    if numpy.isscalar(x):
        if dtype is None:
            return numpy.array(x)
        return numpy.array(x, dtype)
    if dtype is None:
        return x
    return x.astype(dtype, copy=False)


def force_type(dtype, value):
    """Casts a scalar or array ``value`` to ``dtype`` (no copy if equal)."""
    if numpy.isscalar(value):
        return dtype.type(value)
    if value.dtype != dtype:
        return value.astype(dtype, copy=False)
    return value


@contextlib.contextmanager
def tempdir(**kwargs):
    """Context manager giving a temporary directory, removed on exit.

    Keyword arguments go to :func:`tempfile.mkdtemp`, except
    ``ignore_errors`` (for :func:`shutil.rmtree`).
    """
    ignore_errors = kwargs.pop('ignore_errors', False)
    temp_dir = tempfile.mkdtemp(**kwargs)
    try:
        yield temp_dir
    finally:
        shutil.rmtree(temp_dir, ignore_errors=ignore_errors)


def _repr_with_named_data(inst, **kwargs):
    """'<module.Class k=v ...>' repr helper."""
    return '<{}.{} {}>'.format(
        inst.__module__, type(inst).__qualname__,
        ' '.join('{}={}'.format(k, v) for k, v in kwargs.items()))


def _check_arrays_forward_compatible(arrays, label=None):
    import chainer_compat
    if not chainer_compat.is_arrays_compatible(arrays):
        raise TypeError(
            'incompatible array types are mixed in the forward input{}.\n'
            'Actual: {}'.format(
                ' ({})'.format(label) if label is not None else '',
                ', '.join(str(type(a)) for a in arrays)))


def _raise_from(exc_type, message, orig_exc):
    """Raises ``exc_type`` whose message appends the original error, keeping
    the original traceback."""
    full = '{}\n\n(caused by)\n{}: {}\n'.format(
        message, type(orig_exc).__name__, orig_exc)
    try:
        new_exc = exc_type(full)
    except Exception:
        # Exception classes whose constructor takes other arguments (e.g.
        # InvalidType(expect, actual)): Chainer would fail with a TypeError
        # that hides the original error; re-raise the original with the
        # context attached instead.
        if hasattr(orig_exc, 'add_note'):
            orig_exc.add_note(message)
        raise orig_exc
    raise new_exc.with_traceback(orig_exc.__traceback__) from None


def __getattr__(name):
    # ``WalkerAlias`` needs DeviceResident (and through it the device API),
    # which imports this package: resolve it on first use.
    if name == 'WalkerAlias':
        from chainer_compat.utils.walker_alias import WalkerAlias
        globals()['WalkerAlias'] = WalkerAlias
        return WalkerAlias
    if name in ('cache', 'conv_nd', 'conv_nd_kernel', 'imgproc', 'precision',
                'walker_alias'):
        import importlib
        return importlib.import_module('chainer_compat.utils.' + name)
    raise AttributeError(
        "module 'chainer_compat.utils' has no attribute {!r}".format(name))
