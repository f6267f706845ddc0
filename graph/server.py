"""`pactgraph serve`: one engine kept running for a store, found by later commands via a file.

The server writes `<store>/server.json` (readable only by its owner) with its Bolt address,
user, password and process id. A command on that store reads it and connects over Bolt
instead of starting a JVM of its own. A file whose process is gone, or which no longer holds
the store's lock, is stale and ignored.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .engine import LOCK_NAME, BoltEndpoint, serve_forever
from .errors import StoreBusyError, StoreError

__all__ = ["SERVER_FILE", "ServerInfo", "running_server", "serve", "stop_server"]

SERVER_FILE = "server.json"


@dataclass(frozen=True)
class ServerInfo:
    """A running server: where to reach it, and its process."""

    endpoint: BoltEndpoint
    pid: int
    file: Path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _lock_held(store: Path) -> bool:
    """Whether some process holds the store's lock (taken and released at once if free)."""
    try:
        handle = open(store / LOCK_NAME, "a+")  # noqa: SIM115 - closed below
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def running_server(store: Path) -> ServerInfo | None:
    """The server running for a store, or None when there is none or its file is stale."""
    file = store / SERVER_FILE
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        endpoint = BoltEndpoint(data["uri"], data["user"], data["password"], data["database"])
        pid = int(data["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not _alive(pid) or not _lock_held(store):
        return None
    return ServerInfo(endpoint, pid, file)


def _write_private(file: Path, data: dict[str, object]) -> None:
    """Write a file only its owner can read, created with those rights (never widened later)."""
    partial = file.with_suffix(".tmp")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.replace(partial, file)


def serve(store: Path, announce: Callable[[ServerInfo], None]) -> None:
    """Run the engine for a store until Ctrl-C, SIGTERM or `stop_server`."""
    found = running_server(store)
    if found:
        raise StoreBusyError(
            f"a server for {store} is already running (process {found.pid}); "
            "use it, or stop it with `pactgraph serve --stop`"
        )
    file = store / SERVER_FILE

    def ready(endpoint: BoltEndpoint) -> None:
        _write_private(file, {**endpoint.__dict__, "pid": os.getpid()})
        announce(ServerInfo(endpoint, os.getpid(), file))

    def stopping() -> None:
        # The file goes first, so no command connects to a server that is shutting down.
        file.unlink(missing_ok=True)

    serve_forever(store, ready, stopping)


def stop_server(store: Path, timeout: float = 60) -> int:
    """Stop the server running for a store and wait until it has let go; return its pid."""
    found = running_server(store)
    if found is None:
        raise StoreError(f"no server is running for {store}")
    with contextlib.suppress(ProcessLookupError):
        os.kill(found.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(found.pid) and _lock_held(store):
        if time.monotonic() > deadline:
            raise StoreError(
                f"the server (process {found.pid}) did not stop within {timeout:.0f} s"
            )
        time.sleep(0.1)
    return found.pid
