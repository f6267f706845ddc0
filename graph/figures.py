"""What every static picture shares: matplotlib set up for reports, labels that never overlap,
a title that states the selection, a caption with the sources, and tight saving."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

__all__ = [
    "IMAGE_FORMATS",
    "KIND_COLORS",
    "LabelRequest",
    "bottom_of",
    "caption_text",
    "footer",
    "new_figure",
    "place_labels",
    "save_figure",
    "title_block",
]

IMAGE_FORMATS = ("png", "svg", "pdf")

# One colour per interaction kind, the same in the country map, dyad charts and timelines.
KIND_COLORS = {
    "MET": "#e6550d",
    "SIGNED": "#d62728",
    "PARTICIPATED_IN": "#6a51a3",
    "COOPERATES_WITH": "#31a354",
    "HOSTED": "#8c564b",
}
# Meeting kinds (an official's encounters) and anything else get these, in order.
OTHER_COLORS = ("#1f77b4", "#e6550d", "#31a354", "#d62728", "#6a51a3", "#8c564b", "#e377c2")

TEXT = "#222222"
MUTED = "#555555"


def new_figure(width: float, height: float) -> tuple[Figure, Axes]:
    """A figure with one axes filling it, ready for a report."""
    import matplotlib

    matplotlib.use("Agg")
    # Text stays text in SVG and PDF, so names can be searched and edited in a report.
    matplotlib.rcParams["svg.fonttype"] = "none"
    matplotlib.rcParams["pdf.fonttype"] = 42
    matplotlib.rcParams["font.family"] = "DejaVu Sans"
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # A bare Figure (not pyplot's) is freed with its last reference, even after an error.
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)  # measures text, so labels can be placed before saving
    ax = fig.add_axes((0.02, 0.1, 0.96, 0.8))
    return fig, ax


def title_block(fig: Figure, ax: Axes, title: str, subtitle: str | None = None) -> None:
    """A bold title and a muted line under it, both above the axes."""
    top = ax.get_position().y1
    fig.text(0.02, top + 0.06, title, fontsize=12, weight="bold", color=TEXT, va="bottom")
    if subtitle:
        fig.text(0.02, top + 0.055, subtitle, fontsize=9, color=MUTED, va="top")


def caption_text(documents: int, facts: int, extra: Sequence[str] = (), unit: str = "fact") -> str:
    """The sources line every picture ends with: documents, facts (or another unit), notes."""
    counted = [
        f"{documents} document{'s' if documents != 1 else ''}",
        f"{facts} {unit}{'s' if facts != 1 else ''}",
    ]
    notes = "".join(f". {p[:1].upper()}{p[1:]}" for p in extra)
    return "Source: " + ", ".join(counted) + notes + "."


def bottom_of(fig: Figure, *artists: Any) -> float:
    """The lowest point the artists draw, as a fraction of the figure's height (may be < 0)."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # an Agg canvas
    lowest = min(a.get_tightbbox(renderer).y0 for a in artists)
    return float(lowest / fig.bbox.height)


def footer(fig: Figure, above: Any, handles: Sequence[Any], caption: str, left: float) -> None:
    """A legend (when there are handles) under `above`, and the caption under that."""
    gap = 8 / (fig.get_figheight() * 72)  # 8 points
    y = bottom_of(fig, above) - gap
    if handles:
        legend = fig.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(left, y),
            ncol=min(len(handles), 5),
            frameon=False,
            fontsize=7.5,
            handletextpad=0.3,
            columnspacing=1.2,
            borderaxespad=0,
            borderpad=0,
        )
        y = bottom_of(fig, legend) - gap
    fig.text(0.02, y, caption, fontsize=7, color=MUTED, va="top")


@dataclass
class LabelRequest:
    """A text to put beside a point: its display position, and what it must not cover."""

    text: str
    x: float
    y: float
    radius: float  # the marker's radius in points, so the text starts beyond it
    size: float = 8.0
    weight: str = "normal"


def _boxes_overlap(a: Bbox, b: Bbox) -> bool:
    return bool(a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1)


def place_labels(
    fig: Figure, ax: Axes, requests: Sequence[LabelRequest], keep_out: Sequence[Bbox] = ()
) -> tuple[list[Any], int]:
    """Put each label beside its point where it overlaps no label placed before it and no
    other marker (the leading few may, if they must, cover less important markers), trying
    right, left, above and below; drop it where nothing fits.

    Requests come most important first, so the labels dropped are the least important.
    Returns the text artists and how many labels were dropped.
    """
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # an Agg canvas
    frame = ax.get_window_extent(renderer)
    to_px = fig.dpi / 72.0
    placed: list[Bbox] = list(keep_out)
    markers = [_marker_box(ax, r, to_px) for r in requests]
    leading = max(5, len(requests) // 12)
    texts = []
    dropped = 0
    for index, request in enumerate(requests):
        # Every name first looks for a place that covers no marker; the leading few may then
        # cover the markers of less important nodes, so the hubs of a dense core keep theirs.
        rounds = [markers[:index] + markers[index + 1 :]]
        if index < leading:
            rounds.append(markers[:index] + markers[index + 1 : leading])
        for blocking in rounds:
            text = _try_places(ax, renderer, request, frame, placed + blocking, to_px)
            if text is not None:
                placed.append(text.get_window_extent(renderer).padded(1.5 * to_px))
                texts.append(text)
                break
        else:
            dropped += 1
    return texts, dropped


def _try_places(
    ax: Axes, renderer: Any, request: LabelRequest, frame: Bbox, taken: list[Bbox], to_px: float
) -> Any:
    """The label at the first place beside its point (right, left, above, below) that stays in
    the frame and overlaps nothing taken; None when there is no such place."""
    gap = request.radius + 2
    candidates = (
        ((gap, 0), "left", "center"),
        ((-gap, 0), "right", "center"),
        ((0, gap), "center", "bottom"),
        ((0, -gap), "center", "top"),
    )
    for offset, ha, va in candidates:
        text = ax.annotate(
            request.text,
            (request.x, request.y),
            xytext=offset,
            textcoords="offset points",
            ha=ha,
            va=va,
            fontsize=request.size,
            weight=request.weight,
            color=TEXT,
            zorder=5,
            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8},
            annotation_clip=False,
        )
        # A little air around each name: browsers measure SVG text a bit taller.
        box = text.get_window_extent(renderer).padded(1.5 * to_px)
        inside = (
            frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        )
        if inside and not any(_boxes_overlap(box, other) for other in taken):
            return text
        text.remove()
    return None


def _marker_box(ax: Axes, request: LabelRequest, to_px: float) -> Bbox:
    from matplotlib.transforms import Bbox

    x, y = ax.transData.transform((request.x, request.y))
    r = request.radius * to_px * 0.9
    return Bbox([[x - r, y - r], [x + r, y + r]])


def save_figure(fig: Figure, path: Path, fmt: str, dpi: int) -> None:
    """Write the figure cropped to what it draws, with a thin margin."""
    from matplotlib.collections import Collection
    from matplotlib.lines import Line2D
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

    # The artists the crop keeps: the figure's title, caption and legend, each chart with its
    # axes, and for a network drawn on a bare canvas its markers and names, not the frame laid
    # out around them.
    ink: list[Any] = [*fig.texts, *fig.legends]
    for ax in fig.axes:
        if ax.axison:
            ink.append(ax)
        else:
            ink += [
                a
                for a in ax.get_children()
                if isinstance(a, (Line2D, Collection)) or (isinstance(a, Text) and a.get_text())
            ]
    # The crop follows what is drawn: a name's own extent, not the white box behind it that
    # keeps it legible, which would leave a blank strip along an edge.
    fig.draw_without_rendering()  # lays out the names without painting a first copy
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [
        a.get_window_extent(renderer) if isinstance(a, Text) else a.get_tightbbox(renderer)
        for a in ink
        if a.get_visible()
    ]
    drawn = [b for b in boxes if b is not None and b.width > 0 and b.height > 0]
    crop: Any = "tight"
    if drawn:
        crop = Bbox.union(drawn).transformed(fig.dpi_scale_trans.inverted()).padded(0.06)
    try:
        fig.savefig(path, format=fmt, dpi=dpi, bbox_inches=crop, facecolor="white")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
