"""Placeholder: distributions are being written in this session."""


class Distribution(object):
    pass


def register_kl(dist1, dist2):
    def f(func):
        return func
    return f


def kl_divergence(dist1, dist2):
    raise NotImplementedError('chainer.kl_divergence')


def cross_entropy(dist1, dist2):
    raise NotImplementedError('chainer.cross_entropy')
