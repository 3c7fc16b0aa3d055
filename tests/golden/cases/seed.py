"""The seed document's two examples, as golden cases."""
import numpy

from tests.golden.registry import case


@case('seed_forward', dtypes=(None,), seed=0)
def seed_forward(ch):
    F = ch.functions
    L = ch.links

    class SimpleNN(ch.Chain):
        def __init__(self):
            super(SimpleNN, self).__init__()
            with self.init_scope():
                self.l1 = L.Linear(3, 5)
                self.l2 = L.Linear(5, 2)

        def forward(self, x):
            h = self.l1(x)
            h1 = h.data.copy()
            h = F.relu(h)
            y = self.l2(h)
            return h1, h.data.copy(), y

    model = SimpleNN()
    x = ch.Variable(numpy.array([[1, 2, 3]], dtype=numpy.float32))
    h1, h2, y = model.forward(x)
    return {'h_before': h1, 'h_after': h2, 'y': y.data,
            'W1': model.l1.W.data, 'W2': model.l2.W.data}


@case('seed_backward', dtypes=(None,), seed=0)
def seed_backward(ch):
    F = ch.functions
    L = ch.links

    class MLP(ch.Chain):
        def __init__(self):
            super(MLP, self).__init__()
            with self.init_scope():
                self.l1 = L.Linear(2, 3)
                self.l2 = L.Linear(3, 1)

        def forward(self, x):
            h = F.relu(self.l1(x))
            return self.l2(h)

    model = MLP()
    optimizer = ch.optimizers.SGD()
    optimizer.setup(model)
    x = ch.Variable(numpy.array([[1.0, 2.0]], dtype=numpy.float32))
    t = ch.Variable(numpy.array([[1.0]], dtype=numpy.float32))
    y = model.forward(x)
    loss = F.mean_squared_error(y, t)
    model.cleargrads()
    loss.backward()
    grads = {'g' + k.replace('/', '_'): p.grad.copy()
             for k, p in model.namedparams()}
    optimizer.update()
    out = {'loss': loss.data}
    out.update(grads)
    out.update({'p' + k.replace('/', '_'): p.data
                for k, p in model.namedparams()})
    return out
