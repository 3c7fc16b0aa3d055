"""What LogReport and PlotReport share (private): collecting the observed
values between reports and turning them into per-report means."""


def add(summary, observation, keys):
    """Adds the current observation (only ``keys`` when given)."""
    if keys is None:
        summary.add(observation)
    else:
        summary.add({k: observation[k] for k in keys if k in observation})


def mean_stats(summary, updater):
    """The means as Python floats (on the CPU), with ``epoch`` and
    ``iteration`` from ``updater``."""
    stats_cpu = {}
    for name, value in summary.compute_mean().items():
        stats_cpu[name] = float(value)  # copy to CPU
    stats_cpu['epoch'] = updater.epoch
    stats_cpu['iteration'] = updater.iteration
    return stats_cpu
