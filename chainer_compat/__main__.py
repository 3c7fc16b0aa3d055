"""``python -m chainer_compat script.py ARGS...``: run a script on the facade.

Installs the ``chainer``/``chainerx`` -> ``chainer_compat`` alias even when a
real Chainer is installed, then runs the script as ``__main__`` with its
arguments, exactly as ``python script.py ARGS...`` would.
"""
import os
import runpy
import sys


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ('-h', '--help'):
        print('usage: python -m chainer_compat script.py [args...]\n'
              '       python -m chainer_compat -m module [args...]')
        return 0 if argv else 2
    import _chainer_compat_alias
    _chainer_compat_alias.install(force=True)
    if argv[0] == '-m':
        if len(argv) < 2:
            print('python -m chainer_compat -m: module name missing')
            return 2
        sys.argv = argv[1:]
        runpy.run_module(argv[1], run_name='__main__', alter_sys=True)
        return 0
    script = argv[0]
    sys.argv = argv
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    runpy.run_path(script, run_name='__main__')
    return 0


if __name__ == '__main__':
    sys.exit(main())
