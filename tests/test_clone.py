"""What a user's clone needs: a quiet install, and a suite that passes without ../shared."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

# The tests that read the reference documents kept beside a development checkout.
SHARED_TESTS = [
    "tests/test_extraction_quality.py::test_seed_scores",
    "tests/test_extraction_quality.py::test_our_scorer_agrees_with_the_reference_scorer",
    "tests/test_extraction_quality.py::test_digest_facts_with_evidence",
    "tests/test_documents.py::test_digest_items_skip_headlines_and_boilerplate",
    "tests/test_documents.py::test_article_keeps_caption_and_drops_byline_and_bio",
]


def _pytest(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *SHARED_TESTS],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def test_without_the_shared_folder_those_tests_skip_with_a_reason(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACTGRAPH_")}
    env["PACTGRAPH_SHARED"] = str(tmp_path / "absent")
    done = _pytest(env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(SHARED_TESTS)} skipped" in done.stdout
    assert "needs the reference seeds and gold" in done.stdout
    # CI has the folder and must never skip these: the variable turns a skip into a failure.
    env["PACTGRAPH_REQUIRE_SHARED"] = "1"
    required = _pytest(env)
    assert required.returncode == 1
    assert f"{len(SHARED_TESTS)} failed" in required.stdout


def test_install_prints_no_warnings(tmp_path: Path) -> None:
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
         str(tmp_path / "site"), str(ROOT)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout + done.stderr == ""
    installed = tmp_path / "site" / "pactgraph"
    assert (installed / "data" / "countries.json").is_file()
    assert (installed / "data" / "samples" / "digest-2024-09-13.txt").is_file()
    assert (installed / "queries" / "who_met.cypher").is_file()
