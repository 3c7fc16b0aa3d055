"""``chainer.graph_optimizations`` (static-graph optimisation)."""
