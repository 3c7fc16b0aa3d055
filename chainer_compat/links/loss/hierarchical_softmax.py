"""``chainer.links.BinaryHierarchicalSoftmax`` (+ Huffman-tree helper)."""
import copy
import queue

import numpy
import torch

import chainer_compat
from chainer_compat._bridge import function as _f
from chainer_compat import device_resident
from chainer_compat.initializers import uniform
from chainer_compat import link
from chainer_compat.utils import type_check
from chainer_compat import variable


class TreeParser(object):

    """Walks a binary tree of nested 2-tuples and records, for each leaf,
    the internal node ids on its path and the codes (+1 left / -1 right)."""

    def __init__(self, dtype):
        self.next_id = 0
        self.dtype = dtype

    def size(self):
        return self.next_id

    def get_paths(self):
        return self.paths

    def get_codes(self):
        return self.codes

    def parse(self, tree):
        self.next_id = 0
        self.path = []
        self.code = []
        self.paths = {}
        self.codes = {}
        self._parse(tree)

        assert len(self.path) == 0
        assert len(self.code) == 0
        assert len(self.paths) == len(self.codes)

    def _parse(self, node):
        if isinstance(node, tuple):
            # internal node
            if len(node) != 2:
                raise ValueError(
                    'All internal nodes must have two child nodes')
            left, right = node
            self.path.append(self.next_id)
            self.next_id += 1
            self.code.append(1.0)
            self._parse(left)

            self.code[-1] = -1.0
            self._parse(right)

            self.path.pop()
            self.code.pop()
        else:
            # leaf node
            self.paths[node] = numpy.array(self.path, dtype=numpy.int32)
            self.codes[node] = numpy.array(self.code, dtype=self.dtype)


class BinaryHierarchicalSoftmaxFunction(device_resident.DeviceResident):

    """Hierarchical-softmax loss ``sum_i sum_path log(1 + exp(-c w.x))``.

    Computed with torch ops (gather the path rows of ``W``, softplus), so
    backward and double backward come from autograd; the creator label is
    Chainer's ``BinaryHierarchicalSoftmaxFunction``.
    """

    def __init__(self, tree, dtype):
        device_resident.DeviceResident.__init__(self)
        parser = TreeParser(dtype)
        parser.parse(tree)
        paths = parser.get_paths()
        codes = parser.get_codes()
        n_vocab = max(paths.keys()) + 1

        self.paths = numpy.concatenate(
            [paths[i] for i in range(n_vocab) if i in paths])
        self.codes = numpy.concatenate(
            [codes[i] for i in range(n_vocab) if i in codes])
        begins = numpy.empty((n_vocab + 1,), dtype=numpy.int32)
        begins[0] = 0
        for i in range(0, n_vocab):
            length = len(paths[i]) if i in paths else 0
            begins[i + 1] = begins[i] + length
        self.begins = begins

        self.parser_size = parser.size()

    def check_type_forward(self, in_types):
        type_check.expect(in_types.size() == 3)
        x_type, t_type, w_type = in_types

        type_check.expect(
            x_type.dtype.kind == 'f',
            x_type.ndim == 2,
            t_type.dtype == numpy.int32,
            t_type.ndim == 1,
            x_type.shape[0] == t_type.shape[0],
            w_type.dtype == x_type.dtype,
            w_type.ndim == 2,
            w_type.shape[0] == self.parser_size,
            w_type.shape[1] == x_type.shape[1],
        )

    @property
    def label(self):
        return self.__class__.__name__

    def __call__(self, x, t, W):
        xt, tt, wt = _f.tensor(x), _f.tensor(t), _f.tensor(W)
        with type_check.get_function_check_context(self):
            in_types = type_check.get_types((xt, tt, wt), 'in_types', False)
            self.check_type_forward(in_types)

        dev = xt.device
        begins = _f.tensor(self.begins).to(dev).long()
        paths = _f.tensor(self.paths).to(dev).long()
        codes = _f.tensor(self.codes).to(device=dev, dtype=xt.dtype)
        tl = tt.long()
        start = begins[tl]
        lengths = begins[tl + 1] - start
        batch = torch.arange(xt.shape[0], device=dev)
        rows = torch.repeat_interleave(batch, lengths)
        offsets = torch.cumsum(lengths, 0) - lengths
        pos = (torch.arange(rows.shape[0], device=dev)
               - offsets[rows] + start[rows])
        node = paths[pos]
        wx = (wt[node] * xt[rows]).sum(dim=1)
        wxy = wx * codes[pos]
        # Chainer: numpy.logaddexp(0, -wxy) summed over paths and batch.
        loss = torch.logaddexp(torch.zeros_like(wxy), -wxy).sum()
        return _f.output(loss, self.label, (x, t, W))


class BinaryHierarchicalSoftmax(link.Link):

    """Hierarchical softmax layer over a binary ``tree``.

    ``W`` ``(n_internal_nodes, in_size)`` starts from ``Uniform(1)``.
    """

    def __init__(self, in_size, tree, dtype=None):
        super(BinaryHierarchicalSoftmax, self).__init__()
        dtype = chainer_compat.get_dtype(dtype)
        self._func = BinaryHierarchicalSoftmaxFunction(tree, dtype)

        with self.init_scope():
            self.W = variable.Parameter(uniform.Uniform(1),
                                        (self._func.parser_size, in_size))

    def device_resident_accept(self, visitor):
        super(BinaryHierarchicalSoftmax, self).device_resident_accept(visitor)
        self._func.device_resident_accept(visitor)

    @staticmethod
    def create_huffman_tree(word_counts):
        """Builds a Huffman tree (nested 2-tuples) from ``{word: count}``."""
        if not word_counts:
            raise ValueError('Empty vocabulary')

        q = queue.PriorityQueue()
        # Chainer breaks count ties by insertion order (uid).
        for uid, (w, c) in enumerate(word_counts.items()):
            q.put((c, uid, w))

        while q.qsize() >= 2:
            count1, id1, word1 = q.get()
            count2, id2, word2 = q.get()
            count = count1 + count2
            tree = (word1, word2)
            q.put((count, min(id1, id2), tree))

        return q.get()[2]

    def forward(self, x, t):
        f = copy.copy(self._func)
        return f(x, t, self.W)
