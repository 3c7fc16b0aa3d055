"""``chainer.link_hooks.SpectralNormalization``.

The weight is divided by its largest singular value, estimated by power
iteration with a persistent vector ``<weight_name>_u`` (drawn from numpy's
global RNG, as Chainer on CPU).  During the link's forward the normalized
weight temporarily replaces the parameter attribute.
"""
import numpy
import torch

import chainer_compat
from chainer_compat._bridge import blas as _blas
from chainer_compat._bridge import convert as _convert
from chainer_compat import configuration
from chainer_compat import functions as F
from chainer_compat import link_hook
from chainer_compat import variable


def l2normalize(xp, v, eps):
    """Normalize ``v`` by its L2 norm (``v / (||v|| + eps)``)."""
    if isinstance(v, torch.Tensor):
        return v / (torch.linalg.vector_norm(v) + eps)
    return v / (xp.linalg.norm(v) + eps)


def _vec_mat(u, W):
    # u . W for 1-D u (Chainer: xp.dot(u, W)), numpy BLAS on CPU.
    return _blas.mm(u.unsqueeze(0), W)[0]


def _mat_vec(W, v):
    return _blas.mm(W, v.unsqueeze(1))[:, 0]


def update_approximate_vectors(weight_matrix, u, n_power_iteration, eps):
    """Power iteration: returns the updated left/right vectors ``(u, v)``.

    ``weight_matrix`` is a Variable; ``u`` an array.  The result arrays
    have the array type of ``u``.
    """
    W = _convert.as_tensor(weight_matrix).detach()
    ut = _convert.as_tensor(u).detach().to(W.dtype)
    for _ in range(n_power_iteration):
        v = l2normalize(None, _vec_mat(ut, W), eps)
        ut = l2normalize(None, _mat_vec(W, v), eps)
    return _convert.to_array(ut), _convert.to_array(v)


def calculate_max_singular_value(weight_matrix, u, v):
    """``sigma = u^T W v`` as a Variable (differentiable in ``W``)."""
    sigma = F.matmul(F.matmul(u, weight_matrix), v)
    return sigma


class SpectralNormalization(link_hook.LinkHook):

    """Spectral normalization link hook (Miyato et al., 2018)."""

    name = 'SpectralNormalization'

    def __init__(self, n_power_iteration=1, eps=1e-6, use_gamma=False,
                 factor=None, weight_name='W', name=None):
        assert n_power_iteration > 0
        self.n_power_iteration = n_power_iteration
        self.eps = eps
        self.use_gamma = use_gamma
        self.factor = factor
        self.weight_name = weight_name
        self.vector_name = weight_name + '_u'
        self._initialized = False
        self.axis = 0
        if name is not None:
            self.name = name

    def __enter__(self):
        raise NotImplementedError(
            'This hook is not supposed to be used as context manager.')

    def __exit__(self):
        raise NotImplementedError

    def added(self, link):
        # Deconvolution weights are (in, out, ...): normalise along axis 1.
        if not hasattr(link, self.weight_name):
            raise ValueError(
                'Weight \'{}\' does not exist!'.format(self.weight_name))
        from chainer_compat import links as L
        if isinstance(link, (L.Deconvolution2D, L.DeconvolutionND)):
            self.axis = 1
        if getattr(link, self.weight_name).array is not None:
            self._prepare_parameters(link)

    def deleted(self, link):
        delattr(link, self.vector_name)
        if self.use_gamma:
            del link.gamma

    def forward_preprocess(self, cb_args):
        link = cb_args.link
        input_variable = cb_args.args[0]
        if not self._initialized:
            self._prepare_parameters(link, input_variable)
        weight = getattr(link, self.weight_name)
        # Keep the raw Parameter to put it back after the forward.
        self.original_weight = weight
        normalized_weight = self.normalize_weight(link)
        _swap_weight(link, self.weight_name, normalized_weight)

    def forward_postprocess(self, cb_args):
        # The graph already references the normalised Variable.
        link = cb_args.link
        _swap_weight(link, self.weight_name, self.original_weight)

    def _prepare_parameters(self, link, input_variable=None):
        """Create the persistent ``u`` (and ``gamma`` with ``use_gamma``),
        initialising a lazy weight from ``input_variable`` first."""
        if getattr(link, self.weight_name).array is None:
            if input_variable is not None:
                link._initialize_params(input_variable.shape[1])
        initialW = getattr(link, self.weight_name)
        if initialW.shape[self.axis] == 0:
            raise ValueError(
                'Expect {}.shape[{}] > 0'.format(self.weight_name, self.axis)
            )
        # Chainer: link.xp.random.normal -- numpy's global RNG on CPU.
        u = numpy.random.normal(
            size=(initialW.shape[self.axis],)).astype(dtype=initialW.dtype)
        setattr(link, self.vector_name, link.device.send(u))
        link.register_persistent(self.vector_name)
        if self.use_gamma:
            weight_matrix = self.reshape_W(initialW.array)
            _, s, _ = numpy.linalg.svd(_convert.to_numpy(weight_matrix))
            s0 = numpy.asarray(s[0])
            with link.init_scope():
                link.gamma = variable.Parameter(link.device.send(s0))
        self._initialized = True

    def normalize_weight(self, link):
        """Return ``W / sigma`` (times ``gamma``), updating ``u`` in
        training mode."""
        weight_name, vector_name = self.weight_name, self.vector_name
        W = getattr(link, weight_name)
        u = getattr(link, vector_name)
        weight_matrix = self.reshape_W(W)
        if not configuration.config.in_recomputing:
            u, v = update_approximate_vectors(
                weight_matrix, u, self.n_power_iteration, self.eps)
        else:
            v = self.v
        sigma = calculate_max_singular_value(weight_matrix, u, v)
        if self.factor is not None:
            sigma /= self.factor
        if self.use_gamma:
            W = link.gamma * W / sigma
        else:
            W = W / sigma
        if not configuration.config.in_recomputing:
            self.v = v
            if configuration.config.train:
                chainer_compat.backend.copyto(getattr(link, vector_name), u)
        return W

    def reshape_W(self, W):
        """``W`` as a 2-D matrix with the normalised axis first."""
        if self.axis != 0:
            axes = [self.axis] + [i for i in range(W.ndim) if i != self.axis]
            W = W.transpose(axes)
        if W.ndim == 2:
            return W
        return W.reshape(W.shape[0], -1)


def _swap_weight(link, name, value):
    # Chainer's ``setattr(link, name, value)`` keeps ``name`` registered as
    # a parameter while a plain Variable stands in for it.  Writing the
    # instance dict directly does the same here without touching the
    # torch registry (the torch.nn.Parameter stays registered).
    link.__dict__[name] = value
