"""attack: raise its own CPU and memory limits, then loop forever
problem: vec_add
expect: TLE
"""
import resource


def add(a, b, alpha=1.0):
    for name in ("RLIMIT_CPU", "RLIMIT_AS", "RLIMIT_NPROC", "RLIMIT_NOFILE"):
        try:
            resource.setrlimit(getattr(resource, name), (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        except (ValueError, OSError):
            pass
    while True:
        pass
