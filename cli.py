"""The `pactgraph` command: a thin shell that parses, calls one library function and prints."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from .graph.errors import InputError, PactgraphError
from .graph.store import GraphStore, StoreSettings

if TYPE_CHECKING:
    from .graph.subgraph import Subgraph

__all__ = ["app", "main"]


class Format(str, enum.Enum):
    """Output formats shared by every command that prints data."""

    table = "table"
    json = "json"
    csv = "csv"


def _usage_errors() -> type[Exception]:
    """The CLI framework's own errors, which it reports itself (usage mistakes exit 2)."""
    from typer._click.exceptions import ClickException

    return ClickException


class _Command(TyperCommand):
    """A command whose help names arguments by their metavar, never by a Python type."""

    def format_options(self, ctx: Any, formatter: Any) -> None:  # noqa: D102
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                name = param.metavar or (param.name or "").upper()
                arguments.append((name + ("..." if param.nargs != 1 else ""), record[1]))
            else:
                options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


class _Group(TyperGroup):
    """The one place where library errors become 'Error: ...' and an exit code."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every command gets the help format above; Typer builds them all as TyperCommand.
        for command in self.commands.values():
            if type(command) is TyperCommand:
                command.__class__ = _Command

    def format_commands(self, ctx: Any, formatter: Any) -> None:  # noqa: D102
        # Each command's whole first sentence, wrapped, instead of one cut at 45 characters.
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=1000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except PactgraphError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, _usage_errors()):
            raise
        except BrokenPipeError:
            # The reader stopped early (`| head`): not an error worth a message.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except Exception as exc:  # noqa: BLE001 - the user gets one line, never a traceback
            if os.environ.get("PACTGRAPH_DEBUG"):
                raise
            typer.echo(f"Error: unexpected {type(exc).__name__}: {exc}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=_Group,
    name="pactgraph",
    help="A knowledge graph of security partnerships: ingest digests, query who met whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
DateOpt = Annotated[
    str | None,
    typer.Option(metavar="DATE", help="Document date YYYY-MM-DD, overriding the text."),
]


@app.callback()
def _options(
    ctx: typer.Context,
    store: Annotated[
        str | None,
        typer.Option(
            metavar="PATH",
            help="Embedded store directory [env PACTGRAPH_STORE; default ./pactgraph-data].",
        ),
    ] = None,
    uri: Annotated[
        str | None,
        typer.Option(
            metavar="URI",
            help="A Bolt server instead: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// "
            "or neo4j+ssc://HOST:PORT [env NEO4J_URI].",
        ),
    ] = None,
    user: Annotated[
        str | None, typer.Option(metavar="NAME", help="Bolt user [env NEO4J_USERNAME].")
    ] = None,
    password: Annotated[
        str | None, typer.Option(metavar="TEXT", help="Bolt password [env NEO4J_PASSWORD].")
    ] = None,
    database: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="Database name on the server [env NEO4J_DATABASE]."),
    ] = None,
) -> None:
    """Store selection shared by every command."""
    ctx.obj = StoreSettings.resolve(store, uri, user, password, database)


@contextmanager
def _store(ctx: typer.Context, create: bool = False) -> Iterator[GraphStore]:
    from .graph.store import open_store

    # Commands that create (ingest, import) write a lot; the others are quick reads and edits.
    store = open_store(ctx.obj, create=create, short=not create)
    try:
        yield store
    finally:
        store.close()


def _alias_rules(ctx: typer.Context) -> Any:
    """The store's merge and split rules (its alias file), read before the store opens."""
    from .graph.errors import StoreError
    from .loaders.resolve import AliasRules, default_alias_path

    try:
        return AliasRules.load(default_alias_path(ctx.obj.path))
    except PermissionError:
        raise StoreError(f"cannot open store {ctx.obj.path}: permission denied") from None


# -- output -----------------------------------------------------------------------------


def _cell(value: Any, width: int | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        text = ", ".join(_cell(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, default=str)
    else:
        text = str(value)
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def _csv_cell(value: Any) -> str:
    # Lists and maps as JSON, so that a cell holding a sentence with commas splits back.
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def emit(rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str] | None = None) -> None:
    """Print rows as a table, JSON or CSV on stdout; an empty result keeps its header."""
    cols = list(columns) if columns is not None else list(rows[0]) if rows else []
    if fmt is Format.json:
        typer.echo(json.dumps([dict(r) for r in rows], indent=2, ensure_ascii=False, default=str))
    elif fmt is Format.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in cols])
        typer.echo(buffer.getvalue(), nl=False)
    else:
        cells = [[_cell(row.get(c), 70) for c in cols] for row in rows]
        widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(cols)]
        if cols:
            typer.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip())
            typer.echo("  ".join("-" * w for w in widths))
        for r in cells:
            typer.echo("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
        if not rows:
            typer.echo("(no rows)", err=True)


def _info(message: str) -> None:
    typer.echo(message, err=True)


def _parse_params(pairs: list[str] | None) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for pair in pairs or []:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise InputError(f"--param takes key=value, got '{pair}'")
        if raw.startswith("@"):
            # "owners=@owners.json": a value too long for the command line, from a file
            try:
                raw = Path(raw[1:]).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise InputError(f"--param {key}: cannot read {raw[1:]}: {err}") from None
        try:
            params[key] = json.loads(raw)
        except json.JSONDecodeError:
            params[key] = raw
    return params


def _window(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Checked --since and --until dates, as ISO text."""
    first, last = _parse_date(since, "--since"), _parse_date(until, "--until")
    return (first.isoformat() if first else None, last.isoformat() if last else None)


def _parse_date(value: str | None, option: str = "--date") -> dt.date | None:
    """An option's date, or a usage error (exit 2) when it is not a real YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"takes YYYY-MM-DD, got '{value}'", param_hint=option) from None


# -- commands ---------------------------------------------------------------------------


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help="Files or directories (.txt .md .html .pdf .json .jsonl), or - for stdin.",
        ),
    ],
    date: DateOpt = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            metavar="N",
            help="Parsing processes [env PACTGRAPH_WORKERS; default one per core].",
        ),
    ] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Read documents, extract facts and write them to the store (each document all or nothing)."""
    from .loaders.pipeline import read_inputs, write_documents

    # Inputs are checked before the store is opened: a bad file neither starts the engine
    # nor creates the store.
    documents = read_inputs(paths, _parse_date(date))

    def progress(report: Any) -> None:
        _info(f"{report.status}: {report.path} ({report.items} items, {report.facts} facts)")
        if report.status == "ingested" and report.facts == 0:
            _info(f"warning: no facts found in {report.path}; only its Document node was written")

    rules = _alias_rules(ctx)
    with _store(ctx, create=True) as store:
        reports = write_documents(documents, store, progress=progress, rules=rules, workers=workers)
    emit([vars(r) for r in reports], fmt)


@app.command()
def extract(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(metavar="PATH", help="A document file, or - for stdin.")],
    date: DateOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Show what ingesting a document would write, without touching any store."""
    from .loaders.pipeline import extract_paths

    rules = _alias_rules(ctx)
    batches = extract_paths([path], _parse_date(date), rules)
    nodes = {n.id: n for batch in batches for n in batch.nodes.values()}
    edges = [e for batch in batches for e in batch.edges]
    if fmt is Format.json:
        payload = {
            "nodes": [n.as_dict() for n in nodes.values()],
            "edges": [e.as_dict() for e in edges],
        }
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    names = {n.id: n.name for n in nodes.values()}
    rows = [
        {
            "source": names[e.source],
            "type": e.type,
            "target": names[e.target],
            "date": e.props.get("date"),
            "frame": e.props.get("frame"),
            "confidence": e.props.get("confidence"),
            "evidence": e.props.get("evidence"),
        }
        for e in edges
        if e.type != "MENTIONS"
    ]
    emit(rows, fmt, ["source", "type", "target", "date", "frame", "confidence", "evidence"])


@app.command()
def evaluate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="DOCS...", help="Documents, or directories of documents, to score."),
    ],
    gold: Annotated[
        Path,
        typer.Option(metavar="DIR", help="Folder with one gold file NAME.json per NAME.txt."),
    ],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also list every missed and extra fact.")
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Score extraction on your own documents against gold facts: precision, recall, F1."""
    from .loaders.evaluate import evaluate as score

    tally = score(paths, gold, _alias_rules(ctx))
    rows = tally.rows()
    misses = [vars(m) for m in tally.misses]
    summary = tally.summary()
    _info(
        f"{tally.documents} documents: entity F1 {summary['entity_f1']:.3f}, "
        f"relationship F1 {summary['edge_f1']:.3f}, who-met F1 {summary['met_f1']:.3f}"
    )
    if fmt is Format.json:
        payload: Any = {"scores": rows, "misses": misses} if verbose else rows
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if fmt is Format.csv and verbose:
        emit(misses, fmt, ["document", "kind", "what", "fact", "evidence"])
        return
    emit(rows, fmt, ["measure", "name", "precision", "recall", "f1", "found", "extra", "missed"])
    if verbose:
        typer.echo("")
        emit(misses, fmt, ["document", "kind", "what", "fact", "evidence"])


@app.command()
def query(
    ctx: typer.Context,
    cypher: Annotated[str | None, typer.Argument(metavar="CYPHER", help="A Cypher query.")] = None,
    name: Annotated[
        str | None,
        typer.Option(
            "--name", "-n", metavar="NAME", help="Run a named query (see `pactgraph queries`)."
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            metavar="KEY=VALUE",
            help="A query parameter (repeatable); a name is accepted where an id is wanted; "
            "KEY=@FILE reads the value (JSON or text) from FILE.",
        ),
    ] = None,
    write: Annotated[bool, typer.Option(help="Allow the query to change the graph.")] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Run Cypher (read-only unless --write) or a named query on the store."""
    from .queries import check_params, check_raw, load_query
    from .queries.lookups import named

    if (cypher is None) == (name is None):
        raise typer.BadParameter("give either a CYPHER argument or --name NAME")
    params = _parse_params(param)
    # Checked before the store is opened: a wrong value fails at once, naming what is wanted.
    if name:
        check_params(load_query(name), params)
    else:
        assert cypher is not None
        check_raw(cypher, params)
    with _store(ctx) as store:
        if name:
            result = named(store, name, params)
        else:
            assert cypher is not None
            result = store.query(cypher, params, write=write)
    emit(result.rows, fmt, result.columns)


@app.command("queries")
def list_named(fmt: FormatOpt = Format.table) -> None:
    """List the named queries and their parameters."""
    from .queries import list_queries

    rows = [
        {
            "name": q.name,
            "parameters": ", ".join(f"{k} ({q.kinds[k]})" if k in q.kinds else k for k in q.params),
            "answers": q.description,
        }
        for q in list_queries()
    ]
    emit(rows, fmt, ["name", "parameters", "answers"])


SinceOpt = Annotated[
    str | None, typer.Option(metavar="DATE", help="Only facts on or after YYYY-MM-DD.")
]
UntilOpt = Annotated[
    str | None, typer.Option(metavar="DATE", help="Only facts on or before YYYY-MM-DD.")
]


@app.command("who-met")
def who_met(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(metavar="NAME", help="An official: name, alias, surname or id."),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(metavar="COUNTRY", help="Only counterparts from this country."),
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: Annotated[
        int, typer.Option(min=0, metavar="N", help="Most pairs to list without a NAME.")
    ] = 100,
    fmt: FormatOpt = Format.table,
) -> None:
    """Who met whom: one official's counterparts, or all pairs most frequent first."""
    from .queries.lookups import who_met as lookup

    with _store(ctx) as store:
        rows = lookup(store, name, country, *_window(since, until), limit)
    emit(rows, fmt)


@app.command()
def show(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name, alias, surname or id.")],
    fmt: FormatOpt = Format.table,
) -> None:
    """A profile: titles, country, affiliations, meetings, agreements, counterparts, sources."""
    from .queries.lookups import profile

    with _store(ctx) as store:
        found = profile(store, name)
    if fmt is Format.json:
        typer.echo(json.dumps(found, indent=2, ensure_ascii=False, default=str))
        return
    rows = [
        {"relation": relation, **fact}
        for relation, facts in found["facts"].items()
        for fact in facts
    ]
    if fmt is Format.csv:
        emit(rows, fmt, ["relation", "other", "label", "date", "document", "evidence"])
        return
    for key in ("label", "name", "id", "title", "titles", "country", "aliases", "counterparts"):
        if found.get(key):
            typer.echo(f"{key + ':':<14}{_cell(found[key])}")
    typer.echo("")
    emit(rows, fmt, ["relation", "other", "label", "date", "evidence"])
    typer.echo("")
    emit(found["documents"], fmt, ["document", "title", "date"])


@app.command()
def find(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Part of a name or alias.")],
    label: Annotated[
        str | None, typer.Option(metavar="LABEL", help="Only this label, e.g. Official.")
    ] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Find names and aliases matching a text (case- and accent-insensitive, close spellings)."""
    from .queries.lookups import find as lookup

    with _store(ctx) as store:
        rows = lookup(store, text, label)
    emit(rows, fmt, ["score", "label", "name", "country", "id"])


@app.command()
def path(
    ctx: typer.Context,
    first: Annotated[str, typer.Argument(metavar="NAME", help="First entity.")],
    second: Annotated[str, typer.Argument(metavar="NAME", help="Second entity.")],
    max_hops: Annotated[
        int, typer.Option(min=1, max=8, metavar="N", help="Longest path to accept.")
    ] = 4,
    fmt: FormatOpt = Format.table,
) -> None:
    """The shortest connection between two entities, each hop with its evidence."""
    from .queries.lookups import path as lookup

    with _store(ctx) as store:
        hops = lookup(store, first, second, max_hops)
    if not hops:
        _info(f"no connection within {max_hops} hops")
    emit(hops, fmt, ["hop", "from", "relation", "to", "date", "evidence"])


class ChartFormat(str, enum.Enum):
    """Rows as text, or a chart as an image."""

    table = "table"
    json = "json"
    csv = "csv"
    png = "png"
    svg = "svg"
    pdf = "pdf"

    @property
    def image(self) -> bool:
        """Whether this format is a picture rather than rows."""
        return self.value in ("png", "svg", "pdf")


ChartFormatOpt = Annotated[
    ChartFormat,
    typer.Option("--format", "-f", help="Rows (table, json, csv) or a chart (png, svg, pdf)."),
]


def _image_path(fmt: ChartFormat, output: Path | None, command: str) -> Path | None:
    """Where a chart goes; None for rows, which go to stdout."""
    if not fmt.image:
        if output is not None:
            raise typer.BadParameter(
                "-o writes charts (png, svg, pdf); rows go to stdout", param_hint="--output"
            )
        return None
    return output or Path(f"pactgraph-{command}.{fmt.value}")


@app.command()
def timeline(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Argument(metavar="NAME", help="An entity; omit with --country.")
    ] = None,
    country: Annotated[
        str | None,
        typer.Option(
            metavar="COUNTRY",
            help="Facts touching this country; with NAME and a chart, counterparts from it.",
        ),
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: ChartFormatOpt = ChartFormat.table,
    output: ImageOutOpt = None,
    dpi: DpiOpt = 300,
) -> None:
    """Dated facts in order, for one entity or one country; or, as an image, an official's or
    a country's encounters on a time axis."""
    from .queries.lookups import timeline as lookup

    if name is None and country is None:
        raise typer.BadParameter("give a NAME or --country")
    image = _image_path(fmt, output, "timeline")
    if image is not None:
        from .graph.charts import timeline_chart
        from .queries.lookups import encounters

        subject, partner = (name, country) if name else (country, None)
        assert subject is not None
        with _store(ctx) as store:
            found = encounters(store, subject, partner, *_window(since, until))
        if found.note:
            _info(found.note)
        what = "Encounters of" if found.label == "Official" else "Interactions of"
        title = f"{what} {found.subject}" + (f" with {partner}" if partner else "")
        window = _window_text(*_window(since, until))
        drawn = timeline_chart(found.points, image, fmt.value, title, window, dpi)
        _info(f"wrote {image}: {drawn.points} encounters with {drawn.rows} counterparts")
        return
    with _store(ctx) as store:
        rows = lookup(store, name, country, *_window(since, until))
    emit(rows, Format(fmt.value), ["date", "subject", "relation", "object", "document", "evidence"])


class Period(str, enum.Enum):
    """The period dyads are counted by."""

    month = "month"
    quarter = "quarter"
    year = "year"


@app.command()
def dyads(
    ctx: typer.Context,
    by: Annotated[Period, typer.Option("--by", help="Count per month, quarter or year.")] = (
        Period.month
    ),
    country: Annotated[
        str | None, typer.Option(metavar="COUNTRY", help="Only pairs with this country.")
    ] = None,
    rel_type: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            metavar="KINDS",
            help="Only these kinds, comma-separated or repeated: MET, SIGNED, PARTICIPATED_IN, "
            "COOPERATES_WITH, HOSTED.",
        ),
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    top: Annotated[
        int, typer.Option(min=1, metavar="N", help="Pairs a chart shows, the busiest.")
    ] = 15,
    fmt: ChartFormatOpt = ChartFormat.table,
    output: ImageOutOpt = None,
    dpi: DpiOpt = 300,
) -> None:
    """Interactions per country pair, period and kind, with the documents behind them: the
    dyad-period counts of event-data research, as rows or as a chart."""
    from .graph.countries import INTERACTION_KINDS
    from .queries.lookups import dyads as lookup

    kinds = _canonical(rel_type, INTERACTION_KINDS, "--type")
    image = _image_path(fmt, output, "dyads")
    with _store(ctx) as store:
        table = lookup(store, by.value, country, kinds, *_window(since, until))
    if table.note:
        _info(table.note)
    if image is None:
        columns = ["period", "source", "target", "type", "directed", "count", "documents",
                   "source_iso3", "target_iso3"]  # fmt: skip
        emit(table.rows, Format(fmt.value), columns)
        return
    from .graph.charts import dyad_chart

    parts = [f"by {by.value}"] + ([f"with {country}"] if country else []) + list(kinds)
    title = f"Interactions between countries ({'; '.join(parts)})"
    window = _window_text(*_window(since, until))
    drawn = dyad_chart(
        table.rows, image, fmt.value, by.value, title, window, table.interactions,
        table.documents, dpi, top,
    )  # fmt: skip
    _info(f"wrote {image}: {drawn.rows} country pairs over {drawn.columns} periods")


@app.command()
def partners(
    ctx: typer.Context,
    country: Annotated[str, typer.Argument(metavar="COUNTRY", help="A country.")],
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Countries linked with a country, ranked by shared agreements, exercises and meetings."""
    from .queries.lookups import partners as lookup

    with _store(ctx) as store:
        rows = lookup(store, country, *_window(since, until))
    emit(rows, fmt)


@app.command()
def merge(
    ctx: typer.Context,
    duplicate: Annotated[
        str, typer.Argument(metavar="NAME", help="The node to fold away (name, alias or id).")
    ],
    keep: Annotated[str, typer.Argument(metavar="NAME", help="The node that stays.")],
) -> None:
    """Two nodes are one thing: fold the first into the second, now and on every re-ingest."""
    from .queries.lookups import resolve

    rules = _alias_rules(ctx)
    with _store(ctx) as store:
        old, new = resolve(store, duplicate), resolve(store, keep)
        if old["id"] == new["id"]:
            raise InputError(f"{duplicate} and {keep} are already the same node ({new['id']})")
        store.merge_nodes(old["id"], new["id"])
    rules.merge[old["id"].lower()] = new["id"]
    rules.save()
    _info(f"merged {old['id']} into {new['id']}; rule recorded in {rules.path}")


@app.command()
def forget(
    ctx: typer.Context,
    document: Annotated[
        str, typer.Argument(metavar="DOCUMENT", help="A document id, path, file name or title.")
    ],
) -> None:
    """Remove a document and every fact only it supports (other documents' facts stay)."""
    with _store(ctx) as store:
        found = store.documents_matching(document)
        if not found:
            raise InputError(f"no document matches '{document}'")
        if len(found) > 1:
            listed = "; ".join(f"{d['id']} ({d['path']})" for d in found)
            raise InputError(f"'{document}' matches {len(found)} documents: {listed}; pass an id")
        removed = store.forget(found[0]["id"])
    _info(f"forgot {found[0]['id']}: {removed['facts']} facts, {removed['entities']} entities")


# -- selections, views, exports and analysis -------------------------------------------

AroundOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--around", metavar="NAME", help="Start from this entity (repeatable); see --depth."
    ),
]
DepthOpt = Annotated[
    int, typer.Option(min=0, max=6, metavar="N", help="Hops to follow from --around.")
]
LabelOpt = Annotated[
    list[str] | None,
    typer.Option("--label", metavar="LABEL", help="Only nodes with this label (repeatable)."),
]
TypeOpt = Annotated[
    list[str] | None,
    typer.Option("--type", metavar="TYPE", help="Only relationships of this type (repeatable)."),
]
CountryOpt = Annotated[
    str | None,
    typer.Option(metavar="COUNTRY", help="A country, what belongs to it and what it took part in."),
]
MinWeightOpt = Annotated[
    int, typer.Option(min=1, metavar="N", help="Only links backed by at least this many facts.")
]


def _canonical(values: list[str] | None, known: Sequence[str], option: str) -> tuple[str, ...]:
    """Each value (repeated, or comma-separated) as the known name it spells, in any case."""
    by_fold = {k.casefold(): k for k in known}
    out = []
    for value in (v.strip() for given in values or [] for v in given.split(",") if v.strip()):
        if value.casefold() not in by_fold:
            raise typer.BadParameter(
                f"'{value}' is not one of: {', '.join(known)}", param_hint=option
            )
        out.append(by_fold[value.casefold()])
    return tuple(out)


class Level(str, enum.Enum):
    """What the nodes of a view, an export or an analysis are."""

    entity = "entity"
    country = "country"


LevelOpt = Annotated[
    Level,
    typer.Option(
        "--level",
        help="entity: the graph itself; country: countries joined by their interactions "
        "(meetings, agreements, exercises, hosting, cooperation of their officials and bodies).",
    ),
]


def _select(
    ctx: typer.Context,
    around: list[str] | None,
    depth: int,
    label: list[str] | None,
    rel_type: list[str] | None,
    country: str | None,
    since: str | None,
    until: str | None,
    min_weight: int,
    max_nodes: int | None,
    documents: bool,
    linked_only: bool = False,
    level: Level = Level.entity,
) -> Subgraph:
    """Read the selected part of the graph; say on stderr what a cap left out."""
    from .graph.countries import INTERACTION_KINDS
    from .graph.model import LABELS, REL_TYPES
    from .graph.subgraph import Selection
    from .queries.lookups import subgraph

    if level is Level.country and label:
        raise typer.BadParameter("the country map has only countries", param_hint="--label")
    kinds = INTERACTION_KINDS if level is Level.country else REL_TYPES
    first, last = _window(since, until)
    selection = Selection(
        depth=depth,
        labels=_canonical(label, LABELS, "--label"),
        types=_canonical(rel_type, kinds, "--type"),
        since=first,
        until=last,
        min_weight=min_weight,
        max_nodes=max_nodes,
        documents=documents,
        linked_only=linked_only,
    )
    with _store(ctx) as store:
        sub = subgraph(store, selection, around, country, level.value)
    if sub.left_out:
        _info(sub.left_out)
    return sub


class ViewFormat(str, enum.Enum):
    """What `view` draws."""

    html = "html"
    png = "png"
    svg = "svg"
    pdf = "pdf"


DpiOpt = Annotated[
    int, typer.Option(min=50, max=1200, metavar="N", help="Resolution of a PNG, in dots per inch.")
]
ImageOutOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="PATH", help="Image file to write (png, svg, pdf)."),
]


def _scope(
    level: Level,
    sub: Subgraph,
    country: str | None,
    rel_type: list[str] | None,
    min_weight: int,
) -> str:
    """A picture's title: what was selected, in words."""
    names = {n["id"]: n.get("name") for n in sub.nodes}
    parts = ["Country partnership map" if level is Level.country else "Partnership graph"]
    if sub.centre:
        parts.append("around " + ", ".join(str(names[c]) for c in sub.centre))
    if country:
        parts.append(f"country {country}")
    if rel_type:
        parts.append(", ".join(t.upper() for t in rel_type))
    if min_weight > 1:
        parts.append(
            f"pairs with {min_weight}+ {'interactions' if level is Level.country else 'facts'}"
        )
    return parts[0] + (f" ({'; '.join(parts[1:])})" if parts[1:] else "")


def _window_text(since: str | None, until: str | None) -> str | None:
    """The date window in words, or None for no window."""
    if since and until:
        return f"{since} to {until}"
    if since:
        return f"from {since}"
    return f"until {until}" if until else None


@app.command()
def view(
    ctx: typer.Context,
    around: AroundOpt = None,
    depth: DepthOpt = 1,
    label: LabelOpt = None,
    rel_type: TypeOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_weight: MinWeightOpt = 1,
    max_nodes: Annotated[
        int,
        typer.Option(
            min=1, metavar="N", help="Most nodes to draw: the nearest, then the best connected."
        ),
    ] = 300,
    level: LevelOpt = Level.entity,
    fmt: Annotated[
        ViewFormat,
        typer.Option(
            "--format", "-f", help="An interactive HTML page, or a PNG, SVG or PDF image."
        ),
    ] = ViewFormat.html,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="PATH", help="File to write [pactgraph-view.FORMAT]."
        ),
    ] = None,
    dpi: DpiOpt = 300,
    open_page: Annotated[bool, typer.Option("--open", help="Open it in the browser.")] = False,
) -> None:
    """Draw the graph, a selection or the country map: an offline HTML page, or an image."""
    from .graph.views import render_html, render_image

    sub = _select(
        ctx,
        around,
        depth,
        label,
        rel_type,
        country,
        since,
        until,
        min_weight,
        max_nodes,
        False,
        True,
        level,
    )
    out = output or Path(f"pactgraph-view.{fmt.value}")
    title = _scope(level, sub, country, rel_type, min_weight)
    window = _window_text(*_window(since, until))
    if fmt is ViewFormat.html:
        drawn = render_html(sub, out, title + (f"; {window}" if window else ""))
    else:
        drawn = render_image(sub, out, fmt.value, title, window, dpi)
    unit = "interactions" if level is Level.country else "facts"
    _info(f"wrote {out}: {drawn.nodes} nodes, {drawn.edges} edges ({drawn.facts} {unit})")
    if drawn.labels_dropped:
        _info(f"{drawn.labels_dropped} names left out where they would overlap others")
    if open_page:
        import webbrowser

        webbrowser.open(out.resolve().as_uri())


class ExportFormat(str, enum.Enum):
    """Export formats."""

    json = "json"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    cypher = "cypher"


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="json, graphml, gexf, csv (neo4j-admin files; needs -o DIRECTORY) or cypher.",
        ),
    ] = ExportFormat.json,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="File or directory to write (stdout when omitted).",
        ),
    ] = None,
    around: AroundOpt = None,
    depth: DepthOpt = 1,
    label: LabelOpt = None,
    rel_type: TypeOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_weight: MinWeightOpt = 1,
    max_nodes: Annotated[
        int | None, typer.Option(min=1, metavar="N", help="Most nodes to keep.")
    ] = None,
    level: LevelOpt = Level.entity,
) -> None:
    """Write the graph, a selection or the country map as JSON, GraphML, GEXF, CSV or Cypher."""
    from .graph.export import export_text, write_export

    if level is Level.country and fmt in (ExportFormat.csv, ExportFormat.cypher):
        raise typer.BadParameter(
            "the country map exports as json, graphml or gexf (csv and cypher rebuild a store)",
            param_hint="--level country",
        )
    if fmt is ExportFormat.csv and output is None:
        raise typer.BadParameter(
            "csv writes one file per label and type", param_hint="-o DIRECTORY"
        )
    sub = _select(
        ctx,
        around,
        depth,
        label,
        rel_type,
        country,
        since,
        until,
        min_weight,
        max_nodes,
        level is Level.entity,
        level=level,
    )
    if output is None:
        typer.echo(export_text(sub, fmt.value), nl=False)
        return
    written = write_export(sub, fmt.value, output)
    where = output if len(written) > 1 else written[0]
    _info(f"wrote {where}: {len(sub.nodes)} nodes, {len(sub.edges)} relationships")


@app.command("import")
def import_graph(
    ctx: typer.Context,
    source: Annotated[
        Path,
        typer.Argument(
            metavar="PATH",
            help="A JSON export, a Cypher export, or a directory of neo4j-admin CSV files.",
        ),
    ],
) -> None:
    """Load an export into the store in one transaction: all of it or nothing."""
    from .graph.export import read_import, write_import

    loaded = read_import(source)
    with _store(ctx, create=True) as store:
        summary = write_import(store, loaded)
    _info(f"imported {source}: {summary.describe()}")


class Analysis(str, enum.Enum):
    """What `analyze` reports."""

    central = "central"
    communities = "communities"
    bridges = "bridges"


@app.command()
def analyze(
    ctx: typer.Context,
    show: Annotated[
        Analysis,
        typer.Option(help="central nodes, communities, or countries bridging communities."),
    ] = Analysis.central,
    top: Annotated[int, typer.Option(min=1, metavar="N", help="Rows to print.")] = 20,
    around: AroundOpt = None,
    depth: DepthOpt = 1,
    label: LabelOpt = None,
    rel_type: TypeOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_weight: MinWeightOpt = 1,
    level: LevelOpt = Level.entity,
    fmt: FormatOpt = Format.table,
) -> None:
    """Centrality, communities and bridging countries of the graph, a selection or the country
    map (networkx)."""
    from .graph.analyze import analyze as run

    sub = _select(
        ctx, around, depth, label, rel_type, country, since, until, min_weight, None, False,
        level=level,
    )  # fmt: skip
    emit(run(sub, show.value, top), fmt)


@app.command()
def serve(
    ctx: typer.Context,
    stop: Annotated[
        bool, typer.Option("--stop", help="Stop the server running for this store.")
    ] = False,
) -> None:
    """Keep the store's engine running so later commands on it start at once (Ctrl-C stops)."""
    from .graph.server import serve as run
    from .graph.server import stop_server

    if ctx.obj.path is None:
        raise InputError("serve runs an embedded store; --uri already names a running server")
    if stop:
        pid = stop_server(ctx.obj.path)
        _info(f"stopped the server for {ctx.obj.path} (process {pid})")
        return
    run(ctx.obj.path, _announce, _run_sent)
    _info("server stopped")


_SENT = threading.Lock()


def _run_sent(request: dict[str, Any]) -> dict[str, Any]:
    """Run a command another process sent to this server, capturing what it prints."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    # One at a time: output capture and the working directory belong to the whole process.
    with _SENT, redirect_stdout(out), redirect_stderr(err):
        here = os.getcwd()
        try:
            os.chdir(request["cwd"])
            app(args=list(request["argv"]), prog_name="pactgraph", standalone_mode=True)
        except SystemExit as exc:
            code = _exit_code(exc)
        except OSError as exc:
            err.write(f"Error: {exc}\n")
            code = 1
        finally:
            os.chdir(here)
    return {"stdout": out.getvalue(), "stderr": err.getvalue(), "code": code}


def _announce(server: Any) -> None:
    """Tell the user how to reach a server: pactgraph itself, any Neo4j driver, cypher-shell."""
    store = server.file.parent
    endpoint = server.endpoint
    password = f'$(python3 -c \'import json; print(json.load(open("{server.file}"))["password"])\')'
    lines = [
        f"Serving store {store} (process {server.pid}).",
        f"  Bolt URI   {endpoint.uri}",
        f"  user       {endpoint.user}",
        f"  password   in {server.file} (readable only by you)",
        f"  database   {endpoint.database}",
        "pactgraph commands on this store now connect to this server instead of starting their own.",
        "Any Neo4j driver or tool can connect too, always naming the database, e.g.:",
        f'  cypher-shell -a {endpoint.uri} -u {endpoint.user} -d {endpoint.database} -p "{password}"',
        f"Stop it with Ctrl-C, or: pactgraph --store {store} serve --stop",
    ]
    typer.echo("\n".join(lines))


@app.command()
def stats(ctx: typer.Context, fmt: FormatOpt = Format.table) -> None:
    """Count nodes per label and relationships per type."""
    with _store(ctx) as store:
        counts = store.counts()
    rows = [{"kind": "label", "name": k, "count": v} for k, v in counts["labels"].items()]
    rows += [{"kind": "relationship", "name": k, "count": v} for k, v in counts["types"].items()]
    emit(rows, fmt, ["kind", "name", "count"])


def _exit_code(exc: SystemExit) -> int:
    """The process exit code a SystemExit stands for."""
    return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)


def _terminate(signum: int, frame: object) -> NoReturn:
    # SIGTERM unwinds like Ctrl-C, so the embedded engine is stopped on the way out.
    raise KeyboardInterrupt


def main() -> None:
    """Console entry point."""
    from .graph.engine import exit_without_jvm_teardown

    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except SystemExit as exc:
        exit_without_jvm_teardown(_exit_code(exc))
        raise


if __name__ == "__main__":
    main()
