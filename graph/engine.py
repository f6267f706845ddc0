"""The embedded store: an ArcadeDB server inside this process, reached over Bolt on loopback."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import fcntl
import os
import re
import secrets
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .errors import StoreBusyError, StoreError

__all__ = ["BoltEndpoint", "EmbeddedEngine", "DATABASE", "USER", "exit_without_jvm_teardown"]

DATABASE = "pactgraph"
USER = "root"
LOCK_NAME = ".pactgraph.lock"
LOG_DIR = "logs"
_RUNNING: set[EmbeddedEngine] = set()
# Evidence sentences are as private as the Bolt password: a store's directory is created for
# its owner alone, and while an engine runs the process creates files for its owner alone
# (the engine's threads create files at any time). The user's own umask is back once the
# last engine in the process has stopped, before outputs such as `view -o` are written.
PRIVATE_UMASK = 0o077
_saved_umask: int | None = None


def _private_files(on: bool) -> None:
    """Create files private to the owner while an engine runs; restore the umask after."""
    global _saved_umask
    if on and _saved_umask is None:
        _saved_umask = os.umask(PRIVATE_UMASK)
    elif not on and _saved_umask is not None:
        os.umask(_saved_umask)
        _saved_umask = None


# The JVM prints a warning to fd 2 when it starts and ArcadeDB logs to the console;
# both go to a file under the store so the terminal only shows pactgraph's own output.
_LOG_PROPERTIES = """\
handlers = java.util.logging.FileHandler
.level = WARNING
java.util.logging.FileHandler.level = WARNING
java.util.logging.FileHandler.pattern = {pattern}
java.util.logging.FileHandler.formatter = com.arcadedb.log.LogFormatter
java.util.logging.FileHandler.limit = 10000000
java.util.logging.FileHandler.count = 2
"""


# A lookup lives for a second or two: the quick compiler alone and the simplest collector
# start it sooner. Ingest and `serve` run long enough for the optimizing compiler to pay off.
_SHORT_LIVED = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


@dataclass(frozen=True)
class BoltEndpoint:
    """Where and how to reach a Bolt server."""

    uri: str
    user: str
    password: str
    database: str | None


# The engine's words when a port it was given is taken (HTTP server, Bolt plugin).
_PORT_TAKEN = re.compile(r"Unable to listen", re.IGNORECASE)
_PORT_ATTEMPTS = 5


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _stderr_to(log: Path) -> Iterator[None]:
    """Send fd 2 to a file for the duration (the JVM writes there directly, not via Python)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(log, "ab") as out:
        os.dup2(out.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


class EmbeddedEngine:
    """One ArcadeDB server for one store directory, with its Bolt plugin on a free loopback port."""

    def __init__(self, path: Path, heap: str | None = None, short: bool = False) -> None:
        self.path = Path(path)
        self.heap = heap or os.environ.get("PACTGRAPH_JVM_HEAP", "2g")
        self.short = short
        self._server: Any = None
        self._lock: TextIO | None = None
        self.endpoint: BoltEndpoint | None = None

    def start(self, create: bool = True) -> BoltEndpoint:
        """Lock the store, start the engine and return the Bolt endpoint to connect to."""
        try:
            return self._start(create)
        except PermissionError:
            # The engine writes even to answer a read (its lock, logs and journal).
            raise StoreError(f"cannot open store {self.path}: permission denied") from None

    def _start(self, create: bool) -> BoltEndpoint:
        if not self.path.exists():
            if not create:
                raise StoreError(
                    f"no store at {self.path} (ingest a document first, or pass --store)"
                )
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.path.mkdir(mode=0o700)
            except OSError as exc:
                raise StoreError(f"cannot create store {self.path}: {exc.strerror}") from exc
        elif not self.path.is_dir():
            raise StoreError(f"store path {self.path} is not a directory")
        _RUNNING.add(self)
        _private_files(True)
        try:
            self._acquire_lock()
            self.endpoint = self._start_server()
        except BaseException:
            self.stop()
            raise
        atexit.register(self.stop)
        return self.endpoint

    def stop(self) -> None:
        """Stop the engine and release the store; safe to call more than once."""
        server, self._server = self._server, None
        if server is not None:
            with contextlib.suppress(Exception):
                server.stop()
        lock, self._lock = self._lock, None
        if lock is not None:
            with contextlib.suppress(OSError):
                lock.seek(0)
                lock.truncate()
                fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()
        _RUNNING.discard(self)
        if not _RUNNING:
            _private_files(False)

    def _acquire_lock(self) -> None:
        lock_path = self.path / LOCK_NAME
        handle = open(lock_path, "a+")  # noqa: SIM115 - held open for the engine's lifetime
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreBusyError(
                f"store {self.path} is in use by {holder}; wait for it to finish, or run "
                "`pactgraph serve` for this store so that commands share one engine"
            ) from None
        handle.seek(0)
        handle.truncate()
        command = " ".join(Path(a).name if i == 0 else a for i, a in enumerate(sys.argv))
        handle.write(f"process {os.getpid()} ({command})\n")
        handle.flush()
        self._lock = handle

    def _start_server(self) -> BoltEndpoint:
        logs = self.path / LOG_DIR
        logs.mkdir(exist_ok=True)
        props = logs / "logging.properties"
        props.write_text(_LOG_PROPERTIES.format(pattern=(logs / "arcadedb.log").as_posix()))
        os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(logs / "hs_err_%p.log"))

        # A fresh root password every start: the users file would otherwise pin the first one.
        (self.path / "config" / "server-users.jsonl").unlink(missing_ok=True)
        password = secrets.token_urlsafe(24)
        with _stderr_to(logs / "engine.log"):
            import arcadedb_embedded as arcadedb  # noqa: TID251 - the heavy import lives here
            import jpype
            from arcadedb_embedded.jvm import start_jvm  # noqa: TID251

            # One JVM per process: a second store opened by the same process joins it.
            if not jpype.isJVMStarted():
                # -Xrs leaves SIGINT/SIGTERM to Python, so Ctrl-C unwinds through our cleanup.
                # On Linux it also makes HotSpot open its attach socket /tmp/.java_pid<PID> at
                # startup, which nothing removes since the process ends without a JVM
                # teardown (see exit_without_jvm_teardown); no pactgraph tool attaches.
                start_jvm(
                    heap_size=self.heap,
                    jvm_args=[
                        "-Xrs",
                        "-XX:+DisableAttachMechanism",
                        f"-Djava.util.logging.config.file={props}",
                        *(_SHORT_LIVED if self.short else []),
                    ],
                )
            for attempt in range(1, _PORT_ATTEMPTS + 1):
                bolt_port, http_port = _free_port(), _free_port()
                server = arcadedb.create_server(
                    root_path=str(self.path),
                    root_password=password,
                    config={
                        "host": "127.0.0.1",
                        "http_port": http_port,
                        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                        "bolt_port": bolt_port,
                    },
                )
                try:
                    server.start()
                    break
                except Exception as exc:
                    with contextlib.suppress(Exception):
                        server.stop()
                    # A port found free can be taken before the server binds it (an outgoing
                    # connection of another process draws from the same range): try others.
                    if attempt == _PORT_ATTEMPTS or not _PORT_TAKEN.search(str(exc)):
                        message = f"cannot start the embedded store at {self.path}: {exc}"
                        raise StoreError(message) from exc
            self._server = server
            server.create_database(DATABASE)
        return BoltEndpoint(f"bolt://127.0.0.1:{bolt_port}", USER, password, DATABASE)


def exit_without_jvm_teardown(code: int) -> None:
    """End the process now if a JVM runs in it, after every engine has been stopped.

    Tearing the embedded JVM down at interpreter exit crashes now and then (a native fault
    after the engine is already stopped and its files closed). Engines stop in `finally`
    blocks and atexit hooks, so nothing is left to do but leave.
    """
    if "jpype" not in sys.modules:
        return
    import jpype

    if not jpype.isJVMStarted():
        return
    for engine in list(_RUNNING):
        engine.stop()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def serve_forever(
    path: Path,
    ready: Callable[[BoltEndpoint], None],
    stopping: Callable[[], None] | None = None,
) -> None:
    """Run the engine for a store until SIGINT or SIGTERM.

    `ready` is called once the server listens; `stopping` before the engine stops.
    """
    engine = EmbeddedEngine(path)
    signals: list[int] = []

    def _stop(signum: int, frame: object) -> None:
        # Only a flag: a handler that takes a lock (threading.Event does) can run while the
        # main thread holds that same lock, and then waits for itself forever.
        signals.append(signum)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    endpoint = engine.start()
    try:
        ready(endpoint)
        while not signals:
            time.sleep(0.2)
    finally:
        if stopping is not None:
            stopping()
        engine.stop()


def _print_endpoint(endpoint: BoltEndpoint) -> None:
    import json

    sys.stdout.write(json.dumps(endpoint.__dict__) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> None:
    """Run a standalone Bolt server process for a store (used by tests and `serve`)."""
    parser = argparse.ArgumentParser(prog="python -m pactgraph.graph.engine")
    parser.add_argument("store", type=Path)
    args = parser.parse_args(argv)
    serve_forever(args.store, _print_endpoint)
    exit_without_jvm_teardown(0)


if __name__ == "__main__":
    main()
