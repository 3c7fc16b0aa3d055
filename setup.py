"""Build hook: ship ``chainer_compat-alias.pth`` at the root of site-packages.

The .pth file imports the tiny ``_chainer_compat_alias`` module, which adds a
meta-path finder that makes ``import chainer`` resolve to ``chainer_compat``
only when no real Chainer is installed.  It imports neither torch nor
chainer_compat at start-up.  Regular installs get it through ``build_py``;
editable installs (``pip install -e .``) through the editable wheel.
"""
import os

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
PTH = 'chainer_compat-alias.pth'


def _pth_bytes():
    with open(os.path.join(HERE, PTH), 'rb') as f:
        return f.read()


class BuildPyWithPth(build_py):
    def run(self):
        super().run()
        self.copy_file(os.path.join(HERE, PTH),
                       os.path.join(self.build_lib, PTH))

    def get_outputs(self, include_bytecode=True):
        return super().get_outputs(include_bytecode) + [
            os.path.join(self.build_lib, PTH)]


cmdclass = {'build_py': BuildPyWithPth}

try:
    from setuptools.command.editable_wheel import editable_wheel

    class EditableWheelWithPth(editable_wheel):
        def _select_strategy(self, *args, **kwargs):
            strategy = super()._select_strategy(*args, **kwargs)

            class _WithPth(object):
                def __enter__(self_):
                    strategy.__enter__()
                    return self_

                def __exit__(self_, *exc):
                    return strategy.__exit__(*exc)

                def __call__(self_, wheel, files, mapping):
                    strategy(wheel, files, mapping)
                    wheel.writestr(PTH, _pth_bytes())

            return _WithPth()

    cmdclass['editable_wheel'] = EditableWheelWithPth
except ImportError:  # setuptools < 64: no PEP 660 editable wheels
    pass

setup(cmdclass=cmdclass)
