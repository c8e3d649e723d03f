"""Generate a synthetic news corpus for benchmarking `verify`.

`python benchmarks/make_corpus.py OUT_DIR --articles N --seed S` writes N `.txt` articles.
Each article has a header (title, outlet, date such as "March 3, 2025") and 8-20 paragraphs
of news-style sentences about a few of some three dozen recurring stories. A story carries a
handful of figures (counts, money, percentages) with a reference value, so the same figure
comes back across articles: restated (agreeing, sometimes rounded with "about" or "more
than"), disputed by another party for the same period (conflicting), or given for another
period or place (differently scoped). Sentences are assembled from many interchangeable
pieces so that statements rarely repeat word for word (the embedding cache keys on text).

The output is fully determined by the seed and the article count.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
OUTLETS = (
    "The Northern Ledger",
    "Daily Meridian",
    "Coastal Herald",
    "The Capital Post",
    "Valley Courier",
    "Harbour Times",
    "The Evening Standard-Gazette",
    "Riverside Review",
    "Metro Dispatch",
    "The Provincial Observer",
    "Granite City Tribune",
    "Lowland News",
)
AUTHORS = (
    "Amara Osei",
    "Lena Fischer",
    "Tomás Ruiz",
    "Priya Natarajan",
    "John Whitfield",
    "Mei Chen",
    "Karim Haddad",
    "Sofia Lindqvist",
    "Daniel Okafor",
    "Hannah Brooks",
)


@dataclass(frozen=True)
class Figure:
    """One recurring quantity of a story: what is counted and its reference value."""

    noun: str  # "people displaced", "the reconstruction budget", "unemployment"
    kind: str  # "count", "money" or "percent"
    value: float
    verbs: tuple[str, ...]  # how a count is reported: "people were displaced", ...


@dataclass(frozen=True)
class Story:
    """A recurring news story: where, what, who speaks about it, and its figures."""

    topic: str
    place: str
    places: tuple[str, ...]  # sub-areas, for differently scoped figures
    year: int
    parties: tuple[str, ...]
    figures: tuple[Figure, ...]


# Building blocks for the stories: topic, the parties that give figures, and the figures.
_TOPICS: tuple[
    tuple[str, tuple[str, ...], tuple[tuple[str, str, float, tuple[str, ...]], ...]], ...
] = (
    (
        "floods",
        (
            "the interior ministry",
            "the Red Cross",
            "the regional governor",
            "the national disaster agency",
        ),
        (
            (
                "people displaced",
                "count",
                48_000,
                (
                    "people were displaced",
                    "people were forced from their homes",
                    "residents fled their homes",
                ),
            ),
            ("homes destroyed", "count", 6_200, ("homes were destroyed", "houses were swept away")),
            ("the reconstruction fund", "money", 1.8e9, ()),
            ("farmland under water", "percent", 23, ()),
        ),
    ),
    (
        "wildfires",
        ("the forestry service", "the fire brigade", "the environment ministry", "local officials"),
        (
            (
                "hectares burned",
                "count",
                120_000,
                ("hectares were burned", "hectares of forest were scorched"),
            ),
            (
                "firefighters deployed",
                "count",
                3_400,
                ("firefighters were deployed", "firefighters were sent in"),
            ),
            ("emergency aid", "money", 450e6, ()),
            ("forest cover lost", "percent", 8, ()),
        ),
    ),
    (
        "a teachers' strike",
        (
            "the teachers' union",
            "the education ministry",
            "school principals",
            "the parents' association",
        ),
        (
            (
                "teachers on strike",
                "count",
                85_000,
                ("teachers walked out", "teachers stayed away from classrooms"),
            ),
            ("schools closed", "count", 2_900, ("schools were closed", "schools shut their doors")),
            ("the pay offer", "percent", 4.5, ()),
            ("the cost of the settlement", "money", 620e6, ()),
        ),
    ),
    (
        "migration at the border",
        ("the border agency", "the UN refugee agency", "the interior ministry", "aid groups"),
        (
            (
                "migrants detained",
                "count",
                17_500,
                ("migrants were detained", "migrants were apprehended"),
            ),
            (
                "asylum applications",
                "count",
                64_000,
                ("asylum claims were filed", "asylum applications were lodged"),
            ),
            ("border security spending", "money", 2.3e9, ()),
            ("applications approved", "percent", 31, ()),
        ),
    ),
    (
        "the housing market",
        ("the central bank", "the statistics office", "the builders' federation", "estate agents"),
        (
            (
                "new homes completed",
                "count",
                142_000,
                ("new homes were completed", "new homes were finished"),
            ),
            ("average house prices", "percent", 6.8, ()),
            ("the housing subsidy", "money", 3.1e9, ()),
            (
                "first-time buyers",
                "count",
                210_000,
                ("first-time buyers bought a home", "first-time buyers got on the ladder"),
            ),
        ),
    ),
    (
        "unemployment",
        (
            "the labour ministry",
            "the statistics office",
            "the trade unions",
            "the employers' federation",
        ),
        (
            ("the unemployment rate", "percent", 7.2, ()),
            ("jobs created", "count", 96_000, ("jobs were created", "jobs were added")),
            (
                "people out of work",
                "count",
                1_350_000,
                ("people were out of work", "people were looking for work"),
            ),
            ("the jobs programme", "money", 780e6, ()),
        ),
    ),
    (
        "a measles outbreak",
        (
            "the health ministry",
            "the World Health Organization",
            "hospital doctors",
            "the public health institute",
        ),
        (
            (
                "confirmed cases",
                "count",
                4_300,
                ("cases were confirmed", "cases of measles were recorded"),
            ),
            (
                "children vaccinated",
                "count",
                520_000,
                ("children were vaccinated", "children received the jab"),
            ),
            ("vaccination coverage", "percent", 84, ()),
            ("the vaccination campaign", "money", 95e6, ()),
        ),
    ),
    (
        "tariffs on steel",
        (
            "the trade ministry",
            "the steelmakers' association",
            "customs officials",
            "economists at the central bank",
        ),
        (
            ("the tariff on steel imports", "percent", 25, ()),
            ("steel imports", "money", 5.6e9, ()),
            ("jobs at risk", "count", 38_000, ("jobs are at risk", "jobs could be lost")),
            ("steel output", "percent", 12, ()),
        ),
    ),
    (
        "a drought",
        ("the water authority", "farmers' groups", "the agriculture ministry", "meteorologists"),
        (
            ("reservoir levels", "percent", 41, ()),
            (
                "farmers affected",
                "count",
                27_000,
                ("farmers were affected", "farmers lost their harvest"),
            ),
            ("drought relief", "money", 340e6, ()),
            (
                "households on water rationing",
                "count",
                410_000,
                ("households were rationed", "households had their supply cut"),
            ),
        ),
    ),
    (
        "a rail upgrade",
        ("the transport ministry", "the rail operator", "auditors", "the passengers' association"),
        (
            ("the cost of the line", "money", 12.4e9, ()),
            (
                "passengers a day",
                "count",
                180_000,
                ("passengers used the line", "passengers travelled on the line"),
            ),
            ("trains running late", "percent", 18, ()),
            (
                "kilometres of track",
                "count",
                640,
                ("kilometres of track were laid", "kilometres of track were renewed"),
            ),
        ),
    ),
)

_REGIONS = (
    "Northland",
    "the Eastern Province",
    "Valmora",
    "Kestrel County",
    "the Delta region",
    "Southmark",
    "the Highlands",
    "Port Aldine",
    "Westvale",
    "the Lake District",
    "Corran",
    "the Riverlands",
)
_SUBPLACES = (
    "the capital",
    "the north",
    "the south",
    "coastal towns",
    "rural areas",
    "the border districts",
    "the main city",
    "the eastern valleys",
)


def build_stories(seed: int, count: int = 36) -> list[Story]:
    """`count` stories: each topic set in several regions and years, values scaled per story."""
    rng = random.Random(seed * 7919 + 17)
    stories = []
    for i in range(count):
        topic, parties, figures = _TOPICS[i % len(_TOPICS)]
        place = _REGIONS[(i * 5 + i // len(_TOPICS)) % len(_REGIONS)]
        scale = rng.uniform(0.4, 2.5)
        figs = tuple(
            Figure(noun, kind, value if kind == "percent" else value * scale, verbs)
            for noun, kind, value, verbs in figures
        )
        stories.append(
            Story(
                topic,
                place,
                tuple(rng.sample(_SUBPLACES, 3)),
                rng.choice((2023, 2024, 2025)),
                parties,
                figs,
            )
        )
    return stories


# -------------------------------------------------------------------------------------------
# Writing numbers and sentences


def _round_to(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    magnitude = 10 ** (len(str(int(abs(value)))) - digits)
    return round(value / magnitude) * magnitude


def fmt_count(rng: random.Random, value: float) -> str:
    """12,400 / 12.4 million / 1.35 million / 640."""
    v = int(round(value))
    if v >= 1_000_000 and rng.random() < 0.7:
        return f"{v / 1_000_000:.{rng.choice((1, 2))}f} million".replace(".0 ", " ")
    return f"{v:,}"


def fmt_money(rng: random.Random, value: float) -> str:
    """$1.8 billion / €450 million / 620 million euros."""
    symbol = rng.choice(("$", "$", "€", "£"))
    if value >= 1e9:
        amount, scale = value / 1e9, "billion"
    else:
        amount, scale = value / 1e6, "million"
    text = f"{amount:.1f}" if amount < 100 else f"{amount:.0f}"
    text = text.removesuffix(".0")
    if symbol == "€" and rng.random() < 0.4:
        return f"{text} {scale} euros"
    return f"{symbol}{text} {scale}"


def fmt_percent(rng: random.Random, value: float) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return rng.choice((f"{text}%", f"{text} per cent", f"{text} percent"))


def render_value(rng: random.Random, fig: Figure, value: float) -> str:
    if fig.kind == "money":
        return fmt_money(rng, value)
    if fig.kind == "percent":
        return fmt_percent(rng, value)
    return fmt_count(rng, value)


ATTRIB_AFTER = (
    "{p} said",
    "{p} said on {weekday}",
    "according to {p}",
    "{p} reported",
    "figures from {p} show",
    "{p} told reporters",
    "{p} estimated",
    "{p} said in a statement",
    "a spokesperson for {p} said",
)
ATTRIB_BEFORE = (
    "According to {p},",
    "{P} said",
    "{P} says",
    "Figures released by {p} show",
    "In a statement, {p} said",
    "{P} estimates that",
    "Data from {p} suggest",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
QUALIFIERS = (
    "",
    "",
    "",
    "about ",
    "more than ",
    "nearly ",
    "at least ",
    "roughly ",
    "almost ",
    "some ",
    "fewer than ",
)


@dataclass(frozen=True)
class Period:
    """A time phrase and how it relates to the story's reference period."""

    text: str
    reference: bool  # True when it names the story's own period


def periods(rng: random.Random, story: Story) -> tuple[Period, Period]:
    """The story's reference period and a different one, as phrases."""
    y = story.year
    ref = rng.choice(
        (
            f"in {y}",
            "last year" if y == 2024 else f"in {y}",
            f"in the first half of {y}",
            f"between January and June {y}",
        )
    )
    other = rng.choice(
        (
            f"in {y - 1}",
            f"in the first quarter of {y}",
            f"since {MONTHS[8]} {y}",
            f"in {MONTHS[rng.randrange(12)]} {y}",
            f"in the week to March 3, {y}",
        )
    )
    return Period(ref, True), Period(other, False)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def figure_sentence(
    rng: random.Random, story: Story, fig: Figure, value: float, period: str, place: str, party: str
) -> str:
    """One sentence stating `fig` = `value` for `period` in `place`, attributed to `party`."""
    qual = rng.choice(QUALIFIERS) if fig.kind == "count" else rng.choice(("", "", "about "))
    number = qual + render_value(rng, fig, value)
    after = rng.choice(ATTRIB_AFTER).format(p=party, weekday=rng.choice(WEEKDAYS))
    before = rng.choice(ATTRIB_BEFORE).format(p=party, P=_cap(party))
    topic = story.topic
    if fig.kind == "count":
        verb = rng.choice(fig.verbs)
        forms = (
            f"{_cap(number)} {verb} in {place} {period}, {after}.",
            f"{before} {number} {verb} {period} in {place}, as {topic} continued.",
            f"The number of {fig.noun} in {place} reached {number} {period}, {after}.",
            f"{_cap(period)}, {number} {verb} across {place}, {after}.",
            f"{before} the tally of {fig.noun} in {place} stood at {number} {period}.",
            f"In {place}, {number} {verb} {period} because of {topic}, {after}.",
        )
    elif fig.kind == "money":
        forms = (
            f"{_cap(fig.noun)} for {place} amounts to {number} {period}, {after}.",
            f"{before} {fig.noun} for {place} came to {number} {period}.",
            f"{_cap(period)}, {fig.noun} in {place} was put at {number}, {after}.",
            f"{before} it had set aside {number} for {fig.noun.removeprefix('the ')} in "
            f"{place} {period}.",
            f"The government will spend {number} on {fig.noun.removeprefix('the ')} in "
            f"{place} {period}, {after}.",
        )
    else:
        move = rng.choice(("stood at", "reached", "was", "came in at", "hit"))
        forms = (
            f"{_cap(fig.noun)} in {place} {move} {number} {period}, {after}.",
            f"{before} {fig.noun} in {place} {move} {number} {period}.",
            f"{_cap(period)}, {fig.noun} {move} {number} across {place}, {after}.",
            f"{before} {fig.noun} in {place} was {number} {period}, the highest in a decade.",
        )
    return rng.choice(forms)


FILLER = (
    "Residents of {place} described scenes of confusion as {topic} dominated the week.",
    "Officials in {place} declined to comment further on {topic}.",
    "Critics say the response to {topic} has been slow and poorly coordinated.",
    "The opposition called for an inquiry into how {topic} was handled in {place}.",
    '"We have never seen anything like this," one resident of {place} told {outlet}.',
    "Analysts warned that the effects of {topic} could last well into next year.",
    "A parliamentary committee is due to hear evidence on {topic} later this month.",
    "Local businesses in {place} say they are still counting the cost.",
    "The minister is expected to visit {place} on {weekday}.",
    "Aid workers said conditions in {place} remained difficult.",
    "Questions remain over who will pay for the response to {topic}.",
    "Campaigners in {place} have organised a series of public meetings.",
)
CONNECTORS = (
    "However, ",
    "Meanwhile, ",
    "Separately, ",
    "Earlier, ",
    "But ",
    "Still, ",
    "",
    "",
    "",
    "",
)


def paragraph(rng: random.Random, story: Story, outlet: str) -> str:
    """2-4 sentences: figures of one story, agreeing, conflicting or differently scoped."""
    ref, other = periods(rng, story)
    sentences = []
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.25:
            sentences.append(
                rng.choice(FILLER).format(
                    place=story.place,
                    topic=story.topic,
                    outlet=outlet,
                    weekday=rng.choice(WEEKDAYS),
                )
            )
            continue
        fig = rng.choice(story.figures)
        party = rng.choice(story.parties)
        roll = rng.random()
        value, period, place = fig.value, ref.text, story.place
        if roll < 0.45:  # agreeing: the reference value, perhaps rounded
            value = _round_to(value, rng.choice((2, 3, 4)))
        elif roll < 0.7:  # conflicting: another value for the same period and place
            value = fig.value * rng.choice((0.55, 0.7, 0.8, 1.25, 1.4, 1.8))
        elif roll < 0.85:  # another period
            value, period = fig.value * rng.uniform(0.3, 0.9), other.text
        else:  # a part of the area
            value, place = fig.value * rng.uniform(0.1, 0.5), rng.choice(story.places)
        value = _round_to(value, 3) if fig.kind == "count" else value
        if fig.kind == "percent":
            value = min(value, 99.0)
        text = figure_sentence(rng, story, fig, value, period, place, party)
        connector = rng.choice(CONNECTORS)
        if connector and not text[:2].isupper():
            text = connector + text[:1].lower() + text[1:]
        sentences.append(text)
    return " ".join(sentences)


TITLES = (
    "{Topic} in {place}: what the numbers say",
    "{place} counts the cost of {topic}",
    "Officials and critics clash over {topic} figures",
    "New figures on {topic} in {place}",
    "How {topic} is reshaping {place}",
    "{Topic}: the latest from {place}",
    "Disputed data cloud response to {topic}",
    "Inside the response to {topic}",
)


def article(rng: random.Random, stories: list[Story], index: int) -> str:
    """One article: header lines, then 8-20 paragraphs about one to three stories."""
    main = rng.choice(stories)
    extra = rng.sample(stories, rng.randint(0, 2))
    outlet = rng.choice(OUTLETS)
    year = main.year + rng.choice((0, 0, 1))
    date = f"{MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}, {year}"
    title = rng.choice(TITLES).format(Topic=_cap(main.topic), topic=main.topic, place=main.place)
    lines = [title, "", outlet, "", f"By {rng.choice(AUTHORS)}", "", date, ""]
    for _ in range(rng.randint(8, 20)):
        story = main if rng.random() < 0.65 or not extra else rng.choice(extra)
        lines += [paragraph(rng, story, outlet), ""]
    return "\n".join(lines)


def make_corpus(out_dir: Path, articles: int, seed: int) -> list[Path]:
    """Write `articles` files into `out_dir` and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stories = build_stories(seed)
    rng = random.Random(seed)
    paths = []
    for i in range(articles):
        path = out_dir / f"{i:05d}_article.txt"
        path.write_text(article(rng, stories, i), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    paths = make_corpus(args.out_dir, args.articles, args.seed)
    print(f"wrote {len(paths)} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
