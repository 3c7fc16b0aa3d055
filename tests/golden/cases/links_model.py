"""Golden cases for chainer.links.Classifier and the vision model zoo.

The zoo models are built with ``pretrained_model=None`` under a fixed numpy
seed (weights drawn as Chainer draws them) and run in test mode; only small
summaries of large activations are stored.
"""
import numpy

from tests.golden.registry import case


@case('classifier', seed=0)
def classifier(ch, dtype):
    L = ch.links
    rng = numpy.random.RandomState(0)
    with ch.using_config('dtype', numpy.dtype(dtype)):
        model = L.Classifier(L.Linear(3, 5))
    x = ch.Variable(rng.randn(4, 3).astype(dtype))
    t = numpy.array([0, 4, 2, 1], numpy.int32)
    reporter = ch.Reporter()
    reporter.add_observer('main', model)
    observation = {}
    with reporter.scope(observation):
        loss = model(x, t)
    model.cleargrads()
    loss.backward()
    return {'loss': loss.array, 'acc': model.accuracy.array,
            'y': model.y.array, 'gx': x.grad,
            'gW': model.predictor.W.grad, 'gb': model.predictor.b.grad,
            'obs_loss': observation['main/loss'].array,
            'obs_acc': observation['main/accuracy'].array}


@case('classifier_label_keys', dtypes=(None,), seed=1)
def classifier_label_keys(ch):
    F = ch.functions
    L = ch.links
    rng = numpy.random.RandomState(1)

    class Two(ch.Chain):
        def __init__(self):
            super(Two, self).__init__()
            with self.init_scope():
                self.l = L.Linear(3, 4)

        def forward(self, a, b):
            return self.l(a) + self.l(b)

    m0 = L.Classifier(Two(), label_key=0)
    m1 = L.Classifier(Two(), label_key='t',
                      lossfun=F.softmax_cross_entropy)
    a = rng.randn(2, 3).astype(numpy.float32)
    b = rng.randn(2, 3).astype(numpy.float32)
    t = numpy.array([1, 3], numpy.int32)
    l0 = m0(t, a, b)
    l1 = m1(a, b=b, t=t)
    return {'l0': l0.array, 'a0': m0.accuracy.array,
            'l1': l1.array, 'a1': m1.accuracy.array}


def _summ(out, name, v):
    # Random-init activations grow large: compare them relative to their
    # largest magnitude.
    a = v.array if hasattr(v, 'array') else v
    if a.ndim == 4 and a.size > 4096:
        name, a = name + '_chmean', a.mean(axis=(2, 3))
    out[name] = a / numpy.abs(a).max()
    out[name + '_absmax'] = numpy.abs(a).max(keepdims=True)


_ZOO_TOL = {None: dict(atol=1e-5, rtol=1e-4)}


@case('vgg16_224', dtypes=(None,), seed=3, tol=_ZOO_TOL)
def vgg16_224(ch):
    L = ch.links
    model = L.VGG16Layers(pretrained_model=None)
    x = numpy.random.RandomState(3).uniform(
        -1, 1, (1, 3, 224, 224)).astype(numpy.float32)
    with ch.using_config('train', False):
        acts = model(x, layers=['conv1_1', 'pool1', 'pool5', 'fc7', 'prob'])
    out = {'fc8_b': model.fc8.b.array, 'fc8_W_row0': model.fc8.W.array[0],
           'conv3_3_W0': model.conv3_3.W.array[0]}
    for k, v in acts.items():
        _summ(out, k, v)
    out['prob'] = acts['prob'].array * 1000
    return out


@case('resnet50_224', dtypes=(None,), seed=5, tol=_ZOO_TOL)
def resnet50_224(ch):
    L = ch.links
    model = L.ResNet50Layers(pretrained_model=None)
    x = numpy.random.RandomState(5).uniform(
        -1, 1, (1, 3, 224, 224)).astype(numpy.float32)
    with ch.using_config('train', False):
        acts = model(x, layers=['conv1', 'pool1', 'res2', 'res5', 'pool5',
                                'prob'])
    out = {'fc6_W_row0': model.fc6.W.array[0],
           'res5_b2_conv3_W0': model.res5.b2.conv3.W.array[0, :, 0, 0]}
    for k, v in acts.items():
        _summ(out, k, v)
    out['prob'] = acts['prob'].array * 1000
    return out


@case('resnet101_fb_64', dtypes=(None,), seed=6, tol=_ZOO_TOL)
def resnet101_fb_64(ch):
    L = ch.links
    model = L.ResNet101Layers(pretrained_model=None, downsample_fb=True)
    x = numpy.random.RandomState(6).uniform(
        -1, 1, (2, 3, 64, 64)).astype(numpy.float32)
    with ch.using_config('train', False):
        acts = model(x, layers=['res3', 'pool5', 'fc6'])
    out = {}
    for k, v in acts.items():
        _summ(out, k, v)
    return out


@case('resnet152_train_64', dtypes=(None,), seed=7, tol=_ZOO_TOL)
def resnet152_train_64(ch):
    # train mode: batch statistics and running-average updates of BN.
    # Gradients are checked in test mode (resnet50_test_grad_64): through
    # train-mode BN on tiny maps with random weights, float32 rounding is
    # amplified (channels with near-zero variance), so they are not stable.
    L = ch.links
    model = L.ResNet152Layers(pretrained_model=None)
    rng = numpy.random.RandomState(7)
    x = rng.uniform(-1, 1, (2, 3, 64, 64)).astype(numpy.float32)
    # Deeper train-mode activations (res4/res5 on 4x4 and 2x2 maps, batch
    # 2) amplify float32 rounding the same way, hence the res3 cut.
    acts = model(x, layers=['res2', 'res3'])
    out = {'bn1_avg_mean': model.bn1.avg_mean,
           'res3_a_bn2_avg_var': model.res3.a.bn2.avg_var,
           'res3_b7_bn3_avg_mean': model.res3.b7.bn3.avg_mean}
    for k, v in acts.items():
        _summ(out, k, v)
    return out


@case('resnet50_test_grad_64', dtypes=(None,), seed=10, tol=_ZOO_TOL)
def resnet50_test_grad_64(ch):
    L = ch.links
    model = L.ResNet50Layers(pretrained_model=None)
    rng = numpy.random.RandomState(10)
    x = ch.Variable(rng.uniform(-1, 1, (2, 3, 64, 64)).astype(
        numpy.float32))
    with ch.using_config('train', False):
        acts = model(x, layers=['fc6'])
    w = rng.randn(2, 1000).astype(numpy.float32)
    loss = ch.functions.sum(acts['fc6'] * w)
    model.cleargrads()
    loss.backward()
    out = {}
    _summ(out, 'g_conv1_W', model.conv1.W.grad[:4])
    _summ(out, 'g_res3_a_conv2_W', model.res3.a.conv2.W.grad[:2])
    _summ(out, 'g_res5_b2_bn3_gamma', model.res5.b2.bn3.gamma.grad)
    _summ(out, 'g_fc6_b', model.fc6.b.grad)
    _summ(out, 'gx', x.grad)
    return out


@case('googlenet_224', dtypes=(None,), seed=8, tol=_ZOO_TOL)
def googlenet_224(ch):
    L = ch.links
    model = L.GoogLeNet(pretrained_model=None)
    x = numpy.random.RandomState(8).uniform(
        -1, 1, (1, 3, 224, 224)).astype(numpy.float32)
    with ch.using_config('train', False):
        acts = model(x, layers=['pool1', 'inception_3a', 'pool5', 'prob',
                                'loss1_fc2', 'loss2_fc2'])
    out = {'inc5b_conv1_W0': model.inc5b.conv1.W.array[0, :, 0, 0],
           'loss1_fc2_b': model.loss1_fc2.b.array}
    for k, v in acts.items():
        _summ(out, k, v)
    out['prob'] = acts['prob'].array * 1000
    return out


@case('googlenet_train_224', dtypes=(None,), seed=9, tol=_ZOO_TOL)
def googlenet_train_224(ch):
    # train mode: dropout before loss3_fc draws from numpy's RNG.
    L = ch.links
    model = L.GoogLeNet(pretrained_model=None)
    x = numpy.random.RandomState(9).uniform(
        -1, 1, (1, 3, 224, 224)).astype(numpy.float32)
    acts = model(x, layers=['loss3_fc', 'loss1_fc2'])
    out = {}
    for k, v in acts.items():
        _summ(out, k, v)
    return out
