"""Dates as digests write them ("Dec. 5-7", "on Monday", "4/8/2024"), resolved to ISO strings."""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "DAY_OR_MONTH",
    "MONTHS",
    "NOT_A_DATE",
    "SHORT_DAY_OR_MONTH",
    "find_document_date",
    "resolve_dates",
    "parse_iso",
]

# The names of weekdays and months, as a pattern: capitalised words that are dates, not names.
DAY_OR_MONTH = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)"
)
# Their abbreviations: "Dec. 5", "Mon.", "Sept".
SHORT_DAY_OR_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)
# "on Monday", "on Dec. 5": a date ahead, never the next word of a name.
NOT_A_DATE = rf"(?!{DAY_OR_MONTH}\b)(?!{SHORT_DAY_OR_MONTH}\b)"

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# "16 FEBRUARY": datelines and item heads may set the month in capitals.
_MONTH = rf"(?P<month>{_MONTH_NAMES}|{_MONTH_NAMES.upper()})\.?"
# "9 September 2023", "the 20th of December"
_DAY_FIRST = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_MONTH_YEAR = re.compile(rf"\b(?:in|since|by|from|until|of)\s+{_MONTH}\s+(?P<year>\d{{4}})\b")
# "signed there in May": a month of the document's recent past.
_MONTH_ONLY = re.compile(
    rf"\b(?:in|since|by|from|until|early|late|mid-?)\s*{_MONTH}(?![\w.]*\s*\d)", re.I
)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_US_NUMERIC = re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b")
_DAYS = "|".join(WEEKDAYS)
# "on Monday"; "Wednesday's session": the day of the session told of.
_WEEKDAY = re.compile(
    rf"\b(?:(?:on|last|this)\s+(?P<weekday>{_DAYS})\b|(?P<whose>{_DAYS})['’]s\b)", re.I
)


def parse_iso(text: str) -> dt.date | None:
    """A date from 'YYYY-MM-DD', or None."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_document_date(lines: list[str]) -> dt.date | None:
    """The first full date (with a year) in the given header lines."""
    for line in lines:
        for pattern in (_ISO, _US_NUMERIC):
            m = pattern.search(line)
            if m:
                found = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
                if found:
                    return found
        for pattern in (_MONTH_DAY, _DAY_FIRST):
            # "from October 18 to October 31, 2025": the first date that has its year.
            for m in pattern.finditer(line):
                if m["year"]:
                    found = _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
                    if found:
                        return found
    for line in lines:
        # "Issue 14, September 2024": the month's first day, so "Sept. 3" finds its year. Only
        # on a masthead's short line: "signed in May 2023" in a story's lead is not its date.
        m = _HEADER_MONTH.search(line) if len(line.split()) <= 12 else None
        if m:
            return _safe_date(int(m["year"]), _month_number(m["month"]), 1)
    return None


_HEADER_MONTH = re.compile(rf"\b{_MONTH},?\s+(?P<year>(?:19|20)\d{{2}})\b")


def _year_for(month: int, day: int, anchor: dt.date, forward: bool = False) -> int:
    """Digests report the recent past: a month after the anchor's belongs to the year before.

    A sentence about plans (`forward`) looks ahead instead: a month before the anchor's
    belongs to the year after.
    """
    candidate = _safe_date(anchor.year, month, min(day, 28))
    if forward:
        if candidate and candidate < anchor - dt.timedelta(days=31):
            return anchor.year + 1
        return anchor.year
    if candidate and candidate > anchor + dt.timedelta(days=31):
        return anchor.year - 1
    return anchor.year


def resolve_dates(
    text: str, anchor: dt.date | None, forward: bool = False
) -> list[tuple[int, str]]:
    """Every date in the text as (offset, ISO string), resolved against the document date.

    A range keeps its start; a date whose year cannot be known is left out, never guessed.
    `forward` reads dates without a year as coming ones (the sentence is about plans).
    """
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, iso: str) -> None:
        if any(s <= start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, iso))

    for m in _ISO.finditer(text):
        d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if d:
            add(m.start(), m.end(), d.isoformat())
    for m in _US_NUMERIC.finditer(text):
        d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if d:
            add(m.start(), m.end(), d.isoformat())
    for pattern in (_MONTH_DAY, _DAY_FIRST):
        for m in pattern.finditer(text):
            month, day = _month_number(m["month"]), int(m["day"])
            if m["year"]:
                year = int(m["year"])
            elif anchor:
                year = _year_for(month, day, anchor, forward)
            else:
                continue
            d = _safe_date(year, month, day)
            if d:
                add(m.start(), m.end(), d.isoformat())
    for m in _MONTH_YEAR.finditer(text):
        add(m.start(), m.end(), f"{int(m['year']):04d}-{_month_number(m['month']):02d}")
    if anchor:
        for m in _MONTH_ONLY.finditer(text):
            if not m["month"][0].isupper():
                continue  # "in may": the verb
            month = _month_number(m["month"])
            add(m.start(), m.end(), f"{_year_for(month, 1, anchor, forward):04d}-{month:02d}")
    if anchor:
        for m in _WEEKDAY.finditer(text):
            if _MONTH_DAY.match(text, m.end() + 2) or _MONTH_DAY.match(text, m.end() + 1):
                continue  # "on Monday, Nov. 13": the explicit date wins
            wanted = WEEKDAYS.index((m["weekday"] or m["whose"]).lower())
            if forward:  # "will fly to Jakarta on Thursday": the coming one
                ahead = (wanted - anchor.weekday()) % 7 or 7
                add(m.start(), m.end(), (anchor + dt.timedelta(days=ahead)).isoformat())
                continue
            back = (anchor.weekday() - wanted) % 7
            add(m.start(), m.end(), (anchor - dt.timedelta(days=back)).isoformat())
    found.sort()
    return found
