"""``chainer.computational_graph``: the backward graph as Graphviz dot.

The graph is read from the Chainer-side facade: ``Variable.node`` /
``VariableNode.creator_node`` and ``FunctionNode.inputs``.  Built-in
(torch-composed) functions appear as light FunctionNode facades carrying
Chainer's labels (``'LinearFunction'``, ``'ReLU'`` ...).
"""
import heapq

from chainer_compat import function_node
from chainer_compat import variable


_var_style = {'shape': 'octagon', 'fillcolor': '#E0E0E0', 'style': 'filled'}
_func_style = {'shape': 'record', 'fillcolor': '#6495ED', 'style': 'filled'}

_VariableNode = variable.VariableNode
_FunctionNode = function_node.FunctionNode


class DotNode(object):

    """A graph node (VariableNode or FunctionNode) with dot attributes.

    Args:
        node: the :class:`VariableNode` or :class:`FunctionNode`.
        attribute (dict): extra dot attributes.
        show_name (bool): prefix a variable's label with its ``name``.
    """

    def __init__(self, node, attribute=None, show_name=True):
        assert isinstance(node, (_VariableNode, _FunctionNode))
        self.node = node
        self.id_ = id(node)
        self.attribute = {'label': node.label}
        if isinstance(node, _VariableNode):
            if show_name and node.name is not None:
                self.attribute['label'] = '{}: {}'.format(
                    node.name, self.attribute['label'])
            self.attribute['shape'] = 'oval'
        else:
            self.attribute['shape'] = 'box'
        if attribute is not None:
            self.attribute.update(attribute)

    @property
    def label(self):
        """'<id> [k="v",...];' -- the node statement in dot."""
        return '%s [%s];' % (self.id_, ','.join(
            '%s="%s"' % (k, v) for k, v in self.attribute.items()))


def _style(style, default):
    if style is None:
        return {}
    if isinstance(style, str) and style == 'default':
        return dict(default)
    return style


class ComputationalGraph(object):

    """Nodes and edges of a computational graph, dumpable as dot.

    Args:
        nodes (list): VariableNode and FunctionNode objects.
        edges (list): ``(head, tail)`` pairs of nodes.
        variable_style, function_style (dict, None or 'default'): dot
            attributes of variable / function nodes.
        rankdir (str): 'TB', 'BT', 'LR' or 'RL'.
        remove_variable (bool): draw only the function nodes.
        show_name (bool): prefix variable labels with their names.
    """

    def __init__(self, nodes, edges, variable_style='default',
                 function_style='default', rankdir='TB',
                 remove_variable=False, show_name=True):
        self.nodes = nodes
        self.edges = edges
        self.variable_style = _style(variable_style, _var_style)
        self.function_style = _style(function_style, _func_style)
        if rankdir not in ('TB', 'BT', 'LR', 'RL'):
            raise ValueError('rankdir must be in TB, BT, LR or RL.')
        self.rankdir = rankdir
        self.remove_variable = remove_variable
        self.show_name = show_name

    def _edge_styles(self, head, tail):
        if isinstance(head, _VariableNode) and isinstance(tail, _FunctionNode):
            return self.variable_style, self.function_style
        if isinstance(head, _FunctionNode) and isinstance(tail, _VariableNode):
            return self.function_style, self.variable_style
        if not self.remove_variable:
            raise TypeError('head and tail should be the set of '
                            'VariableNode and Function')
        return self.function_style, self.function_style

    def _to_dot(self):
        parts = ['digraph graphname{rankdir=%s;' % self.rankdir]
        if self.remove_variable:
            self.nodes, self.edges = _skip_variable(self.nodes, self.edges)
        for node in self.nodes:
            assert isinstance(node, (_VariableNode, _FunctionNode))
            if isinstance(node, _VariableNode):
                if not self.remove_variable:
                    parts.append(DotNode(
                        node, self.variable_style, self.show_name).label)
            else:
                parts.append(DotNode(
                    node, self.function_style, self.show_name).label)
        drawn = set()
        for head, tail in self.edges:
            head_attr, tail_attr = self._edge_styles(head, tail)
            edge = (DotNode(head, head_attr, self.show_name).id_,
                    DotNode(tail, tail_attr, self.show_name).id_)
            if edge in drawn:
                continue
            parts.append('%s -> %s;' % edge)
            drawn.add(edge)
        parts.append('}')
        return ''.join(parts)

    def dump(self, format='dot'):
        """Returns the graph in ``format`` (only 'dot' is supported)."""
        if format == 'dot':
            return self._to_dot()
        raise NotImplementedError('Currently, only dot format is supported.')


def _skip_variable(nodes, edges):
    """Rewrites variable-function edges into function-function edges."""
    func_edges = []
    for head, tail in edges:
        if isinstance(head, _VariableNode):
            if head.creator_node is None:
                continue
            head = head.creator_node
        if isinstance(tail, _VariableNode):
            consumer = None
            for node in nodes:
                if isinstance(node, _FunctionNode) and any(
                        x is tail for x in node.inputs):
                    consumer = node
                    break
            if consumer is None:
                continue
            tail = consumer
        func_edges.append((head, tail))
    return nodes, func_edges


def build_computational_graph(
        outputs, remove_split=True, variable_style='default',
        function_style='default', rankdir='TB', remove_variable=False,
        show_name=True):
    """Builds the graph backward-reachable from ``outputs`` (Chainer API).

    Args:
        outputs: a Variable, VariableNode or FunctionNode, or a list of them.
        remove_split (bool): must be ``True`` (kept for compatibility).
        variable_style, function_style, rankdir, remove_variable,
            show_name: see :class:`ComputationalGraph`.

    Returns:
        ComputationalGraph: traversal visits nodes by decreasing rank and
        stops at variables whose graph was cut by ``unchain_backward``.
    """
    if not remove_split:
        raise ValueError('remove_split=False is not supported anymore')
    output_types = (variable.Variable, _VariableNode, _FunctionNode)
    if isinstance(outputs, output_types):
        outputs = [outputs]
    elif not all(isinstance(o, output_types) for o in outputs):
        raise TypeError(
            'element of outputs must be either Variable, VariableNode, '
            ' or FunctionNode.')

    heap = []
    counter = [0]
    nodes = set()
    edges = set()

    def push(node):
        # Highest rank first; FIFO among equal ranks.
        heapq.heappush(heap, (-node.rank, counter[0], node))
        counter[0] += 1

    def add_edge(head, tail):
        if (head, tail) in edges:
            return False
        edges.add((head, tail))
        nodes.add(head)
        nodes.add(tail)
        return True

    for o in outputs:
        if isinstance(o, variable.Variable):
            o = o.node
        push(o)
        nodes.add(o)

    while heap:
        _, _, node = heapq.heappop(heap)
        if isinstance(node, _VariableNode):
            creator = node.creator_node
            if creator is not None and add_edge(creator, node):
                push(creator)
        elif isinstance(node, _FunctionNode):
            for x in node.inputs:
                if x is not node and add_edge(x, node):
                    push(x)

    return ComputationalGraph(
        list(nodes), list(edges), variable_style, function_style, rankdir,
        remove_variable, show_name)
