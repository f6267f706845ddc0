"""Node.js clients pactgraph did not write: Neo4j's Cypher linter and its JavaScript driver.

`make node` installs them, at the versions pinned in tests/node/package-lock.json, into
`.node/` (the same target `make test` runs). Without Node.js or those packages the tests that
need them skip with the reason; PACTGRAPH_REQUIRE_NODE=1 (CI sets it) makes that a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from .conftest import ROOT

SCRIPTS = ROOT / "tests" / "node"
MODULES = ROOT / ".node" / "node_modules"


def _pinned() -> dict[str, str]:
    lock = json.loads((SCRIPTS / "package-lock.json").read_text(encoding="utf-8"))
    wanted = lock["packages"][""]["dependencies"]
    return {name: lock["packages"][f"node_modules/{name}"]["version"] for name in wanted}


def need_node() -> str:
    """The `node` program, once the pinned packages are installed; skip (or fail) otherwise."""
    node = shutil.which("node")
    reason = None
    if node is None:
        reason = "needs Node.js (`node`), which is not installed"
    else:
        for name, version in _pinned().items():
            manifest = MODULES / name / "package.json"
            found = json.loads(manifest.read_text())["version"] if manifest.is_file() else None
            if found != version:
                reason = f"needs the npm package {name}@{version} in .node/: run `make node`"
                break
    if reason is None:
        assert node is not None
        return node
    if os.environ.get("PACTGRAPH_REQUIRE_NODE"):
        pytest.fail(reason)
    pytest.skip(reason)


def run_node(script: str, *args: str, stdin: str | None = None,
             timeout: float = 300) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Run one of tests/node/*.cjs with the pinned packages; the caller checks the result."""
    node = need_node()
    env = {**os.environ, "NODE_PATH": str(MODULES)}
    return subprocess.run(
        [node, str(SCRIPTS / script), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def pinned_version(name: str) -> str:
    """The version of an npm package that tests/node/package-lock.json pins."""
    return _pinned()[name]
