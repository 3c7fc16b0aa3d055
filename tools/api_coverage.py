#!/usr/bin/env python
"""Compare chainer_compat's public API with Chainer 7.8.1's.

The reference is ``tests/api_tests/chainer-7.8.1-api.json`` (made by
dump_chainer_api.py under real Chainer).  Used by
``tests/api_tests/test_api_coverage.py`` and to render ``docs/coverage.md``:

    python tools/api_coverage.py            # writes docs/coverage.md
    python tools/api_coverage.py --gaps     # prints the current gap lists
"""
import importlib
import inspect
import json
import os
import re
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
API_JSON = os.path.join(ROOT, 'tests', 'api_tests', 'chainer-7.8.1-api.json')

# Names that Chainer's modules merely import from the standard library or
# third-party packages: not part of Chainer's API.
NON_API_MODULES = {
    'abc', 'binascii', 'builtin_warnings', 'chainer', 'collections',
    'collections_abc', 'contextlib', 'copy', 'functools', 'heapq', 'inspect',
    'itertools', 'json', 'numbers', 'numpy', 'operator', 'os', 'random',
    'shutil', 'six', 'sys', 'tempfile', 'threading', 'time', 'tp', 'tpe',
    'traceback', 'weakref',
}
SKIP_KINDS = {'_Feature'}
# Modules outside the facade's scope (ChainerMN is a separate package).
SKIP_MODULES = {'chainermn', 'chainer.exporters'}


def load_api():
    with open(API_JSON) as f:
        return json.load(f)


def facade_module_name(chainer_name):
    return 'chainer_compat' + chainer_name[len('chainer'):]


def _is_missing_stub(obj):
    try:
        return getattr(obj, '_chainer_compat_missing', False) is True
    except Exception:
        return False


def _chainer_modules():
    with open(os.path.join(ROOT, 'tests', 'api_tests',
                           'chainer-7.8.1-modules.txt')) as f:
        return set(f.read().split())


def iter_entries(api):
    """(module, name, kind, signature) for every API entry in scope.

    A module-valued attribute counts only when it is a real submodule
    (``chainer.functions.activation``), not a module that Chainer merely
    imports (``numpy``, or ``chainer.backend.cuda``).
    """
    submodules = _chainer_modules()
    for mod, entries in sorted(api['modules'].items()):
        if mod in SKIP_MODULES or '_import_error' in entries:
            continue
        for name, e in sorted(entries.items()):
            if e['kind'] in SKIP_KINDS:
                continue
            if e['kind'] == 'module' and (
                    name in NON_API_MODULES
                    or mod + '.' + name not in submodules):
                continue
            yield mod, name, e['kind'], e.get('signature')


def _split_params(sig):
    """Parameter specs of a signature string, annotations stripped."""
    if sig is None:
        return None
    s = sig.strip()
    if '->' in s:
        depth = 0
        for i, ch in enumerate(s):
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
                if depth == 0:
                    s = s[:i + 1]
                    break
    s = s.strip()[1:-1]
    parts, depth, cur, quote = [], 0, '', None
    for ch in s:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch in '([{<':
            depth += 1
        elif ch in ')]}>':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    out = []
    for p in parts:
        default = None
        if '=' in p:
            head, default = p.split('=', 1)
            default = default.strip()
        else:
            head = p
        name = head.split(':', 1)[0].strip()
        out.append((name, _norm_default(default)))
    return out


def _norm_default(d):
    if d is None:
        return None
    d = d.strip()
    d = re.sub(r' at 0x[0-9a-f]+', '', d)
    # sys.stdout as a default: its repr depends on who replaced it (pytest)
    d = re.sub(r"<_io\.TextIOWrapper .*encoding='[^']*'>", '<stdout>', d)
    d = d.replace('chainer_compat.', 'chainer.')
    return d


def signature_diff(obj, recorded):
    """None if the parameter names/kinds/defaults match, else a message."""
    want = _split_params(recorded)
    if want is None:
        return None
    try:
        got_sig = str(inspect.signature(obj))
    except (TypeError, ValueError):
        return None
    got = _split_params(got_sig)
    if got == want:
        return None
    return 'signature {} != Chainer {}'.format(got_sig, recorded)


def collect(check_signatures=True):
    """Rows (module, name, kind, status, detail); status in
    'ok' | 'missing' | 'signature'."""
    api = load_api()
    rows = []
    warnings.simplefilter('ignore')
    for mod, name, kind, sig in iter_entries(api):
        fmod = facade_module_name(mod)
        try:
            m = importlib.import_module(fmod)
        except Exception as e:  # a missing module: every name is missing
            rows.append((mod, name, kind, 'missing',
                         'module {} not importable: {}'.format(fmod, e)))
            continue
        try:
            obj = getattr(m, name)
        except Exception as e:
            rows.append((mod, name, kind, 'missing', repr(e)[:120]))
            continue
        if _is_missing_stub(obj):
            rows.append((mod, name, kind, 'missing', 'stub'))
            continue
        if check_signatures and kind in ('function', 'class'):
            diff = signature_diff(obj, sig)
            if diff:
                rows.append((mod, name, kind, 'signature', diff))
                continue
        rows.append((mod, name, kind, 'ok', ''))
    for cls, members in sorted(api['classes'].items()):
        modname, _, clsname = cls.rpartition('.')
        try:
            c = getattr(importlib.import_module(
                facade_module_name(modname)), clsname)
        except Exception as e:
            for mname in members:
                rows.append((cls, mname, 'member', 'missing', repr(e)[:80]))
            continue
        for mname, e in sorted(members.items()):
            if not hasattr(c, mname):
                rows.append((cls, mname, 'member', 'missing', ''))
            else:
                rows.append((cls, mname, 'member', 'ok', ''))
    return rows


def render(rows):
    by_mod = {}
    for mod, name, kind, status, detail in rows:
        by_mod.setdefault(mod, []).append((name, kind, status, detail))
    total = len(rows)
    ok = sum(1 for r in rows if r[3] == 'ok')
    sig = sum(1 for r in rows if r[3] == 'signature')
    lines = [
        '# API coverage against Chainer 7.8.1',
        '',
        'Generated by `python tools/api_coverage.py`; do not edit.',
        'Reference: `tests/api_tests/chainer-7.8.1-api.json` (every public',
        'name of the modules listed, plus the members of key classes).',
        'A name counts as implemented when it exists in the matching',
        '`chainer_compat` module and is not a NotImplementedError stub;',
        '"signature" means it exists but its parameters differ from',
        "Chainer's. Divergences are explained in `docs/divergences.md`.",
        '',
        '**Total: {} / {} implemented ({:.1f}%), {} with signature '
        'differences, {} missing.**'.format(
            ok + sig, total, 100.0 * (ok + sig) / max(total, 1), sig,
            total - ok - sig),
        '',
        '| module | implemented | signature differs | missing | % |',
        '|---|---|---|---|---|',
    ]
    for mod in sorted(by_mod):
        items = by_mod[mod]
        n = len(items)
        o = sum(1 for i in items if i[2] == 'ok')
        s = sum(1 for i in items if i[2] == 'signature')
        lines.append('| `{}` | {} | {} | {} | {:.0f} |'.format(
            mod, o + s, s, n - o - s, 100.0 * (o + s) / n))
    lines.append('')
    lines.append('## Missing names')
    lines.append('')
    for mod in sorted(by_mod):
        miss = [i[0] for i in by_mod[mod] if i[2] == 'missing']
        if miss:
            lines.append('- `{}`: {}'.format(
                mod, ', '.join('`{}`'.format(m) for m in miss)))
    lines.append('')
    lines.append('## Signature differences')
    lines.append('')
    for mod in sorted(by_mod):
        for name, kind, status, detail in by_mod[mod]:
            if status == 'signature':
                lines.append('- `{}.{}`: {}'.format(mod, name, detail))
    return '\n'.join(lines) + '\n'


def main(argv):
    rows = collect()
    if '--write-gaps' in argv:
        # Regenerate tests/api_tests/known_gaps.txt from the current state,
        # keeping the reasons already written for names still missing.
        path = os.path.join(ROOT, 'tests', 'api_tests', 'known_gaps.txt')
        old = {}
        if os.path.exists(path):
            with open(path) as f:
                for line in f:
                    if line.strip() and not line.startswith('#'):
                        st, name, reason = line.rstrip('\n').split('\t', 2)
                        old[(st, name)] = reason
        with open(path, 'w') as f:
            f.write('# status<TAB>chainer name<TAB>reason.  A listed name that '
                    'gets implemented fails\n# tests/api_tests/'
                    'test_api_coverage.py: remove it (or rerun '
                    'tools/api_coverage.py --write-gaps).\n')
            for mod, name, kind, status, detail in rows:
                if status == 'ok':
                    continue
                full = '{}.{}'.format(mod, name)
                reason = old.get((status, full)) or (
                    'not implemented yet' if status == 'missing'
                    else detail.replace('\t', ' '))
                f.write('{}\t{}\t{}\n'.format(status, full, reason))
        return 0
    if '--gaps' in argv:
        for mod, name, kind, status, detail in rows:
            if status != 'ok':
                print('{}\t{}.{}\t{}'.format(status, mod, name, detail))
        return 0
    out = os.path.join(ROOT, 'docs', 'coverage.md')
    with open(out, 'w') as f:
        f.write(render(rows))
    total = len(rows)
    ok = sum(1 for r in rows if r[3] != 'missing')
    print('wrote {}: {}/{} ({:.1f}%)'.format(out, ok, total,
                                            100.0 * ok / total))
    return 0


if __name__ == '__main__':
    sys.path.insert(0, ROOT)
    sys.exit(main(sys.argv[1:]))
