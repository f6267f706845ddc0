"""Resolution across documents: one node per real thing, with the user's alias rules on top."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Collection, Container
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..graph.errors import InputError
from ..graph.model import Batch, node_id, slugify
from .names import family_name, name_key, plain
from .rules import PARTIES_PREFIX

__all__ = [
    "AliasRules",
    "EventIndex",
    "OfficialIndex",
    "resolve_batch",
    "ALIASES_ENV",
    "default_alias_path",
]

ALIASES_ENV = "PACTGRAPH_ALIASES"


@dataclass
class AliasRules:
    """The user's alias file: forced merges and forms that must never be linked by surname."""

    merge: dict[str, str] = field(default_factory=dict)
    split: set[str] = field(default_factory=set)
    path: Path | None = None

    @classmethod
    def load(cls, path: Path | None) -> AliasRules:
        """Read the alias file; a missing file means no rules."""
        if path is None or not path.exists():
            return cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            merge = {str(a).lower(): str(b) for a, b in data.get("merge", [])}
            split = {str(s).lower() for s in data.get("split", [])}
        except (json.JSONDecodeError, AttributeError, TypeError, ValueError) as exc:
            raise InputError(f"{path}: not a valid alias file ({exc})") from None
        return cls(merge, split, path)

    def save(self) -> None:
        """Write the rules back (used by curation commands)."""
        if self.path is None:
            raise InputError("no alias file to write to")
        payload = {
            "merge": sorted([a, b] for a, b in self.merge.items()),
            "split": sorted(self.split),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")

    def target(self, label: str, node_id_: str, name: str) -> str | None:
        """The id a node is forced onto, if a merge rule names it by id or name."""
        to = self.merge.get(node_id_.lower()) or self.merge.get(name.lower())
        if to is None:
            return None
        return to if ":" in to else node_id(label, to)


def default_alias_path(store_path: Path | None) -> Path:
    """PACTGRAPH_ALIASES, else aliases.json in the embedded store, else ./pactgraph-aliases.json."""
    if os.environ.get(ALIASES_ENV):
        return Path(os.environ[ALIASES_ENV])
    if store_path is not None:
        return store_path / "aliases.json"
    return Path("pactgraph-aliases.json")


@dataclass
class OfficialIndex:
    """Officials already in the store, by order-free name and by family name."""

    by_key: dict[frozenset[str], str] = field(default_factory=dict)
    by_family: dict[str, set[str]] = field(default_factory=dict)
    country: dict[str, str | None] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    keys: dict[str, set[frozenset[str]]] = field(default_factory=dict)  # every full form's key

    def add(self, oid: str, name: str, aliases: list[str], country: str | None) -> None:
        """Index one official."""
        self.country[oid] = country
        for form in [name, *aliases]:
            if len(form.split()) > 1:
                self.by_key.setdefault(name_key(form), oid)
                self.keys.setdefault(oid, set()).add(name_key(form))
        if len(name.split()) > 1:
            family = family_name(name)
            self.by_family.setdefault(plain(family).lower(), set()).add(oid)
            self.written[family.lower()] = family

    def fuller(self, name: str, country: object) -> str | None:
        """The one official of the same family and country whose name holds this one's words,
        or whose words this one holds: 'Tayyip Erdoğan' is 'Recep Tayyip Erdoğan'."""
        key = name_key(name)
        candidates = {
            oid
            for oid in self.by_family.get(plain(family_name(name)).lower(), set())
            if (country is None or self.country.get(oid) in (None, country))
            and any(len(key & k) >= 2 and (key <= k or k <= key) for k in self.keys.get(oid, ()))
        }
        return next(iter(candidates)) if len(candidates) == 1 else None

    def family_names(self, exclude: Collection[str] = ()) -> Container[str]:
        """Family names of indexed officials, as written (for spotting surname-only mentions).

        A live view, not a copy: copying every name for every document would make a long
        ingest quadratic.
        """
        return _FamilyNames(self.written, frozenset(exclude))

    @classmethod
    def from_rows(cls, rows: list[dict[str, Any]]) -> OfficialIndex:
        """Build from `GraphStore.officials()` rows."""
        index = cls()
        for row in rows:
            index.add(
                row["id"], row["name"] or "", list(row.get("aliases") or []), row.get("country")
            )
        return index


@dataclass(frozen=True)
class _FamilyNames:
    written: dict[str, str]
    exclude: frozenset[str]

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        key = name.lower()
        return key not in self.exclude and self.written.get(key) == name


_MONTH = re.compile(r"\d{4}-\d{2}")
# Reports of one multi-day summit date it by the day they tell of.
_SAME_EVENT_DAYS = 2
# A digest appears every two weeks: an undated meeting it tells of was held since the last.
_REPORTED_WITHIN = 14


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None  # a month or a year alone: too loose to join two reports by


@dataclass
class EventIndex:
    """Meetings, instruments and drills already in the store, for one named again in other words.

    A meeting is the same when it has their name or key and is dated within two days, or in
    the same month when one report gives only the month. An instrument is the same when, its
    parties' names taken off the front, a name of at least two words is left in common and its
    parties are the same two or more countries. A drill named without its year is the edition
    of its report's year.
    """

    meetings: dict[str, list[tuple[str, dt.date]]] = field(default_factory=dict)
    instruments: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    # Meetings a report dates by the month alone ("the May summit"), by key and month.
    months: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # Meetings a report tells of without a date, by key and the report's day.
    undated: dict[str, list[tuple[str, dt.date]]] = field(default_factory=dict)
    # Drills by name and year: "Balikatan 2025", or "Freedom Shield 24".
    editions: dict[tuple[str, int], str] = field(default_factory=dict)

    def add(
        self,
        label: str,
        oid: str,
        forms: list[str],
        date: object,
        parties: frozenset[str],
        reported: dt.date | None = None,
    ) -> None:
        """Index one meeting, instrument or drill under each of its names."""
        day = _day(date)
        if label == "Meeting" and not date and reported:
            for key in _meeting_keys(oid, forms[0]):
                self.undated.setdefault(key, []).append((oid, reported))
        elif label == "Meeting" and day:
            for key in _meeting_keys(oid, forms[0]):
                self.meetings.setdefault(key, []).append((oid, day))
        elif label == "Meeting" and _MONTH.fullmatch(str(date or "")):
            for key in _all_keys(oid, forms):
                self.months.setdefault(key, []).append((oid, str(date)))
        elif label == "Agreement" and len(parties) >= 2:
            for key in _instrument_keys(forms):
                self.instruments.setdefault(key, []).append((oid, parties))
        elif label == "Exercise" and (edition := _EDITION.fullmatch(oid)):
            self.editions.setdefault((edition["base"], _year(edition["year"])), oid)

    def same(
        self,
        label: str,
        oid: str,
        forms: list[str],
        date: object,
        parties: frozenset[str],
        reported: dt.date | None = None,
    ) -> str | None:
        """The indexed node this meeting, instrument or drill is, if exactly one fits.

        `reported` is the day of the report that tells of it. A drill named without its edition
        is the edition of the report's year when one is known: "Balikatan" in an April 2025
        digest is Balikatan 2025. A meeting told of without a date is one of that name held
        in the fortnight before the report.
        """
        if label == "Exercise":
            return self._edition(oid, reported)
        found: set[str] = set()
        day = _day(date)
        if label == "Meeting" and not date and reported:
            for key in _meeting_keys(oid, forms[0]):
                found.update(
                    other
                    for other, when in self.meetings.get(key, [])
                    if 0 <= (reported - when).days <= _REPORTED_WITHIN
                )
                found.update(
                    other
                    for other, told in self.undated.get(key, [])
                    if abs((reported - told).days) <= _SAME_EVENT_DAYS
                )
        elif label == "Meeting" and day:
            for key in _meeting_keys(oid, forms[0]):
                found.update(
                    other
                    for other, when in self.meetings.get(key, [])
                    if abs((when - day).days) <= _SAME_EVENT_DAYS
                )
                found.update(
                    other
                    for other, told in self.undated.get(key, [])
                    if 0 <= (told - day).days <= _REPORTED_WITHIN
                )
            # "the Abe–Trump visit in May", told elsewhere as their meeting on its day.
            month = day.isoformat()[:7]
            for key in _all_keys(oid, forms):
                found.update(other for other, when in self.months.get(key, []) if when == month)
        elif label == "Meeting" and _MONTH.fullmatch(str(date or "")):
            for key in _all_keys(oid, forms):
                found.update(other for other, when in self.months.get(key, []) if when == date)
                found.update(
                    other
                    for other, when in self.meetings.get(key, [])
                    if when.isoformat()[:7] == date
                )
        elif label == "Agreement" and len(parties) >= 2:
            for key in _instrument_keys(forms):
                found.update(
                    other for other, who in self.instruments.get(key, []) if who == parties
                )
        return next(iter(found)) if len(found) == 1 else None

    def _edition(self, oid: str, reported: dt.date | None) -> str | None:
        edition = _EDITION.fullmatch(oid)
        if edition:  # "Balikatan 24" is "Balikatan 2024"
            return self.editions.get((edition["base"], _year(edition["year"])))
        return self.editions.get((oid, reported.year)) if reported else None

    @classmethod
    def from_rows(cls, rows: list[dict[str, Any]]) -> EventIndex:
        """Build from `GraphStore.events()` rows."""
        index = cls()
        for row in rows:
            forms = [row["name"] or "", *(row.get("aliases") or [])]
            index.add(
                row["label"],
                row["id"],
                forms,
                row.get("date"),
                frozenset(row["parties"]),
                _day(row.get("reported")),
            )
        return index


# A drill's id ending in its edition's year: "exercise:balikatan-2025", "...-shield-24".
_EDITION = re.compile(r"(?P<base>exercise:.+)-(?P<year>(?:19|20)\d{2}|\d{2})")


def _year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _meeting_keys(oid: str, name: str) -> set[str]:
    """A meeting's name, and its id without the date: an encounter's id does not depend on
    the order its people are named in. Two leaders who signed a pact that day met that day."""
    keys = {slugify(name), re.sub(r"-\d{4}(?:-\d{2}){0,2}$", "", oid.partition(":")[2])}
    return keys | {key.replace("-signing-meeting", "-meeting") for key in keys}


def _all_keys(oid: str, forms: list[str]) -> set[str]:
    """The keys of every name a meeting goes by."""
    return {key for form in forms for key in _meeting_keys(oid, form)}


def _instrument_keys(forms: list[str]) -> set[str]:
    bases = (PARTIES_PREFIX.sub("", form) for form in forms)
    return {slugify(base) for base in bases if len(base.split()) >= 2}


def _parties(batch: Batch) -> dict[str, frozenset[str]]:
    """The countries bound by each instrument of the batch."""
    found: dict[str, set[str]] = {}
    for edge in batch.edges:
        if edge.type == "PARTY_TO" and batch.nodes[edge.source].label == "Country":
            found.setdefault(edge.target, set()).add(edge.source)
    return {oid: frozenset(who) for oid, who in found.items()}


def resolve_batch(
    batch: Batch, index: OfficialIndex, rules: AliasRules, events: EventIndex | None = None
) -> None:
    """Point the batch's nodes at the store's nodes for the same things, then index it."""
    events = events if events is not None else EventIndex()
    parties = _parties(batch)
    dated = [n.props.get("date") for n in batch.nodes.values() if n.label == "Document"]
    reported = _day(dated[0]) if dated else None
    for node in list(batch.nodes.values()):
        if node.id not in batch.nodes or node.label == "Document":
            continue
        forced = rules.target(node.label, node.id, node.name)
        if forced:
            batch.merge(node.id, forced)
            continue
        if node.label in ("Meeting", "Agreement", "Exercise"):
            forms = [node.name, *node.aliases]
            same = events.same(
                node.label,
                node.id,
                forms,
                node.props.get("date"),
                parties.get(node.id, frozenset()),
                reported,
            )
            if same and same != node.id and same not in batch.nodes:
                batch.merge(node.id, same)
            continue
        if node.label != "Official":
            continue
        target = None
        tokens = node.name.split()
        if len(tokens) > 1:
            target = index.by_key.get(name_key(node.name)) or index.fuller(
                node.name, node.props.get("country")
            )
        elif node.name.lower() not in rules.split:
            candidates = index.by_family.get(plain(node.name).lower(), set())
            country = node.props.get("country")
            if country:
                candidates = {c for c in candidates if index.country.get(c) in (None, country)}
            if len(candidates) == 1:
                target = next(iter(candidates))
        if target and target != node.id:
            batch.merge(node.id, target)
    parties = _parties(batch)
    for node in batch.nodes.values():
        if node.label == "Official":
            index.add(node.id, node.name, node.aliases, node.props.get("country"))
        elif node.label in ("Meeting", "Agreement", "Exercise"):
            forms = [node.name, *node.aliases]
            events.add(
                node.label,
                node.id,
                forms,
                node.props.get("date"),
                parties.get(node.id, frozenset()),
                reported,
            )
