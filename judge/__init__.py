"""mljudge: a judge for machine-learning hand-coding exercises."""

__version__ = "0.1.0"
