"""``snapshot`` / ``snapshot_object`` extensions."""
import os
import warnings

import chainer_compat
from chainer_compat.serializers import npz
from chainer_compat.training import extension
from chainer_compat.training.extensions import snapshot_writers
from chainer_compat.utils import argument


def _find_snapshot_files(fmt, path):
    """(mtime, filename) of files matching ``fmt``'s prefix/suffix, sorted."""
    prefix = fmt.split('{')[0]
    suffix = fmt.split('}')[-1]
    matched = (f for f in os.listdir(path)
               if f.startswith(prefix) and f.endswith(suffix))

    def _prepend_mtime(f):
        return os.stat(os.path.join(path, f)).st_mtime, f

    return sorted(_prepend_mtime(f) for f in matched)


def _find_latest_snapshot(fmt, path):
    """The newest (by mtime) snapshot file name matching ``fmt``, or None."""
    files = _find_snapshot_files(fmt, path)
    if files:
        return files[-1][1]
    return None


def _find_stale_snapshots(fmt, path, n_retains, **kwargs):
    """Yields the oldest snapshot files beyond the newest ``n_retains``."""
    if 'num_retain' in kwargs:
        warnings.warn(
            'Argument `num_retain` is deprecated. '
            'Please use `n_retains` instead',
            DeprecationWarning)
        n_retains = kwargs['num_retain']
    files = _find_snapshot_files(fmt, path)
    n_removes = len(files) - n_retains
    if n_removes > 0:
        for _, filename in files[:n_removes]:
            yield filename


def snapshot_object(target, filename, savefun=None, **kwargs):
    """Returns a trainer extension to take snapshots of a given object."""
    if 'num_retain' in kwargs:
        warnings.warn(
            'Argument `num_retain` is deprecated. '
            'Please use `n_retains` instead',
            DeprecationWarning)
        kwargs['n_retains'] = kwargs.pop('num_retain')
    return snapshot(target=target, filename=filename, savefun=savefun,
                    **kwargs)


def snapshot(savefun=None,
             filename='snapshot_iter_{.updater.iteration}', **kwargs):
    """Returns a trainer extension to take snapshots of the trainer.

    Keyword-only options (as Chainer): ``target``, ``condition``,
    ``writer``, ``snapshot_on_error``, ``n_retains``, ``autoload``.
    Snapshots are written atomically (temporary file, then rename).
    """
    if 'num_retain' in kwargs:
        warnings.warn(
            'Argument `num_retain` is deprecated. '
            'Please use `n_retains` instead',
            DeprecationWarning)
        kwargs['n_retains'] = kwargs.pop('num_retain')
    target, condition, writer, snapshot_on_error, n_retains, autoload = \
        argument.parse_kwargs(
            kwargs,
            ('target', None), ('condition', None), ('writer', None),
            ('snapshot_on_error', False), ('n_retains', -1),
            ('autoload', False))
    argument.assert_kwargs_empty(kwargs)

    if savefun is not None and writer is not None:
        raise TypeError(
            'savefun and writer arguments cannot be specified together.')

    if writer is None:
        if savefun is None:
            savefun = npz.save_npz
        writer = snapshot_writers.SimpleWriter(savefun=savefun)

    return _Snapshot(
        target=target, condition=condition, writer=writer, filename=filename,
        snapshot_on_error=snapshot_on_error, n_retains=n_retains,
        autoload=autoload)


def _always_true():
    return True


class _Snapshot(extension.Extension):

    """Trainer extension to take snapshots (see :func:`snapshot`)."""

    trigger = 1, 'epoch'
    priority = -100

    def __init__(
            self, target=None, condition=None, writer=None,
            filename='snapshot_iter_{.updater.iteration}',
            snapshot_on_error=False, n_retains=-1, autoload=False, **kwargs):
        if condition is None:
            condition = _always_true
        if writer is None:
            writer = snapshot_writers.SimpleWriter()
        if 'num_retain' in kwargs:
            warnings.warn(
                'Argument `num_retain` is deprecated. '
                'Please use `n_retains` instead',
                DeprecationWarning)
            n_retains = kwargs['num_retain']

        self._target = target
        self.filename = filename
        self.condition = condition
        self.writer = writer
        self._snapshot_on_error = snapshot_on_error
        self.n_retains = n_retains
        self.autoload = autoload

    def initialize(self, trainer):
        target = trainer if self._target is None else self._target
        outdir = trainer.out
        if self.autoload:
            # Load the newest snapshot matching the filename pattern.
            filename = _find_latest_snapshot(self.filename, outdir)
            if filename is None:
                if chainer_compat.is_debug():
                    print('No snapshot file that matches {} was found'
                          .format(self.filename))
            else:
                snapshot_file = os.path.join(outdir, filename)
                npz.load_npz(snapshot_file, target)
                if chainer_compat.is_debug():
                    print('Snapshot loaded from', snapshot_file)

        if (hasattr(self.writer, '_add_cleanup_hook') and
                self.n_retains > 0 and isinstance(self.filename, str)):
            def _cleanup():
                files = _find_stale_snapshots(self.filename, outdir,
                                              self.n_retains)
                for file in files:
                    os.remove(os.path.join(outdir, file))
            self.writer._add_cleanup_hook(_cleanup)

    def on_error(self, trainer, exc, tb):
        super(_Snapshot, self).on_error(trainer, exc, tb)
        if self._snapshot_on_error:
            self._make_snapshot(trainer)

    def __call__(self, trainer):
        if self.condition():
            self._make_snapshot(trainer)

    def _make_snapshot(self, trainer):
        target = trainer if self._target is None else self._target
        serialized_target = npz.serialize(target)
        filename = self.filename
        if callable(filename):
            filename = filename(trainer)
        else:
            filename = filename.format(trainer)
        outdir = trainer.out
        self.writer(filename, outdir, serialized_target)

    def finalize(self):
        if hasattr(self.writer, 'finalize'):
            self.writer.finalize()
