"""A deterministic synthetic corpus of digest issues for benchmarks.

    python bench/generate.py --items 10000 --out /tmp/corpus

Items are built from the gazetteers in data/: real countries, ministries, militaries,
exercises and officials, plus invented officials whose number grows with the corpus, so
that a bigger corpus also means more entities. Every extraction path is exercised:
meetings, calls, co-chaired dialogues, signings, exercises, group references, cooperation
and item dates relative to the issue date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
ITEMS_PER_ISSUE = 20

GIVEN = (
    "Anna Mark Kenji Hiro Min-jun Seo-yeon Rahul Priya Tomas Elena Mateo Sofia Ahmad Siti "
    "Nguyen Linh Oliver Grace Lukas Marta Daniel Aiko Takumi Ji-ho Arjun Kavya Pablo Ines "
    "Farid Laila Henrik Astrid Jonas Clara Rafael Lucia Emre Zeynep Marek Zofia"
).split()
FAMILY = (
    "Tanaka Suzuki Watanabe Park Choi Jung Sharma Gupta Reyes Santos Novak Horvat Keller "
    "Larsen Moreau Rossi Costa Silva Haddad Rahman Pham Tran Walsh Murphy Becker Schmidt "
    "Okafor Mensah Yilmaz Demir Kowalski Nowak Lindqvist Berg Castillo Vargas Ito Kato "
    "Hayashi Mori Cruz Bautista Fischer Wagner Dubois Laurent Ricci Greco Petrov Ivanova"
).split()
TITLES = (
    ("Defense Minister", "defense"),
    ("Foreign Minister", "foreign"),
    ("Deputy Defense Minister", "defense"),
    ("Vice Foreign Minister", "foreign"),
    ("Chief of Defense", "military"),
    ("Navy chief", "military"),
    ("National Security Adviser", "security"),
)
TOPICS = (
    "maritime security",
    "defense industrial cooperation",
    "cyber defense",
    "regional security",
    "missile defense",
    "humanitarian assistance and disaster relief",
    "space security",
    "critical minerals",
)
DIALOGUES = ("Strategic Dialogue", "Defense Policy Dialogue", "Security Talks", "2+2")
AGREEMENTS = (
    "memorandum of understanding",
    "defense cooperation agreement",
    "agreement on the security of military information",
    "reciprocal access agreement",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")  # fmt: skip


@dataclass
class Person:
    """An official as an item names them."""

    name: str
    title: str
    country: str
    demonym: str


class Corpus:
    """Random but repeatable digest items drawn from the gazetteers."""

    def __init__(self, seed: int, items: int) -> None:
        self.rng = random.Random(seed)
        countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
        self.countries = [c for c in countries if c.get("demonyms") and c.get("capital")]
        self.by_name = {c["name"]: c for c in self.countries}
        self.exercises = json.loads((DATA / "exercises.json").read_text(encoding="utf-8"))
        orgs = json.loads((DATA / "organizations.json").read_text(encoding="utf-8"))
        self.militaries = [o for o in orgs if o["kind"] == "military" and o.get("country")]
        officials = json.loads((DATA / "officials.json").read_text(encoding="utf-8"))
        self.real = [
            Person(o["name"], o["roles"][-1]["title"], o["country"], self._demonym(o["country"]))
            for o in officials
            if o.get("roles") and o.get("country") in self.by_name
        ]
        # Invented officials: the pool grows with the corpus, as real coverage would.
        self.invented: list[Person] = []
        pool = max(50, items // 4)
        for _ in range(pool):
            country = self.rng.choice(self.countries)
            name = f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}"
            title = self.rng.choice(TITLES)[0]
            self.invented.append(Person(name, title, country["name"], country["demonyms"][0]))

    def _demonym(self, country: str) -> str:
        return str(self.by_name[country]["demonyms"][0])

    def person(self, country: str | None = None) -> Person:
        """A real official half the time, an invented one otherwise."""
        pool = self.real if self.rng.random() < 0.5 else self.invented
        if country:
            matching = [p for p in pool if p.country == country]
            if matching:
                return self.rng.choice(matching)
            c = self.by_name[country]
            name = f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}"
            return Person(name, self.rng.choice(TITLES)[0], country, c["demonyms"][0])
        return self.rng.choice(pool)

    def pair(self) -> tuple[Person, Person]:
        """Two officials of different countries."""
        a = self.person()
        b = self.person()
        while b.country == a.country:
            b = self.person()
        return a, b

    def when(self, issue: dt.date) -> tuple[str, dt.date]:
        """A day in the two weeks before an issue, written as digests write it."""
        day = issue - dt.timedelta(days=self.rng.randint(1, 13))
        form = self.rng.random()
        if form < 0.4:
            text = f"on {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"
        elif form < 0.8:
            text = f"on {MONTHS[day.month - 1]} {day.day}"
        else:
            text = f"on {WEEKDAYS[day.weekday()]}"
            if (issue - day).days > 6:
                text = f"on {MONTHS[day.month - 1]} {day.day}"
        return text, day

    def item(self, issue: dt.date) -> str:
        """One bullet item of two or three sentences."""
        kind = self.rng.choices(
            ("meeting", "call", "dialogue", "signing", "exercise", "cooperation"),
            weights=(5, 3, 3, 2, 3, 2),
        )[0]
        return str(getattr(self, f"_{kind}")(issue))

    def _meeting(self, issue: dt.date) -> str:
        a, b = self.pair()
        date, _ = self.when(issue)
        city = self.by_name[b.country]["capital"]
        topic = self.rng.choice(TOPICS)
        return (
            f"{a.demonym} {a.title} {a.name} met {b.demonym} {b.title} {b.name} in {city} {date} "
            f"to discuss {topic}. The two ministers agreed to expand exchanges between their "
            f"forces and to meet again next year."
        )

    def _call(self, issue: dt.date) -> str:
        a, b = self.pair()
        date, _ = self.when(issue)
        return (
            f"{a.title} {a.name} of {a.country} spoke by phone {date} with {b.demonym} "
            f"counterpart {b.name}. They condemned recent missile launches and pledged close "
            f"coordination on {self.rng.choice(TOPICS)}."
        )

    def _dialogue(self, issue: dt.date) -> str:
        a, b = self.pair()
        date, _ = self.when(issue)
        name = f"{a.country}–{b.country} {self.rng.choice(DIALOGUES)}"
        nth = self.rng.choice(("first", "second", "third", "fifth", "10th"))
        city = self.by_name[a.country]["capital"]
        return (
            f"{a.name}, {a.demonym} {a.title}, and {b.name}, {b.demonym} {b.title}, co-chaired "
            f"the {nth} {name} in {city} {date}. The delegations reviewed {self.rng.choice(TOPICS)} "
            f"and the allies pledged to deepen information sharing."
        )

    def _signing(self, issue: dt.date) -> str:
        a, b = self.pair()
        date, _ = self.when(issue)
        topic = self.rng.choice(TOPICS)
        kind = self.rng.choice(AGREEMENTS)
        return (
            f"{a.country} and {b.country} signed a {kind} on {topic} {date}. "
            f"{a.title} {a.name} and {b.demonym} {b.title} {b.name} signed the document in "
            f"{self.by_name[a.country]['capital']}, and it takes effect on signing."
        )

    def _exercise(self, issue: dt.date) -> str:
        exercise = self.rng.choice(self.exercises)
        hosts = [h for h in exercise.get("hosts", []) if h in self.by_name]
        others = self.rng.sample(self.countries, 2)
        parties = list(dict.fromkeys([*hosts, *(c["name"] for c in others)]))[:4]
        date, day = self.when(issue)
        listed = ", ".join(parties[:-1]) + f" and {parties[-1]}"
        count = ("two", "three", "four")[len(parties) - 2] if 2 <= len(parties) <= 4 else "partner"
        return (
            f"Troops from {listed} took part in {exercise['name']} {day.year}, which began "
            f"{date}. The {count} nations practised amphibious landings and air defense."
        )

    def _cooperation(self, issue: dt.date) -> str:
        a, b = self.pair()
        date, _ = self.when(issue)
        military = [m for m in self.militaries if m["country"] == a.country]
        unit = military[0]["name"] if military else f"the {a.demonym} military"
        return (
            f"{a.country} and {b.country} agreed {date} to launch joint patrols and to "
            f"cooperate on {self.rng.choice(TOPICS)}. {unit} will lead the first patrol, "
            f"{a.title} {a.name} said."
        )


def write_corpus(items: int, out: Path, seed: int = 7) -> list[Path]:
    """Write `items` items as digest issues of twenty items each; return the files."""
    corpus = Corpus(seed, items)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    issue_date = dt.date(2016, 1, 8)
    for number in range(1, (items + ITEMS_PER_ISSUE - 1) // ITEMS_PER_ISSUE + 1):
        count = min(ITEMS_PER_ISSUE, items - (number - 1) * ITEMS_PER_ISSUE)
        body = "\n".join(f"  • {corpus.item(issue_date)}" for _ in range(count))
        text = (
            f"Synthetic Security Digest, Issue {number}\n"
            f"{issue_date:%B} {issue_date.day}, {issue_date.year}\n\n{body}\n"
        )
        path = out / f"issue-{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
        issue_date += dt.timedelta(days=14)
    return written


def items_of(paths: list[Path]) -> list[str]:
    """The item texts of generated issues, as the bare spaCy reference reads them."""
    items = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("  • "):
                items.append(line[4:])
    return items


def main() -> None:
    """Command line: write a corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    files = write_corpus(args.items, args.out, args.seed)
    print(f"wrote {args.items} items in {len(files)} issues to {args.out}")


if __name__ == "__main__":
    main()
