"""Shared machinery of the vision model zoo (private).

The layer tables (``functions``), ``forward(x, layers)``, ``extract`` and
``predict`` follow Chainer's vision links; pre-trained weights are read
from the npz files Chainer caches under
``<dataset root>/pfnet/chainer/models/``.  Converting a ``.caffemodel``
needs Caffe's protobuf reader (``CaffeFunction``), which chainer_compat
does not provide (D-602): a missing npz raises ``IOError`` naming the file
to place.
"""
import os

import numpy

import chainer_compat

try:
    from PIL import Image
    available = True
    _import_error = None
except ImportError as e:  # pragma: no cover - Pillow is installed in CI
    Image = None
    available = False
    _import_error = e


def _check_kwargs(kwargs, **messages):
    from chainer_compat.utils import argument
    if kwargs:
        argument.check_unexpected_kwargs(kwargs, **messages)
        argument.assert_kwargs_empty(kwargs)


def forward_layers(functions, x, layers, branches=None):
    """Runs the ordered layer table up to the last requested layer.

    ``branches`` maps a layer name to the earlier layer whose output feeds
    it (GoogLeNet's auxiliary classifiers).
    """
    h = x
    activations = {}
    caches = {}
    sources = set(branches.values()) if branches else ()
    target_layers = set(layers)
    for key, funcs in functions.items():
        if not target_layers:
            break
        if branches and key in branches:
            h = caches.get(branches[key])
        for func in funcs:
            h = func(h)
        if key in target_layers:
            activations[key] = h
            target_layers.remove(key)
        if key in sources:
            caches[key] = h
    return activations


def prepare(image, size, mean):
    """Chainer's ``prepare``: RGB image -> BGR, mean-subtracted CHW array."""
    if not available:
        raise ImportError('PIL cannot be loaded. Install Pillow!\n'
                          'The actual import error is as follows:\n' +
                          str(_import_error))
    dtype = chainer_compat.get_dtype()
    if isinstance(image, numpy.ndarray):
        if image.ndim == 3:
            if image.shape[0] == 1:
                image = image[0, :, :]
            elif image.shape[0] == 3:
                image = image.transpose((1, 2, 0))
        image = Image.fromarray(image.astype(numpy.uint8))
    image = image.convert('RGB')
    if size:
        image = image.resize(size)
    image = numpy.asarray(image, dtype=dtype)
    image = image[:, :, ::-1]
    image -= numpy.array(mean, dtype=dtype)
    image = image.transpose((2, 0, 1))
    return image


def _oversample(images, crop_dims):
    try:
        from chainer_compat.utils import imgproc
    except ImportError:
        imgproc = None
    if imgproc is not None:
        return imgproc.oversample(images, crop_dims)
    # Same crops as chainer.utils.imgproc.oversample: 4 corners + center,
    # then their horizontal mirrors, per image.
    channels, src_h, src_w = images[0].shape
    cy, cx = src_h / 2.0, src_w / 2.0
    dst_h, dst_w = crop_dims
    starts = [(0, 0), (0, src_w - dst_w), (src_h - dst_h, 0),
              (src_h - dst_h, src_w - dst_w),
              (int(cy - dst_h / 2.0), int(cx - dst_w / 2.0))]
    crops = numpy.empty((10 * len(images), channels, dst_h, dst_w),
                        dtype=images[0].dtype)
    ix = 0
    for img in images:
        for y0, x0 in starts:
            crops[ix] = img[:, y0:y0 + dst_h, x0:x0 + dst_w]
            ix += 1
        crops[ix:ix + 5] = crops[ix - 5:ix, :, :, ::-1]
        ix += 5
    return crops


def extract(model, prepare_fn, images, layers, size):
    from chainer_compat.dataset.convert import concat_examples
    x = concat_examples([prepare_fn(img, size=size) for img in images])
    x = chainer_compat.Variable(model.xp.asarray(x))
    return model(x, layers=layers)


def predict(model, prepare_fn, images, oversample, average):
    from chainer_compat import functions as F
    from chainer_compat.dataset.convert import concat_examples
    x = concat_examples([prepare_fn(img, size=(256, 256)) for img in images])
    if oversample:
        x = _oversample(x, crop_dims=(224, 224))
    else:
        x = x[:, :, 16:240, 16:240]
    with chainer_compat.no_backprop_mode(), \
            chainer_compat.using_config('train', False):
        x = chainer_compat.Variable(model.xp.asarray(x))
        y = model(x, layers=['prob'])['prob']
        if oversample:
            n = len(y) // 10
            y_shape = y.shape[1:]
            y = F.reshape(y, (n, 10) + y_shape)
            if average:
                y = F.average(y, axis=1)
            else:
                y = F.sum(y, axis=1) / 10
    return y


def models_directory():
    from chainer_compat.dataset import download
    return download.get_dataset_directory('pfnet/chainer/models/')


def load_npz(path, model):
    from chainer_compat.serializers import npz
    npz.load_npz(path, model)


def retrieve(model, name_npz, caffemodel_hint, api_name):
    """Loads ``<models dir>/name_npz`` (Chainer's cache) into ``model``.

    Chainer creates that file on first use by downloading and converting a
    ``.caffemodel``; the conversion needs Caffe's protobuf reader, so here
    the npz has to be put in place beforehand.
    """
    root = models_directory()
    path = os.path.join(root, name_npz)
    if os.path.exists(path):
        load_npz(path, model)
        return model
    raise IOError(
        '{api}(pretrained_model=\'auto\'): the pre-trained weights file {path}'
        ' does not exist. Real Chainer creates it by converting {src} with '
        'Caffe\'s model reader, which chainer_compat does not support (see '
        'docs/divergences.md, D-602). Convert it once with real Chainer '
        '(e.g. {api}.convert_caffemodel_to_npz(<caffemodel>, <npz>)), or '
        'save a model of the same architecture with '
        'chainer.serializers.save_npz, and place the npz file at {path} '
        '(or pass its path as pretrained_model).'.format(
            api=api_name, path=path, src=caffemodel_hint))
