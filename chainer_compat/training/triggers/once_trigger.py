"""``chainer.training.triggers.OnceTrigger``."""
import warnings


class OnceTrigger(object):

    """Fires only once (and once more after resume if ``call_on_resume``)."""

    def __init__(self, call_on_resume=False):
        self._flag_first = True
        self._flag_resumed = call_on_resume

    @property
    def finished(self):
        return not (self._flag_first or self._flag_resumed)

    def __call__(self, trainer):
        fire = not self.finished
        self._flag_resumed = False
        self._flag_first = False
        return fire

    def serialize(self, serializer):
        try:
            self._flag_first = serializer('_flag_first', self._flag_first)
        except KeyError:
            warnings.warn(
                'The flag is not saved.'
                'OnceTrigger guess it is not first when resumed. '
                'If this trigger is resumed before first called, '
                'it may not work correctly.')
            self._flag_first = False
