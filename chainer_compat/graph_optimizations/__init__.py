"""``chainer.graph_optimizations`` (static-graph optimisation)."""
from chainer_compat.graph_optimizations.static_graph_utilities import static_code  # NOQA
