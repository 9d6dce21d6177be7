"""A judge farm: submissions judged by a pool of worker machines through Dramatiq on Redis.

- ``broker.py``: the broker with the settings a judge needs (heartbeat, maintenance,
  no retries, prefetch 1), queue names, the worker registry and delivery counts;
- ``packages.py``: problem packages shipped by content hash and checked before use;
- ``jobs.py``: the two actors (judge a submission; store a result) and enqueueing;
- ``worker.py``: ``judge worker``: a supervisor restarting one single-threaded
  Dramatiq worker per device; ``judge collector``: the one writer of the store.
"""
