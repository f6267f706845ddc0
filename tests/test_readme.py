"""The README is the front door: every command and named query is documented there."""

from __future__ import annotations

from pactgraph.cli import app
from pactgraph.queries import list_queries

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_has_help_and_a_readme_section() -> None:
    import typer.main

    group = typer.main.get_command(app)
    names = sorted(group.commands)  # type: ignore[attr-defined]
    assert {"ingest", "extract", "query", "queries", "export", "stats", "who-met", "show", "find",
            "path", "timeline", "partners", "merge", "forget"} <= set(names)  # fmt: skip
    for name in names:
        command = group.commands[name]  # type: ignore[attr-defined]
        assert command.help, f"{name} has no help text"
        assert f"### `pactgraph {name}" in README, f"{name} is missing from the README"


def test_every_named_query_is_documented() -> None:
    for query in list_queries():
        assert query.description, f"{query.name} has no header comment"
        assert f"`{query.name}`" in README


def test_readme_states_the_two_setup_commands() -> None:
    assert "make demo" in README and "make test" in README
    assert (ROOT / ".ci" / "run").read_text().strip().endswith("make test")
