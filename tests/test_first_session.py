"""The README's first session, run as written, prints what the sample documents say.

The expected rows below were read from `data/samples/` by hand, not from pactgraph's output.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")

# Japan's officials in the samples, with the title each holds in the latest document naming them.
JAPAN_OFFICIALS = [
    ["Fumio Kishida", "Prime Minister"],
    ["Gen Nakatani", "Minister of Defense"],
    ["Minoru Kihara", "Defense Minister"],
    ["Shigeru Ishiba", "Prime Minister"],
    [
        "Shingo Miyamoto",
        "deputy director-general of the North American Affairs Bureau at the Ministry of "
        "Foreign Affairs",
    ],
    ["Yoko Kamikawa", "Foreign Minister"],
    ["Yoshihide Yoshida", "chief of staff of the Joint Staff"],
]

# Every encounter of Lloyd Austin's in the samples: counterpart, date, meeting, place.
# Antony Blinken travels with him: a colleague, never a counterpart.
AUSTIN_ENCOUNTERS = [
    ("Shin Won-sik", "2023-11-13", "Security Consultative Meeting", "Seoul"),
    ("Shin Won-sik", "2023-11-14", "United Nations Command defense ministers meeting", None),
    ("Dong Jun", "2024-04-16", "Austin–Dong call", None),
    ("Gilberto Teodoro", "2024-05-02", "Australia-Japan-Philippines-US defense chiefs meeting",
     "Honolulu"),
    ("Minoru Kihara", "2024-05-02", "Australia-Japan-Philippines-US defense chiefs meeting",
     "Honolulu"),
    ("Richard Marles", "2024-05-02", "Australia-Japan-Philippines-US defense chiefs meeting",
     "Honolulu"),
    ("Minoru Kihara", "2024-07-28", "Austin–Kihara–Shin meeting",
     "Tokyo"),
    ("Minoru Kihara", "2024-07-28", "Japan-US ministerial meeting on extended deterrence", "Tokyo"),
    ("Minoru Kihara", "2024-07-28", "Security Consultative Committee", "Tokyo"),
    ("Shin Won-sik", "2024-07-28", "Austin–Kihara–Shin meeting",
     "Tokyo"),
    ("Yoko Kamikawa", "2024-07-28", "Japan-US ministerial meeting on extended deterrence", "Tokyo"),
    ("Yoko Kamikawa", "2024-07-28", "Security Consultative Committee", "Tokyo"),
    ("Enrique Manalo", "2024-07-30", "U.S.-Philippines 2+2 Ministerial Dialogue",
     "Manila"),
    ("Gilberto Teodoro", "2024-07-30", "U.S.-Philippines 2+2 Ministerial Dialogue",
     "Manila"),
]  # fmt: skip

# What Minoru Kihara signed (he only witnessed the Japan-Philippines access agreement) ...
KIHARA_SIGNED = {
    ("Italy-Japan-UK convention establishing the GCAP International Government Organisation",
     "2023-12-14"),
    ("Australia-Japan-Philippines-US joint statement", "2024-04-07"),
    ("Memorandum of Cooperation on the Trilateral Security Cooperation Framework", "2024-07-28"),
}  # fmt: skip
# ... and the meetings he sat in, each on its own day.
KIHARA_MEETINGS = {
    ("Kihara–Shapps–Crosetto signing meeting", "2023-12-14"),
    ("Australia-Japan-Philippines-US defense chiefs meeting", "2024-05-02"),
    ("Kamikawa–Teodoro signing meeting", "2024-07-08"),
    ("Japan-Philippines Foreign and Defense Ministerial Meeting", "2024-07-08"),
    ("Austin–Kihara–Shin meeting", "2024-07-28"),
    ("Japan-US ministerial meeting on extended deterrence", "2024-07-28"),
    ("Security Consultative Committee", "2024-07-28"),
    ("Marles–Kihara meeting", "2024-09-04"),
    ("Japan-Australia Foreign and Defence Ministerial Consultations", "2024-09-05"),
}
KIHARA_COUNTERPARTS = [
    "Antony Blinken", "Enrique Manalo", "Ferdinand Marcos Jr.", "Gilberto Teodoro",
    "Grant Shapps", "Guido Crosetto", "Lloyd Austin", "Penny Wong", "Richard Marles",
    "Shin Won-sik",
]  # fmt: skip


def _first_session() -> str:
    block = re.search(r"## A first session\n\n```sh\n(.*?)```", README, re.S)
    assert block, "the README has no first-session block"
    return block.group(1)


def _command(prefix: str) -> list[str]:
    """The README's command line that starts with `prefix`, split as the shell would."""
    import shlex

    lines = [line for line in _first_session().splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, f"no single README line starts with {prefix!r}"
    return shlex.split(lines[0], comments=True)[1:]


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The first session run by bash, as written, in an empty directory; its store and stdout."""
    here = tmp_path_factory.mktemp("first-session")
    (here / "data").symlink_to(ROOT / "data")
    # The block activates .venv beside the checkout: the environment running these tests.
    (here / ".venv").symlink_to(Path(sys.executable).parent.parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PACTGRAPH_"))}
    done = subprocess.run(
        ["bash", "-e", "-c", _first_session()],
        cwd=here, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (here / "graph.html").stat().st_size > 10_000
    assert json.loads((here / "graph.json").read_text())["nodes"]
    return here / "my-store", done.stdout


def _json(store: Path, args: list[str]) -> object:
    done = run_cli(*args, "--format", "json", store=store)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_japan_officials_are_one_row_each(session: tuple[Path, str]) -> None:
    store, printed = session
    rows = _json(store, _command("pactgraph query"))
    assert [[r["o.name"], r["o.title"]] for r in rows] == JAPAN_OFFICIALS  # type: ignore[union-attr]
    for name, _title in JAPAN_OFFICIALS:
        assert name in printed


def test_who_met_lloyd_austin(session: tuple[Path, str]) -> None:
    store, printed = session
    rows = _json(store, _command("pactgraph who-met"))
    got = [(r["counterpart"], r["date"], r["meeting"], r["place"]) for r in rows]  # type: ignore[index, union-attr]
    assert got == AUSTIN_ENCOUNTERS
    for row in rows:  # type: ignore[union-attr]
        assert row["evidence"] and row["document"].startswith("document:digest-")
    # The table the README shows lists the same counterparts, in the same order.
    table = printed[printed.index("counterpart ") :]
    listed = [line.split("  ")[0] for line in table.splitlines()[2 : 2 + len(got)]]
    assert listed == [g[0] for g in got]


def test_show_kihara(session: tuple[Path, str]) -> None:
    store, printed = session
    card = _json(store, _command("pactgraph show"))
    assert isinstance(card, dict)
    assert (card["name"], card["country"], card["title"]) == ("Minoru Kihara", "Japan",
                                                              "Defense Minister")  # fmt: skip
    assert card["titles"] == ["Defense Minister (2024-01-12 to 2024-09-13)"]
    assert {(f["other"], f["date"]) for f in card["facts"]["SIGNED"]} == KIHARA_SIGNED
    attended = {(f["other"], f["date"]) for f in card["facts"]["ATTENDED"]}
    assert attended == KIHARA_MEETINGS
    assert card["counterparts"] == KIHARA_COUNTERPARTS
    assert [f["other"] for f in card["facts"]["REPRESENTS"]] == ["Japan"]
    assert "titles:       Defense Minister (2024-01-12 to 2024-09-13)\n" in printed
