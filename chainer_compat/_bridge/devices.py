"""Device specifiers ('@numpy', '@cupy:0', -1, 0, 'cuda:0', ...) -> torch."""
import torch


def cuda_available():
    return torch.cuda.is_available()


def parse(spec):
    """Return ('cpu', None) or ('cuda', index) for a Chainer device spec.

    Raises ValueError (Chainer's error type) for unknown specs.
    """
    if isinstance(spec, bool):
        raise TypeError('Invalid device specifier: {!r}'.format(spec))
    if isinstance(spec, int):
        return ('cpu', None) if spec < 0 else ('cuda', spec)
    if isinstance(spec, str):
        try:
            # Chainer: a string holding an integer ('-1', '0') is read as
            # that integer (examples pass --device as a string).
            return parse(int(spec))
        except ValueError:
            pass
        if spec == '@numpy':
            return 'cpu', None
        if spec.startswith('@cupy:'):
            idx = spec[len('@cupy:'):]
            if not idx.isdigit():
                raise ValueError('Invalid device specifier: {}'.format(spec))
            return 'cuda', int(idx)
        if spec == '@intel64':
            return 'intel64', None
        if spec in ('native', 'native:0') or spec.startswith('native:'):
            return 'chainerx', spec
        if spec.startswith('cuda:') and spec[5:].isdigit():
            # ChainerX spelling; the facade maps it onto torch CUDA
            return 'cuda', int(spec[5:])
        if spec == 'cpu':
            return 'cpu', None
        raise ValueError('Invalid device specifier: {}'.format(spec))
    if isinstance(spec, torch.device):
        if spec.type == 'cpu':
            return 'cpu', None
        return spec.type, spec.index if spec.index is not None else 0
    raise TypeError('Invalid device specifier: {!r}'.format(spec))
