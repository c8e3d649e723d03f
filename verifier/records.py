"""Plain typed records passed between pipeline stages.

Every stage takes and returns these frozen dataclasses, so a stage can be tested alone and
nothing hides in global state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of quantity the parser tells apart. Only COMPARABLE_KINDS become claims that are
# cross-checked; dates, ages, ordinals and durations are context (time scope), not figures.
KIND_COUNT = "count"
KIND_MONEY = "money"
KIND_PERCENT = "percent"
KIND_POINTS = "percentage_points"
KIND_MEASURE = "measure"
KIND_RATIO = "ratio"
KIND_MULTIPLIER = "multiplier"
KIND_FRACTION = "fraction"
KIND_DATE = "date"
KIND_YEAR = "year"
KIND_AGE = "age"
KIND_ORDINAL = "ordinal"
KIND_DURATION = "duration"

COMPARABLE_KINDS = frozenset(
    {KIND_COUNT, KIND_MONEY, KIND_PERCENT, KIND_POINTS, KIND_MEASURE, KIND_RATIO,
     KIND_MULTIPLIER, KIND_FRACTION}
)

QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range")


@dataclass(frozen=True)
class Quantity:
    """One number mention as the wording states it.

    `start`/`end` index the text the parser was given; `text` is exactly that slice.
    `value` is the number as stated with scale words applied and no unit conversion;
    `low`/`high` is the interval the wording allows (None = unbounded on that side).
    """

    start: int
    end: int
    text: str
    value: float
    unit: str
    kind: str
    low: float | None
    high: float | None
    qualifier: str = "exact"
    # "from"/"to" for the two ends of a stated change ("from 0.6% to 0.3%"), else "".
    role: str = ""


@dataclass(frozen=True)
class Source:
    """One article: its decoded text and what its header says about it."""

    id: str  # path relative to the input folder it was found in, e.g. "004_….txt"
    path: str  # path relative to the current folder, as written in reports
    text: str  # the decoded text; all offsets index this string
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    author: str | None = None
    body_start: int = 0  # offset where the article body begins (after header lines)
    format: str = "txt"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int  # 1-based line of `start` in the source


@dataclass(frozen=True)
class TimeScope:
    """When a figure holds: a period or an as-of date, as found and as resolved."""

    text: str  # the words found, e.g. "in the first six months"
    key: str  # normalised form used for equality, e.g. "first 6 months"
    start: str | None = None  # resolved ISO date, when the publication date allows it
    end: str | None = None
    kind: str = "period"  # period | as_of | since | rate
    # resolved against the folder's date, not the article's own: "last week" in an undated
    # op-ed may be any of several weeks
    estimated: bool = False


@dataclass(frozen=True)
class Frame:
    """What a figure measures: the thing counted, the event, and its circumstances."""

    counted: str = ""  # head noun phrase, e.g. "cartel members"
    event: str = ""  # normalised event class, e.g. "transfer", "seize", "deploy"
    modality: str = "actual"  # actual | threat | plan | estimate | possible
    aggregation: str = "total"  # total | rate | single | strength | change | share
    direction: str = ""  # "up" / "down" for changes, else ""
    place: str = ""
    time: TimeScope | None = None
    target: str = ""  # what a rate applies to: "imported cars" in "a 25% tariff on imported cars"


@dataclass(frozen=True)
class Claim:
    """One atomic statement: one quantity, the sentence it sits in, and who asserts it."""

    id: str
    source: str  # Source.id
    path: str  # Source.path
    sentence: str
    sentence_start: int
    statement: str
    quantity: Quantity  # offsets index the source text
    line: int
    attribution: str | None
    frame: Frame = field(default_factory=Frame)
    published: str | None = None
    # the article's date, or for an undated one the folder's latest (its "now")
    written: str | None = None
    headline: bool = False  # read from the title: restates the body, never matched alone

    @property
    def party(self) -> str:
        """The asserting party: the attribution when there is one, else the source itself."""
        return self.attribution or f"author of {self.source}"


@dataclass(frozen=True)
class Finding:
    """A pair of claims about the same quantity and the verdict on them."""

    id: str
    verdict: str  # conflict | scope | agree
    severity: float
    topic: str
    similarity: float
    explanation: str
    claims: tuple[Claim, Claim]
    topic_id: str = ""


@dataclass(frozen=True)
class Topic:
    """Claims from several parties about one quantity: the side-by-side view and timeline."""

    id: str
    label: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Review:
    """A reviewer's decision on one finding, as a row of claims/reviews.csv."""

    id: str
    status: str  # confirmed | explained | false_alarm (other values are kept, not understood)
    note: str = ""
    reviewer: str = ""
    date: str = ""
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RunResult:
    """Everything one run produced, handed to the report writers."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]  # conflicts, scope differences and agreements
    reviews: dict[str, Review] = field(default_factory=dict)  # by finding id
    stale_reviews: tuple[Review, ...] = ()  # reviews whose finding no longer appears
    warnings: tuple[str, ...] = ()  # skipped files and similar, one line each
    new_sources: tuple[str, ...] = ()  # Source.ids given with --new (empty = all)
    topics: tuple[Topic, ...] = ()  # every matched quantity, including different periods
