"""``chainer.training.updaters.StandardUpdater``."""
from chainer_compat import backend
from chainer_compat.dataset import convert
from chainer_compat.dataset import iterator as iterator_module
from chainer_compat.training import _updater
from chainer_compat.utils import argument


class StandardUpdater(_updater.Updater):

    """Standard implementation of Updater.

    Each update takes a batch from the ``'main'`` iterator, converts it with
    ``converter`` (to ``input_device``, defaulting to ``device``), and calls
    ``optimizer.update(loss_func, *in_arrays)`` (``**in_arrays`` for dicts).
    With ``device`` the target link is moved there first.
    """

    def __init__(self, iterator, optimizer, converter=convert.concat_examples,
                 device=None, loss_func=None, loss_scale=None,
                 auto_new_epoch=True, **kwargs):
        input_device, = argument.parse_kwargs(
            kwargs, ('input_device', None))

        if device is not None:
            device = backend.get_device(device)
        if input_device is None:
            input_device = device
        else:
            input_device = backend.get_device(input_device)

        if isinstance(iterator, iterator_module.Iterator):
            iterator = {'main': iterator}
        self._iterators = iterator

        if not isinstance(optimizer, dict):
            optimizer = {'main': optimizer}
        self._optimizers = optimizer

        if device is not None:
            # Chainer skips GPU-to-GPU moves with a FutureWarning; the
            # facade always moves the model (docs/divergences.md D-811).
            for opt in self._optimizers.values():
                opt.target.to_device(device)

        self.converter = converter
        self.loss_func = loss_func
        self.iteration = 0
        self._device = device
        self._input_device = input_device

        self.loss_scale = loss_scale
        if loss_scale is not None:
            for opt in self._optimizers.values():
                opt.set_loss_scale(loss_scale)

        self.auto_new_epoch = auto_new_epoch
        if auto_new_epoch:
            for opt in self._optimizers.values():
                opt.use_auto_new_epoch = True

    @property
    def device(self):
        return self._device

    @property
    def input_device(self):
        return self._input_device

    @property
    def epoch(self):
        return self._iterators['main'].epoch

    @property
    def epoch_detail(self):
        return self._iterators['main'].epoch_detail

    @property
    def previous_epoch_detail(self):
        return self._iterators['main'].previous_epoch_detail

    @property
    def is_new_epoch(self):
        return self._iterators['main'].is_new_epoch

    def finalize(self):
        """Finalizes the iterators."""
        for it in self._iterators.values():
            it.finalize()

    def get_optimizer(self, name):
        """Gets an optimizer of given name."""
        return self._optimizers[name]

    def get_all_optimizers(self):
        """Gets a dictionary of all optimizers for this updater."""
        return dict(self._optimizers)

    def get_iterator(self, name):
        """Gets the dataset iterator of given name."""
        return self._iterators[name]

    def update(self):
        """Updates the parameters of the target model (one iteration)."""
        self.update_core()
        self.iteration += 1

    def update_core(self):
        iterator = self._iterators['main']
        batch = iterator.next()
        in_arrays = convert._call_converter(
            self.converter, batch, self.input_device)

        optimizer = self._optimizers['main']
        loss_func = self.loss_func or optimizer.target

        if isinstance(in_arrays, tuple):
            optimizer.update(loss_func, *in_arrays)
        elif isinstance(in_arrays, dict):
            optimizer.update(loss_func, **in_arrays)
        else:
            optimizer.update(loss_func, in_arrays)

        if self.auto_new_epoch and iterator.is_new_epoch:
            optimizer.new_epoch(auto=True)

    def serialize(self, serializer):
        """Serializes iterators, optimizers, models and the iteration."""
        for name, it in self._iterators.items():
            it.serialize(serializer['iterator:' + name])
        for name, optimizer in self._optimizers.items():
            optimizer.serialize(serializer['optimizer:' + name])
            optimizer.target.serialize(serializer['model:' + name])
        self.iteration = serializer('iteration', self.iteration)
