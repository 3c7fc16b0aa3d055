#!/usr/bin/env python
"""Write golden files from real Chainer 7.8.1.

Run under a real-Chainer venv (see DEVELOPERS.md), from the repo root:

    ../chainer-ref/bin/python tools/make_golden.py [module ...]

For each case module in tests/golden/cases/ it writes
tests/golden/data/<module>.npz (keys '<case id>/<output name>') and
tests/golden/data/<module>.json (versions, and each case's source hash so a
stale golden is detected).  One file pair per module: helpers working on
different modules never write the same file.
"""
import json
import os
import platform
import sys
import traceback

import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

import chainer  # NOQA  (must be the real Chainer)
from tests.golden import registry  # NOQA

DATA = os.path.join(ROOT, 'tests', 'golden', 'data')


def main(argv):
    if 'chainer_compat' in getattr(chainer, '__file__', ''):
        sys.exit('make_golden.py must run under the real Chainer 7.8.1')
    os.makedirs(DATA, exist_ok=True)
    versions = {
        'chainer': chainer.__version__, 'numpy': numpy.__version__,
        'python': platform.python_version()}
    cases = registry.load_cases()
    only = set(argv)
    failed = 0
    for modname, mod_cases in cases.items():
        if only and modname not in only:
            continue
        arrays = {}
        entry = {}
        for c in mod_cases:
            for dtype, cid in zip(c.dtypes, c.ids()):
                try:
                    out = c.run(chainer, dtype)
                except Exception:
                    failed += 1
                    print('FAILED', modname, cid)
                    traceback.print_exc()
                    continue
                for k, v in out.items():
                    arrays['{}/{}'.format(cid, k)] = v
                entry[cid] = {'hash': c.source_hash(),
                              'outputs': sorted(out)}
        numpy.savez_compressed(os.path.join(DATA, modname + '.npz'),
                               **arrays)
        with open(os.path.join(DATA, modname + '.json'), 'w') as f:
            json.dump({'_versions': versions, 'cases': entry}, f, indent=1,
                      sort_keys=True)
        print('wrote', modname, len(entry), 'cases')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
