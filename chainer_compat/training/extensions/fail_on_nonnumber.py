"""``chainer.training.extensions.FailOnNonNumber``."""
import torch

from chainer_compat.training import extension


class FailOnNonNumber(extension.Extension):

    """Raises ``RuntimeError`` when a parameter contains NaN or Inf."""

    def __call__(self, trainer):
        optimizers = trainer.updater.get_all_optimizers()
        for name, optimizer in optimizers.items():
            target = optimizer.target
            for param in target.params():
                t = param._t
                if t is None:
                    continue
                if not bool(torch.isfinite(t.detach()).all()):
                    raise RuntimeError(
                        'Kill the process since parameters in optimizer'
                        ' \'{}\' diverge. R.I.P.'.format(name))
