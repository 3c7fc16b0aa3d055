"""``Link``, ``Chain`` and ``ChainList`` as ``torch.nn.Module`` subclasses.

Chainer's registration rules stay in charge (a Parameter or child link is
registered only inside ``init_scope()``), and every registration is mirrored
into torch's registries:

* a :class:`~chainer.Parameter` stays in ``__dict__`` (``link.W`` is the
  Chainer object) and its stable ``torch.nn.Parameter`` goes to
  ``_parameters`` -- so ``parameters()``, ``state_dict()`` and torch
  optimizers see it;
* a child link goes to ``__dict__`` and ``_modules``;
* an array-valued persistent (``avg_mean``) lives in ``_buffers`` and is
  read back as a numpy view; scalar persistents (``N``) are 0-d buffers read
  back as Python scalars.

See ``tests/chainer_compat_tests/test_link_module_conflicts.py`` for how each
name shared with ``torch.nn.Module`` is resolved.
"""
import collections
import collections.abc
import contextlib
import copy as copy_module
import operator
import warnings

import numpy
import torch

import chainer_compat
from chainer_compat import device_resident
from chainer_compat import initializers
from chainer_compat import variable
from chainer_compat._bridge import convert as _convert

_Module = torch.nn.Module
_SCALAR_TYPES = (bool, int, float, numpy.bool_, numpy.number)


def _is_link(value):
    return isinstance(value, Link)


def _is_shape(value):
    if value is None:
        return True
    if isinstance(value, (tuple, list)):
        try:
            return all(_is_shape(x) for x in value)
        except TypeError:
            return False
    try:
        return operator.index(value) is not None
    except TypeError:
        return False


def _ensure_shape_dtype(value):
    # Return value paired with dtype FP32 if it is a shape.
    if _is_shape(value):
        return value, numpy.float32
    # Otherwise, return it as it is (a pair of shape and dtype).
    return value


_CALL_IMPL = {}


def _forward_or_missing(self, *args, **kwargs):
    # Chainer: a link with neither an injected __call__ nor forward()
    if 'forward' not in self.__dict__:
        raise AttributeError(
            '{!r} object has no attribute \'forward\''.format(
                type(self).__name__))
    return _Module.__call__(self, *args, **kwargs)


def _injected(impl):
    if hasattr(impl, '__get__'):
        def call(self, *args, **kwargs):
            return impl.__get__(self, type(self))(*args, **kwargs)
    else:  # a plain callable object (not a descriptor)
        def call(self, *args, **kwargs):
            return impl(*args, **kwargs)
    return call


def _find_call_impl(cls):
    """How ``Link.__call__`` runs the forward pass for ``cls`` (cached).

    As Chainer: a ``__call__`` injected by a mixin after Link in the MRO
    wins over ``forward``; without either, AttributeError.
    """
    mro = cls.__mro__
    for klass in mro[mro.index(Link) + 1:]:
        if klass in (_Module, object) or klass.__module__.startswith(
                'chainer_compat.'):
            continue
        impl = klass.__dict__.get('__call__')
        if impl is not None:
            return _injected(impl)
    if getattr(cls, 'forward', None) is _Module.forward:
        return _forward_or_missing
    return _Module.__call__


class Link(_Module, device_resident.DeviceResident):

    """Building block of model definitions (Chainer semantics on nn.Module)."""

    _local_link_hooks = None
    _Link__init_done = False

    def __init__(self, **params):
        _Module.__init__(self)
        d = self.__dict__
        d['_params'] = set()
        d['_persistent'] = set()
        d['_scalar_persistent'] = {}
        d['_within_init_scope'] = False
        d['name'] = None
        d['_device'] = chainer_compat.backend.CpuDevice()
        d['_Link__init_done'] = True
        for name, value in params.items():
            shape, dtype = _ensure_shape_dtype(value)
            self.add_param(name, shape, dtype=dtype)

    def __check_init_done(self):
        if not self.__init_done:
            raise RuntimeError('Link.__init__() has not been called.')

    def __str__(self):
        specs = ', '.join(
            '{}={}'.format(k, v) for k, v in self.printable_specs)
        return '{cls}({specs})'.format(cls=self.__class__.__name__,
                                       specs=specs)

    # Chainer keeps object's repr for links (nn.Module prints a tree).
    __repr__ = object.__repr__

    @property
    def local_link_hooks(self):
        if self._local_link_hooks is None:
            self._local_link_hooks = collections.OrderedDict()
        return self._local_link_hooks

    @property
    def _n_local_link_hooks(self):
        return (0 if self._local_link_hooks is None
                else len(self._local_link_hooks))

    @property
    def _device_id(self):
        warnings.warn(
            'Link._device_id is left only for backward compatibility and '
            'likely to be removed. Use Link.device instead.',
            DeprecationWarning)
        device = self.device
        if device.xp is not numpy:
            return device.device.id
        return None

    @property
    def printable_specs(self):
        if 0:
            yield

    @property
    def within_init_scope(self):
        return self.__dict__.get('_within_init_scope', False)

    @contextlib.contextmanager
    def init_scope(self):
        self.__check_init_done()
        old_flag = self.within_init_scope
        self.__dict__['_within_init_scope'] = True
        try:
            yield
        finally:
            self.__dict__['_within_init_scope'] = old_flag

    def __call__(self, *args, **kwargs):
        self.__check_init_done()
        cls = type(self)
        call = _CALL_IMPL.get(cls)
        if call is None:
            call = _CALL_IMPL[cls] = _find_call_impl(cls)
        hooks = chainer_compat._get_link_hooks()
        if self._n_local_link_hooks > 0:
            hooks = collections.OrderedDict(hooks)
            hooks.update(self.local_link_hooks)
        if not hooks:
            return call(self, *args, **kwargs)
        from chainer_compat import link_hook
        hooks = hooks.values()
        pre_cb_args = link_hook._ForwardPreprocessCallbackArgs(
            self, 'forward', args, kwargs)
        for hook in hooks:
            hook.forward_preprocess(pre_cb_args)
        out = call(self, *args, **kwargs)
        post_cb_args = link_hook._ForwardPostprocessCallbackArgs(
            self, 'forward', args, kwargs, out)
        for hook in hooks:
            hook.forward_postprocess(post_cb_args)
        return out

    # -- attribute registration -------------------------------------------

    def __setattr__(self, name, value):
        d = self.__dict__
        if d.get('_within_init_scope', False) and isinstance(
                value, variable.Parameter):
            value.name = name
            d['_params'].add(name)
            d['_persistent'].discard(name)
            self._drop_buffer(name)
            self._parameters[name] = value._t
        elif name in d.get('_params', ()) and not isinstance(
                value, variable.Parameter):
            # Chainer lets a registered name be overwritten by a plain value.
            self._parameters.pop(name, None)
            d['_params'].discard(name)
        elif name in d.get('_persistent', ()) and '_buffers' in d:
            if self._set_persistent(name, value):
                return
        elif isinstance(value, variable.Parameter) and name in d.get(
                '_params', ()):
            self._parameters[name] = value._t
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        # Only reached when normal lookup fails: persistents held as buffers.
        d = self.__dict__
        buffers = d.get('_buffers')
        if buffers is not None and name in buffers and name in d.get(
                '_persistent', ()):
            t = buffers[name]
            pytype = d['_scalar_persistent'].get(name)
            if pytype is not None:
                return pytype(t.item())
            # Same ndarray object while the buffer tensor is unchanged
            # (Chainer: ``link.p is p`` for the registered array).
            cache = d.get('_persistent_arr')
            if cache is None:
                cache = d['_persistent_arr'] = {}
            hit = cache.get(name)
            if hit is not None and hit[1] is t and t.device.type == 'cpu' \
                    and hit[2] == t.data_ptr():
                return hit[0]
            arr = _convert.to_array(t)
            if t.device.type == 'cpu':
                cache[name] = (arr, t, t.data_ptr())
            return arr
        return _Module.__getattr__(self, name)

    def __delattr__(self, name):
        d = self.__dict__
        d['_params'].discard(name)
        self._parameters.pop(name, None)
        if name in d['_persistent']:
            d['_persistent'].discard(name)
            if self._drop_buffer(name):
                return
        if name in d:
            object.__delattr__(self, name)
        else:
            _Module.__delattr__(self, name)

    def _drop_buffer(self, name):
        buffers = self.__dict__.get('_buffers')
        if buffers is not None and name in buffers:
            del buffers[name]
            self.__dict__['_scalar_persistent'].pop(name, None)
            return True
        return False

    def _set_persistent(self, name, value):
        """Store a persistent; True if it went to a torch buffer."""
        d = self.__dict__
        if isinstance(value, variable.Variable):
            value = value.array
        if _convert.is_array(value) and not isinstance(
                value, numpy.ndarray) or (
                isinstance(value, numpy.ndarray) and value.dtype.kind in
                'biufc'):
            d.pop(name, None)
            d['_scalar_persistent'].pop(name, None)
            t = _convert.as_tensor(value)
            self._buffers[name] = t
            if isinstance(value, numpy.ndarray) and t.device.type == 'cpu':
                cache = d.get('_persistent_arr')
                if cache is None:
                    cache = d['_persistent_arr'] = {}
                cache[name] = (value, t, t.data_ptr())
            return True
        if isinstance(value, _SCALAR_TYPES) and not isinstance(
                value, numpy.ndarray):
            d.pop(name, None)
            pytype = type(value)
            d['_scalar_persistent'][name] = pytype
            if isinstance(value, float):  # keep Python float's precision
                self._buffers[name] = torch.tensor(value,
                                                   dtype=torch.float64)
            else:
                self._buffers[name] = torch.tensor(value)
            return True
        self._drop_buffer(name)
        return False

    def add_param(self, name, shape=None, dtype=numpy.float32,
                  initializer=None):
        """Registers a parameter to the link."""
        if name in self.__dict__:
            raise AttributeError(
                'cannot register a new parameter %s: attribute exists'
                % name)
        if initializer is None:
            initializer = initializers.NaN(dtype)
        param = variable.Parameter(initializer, shape)
        with self.init_scope():
            setattr(self, name, param)

    def add_persistent(self, name, value):
        """Registers a persistent value to the link."""
        d = self.__dict__
        if name in d or name in self._buffers:
            raise AttributeError(
                'cannot register a new persistent value %s: attribute exists'
                % name)
        d['_persistent'].add(name)
        d['_params'].discard(name)
        if not self._set_persistent(name, value):
            d[name] = value

    def register_persistent(self, name):
        """Registers an attribute of a given name as a persistent value."""
        if not hasattr(self, name):
            raise AttributeError(
                'cannot register non-existent attribute %s as a persistent '
                'value' % name)
        d = self.__dict__
        value = getattr(self, name)
        d['_persistent'].add(name)
        d['_params'].discard(name)
        self._parameters.pop(name, None)
        if self._set_persistent(name, value):
            d.pop(name, None)

    @classmethod
    def from_params(cls, *args, **kwargs):
        raise NotImplementedError(
            'This link does not implement `from_params`.')

    # -- copies ------------------------------------------------------------

    def _shallow_clone(self):
        ret = copy_module.copy(self)
        d = ret.__dict__
        d['_params'] = set(self._params)
        d['_persistent'] = set(self._persistent)
        d['_scalar_persistent'] = dict(self._scalar_persistent)
        d['_parameters'] = collections.OrderedDict(self._parameters)
        d['_buffers'] = collections.OrderedDict(self._buffers)
        d['_modules'] = collections.OrderedDict(self._modules)
        d['name'] = None
        return ret

    def copy(self, mode='share'):
        """Copies the link hierarchy to new one ('share', 'copy', 'init')."""
        if mode == 'share':
            ret = self._shallow_clone()
            d = ret.__dict__
            for name in ret._params:
                p = copy_module.copy(d[name])
                # Same storage, separate gradient (Chainer's share mode).
                if p._initialized:
                    p._torch_param = None
                    p._install(self.__dict__[name]._t.data)
                else:
                    p._torch_param = None
                    p._install_placeholder(
                        getattr(p.initializer, 'dtype', None))
                src = self.__dict__[name]
                src.array  # fills the source's array cache
                # Same ndarray object as the source (Chainer shares it).
                p._arr = src._arr if p._initialized else None
                p.grad = None
                d[name] = p
                ret._parameters[name] = p._t
            return ret
        elif mode == 'copy':
            return copy_module.deepcopy(self)
        elif mode == 'init':
            ret = copy_module.deepcopy(self)
            for param in ret.params(include_uninit=False):
                param.initialize(param.shape)
            return ret
        else:
            raise ValueError(
                'The \'mode\' argument should be either \'init\','
                '\'copy\', or \'share\'. But {} was given.'.format(mode))

    def __deepcopy__(self, memo):
        cls = type(self)
        ret = cls.__new__(cls)
        memo[id(self)] = ret
        for k, v in self.__dict__.items():
            object.__setattr__(ret, k, copy_module.deepcopy(v, memo))
        # Keep the torch mirror pointing at the copied Parameters' tensors.
        for name in ret._params:
            ret._parameters[name] = ret.__dict__[name]._t
        return ret

    # -- traversal ---------------------------------------------------------

    def device_resident_accept(self, visitor):
        super(Link, self).device_resident_accept(visitor)
        d = self.__dict__
        for name in self._params:
            visitor.visit_variable(d[name])
        for name in self._persistent:
            if name in self._buffers:
                t = self._buffers[name]
                self._buffers[name] = visitor.visit_tensor(t)
            else:
                x = d[name]
                if _convert.is_array(x):
                    d[name] = visitor.visit_array(x)

    def params(self, include_uninit=True):
        """Returns a generator of all parameters under the link hierarchy."""
        d = self.__dict__
        for name in sorted(self._params):
            if include_uninit or d[name].data is not None:
                yield d[name]

    def namedparams(self, include_uninit=True):
        """Returns a generator of all (path, param) pairs under the link."""
        d = self.__dict__
        for name in sorted(self._params):
            if include_uninit or d[name].data is not None:
                yield '/' + name, d[name]

    def links(self, skipself=False):
        """Returns a generator of all links under the hierarchy."""
        if not skipself:
            yield self

    def namedlinks(self, skipself=False):
        """Returns a generator of all (path, link) pairs under the hierarchy."""
        if not skipself:
            yield '/', self

    def children(self):
        """Returns a generator of all child links (same in torch)."""
        if 0:
            yield

    def copyparams(self, link, copy_persistent=True):
        """Copies all parameters from given link."""
        src = link.__dict__
        dst = self.__dict__
        for name in self._params:
            dst[name].copydata(src[name])
        if copy_persistent:
            for name in self._persistent:
                src_val = getattr(link, name)
                dst_val = getattr(self, name)
                if _convert.is_array(dst_val) and _convert.is_array(src_val):
                    dt = _convert.as_tensor(dst_val)
                    with torch.no_grad():
                        dt.copy_(_convert.as_tensor(src_val).to(dt.device))
                else:
                    setattr(self, name, copy_module.deepcopy(src_val))

    def cleargrads(self):
        """Clears all gradient arrays (set to None)."""
        for param in self.params():
            param.cleargrad()

    def zerograds(self):
        """Initializes all gradient arrays by zero (deprecated)."""
        warnings.warn(
            'Link.zerograds is deprecated. Use Link.cleargrads instead.',
            DeprecationWarning)
        with warnings.catch_warnings():
            warnings.simplefilter('ignore', DeprecationWarning)
            for param in self.params():
                param.zerograd()

    def addgrads(self, link):
        """Accumulates gradient values from given link."""
        src = link.__dict__
        dst = self.__dict__
        for name in self._params:
            dst[name].addgrad(src[name])

    def enable_update(self):
        """Enables update rules of all parameters under the link hierarchy."""
        for param in self.params():
            rule = param.update_rule
            if rule is not None:
                rule.enabled = True

    def disable_update(self):
        """Disables update rules of all parameters under the link hierarchy."""
        for param in self.params():
            rule = param.update_rule
            if rule is not None:
                rule.enabled = False

    @property
    def update_enabled(self):
        """``True`` if at least one parameter has an enabled update rule."""
        for param in self.params():
            rule = param.update_rule
            if rule is not None and rule.enabled:
                return True
        return False

    def serialize(self, serializer):
        """Serializes the link object (Chainer's key layout)."""
        d = self.__dict__
        for name in sorted(self._params):
            param = d[name]
            data = serializer(name, param.data)
            if param.data is None and data is not None:
                # Initialize the parameter here
                param.initialize(data.shape)
                t = param._t
                with torch.no_grad():
                    t.copy_(_convert.as_tensor(data).to(t.device))
        for name in sorted(self._persistent):
            value = getattr(self, name)
            new = serializer(name, value)
            if new is not value or name in self._scalar_persistent:
                setattr(self, name, new)

    def repeat(self, n_repeat, mode='init'):
        """Repeats this link multiple times to make a Sequential."""
        ret = chainer_compat.Sequential()
        if n_repeat <= 0:
            return ret
        if mode not in ['init', 'copy', 'share']:
            raise ValueError(
                'The \'mode\' argument should be either \'init\','
                '\'copy\', or \'share\'. But {} was given.'.format(mode))
        link = self
        for _ in range(n_repeat):
            ret.append(link.copy(mode))
        return ret

    def count_params(self):
        """Counts the total number of parameters."""
        size = 0
        for name, param in self.namedparams():
            if param.array is None:
                warnings.warn(
                    'Parameter \'{}\' has not been initialized, so the '
                    'resulting count will not include the number of '
                    'parameters in it.'.format(name))
                continue
            size += param.size
        return size

    def add_hook(self, hook, name=None):
        """Registers a link hook."""
        from chainer_compat import link_hook
        if not isinstance(hook, link_hook.LinkHook):
            raise TypeError('Hook must be of type LinkHook')
        if name is None:
            name = hook.name
        hooks = self.local_link_hooks
        if name in hooks:
            raise KeyError('Hook %s already exists' % name)
        hooks[name] = hook
        hook.added(self)
        return self

    def delete_hook(self, name):
        """Unregisters the link hook."""
        if name in self.local_link_hooks:
            self.local_link_hooks[name].deleted(self)
            del self.local_link_hooks[name]
        else:
            raise KeyError('Hook %s does not exist' % name)


class Chain(Link):

    """Composable link with object-like interface (child links by name)."""

    def __init__(self, **links):
        super(Chain, self).__init__()
        self.__dict__['_children'] = set()
        for name, link in links.items():
            self.add_link(name, link)

    def __str__(self):
        reps = []
        for child in self.children():
            rep = '({name}): {rep},'.format(name=child.name, rep=str(child))
            for line in rep.splitlines():
                reps.append('  {line}\n'.format(line=line))
        reps = ''.join(reps)
        if reps:
            reps = '\n' + reps
        return '{cls}({children})'.format(cls=self.__class__.__name__,
                                          children=reps)

    def __getitem__(self, name):
        """Equivalent to getattr."""
        return getattr(self, name)

    def __setattr__(self, name, value):
        d = self.__dict__
        if d.get('_within_init_scope', False) and isinstance(value, Link):
            if hasattr(self, name) and name not in d.get('_children', ()) \
                    and name not in d:
                raise AttributeError(
                    'cannot register a new link %s: attribute exists' % name)
            value.name = name
            d['_children'].add(name)
            self._modules[name] = value
        elif name in d.get('_children', ()) and not isinstance(value, Link):
            d['_children'].discard(name)
            self._modules.pop(name, None)
        elif name in d.get('_children', ()):
            value.name = name
            self._modules[name] = value
        super(Chain, self).__setattr__(name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in d.get('_children', ()):
            d['_children'].discard(name)
            self._modules.pop(name, None)
        super(Chain, self).__delattr__(name)

    def add_link(self, name, link):
        """Registers a child link to this chain."""
        if name in self.__dict__:
            raise AttributeError(
                'cannot register a new link %s: attribute exists' % name)
        if not isinstance(link, Link):
            raise TypeError('cannot register a non-link object as a child')
        with self.init_scope():
            setattr(self, name, link)

    def copy(self, mode='share'):
        ret = super(Chain, self).copy(mode)
        if mode == 'share':
            d = ret.__dict__
            d['_children'] = set(ret._children)
            for name in ret._children:
                copied = d[name].copy(mode)
                copied.name = name
                d[name] = copied
                ret._modules[name] = copied
        return ret

    def device_resident_accept(self, visitor):
        super(Chain, self).device_resident_accept(visitor)
        d = self.__dict__
        for name in self._children:
            d[name].device_resident_accept(visitor)

    def params(self, include_uninit=True):
        for param in super(Chain, self).params(include_uninit):
            yield param
        d = self.__dict__
        for name in sorted(self._children):
            for param in d[name].params(include_uninit):
                yield param

    def namedparams(self, include_uninit=True):
        for ret in super(Chain, self).namedparams(include_uninit):
            yield ret
        d = self.__dict__
        for name in sorted(self._children):
            prefix = '/' + name
            for path, param in d[name].namedparams(include_uninit):
                yield prefix + path, param

    def links(self, skipself=False):
        if not skipself:
            yield self
        d = self.__dict__
        for name in sorted(self._children):
            for link in d[name].links():
                yield link

    def namedlinks(self, skipself=False):
        if not skipself:
            yield '/', self
        d = self.__dict__
        for name in sorted(self._children):
            child = d[name]
            prefix = '/' + name
            yield prefix, child
            for path, link in d[name].namedlinks(True):
                yield prefix + path, link

    def children(self):
        d = self.__dict__
        for name in sorted(self._children):
            yield d[name]

    def copyparams(self, link, copy_persistent=True):
        super(Chain, self).copyparams(link, copy_persistent)
        src = link.__dict__
        dst = self.__dict__
        for name in self._children:
            dst[name].copyparams(src[name], copy_persistent)

    def addgrads(self, link):
        super(Chain, self).addgrads(link)
        src = link.__dict__
        dst = self.__dict__
        for name in self._children:
            dst[name].addgrads(src[name])

    def serialize(self, serializer):
        super(Chain, self).serialize(serializer)
        d = self.__dict__
        for name in sorted(self._children):
            d[name].serialize(serializer[name])


class ChainList(Link, collections.abc.MutableSequence):

    """Composable link with list-like interface."""

    def __init__(self, *links):
        super(ChainList, self).__init__()
        self.__dict__['_children'] = []
        for link in links:
            self.add_link(link)

    def __str__(self):
        reps = []
        for index, child in enumerate(self._children):
            rep = '({index}): {rep},'.format(index=index, rep=str(child))
            for line in rep.splitlines():
                reps.append('  {line}\n'.format(line=line))
        reps = ''.join(reps)
        if reps:
            reps = '\n' + reps
        return '{cls}({children})'.format(cls=self.__class__.__name__,
                                          children=reps)

    def __setattr__(self, name, value):
        if self.within_init_scope and isinstance(value, Link):
            raise TypeError(
                'cannot register a new link'
                ' within a "with chainlist.init_scope():" block.')
        super(ChainList, self).__setattr__(name, value)

    def _sync_modules(self):
        mods = self._modules
        mods.clear()
        for i, c in enumerate(self._children):
            c.name = str(i)
            mods[str(i)] = c

    def __setitem__(self, index, value):
        if isinstance(index, int):
            link = value
            link.name = str(index)
            self._children[index] = link
        elif isinstance(index, slice):
            self._children[index] = value
        else:
            raise TypeError(
                'ChainList indices must be integers or slices, not %s' %
                type(index).__name__)
        self._sync_modules()

    def __getitem__(self, index):
        return self._children[index]

    def __delitem__(self, index):
        del self._children[index]
        self._sync_modules()

    def insert(self, index, link):
        """Insert a child link at the given index."""
        self._children.insert(index, link)
        self._sync_modules()

    def __iter__(self):
        return iter(self._children)

    def __len__(self):
        return len(self._children)

    def add_link(self, link):
        """Registers a child link and adds it to the tail of the list."""
        self.append(link)

    def copy(self, mode='share'):
        ret = super(ChainList, self).copy(mode)
        if mode == 'share':
            ret.__dict__['_children'] = list(ret._children)
            children = ret._children
            for i, child in enumerate(children):
                child = child.copy(mode)
                child.name = str(i)
                children[i] = child
            ret._sync_modules()
        return ret

    def device_resident_accept(self, visitor):
        super(ChainList, self).device_resident_accept(visitor)
        for link in self._children:
            link.device_resident_accept(visitor)

    def params(self, include_uninit=True):
        for param in super(ChainList, self).params(include_uninit):
            yield param
        for link in self._children:
            for param in link.params(include_uninit):
                yield param

    def namedparams(self, include_uninit=True):
        for ret in super(ChainList, self).namedparams(include_uninit):
            yield ret
        for idx, link in enumerate(self._children):
            prefix = '/%d' % idx
            for path, param in link.namedparams(include_uninit):
                yield prefix + path, param

    def links(self, skipself=False):
        if not skipself:
            yield self
        for child in self._children:
            for link in child.links():
                yield link

    def namedlinks(self, skipself=False):
        if not skipself:
            yield '/', self
        for idx, child in enumerate(self._children):
            prefix = '/%d' % idx
            yield prefix, child
            for path, link in child.namedlinks(True):
                yield prefix + path, link

    def children(self):
        for child in self._children:
            yield child

    def copyparams(self, link, copy_persistent=True):
        super(ChainList, self).copyparams(link, copy_persistent)
        for idx, child in enumerate(self._children):
            child.copyparams(link[idx], copy_persistent)

    def addgrads(self, link):
        super(ChainList, self).addgrads(link)
        for idx, child in enumerate(self._children):
            child.addgrads(link[idx])

    def serialize(self, serializer):
        super(ChainList, self).serialize(serializer)
        for idx, child in enumerate(self._children):
            child.serialize(serializer['%d' % idx])
