"""``observe_value`` / ``observe_lr`` extensions."""
from chainer_compat.training import extension


def observe_value(observation_key, target_func):
    """Returns an extension storing ``target_func(trainer)`` in
    ``trainer.observation[observation_key]`` (every epoch by default)."""
    @extension.make_extension(
        trigger=(1, 'epoch'), priority=extension.PRIORITY_WRITER)
    def _observe_value(trainer):
        trainer.observation[observation_key] = target_func(trainer)
    return _observe_value


def observe_lr(optimizer_name='main', observation_key='lr'):
    """Returns an extension recording the optimizer's ``lr``."""
    return observe_value(
        observation_key,
        lambda trainer: trainer.updater.get_optimizer(optimizer_name).lr)
