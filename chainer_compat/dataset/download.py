"""Dataset cache directory and downloads (``chainer.dataset.download``).

Layout and environment handling follow Chainer 7.8.1: the root is
``$CHAINER_DATASET_ROOT`` or ``~/.chainer/dataset``; downloads are cached in
``<root>/_dl_cache/<md5(url)>``; dataset files live under
``<root>/<dataset_name>`` (e.g. ``pfnet/chainer/mnist``).
"""
import hashlib
import os
import shutil
import sys

import filelock

from chainer_compat import utils


_dataset_root = os.environ.get(
    'CHAINER_DATASET_ROOT',
    os.path.join(os.path.expanduser('~'), '.chainer', 'dataset'))


def get_dataset_root():
    """Gets the path to the root directory to download and cache datasets."""
    return _dataset_root


def set_dataset_root(path):
    """Sets the root directory to download and cache datasets."""
    global _dataset_root
    _dataset_root = path


def get_dataset_directory(dataset_name, create_directory=True):
    """Gets (and by default creates) ``<root>/<dataset_name>``."""
    path = os.path.join(_dataset_root, dataset_name)
    if create_directory:
        try:
            os.makedirs(path)
        except OSError:
            if not os.path.isdir(path):
                raise
    return path


def cached_download(url):
    """Downloads a file to ``<root>/_dl_cache/<md5(url)>`` unless cached.

    Raises ``OSError`` when the cache directory cannot be created, and the
    ``urllib`` error when offline (the message names the cache path where the
    file can be placed by hand).
    """
    cache_root = os.path.join(_dataset_root, '_dl_cache')
    try:
        os.makedirs(cache_root)
    except OSError:
        if not os.path.isdir(cache_root):
            raise

    lock_path = os.path.join(cache_root, '_dl_lock')
    urlhash = hashlib.md5(url.encode('utf-8')).hexdigest()
    cache_path = os.path.join(cache_root, urlhash)

    with filelock.FileLock(lock_path):
        if os.path.exists(cache_path):
            return cache_path

    from urllib import error as urlerror
    request = _urllib_request()
    with utils.tempdir(dir=cache_root) as temp_root:
        temp_path = os.path.join(temp_root, 'dl')
        sys.stderr.write('Downloading from {}...\n'.format(url))
        sys.stderr.flush()
        try:
            request.urlretrieve(url, temp_path)
        except (urlerror.URLError, OSError) as e:
            # The urllib error class is kept (Chainer raises it too); the
            # message says where a manually fetched copy can be placed.
            msg = ('could not download {} ({}); place the downloaded file '
                   'at {} and retry'.format(
                       url, getattr(e, 'reason', e), cache_path))
            if isinstance(e, urlerror.URLError):
                raise urlerror.URLError(msg)
            raise type(e)(msg)
        with filelock.FileLock(lock_path):
            shutil.move(temp_path, cache_path)

    return cache_path


def _urllib_request():
    # Chainer calls ``six.moves.urllib.request.urlretrieve``; use the same
    # attribute when six is installed so code (and tests) patching it work.
    try:
        from six.moves.urllib import request
    except ImportError:
        from urllib import request
    return request


def cache_or_load_file(path, creator, loader):
    """Loads ``path`` with ``loader``, or creates it atomically (``creator``).

    The creator writes to a temporary path which is then moved into place
    under a file lock (safe with concurrent processes).
    """
    if os.path.exists(path):
        return loader(path)

    try:
        os.makedirs(_dataset_root)
    except OSError:
        if not os.path.isdir(_dataset_root):
            raise RuntimeError('cannot create dataset directory')

    lock_path = os.path.join(_dataset_root, '_create_lock')

    with utils.tempdir() as temp_dir:
        file_name = os.path.basename(path)
        temp_path = os.path.join(temp_dir, file_name)
        content = creator(temp_path)
        with filelock.FileLock(lock_path):
            if not os.path.exists(path):
                shutil.move(temp_path, path)

    return content


def _cache_or_load_dataset(path, creator, loader, contents):
    """``cache_or_load_file`` whose offline error names the file to place.

    ``contents`` describes the expected file (e.g. "npz with x (uint8,
    N x 784) and y (uint8, N)").  The urllib error class is kept.
    """
    from urllib import error as urlerror
    try:
        return cache_or_load_file(path, creator, loader)
    except urlerror.URLError as e:
        raise urlerror.URLError(
            '{}; chainer_compat: dataset file {} is missing and could not '
            'be downloaded. Place it there ({}) or set CHAINER_DATASET_ROOT '
            'to a directory holding Chainer\'s dataset cache.'.format(
                e.reason, path, contents))
