"""Build hook: ship ``chainer_compat-alias.pth`` at the root of site-packages.

The .pth file imports the tiny ``_chainer_compat_alias`` module, which adds a
meta-path finder that makes ``import chainer`` resolve to ``chainer_compat``
only when no real Chainer is installed.  It imports neither torch nor
chainer_compat at start-up.
"""
import os

from setuptools import setup
from setuptools.command.build_py import build_py

PTH = 'chainer_compat-alias.pth'


class BuildPyWithPth(build_py):
    def run(self):
        super().run()
        here = os.path.dirname(os.path.abspath(__file__))
        self.copy_file(os.path.join(here, PTH),
                       os.path.join(self.build_lib, PTH))

    def get_outputs(self, include_bytecode=True):
        return super().get_outputs(include_bytecode) + [
            os.path.join(self.build_lib, PTH)]


setup(cmdclass={'build_py': BuildPyWithPth})
