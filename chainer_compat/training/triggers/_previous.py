"""The previous-position state of IntervalTrigger and
ManualScheduleTrigger (private): what they remember between calls and
how it is (de)serialized, with Chainer's warnings for old snapshots."""
import warnings


def remember(trigger, updater):
    """Keeps the updater's position for the next call."""
    trigger._previous_iteration = updater.iteration
    if hasattr(updater, 'epoch_detail'):
        trigger._previous_epoch_detail = updater.epoch_detail


def serialize(trigger, serializer, name):
    """(De)serializes the remembered position; ``name`` (the trigger class)
    appears in the warnings for snapshots that lack it."""
    try:
        trigger._previous_iteration = serializer(
            'previous_iteration', trigger._previous_iteration)
    except KeyError:
        warnings.warn(
            'The previous value of iteration is not saved. '
            '{} guesses it using current iteration. '
            'If this trigger is not called at every iteration, '
            'it may not work correctly.'.format(name))
        trigger._previous_iteration = -1
    try:
        trigger._previous_epoch_detail = serializer(
            'previous_epoch_detail', trigger._previous_epoch_detail)
    except KeyError:
        warnings.warn(
            'The previous value of epoch_detail is not saved. '
            '{} uses the value of '
            'trainer.updater.previous_epoch_detail. '
            'If this trigger is not called at every iteration, '
            'it may not work correctly.'.format(name))
        trigger._previous_epoch_detail = -1.
