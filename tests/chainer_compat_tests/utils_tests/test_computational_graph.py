"""``chainer.computational_graph``: dot output compared with Chainer 7.8.1
(node ids normalised away)."""
import re

import numpy
import pytest

import chainer_compat as chainer
from chainer_compat import computational_graph as c
import chainer_compat.functions as F


def _graph():
    x = chainer.Variable(numpy.ones((2, 3), numpy.float32), name='x')
    W = chainer.Variable(numpy.ones((4, 3), numpy.float32), name='W')
    h = F.linear(x, W)
    return x, W, h, F.relu(h), F.tanh(h)


def _normalise(dot):
    assert dot.startswith('digraph graphname{rankdir=') and dot.endswith('}')
    stmts = dot[len('digraph graphname{'):-1].split(';')
    labels = {}
    for s in stmts:
        m = re.match(r'(\d+) \[(.*)\]$', s)
        if m:
            labels[m.group(1)] = m.group(2)
    edges = sorted(
        (labels[a].split(',')[0], labels[b].split(',')[0])
        for a, b in (re.match(r'(\d+) -> (\d+)$', s).groups()
                     for s in stmts if '->' in s))
    return stmts[0], sorted(labels.values()), edges


# Produced by real Chainer 7.8.1 for the same graph.
_EXPECTED = [({},
  'rankdir=TB',
  8,
  7,
  ['label="(2, 4), '
   'float32",shape="octagon",fillcolor="#E0E0E0",style="filled"',
   'label="(2, 4), '
   'float32",shape="octagon",fillcolor="#E0E0E0",style="filled"',
   'label="(2, 4), '
   'float32",shape="octagon",fillcolor="#E0E0E0",style="filled"',
   'label="LinearFunction",shape="record",fillcolor="#6495ED",style="filled"',
   'label="ReLU",shape="record",fillcolor="#6495ED",style="filled"',
   'label="Tanh",shape="record",fillcolor="#6495ED",style="filled"',
   'label="W: (4, 3), '
   'float32",shape="octagon",fillcolor="#E0E0E0",style="filled"',
   'label="x: (2, 3), '
   'float32",shape="octagon",fillcolor="#E0E0E0",style="filled"'],
  [('label="(2', 'label="ReLU"'),
   ('label="(2', 'label="Tanh"'),
   ('label="LinearFunction"', 'label="(2'),
   ('label="ReLU"', 'label="(2'),
   ('label="Tanh"', 'label="(2'),
   ('label="W: (4', 'label="LinearFunction"'),
   ('label="x: (2', 'label="LinearFunction"')]),
 ({'remove_variable': True},
  'rankdir=TB',
  8,
  3,
  ['label="LinearFunction",shape="record",fillcolor="#6495ED",style="filled"',
   'label="ReLU",shape="record",fillcolor="#6495ED",style="filled"',
   'label="Tanh",shape="record",fillcolor="#6495ED",style="filled"'],
  [('label="LinearFunction"', 'label="ReLU"'),
   ('label="LinearFunction"', 'label="Tanh"')]),
 ({'function_style': None,
   'rankdir': 'LR',
   'show_name': False,
   'variable_style': None},
  'rankdir=LR',
  8,
  7,
  ['label="(2, 3), float32",shape="oval"',
   'label="(2, 4), float32",shape="oval"',
   'label="(2, 4), float32",shape="oval"',
   'label="(2, 4), float32",shape="oval"',
   'label="(4, 3), float32",shape="oval"',
   'label="LinearFunction",shape="box"',
   'label="ReLU",shape="box"',
   'label="Tanh",shape="box"'],
  [('label="(2', 'label="LinearFunction"'),
   ('label="(2', 'label="ReLU"'),
   ('label="(2', 'label="Tanh"'),
   ('label="(4', 'label="LinearFunction"'),
   ('label="LinearFunction"', 'label="(2'),
   ('label="ReLU"', 'label="(2'),
   ('label="Tanh"', 'label="(2')])]


@pytest.mark.parametrize('kwargs,rankdir,n_nodes,n_edges,labels,edges',
                         _EXPECTED)
def test_dump_matches_chainer(kwargs, rankdir, n_nodes, n_edges, labels,
                              edges):
    _, _, _, y, z = _graph()
    g = c.build_computational_graph([y, z], **kwargs)
    first, got_labels, got_edges = _normalise(g.dump())
    assert first == rankdir
    assert (len(g.nodes), len(g.edges)) == (n_nodes, n_edges)
    assert got_labels == labels
    assert got_edges == edges


def test_reachability_and_unchain():
    x, W, h, y, z = _graph()
    g = c.build_computational_graph(y)
    labels = sorted(n.label for n in g.nodes)
    assert 'Tanh' not in labels and 'ReLU' in labels
    h.unchain_backward()
    g = c.build_computational_graph([y])
    assert sorted(n.label for n in g.nodes) == [
        '(2, 4), float32', '(2, 4), float32', 'ReLU']


def test_errors():
    _, _, _, y, _ = _graph()
    with pytest.raises(ValueError, match='remove_split=False'):
        c.build_computational_graph(y, remove_split=False)
    with pytest.raises(TypeError):
        c.build_computational_graph([y, 1])
    with pytest.raises(ValueError, match='rankdir'):
        c.build_computational_graph(y, rankdir='XX')
    with pytest.raises(NotImplementedError):
        c.build_computational_graph(y).dump('svg')


def test_dot_node():
    x, _, _, y, _ = _graph()
    node = c.DotNode(x.node, {'color': 'red'})
    assert node.label == '%d [label="x: (2, 3), float32",shape="oval",' \
        'color="red"];' % id(x.node)
    fnode = c.DotNode(y.creator_node, show_name=False)
    assert fnode.label == '%d [label="ReLU",shape="box"];' % id(
        y.creator_node)
