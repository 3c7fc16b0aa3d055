from chainer_compat.links.caffe.caffe_function import CaffeFunction  # NOQA
