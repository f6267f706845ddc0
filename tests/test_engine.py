"""The embedded engine's start: a port taken after it was found free is not a failure."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from pactgraph.graph import engine
from pactgraph.graph.store import StoreSettings, open_store


def test_a_port_taken_before_the_server_binds_it_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ports the engine is first given are in use; it starts on others and answers."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = int(taken.getsockname()[1])
        handed: list[int] = []
        free = engine._free_port

        def port() -> int:
            # The first Bolt port, then the second attempt's HTTP port, are the busy one.
            chosen = busy if len(handed) in (0, 3) else free()
            handed.append(chosen)
            return chosen

        monkeypatch.setattr(engine, "_free_port", port)
        with open_store(StoreSettings(path=tmp_path / "store"), create=True) as store:
            store.ensure_schema()
            rows = store.query("RETURN 41 + 1 AS answer")
    assert rows.rows == [{"answer": 42}]
    assert handed.count(busy) == 2 and len(handed) == 6
