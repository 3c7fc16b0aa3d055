"""``repeat`` / ``retry`` decorators for flaky-by-nature (random) tests."""
import functools
import unittest

try:
    import _pytest.outcomes
    _error = None
except ImportError as e:  # pragma: no cover
    _error = e


class QuietTestRunner(object):

    def run(self, suite):
        result = unittest.TestResult()
        suite(result)
        return result


def _run_once(instance, f, args, kwargs):
    """Runs ``f`` on a fresh instance of the test (own setUp/tearDown)."""
    ins = type(instance)(instance._testMethodName)

    def body():
        try:
            f(ins, *args[1:], **kwargs)
        except _pytest.outcomes.Skipped as e:
            # pytest.skip() inside the trial becomes a unittest skip.
            ins.skipTest(e.msg)

    suite = unittest.TestSuite()
    suite.addTest(unittest.FunctionTestCase(
        body, setUp=ins.setUp, tearDown=ins.tearDown))
    return QuietTestRunner().run(suite)


def repeat_with_success_at_least(times, min_success):
    """Runs the test up to ``times`` times; it passes once ``min_success``
    trials have passed and fails as soon as that became impossible.  A
    skipped trial skips the test."""
    assert times >= min_success

    def decorator(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            assert len(args) > 0
            instance = args[0]
            assert isinstance(instance, unittest.TestCase)
            successes = 0
            failures = 0
            failed_results = []

            def fail():
                msg = '\nFail: {0}, Success: {1}'.format(failures, successes)
                if failed_results:
                    first = failed_results[0]
                    errs = first.failures + first.errors
                    if errs:
                        msg += '\n\nThe first error message:\n' + '\n'.join(
                            e[1] for e in errs)
                instance.fail(msg)

            for _ in range(times):
                result = _run_once(instance, f, args, kwargs)
                if len(result.skipped) == 1:
                    instance.skipTest(result.skipped[0][1])
                elif result.wasSuccessful():
                    successes += 1
                else:
                    failed_results.append(result)
                    failures += 1
                if successes >= min_success:
                    return
                if failures > times - min_success:
                    fail()
                    return
            fail()
        return wrapper
    return decorator


def repeat(times):
    """The test must pass ``times`` times in a row."""
    return repeat_with_success_at_least(times, times)


def retry(times):
    """The test must pass at least once in ``times`` trials."""
    return repeat_with_success_at_least(times, 1)
