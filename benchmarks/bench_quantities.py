"""Throughput of `parse_quantities` on ~20,000 template-generated news-style sentences.

Not a test: run `python benchmarks/bench_quantities.py` and read the sentences/s figure; the
target is at least 5,000 sentences/s so a large corpus parses in seconds.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verifier.quantities import parse_quantities  # noqa: E402

TEMPLATES = (
    "Officials said {qual} {n:,} troops were deployed to the border in {year}.",
    "The government reported {n:,} homicide victims in the first {w} months of the term.",
    "Bilateral trade reached ${d:.1f} billion in {year}, up {p} per cent on the year before.",
    "Mexico has transferred more than {w} dozen high-level criminals to U.S. custody.",
    "Troops seized {d:.1f} tonnes of fentanyl and {n:,} pills on {day} {month}.",
    "Approval rates stand at around {p} per cent, according to polls published on {month} {day}.",
    "Homicides fell from {d:.1f}% to {p}% between {year} and {year2}, a drop of {p} points.",
    "The {n:,}-strong National Guard has seen its budget {mult} since {year}.",
    "A {age}-year-old suspect was among the {w} people arrested in Sinaloa last week.",
    "Almost {n:,} weapons were seized, a threefold increase over the previous {w} years.",
    "There were {d:.1f} U.S. personnel for every apprehended migrant, one in five of them minors.",
    "Between {n:,} and {n2:,} people have gone missing, and about one third were never found.",
    "Tariffs of up to {p}% on steel and a {p}pc levy on cars would cost €{d:.1f}bn a year.",
    "Thousands of migrants and dozens of officials, plus tens of thousands of soldiers, took part.",
    "The MS-13 gang and COVID-19 measures were discussed at the G7 summit on 9/11 anniversary.",
)
MONTHS = ("January", "February", "March", "April", "June", "November")
WORDS = ("two", "three", "six", "ten", "twelve")
MULTS = ("doubled", "tripled", "halved", "quadrupled")


def build(count: int, seed: int = 7) -> list[str]:
    """Deterministic realistic sentences with varied numbers."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        t = TEMPLATES[i % len(TEMPLATES)]
        out.append(t.format(
            qual=rng.choice(("more than", "around", "nearly", "at least", "up to", "")),
            n=rng.randint(10, 2_000_000), n2=rng.randint(2_000_001, 3_000_000),
            d=rng.uniform(0.1, 999.9), p=rng.randint(1, 99), year=rng.randint(1990, 2025),
            year2=rng.randint(2026, 2030), w=rng.choice(WORDS), day=rng.randint(1, 28),
            month=rng.choice(MONTHS), mult=rng.choice(MULTS), age=rng.randint(18, 90),
        ))
    return out


def main() -> None:
    sentences = build(20_000)
    parse_quantities(sentences[0])  # warm up
    t0 = time.perf_counter()
    found = sum(len(parse_quantities(s)) for s in sentences)
    elapsed = time.perf_counter() - t0
    print(f"{len(sentences)} sentences, {found} quantities, {elapsed:.2f} s, "
          f"{len(sentences) / elapsed:,.0f} sentences/s")


if __name__ == "__main__":
    main()
