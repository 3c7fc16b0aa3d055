"""``chainer.training.updaters.ParallelUpdater`` (single process).

Model replicas are deep copies moved to each device; each gets a strided
slice ``batch[i::n]`` of the batch, gradients are summed into the main
model (``addgrads``), the main optimizer updates, and parameters are copied
back -- as in Chainer.  Works with CPU and CUDA devices.
"""
import copy

from chainer_compat import backend
from chainer_compat import function
from chainer_compat.dataset import convert
from chainer_compat.training.updaters import standard_updater


class ParallelUpdater(standard_updater.StandardUpdater):

    """Implementation of a parallel GPU Updater (data parallel)."""

    def __init__(self, iterator, optimizer, converter=convert.concat_examples,
                 models=None, devices=None, loss_func=None, loss_scale=None,
                 auto_new_epoch=True):
        super(ParallelUpdater, self).__init__(
            iterator=iterator, optimizer=optimizer, converter=converter,
            loss_func=loss_func, loss_scale=loss_scale,
            auto_new_epoch=auto_new_epoch)

        if models is None:
            if devices is None:
                raise ValueError('either models or devices must be specified')
            names = list(devices.keys())
            try:
                names.remove('main')
            except ValueError:
                raise KeyError('\'devices\' must contain a \'main\' key.')
            models = {'main': optimizer.target}
            for name in names:
                model = copy.deepcopy(optimizer.target)
                model.to_device(devices[name])
                models[name] = model
            optimizer.target.to_device(devices['main'])

        self._devices = devices
        self._models = models

    def connect_trainer(self, trainer):
        model_main = self.get_optimizer('main').target
        models_others = {k: v for k, v in self._models.items()
                         if v is not model_main}
        for name, model in models_others.items():
            trainer.reporter.add_observer(name, model)

    def update_core(self):
        optimizer = self.get_optimizer('main')
        model_main = optimizer.target
        models_others = {k: v for k, v in self._models.items()
                         if v is not model_main}

        iterator = self.get_iterator('main')
        batch = iterator.next()

        n = len(self._models)
        in_arrays_list = {}
        for i, key in enumerate(self._models.keys()):
            in_arrays_list[key] = self.converter(
                batch[i::n], self._devices[key])

        for model in self._models.values():
            model.cleargrads()

        losses = []
        for model_key, model in self._models.items():
            in_arrays = in_arrays_list[model_key]
            loss_func = self.loss_func or model
            with function.force_backprop_mode():
                with backend.using_device(self._devices[model_key]):
                    if isinstance(in_arrays, tuple):
                        loss = loss_func(*in_arrays)
                    elif isinstance(in_arrays, dict):
                        loss = loss_func(**in_arrays)
                    else:
                        loss = loss_func(in_arrays)
            losses.append(loss)

        for model in self._models.values():
            model.cleargrads()
        for loss in losses:
            loss.backward(loss_scale=self.loss_scale)
        for model in models_others.values():
            model_main.addgrads(model)

        optimizer.update()

        for model in models_others.values():
            model.copyparams(model_main)

        if self.auto_new_epoch and iterator.is_new_epoch:
            optimizer.new_epoch(auto=True)
