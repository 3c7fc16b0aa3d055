#!/usr/bin/env python
"""Write the NPZ interop fixtures in tests/fixtures/.

Two runs, from the repository root:

    python3 tools/make_fixtures.py --facade       # files written by the facade
    ../chainer-ref/bin/python tools/make_fixtures.py   # real Chainer 7.8.1

The facade run writes ``facade_{model,adam,snapshot}.npz``.  The real-Chainer
run writes ``chainer_{model,adam,snapshot}.npz`` plus
``chainer_expected.npz`` (what real Chainer computes from its own files: the
eval output and the parameters after two more updates), then loads the
facade's files into real Chainer and records the same quantities in
``facade_loaded_by_chainer.npz`` -- the proof that real Chainer reads them.
The interop tests (tests/chainer_compat_tests/serializers_tests/
test_interop_fixtures.py) redo these computations on the facade.
"""
import json
import os
import sys
import types

import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIX = os.path.join(ROOT, 'tests', 'fixtures')
sys.path.insert(0, ROOT)

FACADE = '--facade' in sys.argv
if FACADE:
    import chainer_compat as ch
else:
    try:
        import chainer as ch
    except ImportError:
        # chainer._environment_check only checks versions; it breaks when
        # the venv's setuptools lacks numpy.distutils' needs.
        for k in [k for k in sys.modules if k.startswith('chainer')]:
            del sys.modules[k]
        _m = types.ModuleType('chainer._environment_check')
        _m.check = lambda: None
        sys.modules['chainer._environment_check'] = _m
        import chainer as ch
    if 'chainer_compat' in ch.__file__:
        sys.exit('run without --facade under the real Chainer 7.8.1')

from tests.fixtures import fixture_models as fm  # NOQA

S = ch.serializers


def _write(prefix):
    numpy.random.seed(0)
    model = fm.build(ch)
    opt = fm.make_optimizer(ch).setup(model)
    fm.train(ch, model, opt, 3)
    S.save_npz(os.path.join(FIX, prefix + '_model.npz'), model)
    S.save_npz(os.path.join(FIX, prefix + '_adam.npz'), opt,
               compression=False)
    S.save_npz(os.path.join(FIX, prefix + '_snapshot.npz'),
               fm.snapshot_target(ch, model, opt, 3))
    return model, opt


def _continue_from(prefix, via_snapshot=False):
    """Load ``prefix`` files into a fresh model + optimizer, eval, train 2."""
    model = fm.build(ch)
    opt = fm.make_optimizer(ch).setup(model)
    if via_snapshot:
        path = os.path.join(FIX, prefix + '_snapshot.npz')
        S.load_npz(path, model, path='updater/model:main/')
        S.load_npz(path, opt, path='updater/optimizer:main/', strict=False)
    else:
        S.load_npz(os.path.join(FIX, prefix + '_model.npz'), model)
        # strict=False: the never-run ``spare`` link has no Adam state
        # (m, v), and Chainer's strict load raises KeyError on it
        S.load_npz(os.path.join(FIX, prefix + '_adam.npz'), opt,
                   strict=False)
    try:
        S.load_npz(os.path.join(FIX, prefix + '_adam.npz'),
                   fm.make_optimizer(ch).setup(fm.build(ch)))
        strict_error = ''
    except KeyError as e:
        strict_error = str(e)
    out = {'strict_error': numpy.asarray(strict_error),
           'eval': fm.evaluate(ch, model), 't': numpy.asarray(opt.t),
           'bn_N': numpy.asarray(model.bn.N)}
    fm.train(ch, model, opt, 2)
    out.update({'next/' + k: v for k, v in fm.params(model).items()})
    out['next_t'] = numpy.asarray(opt.t)
    out['spare_W_is_None'] = numpy.asarray(model.spare.W.array is None)
    return out


def main():
    os.makedirs(FIX, exist_ok=True)
    if FACADE:
        _write('facade')
        print('wrote facade_*.npz')
        return
    _write('chainer')
    exp = {}
    for name, snap in (('files', False), ('snapshot', True)):
        for k, v in _continue_from('chainer', snap).items():
            exp[name + '/' + k] = v
    numpy.savez(os.path.join(FIX, 'chainer_expected.npz'), **exp)
    info = {'chainer': ch.__version__, 'numpy': numpy.__version__}
    if os.path.exists(os.path.join(FIX, 'facade_model.npz')):
        got = {}
        for name, snap in (('files', False), ('snapshot', True)):
            for k, v in _continue_from('facade', snap).items():
                got[name + '/' + k] = v
        numpy.savez(os.path.join(FIX, 'facade_loaded_by_chainer.npz'), **got)
        info['facade_files_loaded_by_real_chainer'] = True
    with open(os.path.join(FIX, 'fixtures.json'), 'w') as f:
        json.dump(info, f, indent=1, sort_keys=True)
    print('wrote chainer fixtures', info)


if __name__ == '__main__':
    main()
