"""What commands leave behind: processes, attach sockets, file modes, stores they never needed."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import PACTGRAPH, ROOT, SAMPLES, run_cli


def _parent_of(pid: int) -> int | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name in parentheses may hold spaces: fields count from the last ')'.
    return int(text.rsplit(")", 1)[1].split()[1])


def _state(pid: int) -> str | None:
    """The process state letter, or None once the process is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()[0]


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _descendants(root: int) -> dict[int, str]:
    """Every live process below `root`, with its command line."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _parent_of(int(entry.name))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found: dict[int, str] = {}
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = _cmdline(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    # A zombie has let go of its memory and files; only its exit status waits to be read.
    return _state(pid) not in (None, "Z")


def _env(store: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PACTGRAPH_"))}
    return {**env, "PACTGRAPH_STORE": str(store)}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find workers")
def test_workers_and_resource_tracker_die_with_a_killed_ingest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    made = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "--items", "3000", "--out",
         str(corpus)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    ingest = subprocess.Popen(
        [PACTGRAPH, "ingest", str(corpus), "--workers", "2"],
        env=_env(tmp_path / "store"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 180
        workers: list[int] = []
        trackers: list[int] = []
        while time.monotonic() < deadline and ingest.poll() is None:
            below = _descendants(ingest.pid)
            workers = [p for p, cmd in below.items() if "spawn_main" in cmd]
            trackers = [p for p, cmd in below.items() if "resource_tracker" in cmd]
            if len(workers) == 2 and trackers:
                break
            time.sleep(0.2)
        assert len(workers) == 2 and trackers, f"no workers seen: {_descendants(ingest.pid)}"
        time.sleep(1.0)  # let the workers get to work
    finally:
        ingest.send_signal(signal.SIGKILL)
        ingest.wait(timeout=30)
    left = [*workers, *trackers]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in left):
        time.sleep(0.2)
    still = {p: _cmdline(p) for p in left if _alive(p)}
    for pid in still:
        os.kill(pid, signal.SIGKILL)  # do not leave them to the next test
    assert still == {}


def _attach_sockets() -> set[str]:
    return {p.name for p in Path("/tmp").glob(".java_pid*")}


def test_the_engine_leaves_no_attach_socket(tmp_path: Path) -> None:
    before = _attach_sockets()
    process = subprocess.Popen(
        [PACTGRAPH, "ingest", str(SAMPLES / "digest-2024-09-13.txt")],
        env=_env(tmp_path / "store"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: set[str] = set()
    while process.poll() is None:
        seen |= _attach_sockets() - before
        time.sleep(0.05)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    seen |= _attach_sockets() - before
    assert f".java_pid{process.pid}" not in seen
    assert not (_attach_sockets() - before) & {f".java_pid{process.pid}"}


def _modes(root: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root)): stat.S_IMODE(p.lstat().st_mode)
        for p in [root, *root.rglob("*")]
        if not p.is_symlink()
    }


def test_a_new_store_is_private_to_its_owner(tmp_path: Path) -> None:
    store = tmp_path / "store"
    out = tmp_path / "view.html"
    done = run_cli("ingest", str(SAMPLES / "digest-2024-09-13.txt"), store=store)
    assert done.returncode == 0, done.stderr
    modes = _modes(store)
    assert modes["."] == 0o700
    assert len(modes) > 5  # the engine's own files are there too
    shared = {name: oct(mode) for name, mode in modes.items() if mode & 0o077}
    assert shared == {}
    # Files written for the user, after the store is closed, keep the usual modes.
    viewed = run_cli("view", "-o", str(out), store=store)
    assert viewed.returncode == 0, viewed.stderr
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_a_command_that_fails_on_its_input_touches_no_disk(tmp_path: Path) -> None:
    store = tmp_path / "store"
    started = time.monotonic()
    done = run_cli("ingest", str(tmp_path / "missing.txt"), store=store)
    elapsed = time.monotonic() - started
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'missing.txt'}: no such file or directory"
    ]
    assert not store.exists()
    assert elapsed < 3, f"took {elapsed:.1f} s: the engine was started before the input was checked"
    (tmp_path / "bad.json").write_text("{not json")
    for args in (["ingest", str(tmp_path / "bad.json")], ["import", str(tmp_path / "bad.json")]):
        failed = run_cli(*args, store=store)
        assert failed.returncode == 1 and failed.stderr.startswith("Error: "), failed.stderr
        assert not store.exists(), args
