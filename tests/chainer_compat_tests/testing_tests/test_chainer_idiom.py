"""Runs ``chainer_idiom_module.py`` (written in Chainer's test idiom) with
pytest and checks the generated test ids, passes and GPU skips."""
import os
import subprocess
import sys
from xml.etree import ElementTree

import pytest


HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
MODULE = os.path.join(HERE, 'chainer_idiom_module.py')

_CPU_CFG = ('use_chainerx_false__chainerx_device_None__use_cuda_false__'
            'cuda_device_None__use_cudnn_never__cudnn_deterministic_false__'
            'autotune_false__cudnn_fast_batch_normalization_false__'
            'use_ideep_never')
_GPU_CFG = ('use_chainerx_false__chainerx_device_None__use_cuda_true__'
            'cuda_device_0__use_cudnn_never__cudnn_deterministic_false__'
            'autotune_false__cudnn_fast_batch_normalization_false__'
            'use_ideep_never')


@pytest.fixture(scope='module')
def outcomes(tmp_path_factory):
    xml = str(tmp_path_factory.mktemp('idiom') / 'junit.xml')
    env = dict(os.environ)
    # Hide GPUs so that the GPU cases are skipped on every machine.
    env['CUDA_VISIBLE_DEVICES'] = ''
    env['PYTHONPATH'] = os.pathsep.join(
        [ROOT] + ([env['PYTHONPATH']] if env.get('PYTHONPATH') else []))
    proc = subprocess.run(
        [sys.executable, '-m', 'pytest', '-p', 'no:cacheprovider', '-q',
         '--rootdir', ROOT, '-c', os.devnull,
         '--confcutdir', os.path.join(ROOT, 'tests'),
         '--junitxml', xml, MODULE],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        universal_newlines=True, timeout=600)
    result = {}
    for case in ElementTree.parse(xml).getroot().iter('testcase'):
        cls = case.get('classname').rsplit('chainer_idiom_module.', 1)[1]
        status = 'PASSED'
        for child in case:
            if child.tag in ('failure', 'error'):
                status = 'FAILED'
            elif child.tag == 'skipped':
                status = 'SKIPPED: ' + (child.get('message') or '')
        result[cls + '::' + case.get('name')] = status
    return proc, result


def test_runs(outcomes):
    proc, result = outcomes
    assert proc.returncode == 0, proc.stdout[-5000:]
    assert 'FAILED' not in result.values(), proc.stdout[-5000:]


def test_parameterized_class_names(outcomes):
    proc, result = outcomes
    names = [
        'TestSigmoid_param_0_{dtype=float32, shape=(3, 2)}',
        'TestSigmoid_param_1_{dtype=float32, shape=()}',
        'TestSigmoid_param_2_{dtype=float64, shape=(3, 2)}',
        'TestSigmoid_param_3_{dtype=float64, shape=()}',
    ]
    for name in names:
        for method in ('test_forward_cpu', 'test_backward_cpu'):
            assert result.get(name + '::' + method) == 'PASSED', (
                name, method, proc.stdout[-3000:])


def test_backend_injected_names(outcomes):
    proc, result = outcomes
    for i, shape in enumerate(['(3, 2)', '(4,)']):
        cls = 'TestTanh_{}_param_{}_{{shape={}}}'.format(_CPU_CFG, i, shape)
        for method in ('test_forward', 'test_backward',
                       'test_double_backward'):
            assert result.get(cls + '::' + method) == 'PASSED', (
                cls, method, sorted(result)[:10], proc.stdout[-3000:])
    for cls in ('TestLinear_' + _CPU_CFG, 'TestReLU_' + _CPU_CFG):
        assert result.get(cls + '::test_forward') == 'PASSED'
        assert result.get(cls + '::test_backward') == 'PASSED'


def test_gpu_cases_skipped_without_cuda(outcomes):
    proc, result = outcomes
    gpu = {k: v for k, v in result.items()
           if _GPU_CFG in k or k.endswith('_gpu')}
    # 4 sigmoid classes x 2 GPU methods + 2 tanh GPU classes x 3 methods
    assert len(gpu) == 14, sorted(gpu)
    for k, v in gpu.items():
        assert v.startswith('SKIPPED') and 'CUDA' in v, (k, v)


def test_all_expected_ids_present(outcomes):
    proc, result = outcomes
    # 8 sigmoid CPU + 6 tanh CPU + 3 linear + 2 relu (double skipped)
    assert len([v for v in result.values() if v == 'PASSED']) == 19, (
        sorted(result))
    relu = 'TestReLU_{}::test_double_backward'.format(_CPU_CFG)
    assert result[relu] == 'SKIPPED: skip_double_backward_test is set'
    assert len(result) == 34, sorted(result)
