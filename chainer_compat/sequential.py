"""``chainer.Sequential``: a ChainList whose forward calls its layers in turn.

Layers may be links or any callables (``F.relu``, lambdas, partials).  The
callables live in ``_layers`` (in call order); the links among them are also
the ChainList children (``_children``, mirrored to torch's ``_modules`` by
``ChainList._sync_modules``), named ``'0'``, ``'1'``... in link order -- so
parameter paths are ``/0/W``, ``/1/W`` as in Chainer.
"""
import copy
import inspect

from chainer_compat import link as _link


class Sequential(_link.ChainList):

    """Sequential model which has a single-stream forward pass.

    Args:
        layers: callables (links or functions) called in the given order.
    """

    def __init__(self, *layers):
        super(Sequential, self).__init__()
        self._layers = []
        for layer in layers:
            self.append(layer)

    def __len__(self):
        return len(self._layers)

    def __getitem__(self, i):
        return self._layers[i]

    def __setitem__(self, i, layer):
        if i >= len(self):
            raise ValueError(
                '{} should be less than {}'.format(i, len(self)))
        if not callable(layer):
            raise ValueError(
                'All elements of a Sequential class should be callable. But '
                'given {} is not callable.'.format(layer))
        if self._layers[i] is not layer:
            del self[i]
            self.insert(i, layer)

    def __delitem__(self, i):
        layer = self._layers.pop(i)
        if isinstance(layer, _link.Link):
            # Chainer finds the child by its name (its index among links).
            children = self._children
            for k, child in enumerate(children):
                if child.name == layer.name:
                    del children[k]
                    break
            self._sync_modules()

    def __iter__(self):
        return iter(self._layers)

    def __reversed__(self):
        return reversed(self._layers)

    def __contains__(self, item):
        return item in self._layers

    def __add__(self, other):
        if isinstance(other, Sequential):
            ret = Sequential()
            for layer in self:
                ret.append(layer)
            for layer in other:
                ret.append(layer)
            return ret
        raise ValueError('add (+) operator supports only objects of '
                         'Sequential class, but {} is given.'.format(
                             str(type(other))))

    def __iadd__(self, other):
        if isinstance(other, Sequential):
            for layer in other:
                self.append(layer)
        else:
            raise ValueError('add (+) operator supports only objects of '
                             'Sequential class, but {} is given.'.format(
                                 str(type(other))))
        return self

    def forward(self, *x):
        """Feeds ``x`` through the layers; a tuple output is splatted."""
        if not self._layers:
            raise RuntimeError('Sequential does not have any layer.')
        for layer in self._layers:
            if isinstance(x, tuple):
                x = layer(*x)
            else:
                x = layer(x)
        return x

    def __reduce__(self):
        for layer in self._layers:
            if callable(layer) and \
                    getattr(layer, '__name__', None) == '<lambda>':
                raise ValueError(
                    'This Sequential object has at least one lambda function '
                    'as its component. Lambda function can not be pickled, '
                    'so please consider to use functools.partial instead of '
                    'the lambda function or use "dill", which is an external '
                    'package that enables pickling an object including '
                    'lambda functions intead of built-in pickle.')
        return super(Sequential, self).__reduce__()

    def __str__(self):
        reps = []
        for index, layer in enumerate(self):
            if getattr(layer, '__name__', None) == '<lambda>':
                rep = inspect.getsource(layer).strip().rstrip(',')
            else:
                rep = str(layer)
            rep = '({index}): {rep},'.format(index=index, rep=rep)
            for line in rep.splitlines():
                reps.append('  {line}\n'.format(line=line))
        reps = ''.join(reps)
        if reps:
            reps = '\n' + reps
        return '{cls}({layers})'.format(
            cls=self.__class__.__name__, layers=reps)

    def append(self, layer):
        self.insert(len(self), layer)

    def extend(self, sequential):
        for layer in sequential:
            self.append(layer)

    def insert(self, i, layer):
        n = len(self._layers)
        if not (-n <= i < (n + 1)):
            raise IndexError('Index out of range: {}'.format(i))
        if i < 0:
            i += n
        if not callable(layer):
            raise ValueError(
                'All elements of the argument should be callable. But '
                'given {} is not callable.'.format(layer))
        self._layers.insert(i, layer)
        if isinstance(layer, _link.Link):
            # Chainer's rule: the new child goes right after the link that
            # precedes position i in ``_layers`` (scanning down to the
            # first one); position 0 goes first.
            if i == 0:
                self._children.insert(0, layer)
            else:
                last_link_pos = 0
                for j in range(i - 1, -1, -1):
                    if isinstance(self._layers[j], _link.Link):
                        last_link_pos = j
                self._children.insert(last_link_pos + 1, layer)
            self._sync_modules()

    def remove(self, layer):
        if layer in self:
            del self[self.index(layer)]
        else:
            raise ValueError(
                'There is no layer object that is same as {}'.format(layer))

    def remove_by_layer_type(self, type_name):
        """Removes the layers whose class name (links) or ``__name__``."""
        names = []
        for layer in self:
            if isinstance(layer, _link.Link):
                name = layer.__class__.__name__
            else:
                name = layer.__name__
            names.append((name, layer))
        for name, layer in names:
            if type_name == name:
                self.remove(layer)

    def pop(self, i=-1):
        layer = self._layers[i]
        del self[i]
        return layer

    def clear(self):
        # Chainer 7.8.1 deletes children while enumerating them, which
        # drops every other child link only; kept as specified.
        children = self._children
        for i, _ in enumerate(children):
            del children[i]
        self._sync_modules()
        self._layers = []

    def index(self, layer, start=None, end=None):
        return self._layers[start:end].index(layer)

    def count(self, layer):
        return self._layers.count(layer)

    def count_by_layer_type(self, type_name):
        """Counts the layers whose class name (links) or ``__name__``."""
        num = 0
        for layer in self._layers:
            if isinstance(layer, _link.Link):
                if layer.__class__.__name__ == type_name:
                    num += 1
            else:
                if layer.__name__ == type_name:
                    num += 1
        return num

    def copy(self, mode='share'):
        ret = Sequential()
        for layer in self:
            if isinstance(layer, _link.Link):
                ret.append(layer.copy(mode))
            else:
                ret.append(copy.copy(layer))
        return ret

    def copyparams(self, link, copy_persistent=True):
        if not isinstance(link, Sequential):
            raise ValueError('Objects other than Sequential object cannot be '
                             'copied to a Sequential object.')
        for idx, child in enumerate(self):
            if isinstance(child, _link.Link):
                child.copyparams(link[idx], copy_persistent)

    def flatten(self):
        """Returns a Sequential with nested Sequentials expanded in place."""
        ret = Sequential()
        for layer in self:
            if isinstance(layer, Sequential):
                ret.extend(layer.flatten())
            else:
                ret.append(layer)
        return ret
