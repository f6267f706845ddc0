"""Gazetteers from data/: countries, organizations and exercises, with every surface form."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .names import NAME_ARTICLE, plain

__all__ = [
    "DATA_DIR",
    "Entry",
    "FormFinder",
    "Gazetteer",
    "OfficialRecord",
    "load_gazetteer",
    "in_office",
    "load_officials",
    "town_country",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# Victoria (an Australian state), Kingston, Georgetown, Hamilton: more often not the capital.
_AMBIGUOUS_CAPITALS = {"Victoria", "Kingston", "Georgetown", "Hamilton", "Saint John's"}


@dataclass
class Entry:
    """One gazetteer thing and how it was written in the text."""

    label: str
    name: str
    props: dict[str, Any] = field(default_factory=dict)


_WORD_START = re.compile(r"(?<![\w-])\w+")


@dataclass
class FormFinder:
    """Finds every surface form in a text, longest first at each place, as one alternation of
    all forms would, but tries only the forms that begin with the word at hand: one pattern
    of thousands of names, tried at every character, was the slowest step of reading."""

    by_word: dict[str, re.Pattern[str]]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The forms in `text`, left to right, none overlapping."""
        end = 0
        for word in _WORD_START.finditer(text):
            if word.start() < end:
                continue
            pattern = self.by_word.get(word.group(0))
            hit = pattern.match(text, word.start()) if pattern else None
            if hit:
                end = hit.end()
                yield hit

    @classmethod
    def of(cls, surfaces: list[str], after: str) -> FormFinder:
        """Group the forms by their first word; `surfaces` come longest first."""
        grouped: dict[str, list[str]] = {}
        for surface in surfaces:
            first = re.match(r"\w+", surface)
            if first:
                grouped.setdefault(first.group(0), []).append(surface)
        return cls(
            {
                word: re.compile(rf"(?:{'|'.join(re.escape(s) for s in forms)}){after}")
                for word, forms in grouped.items()
            }
        )


@dataclass
class Gazetteer:
    """Surface form -> entry, one table per kind of form, and a finder for them all."""

    forms: dict[str, tuple[Entry, str]]  # surface -> (entry, role: name|alias|demonym|capital)
    countries: dict[str, Entry]
    pattern: FormFinder
    # Standing dialogues known by a nickname many share ("2+2"), told apart by their members.
    nicknamed: dict[str, list[Entry]] = field(default_factory=dict)
    dialogues: list[Entry] = field(default_factory=list)
    agreement_kinds: list[Entry] = field(default_factory=list)  # signed by many pairs ("RAA")
    legislatures: dict[str, Entry] = field(default_factory=dict)  # each country's parliament

    def lookup(self, surface: str) -> tuple[Entry, str] | None:
        """The entry a surface form names, if any."""
        return self.forms.get(surface) or self.forms.get(_fold(surface))

    def names_a_place(self, surface: str) -> bool:
        """Whether a surface form is a place the gazetteer knows or a country's capital."""
        hit = self.lookup(surface)
        return hit is not None and (hit[0].label == "Location" or hit[1] == "capital")

    def role(self, surface: str) -> str | None:
        """How a surface form names its entry: name, alias, demonym or capital."""
        hit = self.lookup(surface)
        return hit[1] if hit else None

    def country(self, name: str | None) -> Entry | None:
        """A country entry by canonical name."""
        return self.countries.get(name or "")


# A state's ministry or department named after its state: "India's Ministry of Defence".
_OWNED_BODY = re.compile(r"(?P<owner>.+?)(?:['’]s)?\s+(?P<body>(?:Ministry|Department)\s+of\s+.+)")


def _fold(text: str) -> str:
    return text.replace("’", "'").replace(".", "").lower()


def _read(name: str) -> list[dict[str, Any]]:
    return list(json.loads((DATA_DIR / name).read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load data/*.json once per process."""
    forms: dict[str, tuple[Entry, str]] = {}
    countries: dict[str, Entry] = {}

    def add(surface: str, entry: Entry, role: str) -> None:
        surface = surface.strip()
        if len(surface) < 2 or surface in forms:
            return
        forms[surface] = (entry, role)
        # Case-folded forms help only for long names; "US" must not match "us".
        if len(surface) > 4 and _fold(surface) not in forms:
            forms[_fold(surface)] = (entry, role)

    for rec in _read("countries.json"):
        entry = Entry("Country", rec["name"], {"iso3": rec.get("iso3")})
        entry.props["capital"] = rec.get("capital")
        entry.props["capital_spellings"] = rec.get("capital_spellings", [])
        entry.props["demonyms"] = rec.get("demonyms", [])
        entry.props["place"] = rec.get("place", False)
        countries[rec["name"]] = entry
        add(rec["name"], entry, "name")
        for alias in rec.get("aliases", []):
            add(alias, entry, "alias")
        for demonym in rec.get("demonyms", []):
            add(demonym, entry, "demonym")
    legislatures: dict[str, Entry] = {}
    for rec in _read("organizations.json"):
        props = {"kind": rec.get("kind", "other"), "country": rec.get("country")}
        entry = Entry("Organization", rec["name"], props)
        entry.props["members"] = rec.get("members", [])
        entry.props["aliases"] = rec.get("aliases", [])
        entry.props["part_of"] = rec.get("part_of")  # "European Commission": of the Union
        # "the Group of Seven summit" is known as the "G7 Summit"
        acronyms = [a for a in rec.get("aliases", []) if re.fullmatch(r"[A-Z][A-Z0-9]+", a)]
        entry.props["short"] = acronyms[0] if acronyms else None
        if rec.get("legislature"):
            legislatures[rec["country"]] = entry
        add(rec["name"], entry, "name")
        for alias in rec.get("aliases", []):
            add(alias, entry, "alias")
        home = countries.get(rec.get("country") or "")
        # "Indian Ministry of Defence" is also the "Ministry of Defence of India", the form a
        # body the gazetteer lacks is keyed by.
        owned = [_OWNED_BODY.fullmatch(f) for f in [rec["name"], *rec.get("aliases", [])]]
        for m in owned if home is not None else []:
            if m and home is not None and forms.get(m["owner"], (None, ""))[0] is home:
                add(f"{m['body']} of {home.name}", entry, "alias")
    for rec in _read("exercises.json"):
        entry = Entry("Exercise", rec["name"], {"hosts": rec.get("hosts", [])})
        add(rec["name"], entry, "name")
        for alias in rec.get("aliases", []):
            add(alias, entry, "alias")
        for form in [rec["name"], *rec.get("aliases", [])]:
            if len(form) > 4:
                add(form.upper(), entry, "alias")  # Manila writes its drills "KAMANDAG 8"
    nicknamed: dict[str, list[Entry]] = {}
    dialogues: list[Entry] = []
    for rec in _read("dialogues.json"):
        props = {"members": rec.get("members", []), "aliases": rec.get("aliases", [])}
        entry = Entry("Meeting", rec["name"], props)
        dialogues.append(entry)
        add(rec["name"], entry, "name")
        for alias in rec.get("aliases", []):
            add(alias, entry, "alias")
        for form in [rec["name"], *rec.get("aliases", [])]:
            # "Philippines-Japan Foreign and Defense Ministerial Meeting": the parties in the
            # other order name the same dialogue.
            swapped = re.sub(r"^([A-Z][\w.]*)-([A-Z][\w.]*)\b", r"\2-\1", form)
            if swapped != form:
                add(swapped, entry, "alias")
        for nickname in rec.get("nicknames", []):
            nicknamed.setdefault(nickname, []).append(entry)
    agreement_kinds: list[Entry] = []
    for rec in _read("agreements.json"):
        props = {
            "generic": rec.get("generic", False),
            "aliases": rec.get("aliases", []),
            "parties": rec.get("parties", []),
        }
        entry = Entry("Agreement", rec["name"], props)
        if props["generic"]:
            agreement_kinds.append(entry)
        add(rec["name"], entry, "name")
        for alias in rec.get("aliases", []):
            add(alias, entry, "alias")
    for rec in _read("locations.json"):
        entry = Entry(
            "Location",
            rec["name"],
            {"country": rec.get("country"), "kind": rec.get("kind"), "in": rec.get("in")},
        )
        add(rec["name"], entry, "name")
        for alias in rec.get("aliases", []):
            add(alias, entry, "alias")
    # Capitals last: a country or organization that shares the spelling wins. A few capitals
    # share their name with better-known places in this genre's news and are left out.
    for entry in countries.values():
        capital = entry.props.get("capital")
        if capital and capital not in _AMBIGUOUS_CAPITALS:
            add(capital, entry, "capital")
        for spelling in entry.props["capital_spellings"]:
            add(spelling, entry, "capital")  # "Ha Noi", "Kiev": one city, one node

    surfaces = sorted((s for s in forms if s == s.strip()), key=len, reverse=True)
    # "the Indian Navy-hosted drill": a name may end at a hyphen that makes it an adjective.
    after = r"(?!\w|-(?!(?:co-)?(?:hosted|led|backed|sponsored|organi[sz]ed)\b))"
    pattern = FormFinder.of([s for s in surfaces if not s.islower() or len(s) > 4], after)
    return Gazetteer(forms, countries, pattern, nicknamed, dialogues, agreement_kinds, legislatures)


@dataclass
class OfficialRecord:
    """A well-known official: canonical name, country and dated roles."""

    name: str
    country: str | None
    organization: str | None
    roles: list[dict[str, Any]]

    def title_on(self, date: str | None) -> str | None:
        """The title held on a date (ISO, or a prefix such as '2023-12'); None if not in office."""
        role = self._role_on(date)
        return str(role["title"]) if role else None

    def body_on(self, date: str | None) -> str | None:
        """The international body served on a date ('European Union' for the President of the
        European Council), when that office is not the state's; None otherwise."""
        role = self._role_on(date)
        return str(role["organization"]) if role and role.get("organization") else None

    def country_on(self, date: str | None) -> str | None:
        """The state served on a date: a role's own country (Kallas, Prime Minister of Estonia
        before she served the Union) or else the record's."""
        role = self._role_on(date)
        return str(role["country"]) if role and role.get("country") else self.country

    def _role_on(self, date: str | None) -> dict[str, Any] | None:
        if not self.roles:
            return None
        if date is None:
            # Without a date only a single-office career gives a safe title.
            return self.roles[0] if len(self.roles) == 1 else None
        for role in reversed(self.roles):
            start = str(role.get("start") or "0000")
            end = str(role.get("end") or "9999")
            if start[: len(date)] <= date <= end[: len(date)] or start <= date <= end:
                return role
        return None


_SHARED_FAMILY_NAMES = frozenset(
    "Park Yoon Shin Jung Kang Choi Song Hong Chun Jang Jeon Jeong Yang Wang Zhao Chen Zhou Zhang"
    " Tran Pham Nguyen Khan Shah Singh Rao Ali".split()
)


@functools.lru_cache(maxsize=1)
def official_names() -> dict[str, list[str]]:
    """Every written form of a gazetteer official, as written, by its first word (longest
    form first): a name is looked up at each capitalised word rather than searched for."""
    path = DATA_DIR / "officials.json"
    by_first: dict[str, list[str]] = {}
    if not path.exists():
        return by_first
    for rec in _read("officials.json"):
        for form in {rec["name"], *rec.get("aliases", [])}:
            # "Modi", "Wong": a family name of four letters or more is looked up alone, unless
            # many families share it ("Park", "Yoon").
            alone = len(form) >= 4 and form not in _SHARED_FAMILY_NAMES
            capital = form[:1].isupper() or re.match(rf"{NAME_ARTICLE}[A-Z]", form)
            if capital and (" " in form or alone):
                by_first.setdefault(form.split()[0], []).append(form)
    for forms in by_first.values():
        forms.sort(key=len, reverse=True)
    return by_first


def _plain(name: str) -> str:
    """'Bodø', 'bodo': one key for a place however its letters are written."""
    # NFKD leaves "ø" and "đ" whole: they are letters of their own, not accented ones.
    return plain(name).lower().replace("ø", "o").replace("đ", "d")


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, list[str]]:
    """data/places.tsv: a town's or state's name, as written and plain, -> its countries'
    codes, most populous first; the name as written wins ("Bodø" is Norway's, "Bodo" Chad's)."""
    exact: dict[str, list[str]] = {}
    for line in (DATA_DIR / "places.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, codes = line.split("\t")
            exact[name] = codes.split(",")
    index = {_plain(name): codes for name, codes in exact.items()}
    index.update(exact)
    return index


def town_country(name: str) -> str | None:
    """The country of the most populous town (or US state) of this name, if it is one."""
    codes = _places().get(name) or _places().get(_plain(name), [])
    return _country_names().get(codes[0]) if codes else None


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    countries = load_gazetteer().countries.values()
    return {str(c.props["iso3"]): c.name for c in countries if c.props.get("iso3")}


@functools.lru_cache(maxsize=1)
def load_officials() -> dict[str, list[OfficialRecord]]:
    """Officials by every written form (name, aliases, family name), lowercased."""
    path = DATA_DIR / "officials.json"
    index: dict[str, list[OfficialRecord]] = {}
    if not path.exists():
        return index
    for rec in _read("officials.json"):
        record = OfficialRecord(
            rec["name"], rec.get("country"), rec.get("organization"), rec.get("roles", [])
        )
        for form in {rec["name"], *rec.get("aliases", [])}:
            bucket = index.setdefault(form.lower(), [])
            if record not in bucket:
                bucket.append(record)
    return index


@functools.lru_cache(maxsize=1)
def _holders() -> dict[tuple[str, str], list[OfficialRecord]]:
    """Gazetteer officials by country and each title they held."""
    out: dict[tuple[str, str], list[OfficialRecord]] = {}
    for records in load_officials().values():
        for record in records:
            for role in record.roles:
                bucket = out.setdefault((str(record.country), str(role["title"])), [])
                if record not in bucket:
                    bucket.append(record)
    return out


def in_office(country: str, titles: tuple[str, ...], date: str | None) -> OfficialRecord | None:
    """The one gazetteer official who held one of `titles` for `country` on `date`."""
    if not date:
        return None
    found = [
        record
        for title in titles
        for record in _holders().get((country, title), [])
        if record.title_on(date) == title
    ]
    return found[0] if len(found) == 1 else None
