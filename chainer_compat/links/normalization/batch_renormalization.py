"""``chainer.links.BatchRenormalization``."""
from chainer_compat import configuration
from chainer_compat.links.normalization.batch_normalization import \
    BatchNormalization
from chainer_compat.links.normalization import batch_normalization as _bn


class BatchRenormalization(BatchNormalization):

    """Batch renormalization layer (``rmax``/``dmax`` clipping).

    Note: as in Chainer 7.8.1, ``initial_avg_mean``/``initial_avg_var`` are
    forwarded positionally to ``BatchNormalization``'s ``axis`` and
    ``initial_avg_mean`` slots.
    """

    def __init__(self, size, rmax=1, dmax=0, decay=0.9, eps=2e-5,
                 dtype=None, use_gamma=True, use_beta=True,
                 initial_gamma=None, initial_beta=None,
                 initial_avg_mean=None, initial_avg_var=None):
        super(BatchRenormalization, self).__init__(
            size, decay, eps, dtype, use_gamma, use_beta,
            initial_gamma, initial_beta,
            initial_avg_mean, initial_avg_var)
        self.rmax = rmax  # maximum allowed correction of variance
        self.dmax = dmax  # maximum allowed correction of mean
        self.r = None
        self.d = None

    def forward(self, x, finetune=False):
        gamma = self.gamma
        if gamma is None:
            gamma = self._filled(1, x.dtype)
        beta = self.beta
        if beta is None:
            beta = self._filled(0, x.dtype)

        config = configuration.config
        if config.train:
            decay = _bn._running_decay(self, finetune)

            avg_mean = self.avg_mean
            avg_var = self.avg_var
            update_statistics = True

            if getattr(config, 'in_recomputing', False):
                if finetune:
                    self.N -= 1
                avg_mean = self._prev_avg_mean
                avg_var = self._prev_avg_var
                update_statistics = False
            elif getattr(config, '_will_recompute', False):
                self._prev_avg_mean = avg_mean.copy()
                self._prev_avg_var = avg_var.copy()

            from chainer_compat.functions.normalization import \
                batch_renormalization
            ret = batch_renormalization.batch_renormalization(
                x, gamma, beta, self.rmax, self.dmax,
                self.eps, avg_mean, avg_var, decay,
                update_statistics=update_statistics)
        else:
            from chainer_compat.functions.normalization import \
                batch_normalization
            ret = batch_normalization.fixed_batch_normalization(
                x, gamma, beta, self.avg_mean, self.avg_var, self.eps)
        return ret
