"""Every name Chainer's Link/Chain/ChainList share with torch.nn.Module has
an explicit resolution; a torch release adding a clashing name fails here."""
import json
import os

import torch

import chainer_compat as chainer

API = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), 'api_tests', 'chainer-7.8.1-api.json')

# name -> how the clash is resolved
RESOLUTION = {
    '__call__': "Chainer's: runs link hooks, then Module.__call__ "
                '(torch hooks) -> forward',
    '__init__': "Chainer's signature; calls Module.__init__ first",
    'children': 'same meaning (child links); Chainer order (sorted names)',
    'forward': 'same meaning',
    '__getitem__': "Chainer's (Chain: getattr; ChainList: index)",
    '__len__': "Chainer's (ChainList length)",
}


def _chainer_members():
    with open(API) as f:
        api = json.load(f)
    names = set()
    for cls in ('chainer.Link', 'chainer.Chain', 'chainer.ChainList'):
        names |= set(api['classes'][cls])
    return names


def test_every_shared_name_has_a_resolution():
    shared = _chainer_members() & set(dir(torch.nn.Module))
    unresolved = sorted(shared - set(RESOLUTION))
    assert not unresolved, 'resolve these Link/Module clashes: {}'.format(
        unresolved)


def test_resolutions_hold():
    link = chainer.Link()
    assert isinstance(link, torch.nn.Module)
    c = chainer.Chain()
    with c.init_scope():
        c.b = chainer.Link()
        c.a = chainer.Link()
    assert [l.name for l in c.children()] == ['a', 'b']
    assert c['a'] is c.a
    cl = chainer.ChainList(chainer.Link())
    assert len(cl) == 1 and cl[0] is list(cl)[0]
