"""``get_trainer_with_mock_updater``."""
try:
    import mock
    _error = None
except ImportError as e:  # pragma: no cover
    try:
        from unittest import mock
        _error = None
    except ImportError:
        _error = e


def is_available():
    return _error is None


def check_available():
    if _error is not None:
        raise RuntimeError('{} is not available.\n\nReason: {}: {}'.format(
            __name__, type(_error).__name__, _error))


def get_error():
    return _error


def get_trainer_with_mock_updater(
        stop_trigger=(10, 'iteration'), iter_per_epoch=10, extensions=None):
    """A :class:`~chainer.training.Trainer` whose updater is a mock that
    only counts iterations/epochs (``iter_per_epoch`` per epoch)."""
    from chainer_compat import training

    if extensions is None:
        extensions = []
    check_available()
    updater = mock.Mock()
    updater.get_all_optimizers.return_value = {}
    updater.iteration = 0
    updater.epoch = 0
    updater.epoch_detail = 0
    updater.is_new_epoch = True
    updater.previous_epoch_detail = None

    def update():
        updater.update_core()
        updater.iteration += 1
        it = updater.iteration
        updater.epoch = it // iter_per_epoch
        updater.epoch_detail = it / iter_per_epoch
        updater.is_new_epoch = (it - 1) // iter_per_epoch != updater.epoch
        updater.previous_epoch_detail = (it - 1) / iter_per_epoch

    updater.update = update
    return training.Trainer(updater, stop_trigger, extensions=extensions)
