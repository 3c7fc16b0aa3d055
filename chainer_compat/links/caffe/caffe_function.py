"""``chainer.links.caffe.CaffeFunction`` -- not supported (D-601).

Chainer parses a ``.caffemodel`` with its bundled protobuf schema
(``caffe_pb2``) and builds links from the Caffe layers.  chainer_compat
ships neither the schema nor the layer translation, so constructing a
``CaffeFunction`` raises ``NotImplementedError``.
"""
from chainer_compat import link

_MESSAGE = (
    'chainer.links.caffe.CaffeFunction: importing Caffe models is not '
    'supported by chainer_compat (no Caffe protobuf reader; see '
    'docs/divergences.md, D-601). Convert the model with real Chainer '
    '(CaffeFunction + chainer.serializers.save_npz) and load the npz with '
    'chainer.serializers.load_npz.')


class CaffeFunction(link.Chain):

    """Caffe emulator (unsupported here: the constructor raises)."""

    def __init__(self, model_path):
        raise NotImplementedError(_MESSAGE)

    def forward(self, inputs, outputs, disable=(), **kwargs):
        raise NotImplementedError(_MESSAGE)
