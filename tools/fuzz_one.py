#!/usr/bin/env python
"""Print every fuzz failure of the named functions, ignoring the leak list.

``python3 tools/fuzz_one.py unpooling_1d [name ...]`` -- the same checks as
``tests/chainer_compat_tests/functions_tests/test_fuzz_functions.py``.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'tests',
                                'chainer_compat_tests', 'functions_tests'))

import test_fuzz_functions as t  # NOQA


def main(names):
    bad = 0
    for name in names:
        fails = t._differential_failures(name) + t._hypothesis_failures(name)
        bad += bool(fails)
        print('{}: {} failure(s)'.format(name, len(fails)))
        for f in fails:
            print('   ', f)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
