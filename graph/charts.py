"""Charts for reports: dyad counts as a heat map of the busiest pairs over time, and one
official's or one country's encounters on a time axis."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .figures import KIND_COLORS, OTHER_COLORS, caption_text, footer, new_figure, save_figure
from .figures import title_block as _title_block

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["ChartSummary", "dyad_figure", "dyad_chart", "timeline_figure", "timeline_chart"]

# Meeting kinds in the order their colours are given, so a kind keeps its colour everywhere.
_MEETING_KINDS = ("meeting", "call", "dialogue", "summit", "visit", "workshop", "met")


@dataclass
class ChartSummary:
    """What a chart drew."""

    path: Path
    rows: int
    columns: int
    points: int
    left_out: int = 0


def _pair(row: dict[str, Any]) -> str:
    arrow = " → " if row.get("directed") else " – "
    return f"{row['source']}{arrow}{row['target']}"


def _next_period(period: str, by: str) -> str:
    year = int(period[:4])
    if by == "year":
        return str(year + 1)
    if by == "quarter":
        quarter = int(period[-1])
        return f"{year + 1}-Q1" if quarter == 4 else f"{year}-Q{quarter + 1}"
    month = int(period[5:7])
    return f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"


def _columns(periods: set[str], by: str) -> list[str]:
    """Every period from the first to the last, then coarser ones (a year-only date in a
    monthly table), then 'undated'."""
    width = {"year": 4, "quarter": 7, "month": 7}[by]
    exact = sorted(p for p in periods if p != "undated" and len(p) == width)
    columns: list[str] = []
    if exact:
        current = exact[0]
        while current <= exact[-1]:
            columns.append(current)
            current = _next_period(current, by)
    columns += sorted(p for p in periods if p != "undated" and len(p) != width)
    return columns + (["undated"] if "undated" in periods else [])


def _column_label(period: str, by: str) -> str:
    # A year-only date in a monthly or quarterly table keeps a column of its own.
    return f"{period} (year only)" if by != "year" and len(period) == 4 else period


def dyad_figure(
    rows: Sequence[dict[str, Any]],
    by: str,
    title: str,
    window: str | None,
    interactions: int,
    documents: int,
    top: int = 15,
) -> tuple[Figure, ChartSummary]:
    """A heat map: the busiest country pairs down, periods across, interactions in the cells."""
    import numpy as np
    from matplotlib.colors import LinearSegmentedColormap

    totals: Counter[str] = Counter()
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        totals[_pair(row)] += row["count"]
        cells[(_pair(row), row["period"])] += row["count"]
    pairs = [p for p, _ in sorted(totals.items(), key=lambda pc: (-pc[1], pc[0]))[:top]]
    columns = _columns({row["period"] for row in rows if _pair(row) in pairs}, by)
    values = np.array([[cells.get((p, c), 0) for c in columns] for p in pairs], dtype=float)
    cell_w = 0.26 if len(columns) > 12 else 0.42
    width = max(6.5, 2.6 + cell_w * len(columns))
    height = max(2.6, 1.7 + 0.27 * len(pairs))
    fig, ax = new_figure(width, height)
    # The axes keep room on the left for pair names and below for period names.
    ax.set_position((0.3 if width < 8 else 0.22, 0.3, 0.66 if width < 8 else 0.74, 0.55))
    colours = LinearSegmentedColormap.from_list("counts", ["#f7fbff", "#6baed6", "#08306b"])
    peak = max(float(values.max()) if values.size else 1.0, 1.0)
    if values.size:
        ax.imshow(values, cmap=colours, vmin=0, vmax=peak, aspect="auto")
    ax.set_xticks(range(len(columns)))
    ax.set_xticklabels(
        [_column_label(c, by) for c in columns],
        rotation=90 if len(columns) > 8 or by == "month" else 0,
        fontsize=7.5,
    )
    ax.set_yticks(range(len(pairs)))
    ax.set_yticklabels([f"{p} ({totals[p]})" for p in pairs], fontsize=8)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xticks(np.arange(-0.5, len(columns), 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(pairs), 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.2)
    ax.tick_params(which="minor", length=0)
    if len(columns) <= 40:
        for i in range(len(pairs)):
            for j in range(len(columns)):
                if values[i, j]:
                    dark = values[i, j] / peak > 0.55
                    ax.text(j, i, f"{int(values[i, j])}", ha="center", va="center", fontsize=6.5,
                            color="white" if dark else "#08306b")  # fmt: skip
    left_out = len(totals) - len(pairs)
    notes = [f"{len(pairs)} of {len(totals)} country pairs, the busiest"]
    if "undated" in columns:
        notes.append("'undated': interactions whose facts give no date")
    caption = caption_text(documents, interactions, notes, unit="interaction")
    footer(fig, ax, [], caption, 0.02)
    _title_block(fig, ax, title, window or "all dates")
    return fig, ChartSummary(Path(), len(pairs), len(columns), int(values.sum()), left_out)


def dyad_chart(
    rows: Sequence[dict[str, Any]],
    path: Path,
    fmt: str,
    by: str,
    title: str,
    window: str | None,
    interactions: int,
    documents: int,
    dpi: int = 300,
    top: int = 15,
) -> ChartSummary:
    """Draw dyad counts as a heat map image (PNG, SVG or PDF)."""
    fig, summary = dyad_figure(rows, by, title, window, interactions, documents, top)
    save_figure(fig, path, fmt, dpi)
    summary.path = path
    return summary


def _when(date: str) -> tuple[dt.date, bool]:
    """A date on the axis, and whether it is exact: a month or a year sits at its middle."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return dt.date(*parts), True
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 15), False
    return dt.date(parts[0], 7, 1), False


def _kind_colours(kinds: set[str]) -> dict[str, str]:
    known = {k: c for k, c in KIND_COLORS.items() if k in kinds}
    others = sorted(kinds - set(known), key=lambda k: (k not in _MEETING_KINDS, _order(k), k))
    known.update({k: OTHER_COLORS[i % len(OTHER_COLORS)] for i, k in enumerate(others)})
    return known


def _order(kind: str) -> int:
    return _MEETING_KINDS.index(kind) if kind in _MEETING_KINDS else len(_MEETING_KINDS)


def timeline_figure(
    points: Sequence[dict[str, Any]],
    title: str,
    window: str | None,
    top: int = 20,
) -> tuple[Figure, ChartSummary]:
    """Encounters on a time axis: one line per counterpart, a dot per encounter, coloured by
    kind; a month or a year only is an open dot at its middle."""
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    dated = [p for p in points if p.get("date")]
    undated = len(points) - len(dated)
    counts = Counter(p["counterpart"] for p in dated)
    people = [c for c, _ in sorted(counts.items(), key=lambda cn: (-cn[1], cn[0]))[:top]]
    kinds = sorted({p["kind"] for p in dated}, key=lambda k: (_order(k), k))
    colours = _kind_colours(set(kinds))
    height = max(2.4, 1.6 + 0.3 * len(people))
    fig, ax = new_figure(7.5, height)
    ax.set_position((0.27, 0.3, 0.7, 0.55))
    row = {name: i for i, name in enumerate(people)}
    # Encounters of one kind with one counterpart on one day are one dot, numbered.
    same_day = Counter(
        (p["counterpart"], str(p["date"]), p["kind"]) for p in dated if p["counterpart"] in row
    )
    drawn = sum(same_day.values())
    for (counterpart, date, kind), many in sorted(same_day.items()):
        when, exact = _when(date)
        # Encounters of several kinds on one day sit one above the other, not on top.
        shift = (kinds.index(kind) - (len(kinds) - 1) / 2) * min(0.12, 0.5 / len(kinds))
        colour = colours[kind]
        x, y = mdates.date2num(when), row[counterpart] + shift
        size = 6 if many == 1 else 9
        ax.plot([x], [y], marker="o", markersize=size, linestyle="none", color=colour,
                markerfacecolor=colour if exact else "white", markeredgewidth=1.2, alpha=0.9,
                zorder=3)  # fmt: skip
        if many > 1:
            ax.text(x, y, str(many), fontsize=5.5, ha="center", va="center", zorder=4,
                    color="white" if exact else colour, weight="bold")  # fmt: skip
    ax.set_yticks(range(len(people)))
    ax.set_yticklabels([f"{p} ({counts[p]})" for p in people], fontsize=8)
    ax.set_ylim(max(len(people), 1) - 0.5, -0.5)
    if not people:
        ax.text(0.5, 0.5, "No dated encounters", transform=ax.transAxes, ha="center",
                va="center", fontsize=9, color="#555555")  # fmt: skip
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.8)
    ax.grid(axis="x", color="#f0f0f0", linewidth=0.6)
    ax.set_axisbelow(True)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=7.5)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    if dated:
        days = [_when(str(p["date"]))[0] for p in dated if p["counterpart"] in row]
        span = max((max(days) - min(days)).days, 20)
        margin = dt.timedelta(days=math.ceil(span * 0.04))
        ax.set_xlim(mdates.date2num(min(days) - margin), mdates.date2num(max(days) + margin))
    kind_counts = Counter(p["kind"] for p in dated if p["counterpart"] in row)
    handles = [
        Line2D([], [], marker="o", linestyle="none", color=colours[k], markersize=6,
               label=f"{k} ({kind_counts[k]})")
        for k in kinds
        if kind_counts[k]
    ]  # fmt: skip
    documents = {d for p in dated for d in p.get("documents") or []}
    notes = []
    if len(counts) > len(people):
        notes.append(f"{len(people)} of {len(counts)} counterparts, the most frequent")
    if any(not _when(str(p["date"]))[1] for p in dated):
        notes.append("an open dot is dated by month or year only")
    if undated:
        notes.append(f"{undated} undated, not drawn")
    caption = caption_text(len(documents), drawn, notes, unit="encounter")
    footer(fig, ax, handles, caption, ax.get_position().x0)
    dates = sorted(str(p["date"]) for p in dated)
    span_text = f"dated {dates[0]} to {dates[-1]}" if dates else "no dated encounters"
    _title_block(fig, ax, title, f"{window or 'all dates'}; {span_text}")
    return fig, ChartSummary(Path(), len(people), len(kinds), drawn, len(counts) - len(people))


def timeline_chart(
    points: Sequence[dict[str, Any]],
    path: Path,
    fmt: str,
    title: str,
    window: str | None,
    dpi: int = 300,
) -> ChartSummary:
    """Draw encounters on a time axis as an image (PNG, SVG or PDF)."""
    fig, summary = timeline_figure(points, title, window)
    save_figure(fig, path, fmt, dpi)
    summary.path = path
    return summary
