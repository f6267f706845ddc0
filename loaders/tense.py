"""When a sentence's events happen: the dates it gives, the one its event takes, and whether
the event is still to come."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import clauses, rules
from .dates import resolve_dates

__all__ = ["When", "read_when"]


@dataclass(frozen=True)
class When:
    """The time a sentence tells of."""

    dates: list[tuple[int, str]]  # each date named outside a report's own words, and where
    date: str | None  # the day the sentence's events take
    planned: bool  # the events are still to come: attended "planned", nobody met yet
    undated_plan: bool  # a plan without a day of its own ("agreed to meet again")


def read_when(
    text: str, today: dt.date | None, item_date: str | None, last_date: str | None
) -> When:
    """The dates of `text`, read forward when it tells of a plan, and the day of its event."""
    # Plans look ahead: "to join Yama Sakura in December" is the coming December. A future
    # word after the date ("signed on Dec. 14 a convention creating the body that will run
    # ...") leaves the date in the past.
    plan = rules.FUTURE.search(text)
    announced = rules.SAID_THAT.search(text)
    if plan is None and announced:
        plan = rules.WOULD.search(text, announced.end())  # "announced that Suga would travel"
    if plan and rules.DONE_THEN_CLAUSE.search(text, 0, plan.start()):
        plan = None  # "inked an accord under which France will provide": the accord's plan
    saying = clauses.saying(text, plan, announced)
    looking_back = clauses.outside(resolve_dates(text, today), saying)
    for aside in rules.DATED_ASIDE.finditer(text):
        # "Pistorius, who had been sworn in only the previous day", "the package announced the
        # day before": not the day of what the sentence tells.
        looking_back = clauses.outside(looking_back, aside.span())
    day = today.isoformat() if today else None
    # "May 12 — Iwaya will travel to Seoul": a past day heading the item is when it was
    # reported, so the plan still comes first.
    event_dates = looking_back
    if plan and day and not rules.PAST_ACT.search(text, 0, plan.start()):
        event_dates = [
            (at, iso) for at, iso in looking_back if iso > day or not clauses.report_day(text, at)
        ]
    ahead = plan is not None and (not event_dates or plan.start() < event_dates[0][0])
    if plan and event_dates and not ahead and rules.ON_WEEKDAY.match(text, event_dates[0][0]):
        # "On Wednesday Biden is due to travel to Lobito": the coming Wednesday, unless
        # something was done before the plan is told.
        ahead = not rules.PAST_ACT.search(text, 0, plan.start())
    if ahead:
        dates = clauses.outside(resolve_dates(text, today, forward=True), saying)
        if event_dates != looking_back:
            dates = [(at, iso) for at, iso in dates if not clauses.report_day(text, at)]
    else:
        dates = looking_back
    date = clauses.event_date(text, dates, item_date, last_date, day)
    # "They agreed to meet again at the G20": a plan without a day is not on the item's.
    undated_plan = ahead and not dates and date == item_date
    if plan and rules.AND_THEN.search(text, 0, plan.start()):
        undated_plan = False  # "agreed to expand exchanges and to meet again": done there
    if undated_plan:
        date = None
    later = bool(rules.LATER.search(text))
    planned = ahead and (date is None or day is None or date > day or later)
    # "Jun. 15-16: Switzerland will hold the summit", in a digest of May 31: still to come.
    planned |= bool(plan and date and day and date > day)
    if planned and later and date and day and date[:7] <= day[:7]:
        date = None  # "will meet next month, officials said on Monday": Monday is the saying
    return When(dates, date, planned, undated_plan)
