"""``chainer.links.Classifier``."""
from chainer_compat import functions as _F
from chainer_compat import link
from chainer_compat import reporter


class Classifier(link.Chain):

    """A simple classifier model (Chainer semantics).

    Wraps ``predictor``; ``forward(*args, **kwargs)`` takes the label from
    ``args[label_key]`` (int key) or ``kwargs[label_key]`` (str key), computes
    ``self.y``, ``self.loss`` (``lossfun(y, t)``) and, when
    ``compute_accuracy`` is true, ``self.accuracy`` (``accfun(y, t)``), and
    reports ``loss``/``accuracy`` to the current reporter with this link as
    the observer.
    """

    compute_accuracy = True

    def __init__(self, predictor,
                 lossfun=_F.softmax_cross_entropy,
                 accfun=_F.accuracy,
                 label_key=-1):
        if not (isinstance(label_key, (int, str))):
            raise TypeError('label_key must be int or str, but is %s' %
                            type(label_key))
        super(Classifier, self).__init__()
        self.lossfun = lossfun
        self.accfun = accfun
        self.y = None
        self.loss = None
        self.accuracy = None
        self.label_key = label_key
        with self.init_scope():
            self.predictor = predictor

    def forward(self, *args, **kwargs):
        """Computes the loss value for an input and label pair."""
        if isinstance(self.label_key, int):
            if not (-len(args) <= self.label_key < len(args)):
                msg = 'Label key %d is out of bounds' % self.label_key
                raise ValueError(msg)
            t = args[self.label_key]
            if self.label_key == -1:
                args = args[:-1]
            else:
                args = args[:self.label_key] + args[self.label_key + 1:]
        elif isinstance(self.label_key, str):
            if self.label_key not in kwargs:
                msg = 'Label key "%s" is not found' % self.label_key
                raise ValueError(msg)
            t = kwargs[self.label_key]
            del kwargs[self.label_key]

        self.y = None
        self.loss = None
        self.accuracy = None

        self.y = self.predictor(*args, **kwargs)
        self.loss = self.lossfun(self.y, t)
        reporter.report({'loss': self.loss}, self)
        if self.compute_accuracy:
            self.accuracy = self.accfun(self.y, t)
            reporter.report({'accuracy': self.accuracy}, self)
        return self.loss
