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
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .engine import LOCK_NAME, BoltEndpoint, serve_forever
from .errors import StoreBusyError, StoreError

__all__ = [
    "SERVER_FILE",
    "SOCKET_FILE",
    "ServerInfo",
    "delegate",
    "running_server",
    "serve",
    "stop_server",
]

SERVER_FILE = "server.json"
# Read-only lookups are run inside the server process itself, asked over this socket: the
# asking process then needs neither the CLI framework nor the database driver.
SOCKET_FILE = "server.sock"
_DELEGATED = {
    "who-met",
    "show",
    "find",
    "path",
    "timeline",
    "partners",
    "dyads",
    "stats",
    "queries",
    "query",
}

Handler = Callable[[dict[str, Any]], dict[str, Any]]


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


def _listen(store: Path, handler: Handler) -> socket.socket | None:
    """Answer requests on the store's socket in a background thread, one at a time."""
    path = store.resolve() / SOCKET_FILE
    path.unlink(missing_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        old_mask = os.umask(0o077)  # the socket is created readable and writable by us only
        try:
            listener.bind(str(path))
        finally:
            os.umask(old_mask)
    except OSError:
        listener.close()  # e.g. a path too long for a socket: commands use Bolt instead
        return None
    listener.listen(8)

    def answer() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return  # closed on shutdown
            with connection:
                try:
                    request = json.loads(_read_all(connection))
                    connection.sendall(json.dumps(handler(request)).encode())
                except (OSError, ValueError):
                    continue

    threading.Thread(target=answer, name="pactgraph-socket", daemon=True).start()
    return listener


def _read_all(connection: socket.socket) -> bytes:
    chunks = []
    while chunk := connection.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def serve(
    store: Path, announce: Callable[[ServerInfo], None], handler: Handler | None = None
) -> None:
    """Run the engine for a store until Ctrl-C, SIGTERM or `stop_server`.

    With a `handler`, read-only commands sent by `delegate` are run here too.
    """
    found = running_server(store)
    if found:
        raise StoreBusyError(
            f"a server for {store} is already running (process {found.pid}); "
            "use it, or stop it with `pactgraph serve --stop`"
        )
    file = store / SERVER_FILE

    listener: socket.socket | None = None

    def ready(endpoint: BoltEndpoint) -> None:
        nonlocal listener
        _write_private(file, {**endpoint.__dict__, "pid": os.getpid()})
        if handler is not None:
            listener = _listen(store, handler)
        announce(ServerInfo(endpoint, os.getpid(), file))

    def stopping() -> None:
        # The files go first, so no command connects to a server that is shutting down.
        file.unlink(missing_ok=True)
        if listener is not None:
            listener.close()
            (store.resolve() / SOCKET_FILE).unlink(missing_ok=True)

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


def _delegable(argv: list[str]) -> tuple[Path, list[str]] | None:
    """The store and the arguments to send, when a command may run in a server."""
    store = None
    rest = list(argv)
    while rest and rest[0].startswith("--"):
        name, _, value = rest.pop(0).partition("=")
        if name != "--store":
            return None  # a Bolt URI, credentials or an unknown option: run it here
        if not value:
            if not rest:
                return None
            value = rest.pop(0)
        store = value
    if not rest or rest[0] not in _DELEGATED or "--help" in rest or "--write" in rest:
        return None
    if _writes_file(rest):
        return None  # the server creates files for its owner alone: a picture is written here
    if store is None:
        if os.environ.get("NEO4J_URI") and not os.environ.get("PACTGRAPH_STORE"):
            return None
        store = os.environ.get("PACTGRAPH_STORE") or "pactgraph-data"
    path = Path(store).resolve()
    return path, ["--store", str(path), *rest]


def _writes_file(args: list[str]) -> bool:
    """Whether a command writes a picture (`-o`, or an image format) rather than printing."""
    for i, arg in enumerate(args):
        name, _, value = arg.partition("=")
        if name in ("-o", "--output"):
            return True
        if name in ("-f", "--format"):
            value = value or (args[i + 1] if i + 1 < len(args) else "")
            if value in ("png", "svg", "pdf"):
                return True
    return False


def delegate(argv: list[str]) -> int | None:
    """Run a read-only command in the store's running server; None when it must run here."""
    found = _delegable(argv)
    if found is None:
        return None
    store, args = found
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.connect(str(store / SOCKET_FILE))
            connection.sendall(json.dumps({"argv": args, "cwd": os.getcwd()}).encode())
            connection.shutdown(socket.SHUT_WR)
            reply = json.loads(_read_all(connection))
    except (OSError, ValueError):
        return None  # no server, or a stale socket: the command runs here and finds out
    sys.stderr.write(reply["stderr"])
    sys.stdout.write(reply["stdout"])
    return int(reply["code"])
