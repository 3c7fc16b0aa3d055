"""``chainer.testing.parameterize`` and the parameter-set builders."""
import functools
import itertools
import types
import unittest

import numpy

from chainer_compat.testing import _bundle


_SINGLE_PARAM_MAXLEN = 100
_PARAMS_MAXLEN = 5000


def _param_to_str(obj):
    # Chainer: classes, functions and modules print their __name__.
    name = getattr(obj, '__name__', None)
    if isinstance(obj, type) or isinstance(name, str):
        return obj.__name__
    return repr(obj)


def _shorten(s, maxlen):
    """Cuts the middle of ``s`` out (replaced by '...') to fit ``maxlen``."""
    if len(s) <= maxlen:
        return s
    keep = maxlen - 3
    head = keep // 2
    tail = keep - head
    return s[:head] + '...' + s[len(s) - tail:]


def _make_class_name(base_class_name, i_param, param):
    items = ', '.join(
        '{}={}'.format(k, _shorten(_param_to_str(v), _SINGLE_PARAM_MAXLEN))
        for k, v in sorted(param.items()))
    return '{}_param_{}_{{{}}}'.format(
        base_class_name, i_param, _shorten(items, _PARAMS_MAXLEN))


def _bind_plain_function(f):
    # A plain function given as a parameter becomes a method that ignores
    # ``self`` (Chainer behaviour), e.g. ``{'op': numpy.add}`` style lambdas.
    def method(self, *args, **kwargs):
        return f(*args, **kwargs)
    return method


def _wrap_test_method(base, base_method, param):
    @functools.wraps(base_method)
    def wrapped(self, *args, **kwargs):
        try:
            return base_method(self, *args, **kwargs)
        except unittest.SkipTest:
            raise
        except Exception as e:
            lines = ['Parameterized test failed.', '',
                     'Base test method: {}.{}'.format(
                         base.__name__, base_method.__name__),
                     'Test parameters:']
            lines += ['  {}: {}'.format(k, v)
                      for k, v in sorted(param.items())]
            err_class = type(e)
            if err_class.__name__ == 'OutOfMemoryError':
                err_class = MemoryError
            from chainer_compat import utils
            utils._raise_from(err_class, '\n'.join(lines) + '\n', e)
    return wrapped


def _parameterize_test_case(base, i, param):
    def __str__(self):
        return '%s  parameter: %s' % (base.__str__(self), param)

    members = {'__str__': __str__}
    for k, v in sorted(param.items()):
        if isinstance(v, types.FunctionType):
            members[k] = _bind_plain_function(v)
        else:
            members[k] = v

    def method_generator(base_method):
        return _wrap_test_method(base, base_method, param)

    return _make_class_name(base.__name__, i, param), members, method_generator


def _parameterize_test_case_generator(base, params):
    for i, param in enumerate(params):
        yield _parameterize_test_case(base, i, param)


def parameterize(*params):
    """Generates one test class per parameter dict (Chainer API).

    Class ``Foo`` parameterized by ``[{'a': 1}, {'a': 2}]`` becomes
    ``Foo_param_0_{a=1}`` and ``Foo_param_1_{a=2}``; each parameter is set
    as a class attribute.
    """
    return _bundle.make_decorator(
        lambda base: _parameterize_test_case_generator(base, params))


def _values_to_dicts(names, values):
    if not isinstance(names, str):
        raise TypeError('names must be a comma-separated string')
    if not isinstance(values, (tuple, list)):
        raise TypeError('values must be a tuple or a list')
    keys = names.split(',')
    dicts = []
    for value in values:
        if len(keys) == 1:
            dicts.append({keys[0]: value})
        else:
            if not (isinstance(value, (tuple, list))
                    and len(value) == len(keys)):
                raise AssertionError(
                    'value {!r} does not match names {!r}'.format(
                        value, names))
            dicts.append(dict(zip(keys, value)))
    return dicts


def from_pytest_parameterize(names, values):
    """Converts pytest-style ``('a,b', [(1, 2), ...])`` into dicts."""
    return _values_to_dicts(names, values)


def parameterize_pytest(names, values):
    """``parameterize`` taking pytest-style arguments."""
    return parameterize(*from_pytest_parameterize(names, values))


def product(parameter):
    """Cartesian product of parameter lists (Chainer API).

    ``parameter`` is a dict ``{names: values}`` (names may be
    comma-separated, keys are visited in sorted order) or a list of lists of
    dicts.
    """
    if isinstance(parameter, dict):
        return product_dict(*[
            _values_to_dicts(names, values)
            for names, values in sorted(parameter.items())])
    if isinstance(parameter, list):
        if not all(isinstance(x, list) for x in parameter):
            raise TypeError('parameter must be list of lists of dicts')
        if not all(isinstance(d, dict) for x in parameter for d in x):
            raise TypeError('parameter must be list of lists of dicts')
        return product_dict(*parameter)
    raise TypeError(
        'parameter must be either dict or list. Actual: {}'.format(
            type(parameter)))


def product_dict(*parameters):
    """Merges one dict from each list, for every combination."""
    result = []
    for combination in itertools.product(*parameters):
        merged = {}
        for d in combination:
            merged.update(d)
        result.append(merged)
    return result


# Chainer's tests/conftest.py swaps ``product_dict`` for the pairwise variant
# while collecting when CHAINER_TEST_PAIRWISE_PARAMETERIZATION=always.
_product_dict_orig = product_dict


def _pairwise_product_dict(*parameters):
    if len(parameters) <= 2:
        return _product_dict_orig(*parameters)
    return list(_pairwise_product_dict_iter(*parameters))


def _pairwise_product_dict_iter(*parameters):
    lists = [list(dicts) for dicts in parameters]
    for nd_index in sorted(_nd_indices_to_cover_each_2d(
            [len(dicts) for dicts in lists])):
        merged = {}
        for i, dicts in zip(nd_index, lists):
            merged.update(dicts[i])
        yield merged


def _nd_indices_to_cover_each_2d(shape):
    """Yields n-d indices until every pair of axes has seen every pair of
    values (greedy over a seeded shuffle, same seed and order as Chainer)."""
    rs = numpy.random.RandomState(seed=0)
    n = len(shape)
    axes_pairs = list(itertools.combinations(range(n), 2))
    uncovered = {
        (i, j): set(itertools.product(range(shape[i]), range(shape[j])))
        for i, j in axes_pairs}
    candidates = list(itertools.product(*[range(s) for s in shape]))
    rs.shuffle(candidates)
    for nd_index in candidates:
        newly_covered = 0
        for i, j in axes_pairs:
            key = (nd_index[i], nd_index[j])
            if key in uncovered[(i, j)]:
                uncovered[(i, j)].discard(key)
                newly_covered += 1
        if newly_covered:
            yield nd_index
