# The Chainer release whose API chainer_compat implements.
__version__ = '7.8.1'
