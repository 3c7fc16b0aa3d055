"""Optimizer framework (``chainer.optimizer``) over torch tensors.

The public shape is Chainer 7.8.1's: :class:`Hyperparameter`,
:class:`UpdateRule`, :class:`Optimizer`, :class:`GradientMethod` and
:class:`HyperparameterProxy`, plus the deprecated hook aliases.

State arrays of an update rule are kept as Chainer arrays (numpy on CPU,
exactly what Chainer keeps) that are zero-copy views of torch tensors; the
built-in update rules convert them with :func:`_tensor` (no copy) and do
their maths with in-place torch ops on the parameter's ``.data`` alias.
Updating through ``.data`` keeps the autograd version counter untouched,
which is Chainer's semantics: a graph retained from before the update
(e.g. a GAN generator loss backpropagated after the discriminator step)
still backpropagates, using the updated values as Chainer does.
The rules follow Chainer's CPU code on every device (D-700).
"""
from __future__ import absolute_import
import collections
import copy
import math
import warnings

import numpy
import torch

import chainer_compat as chainer
from chainer_compat import chainerx  # NOQA
from chainer_compat import link as link_module
from chainer_compat import optimizer_hooks
from chainer_compat import serializer as serializer_module
from chainer_compat import variable
from chainer_compat._bridge import convert as _convert


# -- private helpers shared by the built-in update rules -------------------

def _tensor(x):
    """Chainer array (numpy/cupy/tensor) -> torch tensor, zero-copy."""
    return _convert.as_tensor(x)


def _array(t):
    """torch tensor -> the array Chainer would keep (numpy view on CPU)."""
    return _convert.to_array(t)


def _param_data(param):
    """The parameter's tensor as an alias usable for in-place updates."""
    t = param._t
    if t is None:
        return None
    return t.data


def _param_grad(param):
    """The parameter's gradient tensor (alias), or None."""
    if not param._grad_valid:
        return None
    g = param._grad_tensor()
    if g is None:
        return None
    return g.data


def _zeros_like(param):
    """State initialiser: zeros with the parameter's dtype/device."""
    return _array(torch.zeros_like(param._t.data))


def _ones_like(param):
    return _array(torch.ones_like(param._t.data))


def _loss_scale_of(param):
    scale = param._loss_scale
    if scale is None and param._t is not None:
        scale = getattr(param._t, '_chainer_loss_scale', None)
    return scale


def _normalize_state_array(value, device):
    """Make a state array zero-copy convertible and put it on ``device``."""
    if isinstance(value, numpy.ndarray):
        if (not value.flags.writeable or not value.dtype.isnative
                or any(s < 0 for s in value.strides)):
            value = numpy.array(value, dtype=value.dtype.newbyteorder('='))
    return device.send(value)


def _is_state_array(value):
    return _convert.is_array(value)


class _Hookable(object):

    """Ordered pre/post hook registry (shared by rules and optimizers)."""

    def __init__(self, invalid_timing_fallback=False):
        self._pre_update_hooks = collections.OrderedDict()
        self._post_update_hooks = collections.OrderedDict()
        self._invalid_timing_fallback = invalid_timing_fallback

    def add_hook(self, hook, name, timing):
        if not callable(hook):
            raise TypeError('hook function must be callable')
        if timing not in ('pre', 'post', 'auto'):
            raise ValueError(
                'timing must be one of (\'pre\', \'post\', \'auto\')')
        if timing == 'auto':
            timing = getattr(hook, 'timing', 'pre')
            if (timing not in ('pre', 'post')
                    and self._invalid_timing_fallback):
                warnings.warn(
                    'Hook timing attribute not in (\'pre\', \'post\'), '
                    'defaulting timing to \'pre\'.')
                timing = 'pre'

        if name is None:
            name = getattr(hook, 'name', getattr(hook, '__name__', None))
            if name is None:
                raise ValueError(
                    'the name of the hook function is not specified')
        if name in self._pre_update_hooks or name in self._post_update_hooks:
            raise KeyError('hook "{}" already exists'.format(name))

        if timing == 'pre':
            self._pre_update_hooks[name] = hook
        else:
            self._post_update_hooks[name] = hook

    def remove_hook(self, name):
        try:
            del self._pre_update_hooks[name]
        except KeyError:
            del self._post_update_hooks[name]

    def call_hooks(self, timing, args):
        for hook in list(self._get_hooks(timing).values()):
            self.call_hook(hook, args)

    def call_hook(self, hook, args):
        hook(*args)

    def _get_hooks(self, timing):
        if timing == 'pre':
            return self._pre_update_hooks
        elif timing == 'post':
            return self._post_update_hooks
        raise ValueError('timing must be either \'pre\' or \'post\'')


class Hyperparameter(object):

    """Set of hyperparameter entries of an optimizer.

    An attribute missing in this object is looked up in its parent, so the
    hyperparameter of a gradient method acts as the default of every update
    rule's hyperparameter.

    Args:
        parent (Hyperparameter): Parent hyperparameter.
    """

    def __init__(self, parent=None):
        self._parent = parent

    def __getattr__(self, name):
        if '_parent' not in self.__dict__:
            raise AttributeError('_parent is not set up yet')
        return getattr(self._parent, name)

    def __repr__(self):
        d = self.get_dict()
        keys = sorted(d.keys())
        values_repr = ', '.join('%s=%s' % (k, d[k]) for k in keys)
        return 'Hyperparameter(%s)' % values_repr

    @property
    def parent(self):
        """Parent hyperparameter object."""
        return self._parent

    def get_dict(self):
        """Converts the hyperparameter into a dictionary."""
        d = {} if self._parent is None else self._parent.get_dict()
        for k, v in self.__dict__.items():
            if k != '_parent':
                d[k] = v
        return d


class UpdateRule(object):

    """Base class of all update rules (see :class:`chainer.UpdateRule`).

    Args:
        parent_hyperparam (Hyperparameter): Hyperparameter that provides the
            default values.

    Attributes:
        enabled (bool): If ``False``, :meth:`update` does nothing.
        hyperparam (Hyperparameter): Hyperparameter of the update rule.
        t (int): Number of updates made by this update rule.
    """

    is_elementwise = False

    def __init__(self, parent_hyperparam=None):
        self._state = None
        self.enabled = True
        self.hyperparam = Hyperparameter(parent_hyperparam)
        self.t = 0
        self._use_fp32_update = False
        self._fp32_param = None
        self._hookable = _Hookable()

    @property
    def state(self):
        """State dictionary."""
        return self._state

    def _set_hyperparams(self, **values):
        # a rule's constructor arguments override the parent's defaults
        # only where given (not None)
        for name, value in values.items():
            if value is not None:
                setattr(self.hyperparam, name, value)

    def add_hook(self, hook, name=None, timing='auto'):
        """Adds a hook function called before/after the update."""
        self._hookable.add_hook(hook, name, timing)

    def remove_hook(self, name):
        """Removes the specified hook function."""
        self._hookable.remove_hook(name)

    def update(self, param):
        """Invokes hook functions and updates the parameter."""
        if not self.enabled:
            return

        self.t += 1

        with chainer.using_device(param.device):
            with torch.no_grad():
                self._update(param)

    def _update(self, param):
        try:
            param_dtype = param.dtype
        except RuntimeError:
            param_dtype = None  # uninitialized and dtype is not determined

        is_initialized = param.array is not None
        loss_scale = _loss_scale_of(param)

        # Chainer: use_fp32_update keeps an fp32 master copy of fp16 params.
        if self._use_fp32_update and param_dtype == numpy.float16:
            if self._fp32_param is None:
                if is_initialized:
                    self._fp32_param = variable.Parameter(
                        _array(param._t.data.float()), name=param.name)
                else:
                    self._fp32_param = self._create_uninitialized_parameter(
                        numpy.float32, name=param.name)
            fp32_param = self._fp32_param
            if is_initialized:
                g = _param_grad(param)
                fp32_param.grad = None if g is None else _array(g.float())
            param_ = fp32_param
            fp32_converted = True
        else:
            param_ = param
            fp32_converted = False

        if is_initialized:
            self._init_states(param_)
            # Chainer: the loss scale given to backward() is undone here.
            if loss_scale is not None:
                g = _param_grad(param_)
                if g is not None:
                    g /= loss_scale
                lt = param._t
                if lt is not None and hasattr(lt, '_chainer_loss_scale'):
                    # consumed: a later backward() without loss_scale must
                    # not be rescaled (Chainer resets it on every backward;
                    # D-701)
                    del lt._chainer_loss_scale

        self._hookable.call_hooks('pre', args=(self, param_,))
        self.update_core(param_)
        self._hookable.call_hooks('post', args=(self, param_,))

        if fp32_converted:
            if is_initialized:
                param._t.data.copy_(fp32_param._t.data)
            fp32_param.grad = None

    def _create_uninitialized_parameter(self, dtype, name):
        def initializer(array):
            raise AssertionError('the parameter should never be initialized')
        initializer.dtype = dtype
        return variable.Parameter(initializer, name=name)

    def update_core(self, param):
        """Updates the parameter (dispatches to the device variants)."""
        device = param.device
        with chainer.using_device(device):
            if device.xp is numpy:
                self.update_core_cpu(param)
            else:
                self.update_core_gpu(param)

    def update_core_cpu(self, param):
        """Updates the parameter on CPU."""
        raise NotImplementedError

    def update_core_gpu(self, param):
        """Updates the parameter on GPU."""
        raise NotImplementedError

    def update_core_chainerx(self, param):
        """ChainerX is not available in chainer_compat."""
        raise RuntimeError('chainer_compat: ChainerX is not available '
                           '(see docs/divergences.md, D-706)')

    def init_state(self, param):
        """Initializes the state (called at the first update)."""
        pass

    def serialize(self, serializer):
        """Serializes the update rule state (``t`` and the state arrays)."""
        self.t = serializer('t', self.t)
        if self.state is None:
            if isinstance(serializer, serializer_module.Deserializer):
                # try to initialize the state to retrieve state entries
                self._state = {}
                self_copy = copy.copy(self)
                arr = numpy.empty(1, dtype=numpy.float32)
                self_copy.init_state(variable.Variable(arr, grad=arr))

                for key in self._state:
                    try:
                        value = serializer(key, None)
                    except KeyError:
                        if self.enabled:
                            raise
                        value = None
                    # leave the state None when the snapshot lacks it so
                    # that it is initialized at the next update
                    if value is None:
                        self._state = None
                        break
                    else:
                        self._state[key] = value
        else:
            for key in self._state:
                self._state[key] = serializer(key, self._state[key])

    # (device, ids of the state values) last normalized: the per-step
    # re-check is skipped while neither changed
    _states_checked = None

    def _init_states(self, param):
        device = param.device
        state = self.state
        checked = self._states_checked
        if state is not None and checked is not None \
                and checked[0] is device and len(checked[1]) == len(state) \
                and all([a is b for a, b in zip(checked[1],
                                                state.values())]):
            return
        with chainer.using_device(device):
            if state is None:
                state = self._state = {}
                self.init_state(param)

            for name, value in list(state.items()):
                if not _is_state_array(value):
                    continue
                state[name] = _normalize_state_array(value, device)
        self._states_checked = (device, tuple(state.values()))

    def use_fp32_update(self, flag=True):
        """Enables use of parameter update in fp32 (for fp16 params)."""
        self._use_fp32_update = flag


class _OptimizerHookable(_Hookable):

    def __init__(self, optimizer):
        super(_OptimizerHookable, self).__init__(
            invalid_timing_fallback=True)
        self.optimizer = optimizer

    def call_hook(self, hook, args):
        assert args == ()
        self.optimizer.call_hook(hook)


class Optimizer(object):

    """Base class of all numerical optimizers (see :class:`chainer.Optimizer`).

    Attributes:
        target: Target link object set by :meth:`setup`.
        t: Number of update steps.
        epoch: Current epoch (incremented by :meth:`new_epoch`).
        use_auto_new_epoch: ``True`` when an updater calls
            :meth:`new_epoch`.
    """

    target = None
    t = 0
    epoch = 0
    _pre_update_hooks = None
    _post_update_hooks = None
    _loss_scale = None
    _loss_scale_max = 65504  # max representable value with fp16
    _loss_scaling_is_dynamic = False
    use_auto_new_epoch = False
    _hookable = None

    def setup(self, link):
        """Sets a target link and initializes the optimizer states.

        Returns:
            The optimizer instance.
        """
        if not isinstance(link, link_module.Link):
            raise TypeError('optimization target must be a link')
        self.target = link
        self.t = 0
        self.epoch = 0

        self._hookable = _OptimizerHookable(self)
        return self

    def update(self, lossfun=None, *args, **kwds):
        """Updates the parameters."""
        raise NotImplementedError

    def new_epoch(self, auto=False):
        """Starts a new epoch (increments :attr:`epoch`)."""
        if auto:
            if not self.use_auto_new_epoch:
                raise RuntimeError(
                    'invalid new_epoch call with auto=True.\n'
                    'Fix the updater to set '
                    'optimizer.use_auto_new_epoch = True.')
        else:
            if self.use_auto_new_epoch:
                raise RuntimeError(
                    'duplicated new_epoch with the updater.\n'
                    'Pass auto_new_epoch=False to the updater or stop calling '
                    'new_epoch outside the updater.')
        self.epoch += 1

    def _check_set_up(self):
        if self._hookable is None:
            raise RuntimeError('Optimizer is not set up. Call `setup` method.')

    def add_hook(self, hook, name=None, timing='auto'):
        """Registers a hook function."""
        self._check_set_up()
        self._hookable.add_hook(hook, name, timing)

    def remove_hook(self, name):
        """Removes a hook function."""
        self._check_set_up()
        self._hookable.remove_hook(name)

    def call_hooks(self, timing='pre'):
        """Invokes hook functions in registration order."""
        self._check_set_up()
        self._hookable.call_hooks(timing, ())

    def call_hook(self, hook):
        if getattr(hook, 'call_for_each_param', False):
            for param in self.target.params():
                hook(param.update_rule, param)
        else:
            hook(self)

    def serialize(self, serializer):
        """Serializes ``t``, ``epoch`` and the update-rule states.

        The parameters of the target link are not (de)serialized here.
        """
        self.t = serializer('t', self.t)
        self.epoch = serializer('epoch', self.epoch)
        for name, param in self.target.namedparams():
            rule = getattr(param, 'update_rule', None)
            if rule is not None:
                rule.serialize(serializer[name])

    def loss_scaling(self, interval=1000, scale=None):
        """Configures the loss scaling algorithm."""
        if scale is None:
            self._loss_scaling_is_dynamic = True
            if interval < 1:
                raise ValueError('interval must be greater than or equal to 1.'
                                 ' Actual: {}'.format(interval))
            self._loss_scale = 1.0
            self._loss_scaling_multiplier = math.pow(2.0, 1.0 / interval)
            self._loss_scaling_isnan_ever = False
        else:
            if scale <= 0:
                raise ValueError('loss_scale must be a positive number. '
                                 'Actual: {}'.format(scale))
            self._loss_scale = scale

    def set_loss_scale(self, loss_scale):
        """Sets loss scaling factor."""
        self.loss_scaling(scale=loss_scale)

    def check_nan_in_grads(self):
        """Checks if there is NaN in grads when dynamic loss scaling used."""
        self._loss_scaling_isnan = False
        if not self._loss_scaling_is_dynamic:
            return
        for name, param in self.target.namedparams():
            g = _param_grad(param)
            if g is None:
                continue
            if not bool(torch.isfinite(g).all()):
                self._loss_scaling_isnan = True
                self._loss_scaling_isnan_ever = True
                warnings.warn(
                    'Non finite number found in param.grad of {}'
                    ' (iteration: {}, loss_scale: {})'
                    .format(name, self.t, self._loss_scale))

    def is_safe_to_update(self):
        return not self._loss_scaling_isnan

    def update_loss_scale(self):
        if not self._loss_scaling_is_dynamic:
            return
        if self._loss_scaling_isnan:
            multiplier = 0.5
        elif self._loss_scaling_isnan_ever:
            multiplier = self._loss_scaling_multiplier
        else:
            multiplier = 2.0
        self._loss_scale = max(1, min(self._loss_scale_max,
                                      self._loss_scale * multiplier))


class GradientMethod(Optimizer):

    """Base class of all single gradient-based optimizers.

    Attributes:
        hyperparam (Hyperparameter): Default configuration of every update
            rule (each rule's hyperparameter refers to it as its parent).
    """

    def __init__(self):
        super(GradientMethod, self).__init__()
        self.hyperparam = Hyperparameter()
        self._use_fp32_update = False

    def setup(self, link):
        super(GradientMethod, self).setup(link)
        # Chainer: every parameter -- initialized or not yet (lazy
        # ``in_size=None`` links) -- gets its rule here; the rule works once
        # the parameter is initialized by the first forward.
        for param in link.params():
            param.update_rule = self.create_update_rule()
            if self._use_fp32_update:
                param.update_rule.use_fp32_update()
        return self

    def reallocate_cleared_grads(self):
        """Allocates zero gradients for params whose grad is ``None``."""
        for param in self.target.params(False):
            if param._grad_tensor() is None:
                t = param._t
                param._set_grad_tensor(torch.zeros_like(t.data))

    def call_hook(self, hook):
        super(GradientMethod, self).call_hook(hook)
        self.reallocate_cleared_grads()

    def update(self, lossfun=None, *args, **kwds):
        """Updates parameters based on a loss function or computed gradients.

        With ``lossfun``: ``loss = lossfun(*args, **kwds)``, then
        ``target.cleargrads()`` and ``loss.backward(loss_scale=...)``.
        Parameters are enumerated at every call.
        """
        if lossfun is not None:
            use_cleargrads = getattr(self, '_use_cleargrads', True)
            loss = lossfun(*args, **kwds)
            if use_cleargrads:
                self.target.cleargrads()
            else:
                self.target.zerograds()
            loss.backward(loss_scale=self._loss_scale)
            del loss

        self.reallocate_cleared_grads()
        self.check_nan_in_grads()
        self.call_hooks('pre')

        self.t += 1
        if self.is_safe_to_update():
            for param in self.target.params():
                param.update()

        self.reallocate_cleared_grads()

        self.call_hooks('post')
        self.update_loss_scale()

    def use_cleargrads(self, use=True):
        """Enables/disables ``cleargrads`` in :meth:`update` (deprecated)."""
        warnings.warn(
            'GradientMethod.use_cleargrads is deprecated.',
            DeprecationWarning)

        self._use_cleargrads = use

    def create_update_rule(self):
        """Creates a new update rule object (implemented by subclasses)."""
        raise NotImplementedError

    def use_fp32_update(self, flag=True):
        """Enables use of parameter update in fp32."""
        self._use_fp32_update = flag
        link = getattr(self, 'target', None)
        if link is not None:
            for param in link.params():
                param.update_rule.use_fp32_update()


class HyperparameterProxy(object):

    """Property that acts as an alias to an attribute of the hyperparameter.

    Args:
        attr_name (str): Name of the attribute of the hyperparameter.
    """

    def __init__(self, attr_name):
        self._attr_name = attr_name
        self.__doc__ = 'Alias to ``self.hyperparam.{}``'.format(attr_name)

    def __get__(self, obj, type=None):
        if obj is None:
            return self
        return getattr(obj.hyperparam, self._attr_name)

    def __set__(self, obj, value):
        setattr(obj.hyperparam, self._attr_name, value)


def make_deprecation_message(module_name):
    return ('chainer.optimizer.{0} is deprecated from v4. '
            'Use chainer.optimizer_hooks.{0} instead.'
            .format(module_name))


class WeightDecay(optimizer_hooks.WeightDecay):

    def __init__(self, *args, **kwargs):
        warnings.warn(make_deprecation_message('WeightDecay'),
                      DeprecationWarning)
        return super(WeightDecay, self).__init__(*args, **kwargs)


class Lasso(optimizer_hooks.Lasso):

    def __init__(self, *args, **kwargs):
        warnings.warn(make_deprecation_message('Lasso'),
                      DeprecationWarning)
        return super(Lasso, self).__init__(*args, **kwargs)


class GradientClipping(optimizer_hooks.GradientClipping):

    def __init__(self, *args, **kwargs):
        warnings.warn(make_deprecation_message('GradientClipping'),
                      DeprecationWarning)
        return super(GradientClipping, self).__init__(*args, **kwargs)


class GradientNoise(optimizer_hooks.GradientNoise):

    def __init__(self, *args, **kwargs):
        warnings.warn(make_deprecation_message('GradientNoise'),
                      DeprecationWarning)
        return super(GradientNoise, self).__init__(*args, **kwargs)


class GradientHardClipping(optimizer_hooks.GradientHardClipping):

    def __init__(self, *args, **kwargs):
        warnings.warn(make_deprecation_message('GradientHardClipping'),
                      DeprecationWarning)
        return super(GradientHardClipping, self).__init__(*args, **kwargs)
