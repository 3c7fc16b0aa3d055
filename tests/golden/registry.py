"""Golden-case registry: each case is written once against a namespace.

A case module in ``tests/golden/cases/`` defines functions decorated with
:func:`case`.  The body receives ``ch`` -- real ``chainer`` (when
``tools/make_golden.py`` runs under a real-Chainer venv) or
``chainer_compat`` (when the tests run) -- plus the dtype, builds its inputs
from ``numpy.random.RandomState``, runs forward/backward/updates, and
returns a flat ``{name: array}`` dict.  This module imports only numpy, so
it works under both interpreters.

    @case('relu', dtypes=('float32', 'float64'))
    def relu(ch, dtype):
        rng = numpy.random.RandomState(0)
        x = ch.Variable(rng.randn(3, 4).astype(dtype))
        y = ch.functions.relu(x)
        y.grad = rng.randn(*y.shape).astype(dtype)
        y.backward()
        return {'y': y.array, 'gx': x.grad}

Per-dtype tolerances default to TOLERANCES; ``xfail='D-0xx: reason'``
marks a known divergence (the test then xfails strictly).
"""
import hashlib
import inspect

TOLERANCES = {
    'float16': dict(atol=5e-3, rtol=5e-3),
    'float32': dict(atol=1e-5, rtol=1e-5),
    'float64': dict(atol=1e-10, rtol=1e-10),
    None: dict(atol=1e-6, rtol=1e-6),
}


class Case(object):

    def __init__(self, func, name, dtypes, tol, xfail, seed):
        self.func = func
        self.name = name
        self.dtypes = tuple(dtypes) if dtypes else (None,)
        self.tol = tol or {}
        self.xfail = xfail
        self.seed = seed

    def ids(self):
        return ['{}-{}'.format(self.name, d) if d else self.name
                for d in self.dtypes]

    def tolerance(self, dtype):
        t = dict(TOLERANCES.get(dtype, TOLERANCES[None]))
        t.update(self.tol.get(dtype, self.tol.get(None, {})))
        return t

    def source_hash(self):
        return hashlib.sha1(
            inspect.getsource(self.func).encode('utf-8')).hexdigest()[:12]

    def run(self, ch, dtype):
        import numpy
        if self.seed is not None:
            numpy.random.seed(self.seed)
        out = self.func(ch, dtype) if dtype else self.func(ch)
        return {k: _to_numpy(v) for k, v in out.items()}


def _to_numpy(v):
    import numpy
    if v is None:
        return numpy.asarray(numpy.nan)  # marks "None" (checked by name)
    if hasattr(v, 'array') and not isinstance(v, numpy.ndarray):
        v = v.array
    if hasattr(v, 'detach'):
        v = v.detach().cpu().numpy()
    return numpy.asarray(v)


def case(name, dtypes=('float32', 'float64'), tol=None, xfail=None,
         seed=0):
    """Register a golden case in the calling module's ``CASES`` list.

    ``tol`` maps a dtype (or None for all) to ``dict(atol=, rtol=)``.
    ``seed``: numpy's *global* RNG is seeded with it before the body runs
    (initializers, dropout and iterators draw from it, as in Chainer).
    """
    def deco(func):
        module = inspect.getmodule(func)
        cases = module.__dict__.setdefault('CASES', [])
        cases.append(Case(func, name, dtypes, tol, xfail, seed))
        return func
    return deco


def load_cases():
    """All cases of all modules in tests/golden/cases: {module: [Case]}."""
    import importlib
    import os
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
    out = {}
    for fn in sorted(os.listdir(here)):
        if fn.endswith('.py') and not fn.startswith('_'):
            modname = fn[:-3]
            mod = importlib.import_module('tests.golden.cases.' + modname)
            out[modname] = list(getattr(mod, 'CASES', []))
    return out
