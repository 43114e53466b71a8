"""Where a row was rendered: the worker process and, on Ray, the node (shown in result rows)."""

from __future__ import annotations

import os
import socket
import sys

_HOST = socket.gethostname()
_NODE: list[str | None] = []


def worker_name() -> str:
    """``host:pid`` of this process."""
    return f"{_HOST}:{os.getpid()}"


def node_id() -> str | None:
    """Ray node id of this process (None outside Ray)."""
    if not _NODE:
        node = None
        try:
            if "ray" in sys.modules:
                import ray

                if ray.is_initialized():
                    node = ray.get_runtime_context().get_node_id()
        except Exception:  # noqa: BLE001 - informative only
            node = None
        _NODE.append(node)
    return _NODE[0]
