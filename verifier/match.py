"""Pair claims that speak about the same quantity, across parties.

Candidates: claims are blocked by unit dimension (counts with counts, mass with mass, ...);
inside a block every claim keeps its `top_k` nearest statements by cosine, computed as
blocked matrix products, so memory stays linear and the dense work is vectorised. Each
candidate must then pass the frame gates (same modality, aggregation and event class, a
similar counted noun phrase) and the pairs kept are the mutual best between two parties.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from verifier.attribution import party_key
from verifier.embedding import Embedder
from verifier.intervals import dimension, significant_digits, transposed
from verifier.records import Claim, Source

# Tuned on tests/fixtures (see README "How matching decides"); change with care.
MIN_STATEMENT_SIMILARITY = 0.45
MIN_COUNTED_SIMILARITY = 0.5
MIN_MATCH_SCORE = 0.58
# Statements this far apart still match when the thing counted and the stated period agree.
MIN_ANCHORED_SIMILARITY = 0.25
MIN_ANCHORED_COUNTED = 0.7
# The same named owner or place ("Civic Forward", "in Ardelan") and the same thing counted.
SAME_OWNER_BONUS = 0.08
# Two figures that differ only by a swap of neighbouring digits (2,870 and 2,780 passengers)
# are the classic copy error: strong evidence that they report one quantity.
TRANSPOSED_BONUS = 0.15
MIN_TRANSPOSED_SIMILARITY = 0.3
MIN_TRANSPOSED_OVERRIDE = 0.6  # statements this alike pair on swapped digits alone
TOP_K = 8
MAX_PARTNERS = 4  # findings per claim, strongest first: keeps output linear in the corpus
BLOCK_ROWS = 256  # rows per matrix product: bounds memory to 256 × claims floats


@dataclass(frozen=True)
class Match:
    """Two claims (indices into the claim list) judged to measure the same quantity."""

    a: int
    b: int
    similarity: float  # cosine of the two statements
    counted_similarity: float  # how alike the counted noun phrases are
    score: float  # the match confidence used for ranking and severity


def party_of(claim: Claim) -> tuple[str, str]:
    """Sources are separate per file and, inside a file, per asserting party."""
    return (claim.source, party_key(claim.attribution) if claim.attribution else "")


_STOPWORDS = {"the", "a", "an", "of", "and", "in", "on", "to", "for", "high", "level", "more",
              "than", "some", "new", "other", "total", "number",
              # what happened to them is the event, not the thing counted
              "killed", "dead", "injured", "wounded", "missing", "arrested", "displaced",
              "evacuated", "rescued", "detained", "deported"}


@functools.lru_cache(maxsize=65536)
def _content_words(text: str) -> str:
    words = [w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower())]
    return " ".join(w for w in words if w not in _STOPWORDS and len(w) > 2)


# Words news writers use in turn for one thing, which a small sentence model scores far apart
# ("guests" 0.46 from "passengers"). Job losses are kept apart from headcounts: 1,250
# redundancies are not a workforce of 4,000. Keys are _content_words' form (trailing "s" cut).
SYNONYM_CLASSES: dict[str, str] = {
    _word.rstrip("s"): _name for _name, _words in {
        "travellers": ("passengers", "guests", "holidaymakers", "travellers", "travelers",
                       "tourists", "vacationers"),
        "job losses": ("redundancies", "layoffs", "jobs", "posts", "roles", "positions",
                       "job cuts", "job losses"),
        "workforce": ("staff", "employees", "workers", "workforce", "staffers", "personnel",
                      "headcount", "crew", "crew members", "contractors"),
        "deaths": ("deaths", "fatalities", "dead", "lives", "death toll"),
        "shortfall": ("gap", "black hole", "shortfall", "deficit", "funding gap"),
        "savings": ("savings", "cuts", "spending cuts", "reductions"),
        "homes": ("homes", "houses", "properties", "dwellings", "households"),
        "revenue": ("revenue", "revenues", "sales", "turnover"),
        "cases": ("cases", "reports", "infections", "illnesses"),
        "crowd": ("turnout", "crowd", "participants", "protesters", "demonstrators", "marchers",
                  "attendance", "attendees"),
        "arrests": ("arrests", "detentions", "detainees"),
        "crossings": ("crossings", "arrivals"),
        "visits": ("visits", "sales calls", "calls", "sales visits"),
        "budget": ("budget", "revenue budget", "spending plans"),
        "profit": ("profit", "profits", "earnings", "net income", "operating income"),
    }.items() for _word in _words
}
SYNONYM_SIMILARITY = 0.85
# Classes that never name the same thing, however alike a sentence model finds them:
# revenue is not profit, a budget is not its gap nor the savings found to close it,
# passengers are not the crew.
DISTINCT_CLASSES = frozenset({"revenue", "profit", "shortfall", "savings", "budget",
                              "travellers", "workforce"})
DISTINCT_SIMILARITY = 0.3


def _synonym_class(words: str) -> str | None:
    """The class of a counted phrase's last one or two words ("a budget black hole")."""
    parts = words.split()
    for n in (2, 1):
        if len(parts) >= n and " ".join(parts[-n:]) in SYNONYM_CLASSES:
            return SYNONYM_CLASSES[" ".join(parts[-n:])]
    return None


def _distinct_things(a: str, b: str) -> bool:
    """Two counted phrases in classes that never name the same thing (revenue and profit)."""
    class_a, class_b = _synonym_class(_content_words(a)), _synonym_class(_content_words(b))
    return class_a != class_b and {class_a, class_b} <= DISTINCT_CLASSES


def counted_similarity(a: str, b: str, cosine: float, statement_cosine: float) -> float:
    """Fuzzy word overlap of the counted phrases, their embedding cosine, or the similarity
    of two words for one thing, whichever is highest.

    When a side does not say what it counts, the statements have to carry the match alone.
    """
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return statement_cosine
    alike = max(fuzz.token_set_ratio(wa, wb) / 100.0, cosine)
    class_a = _synonym_class(wa)
    if class_a is not None and class_a == _synonym_class(wb):
        alike = max(alike, SYNONYM_SIMILARITY)
    elif _distinct_things(a, b):
        alike = min(alike, DISTINCT_SIMILARITY)
    return alike


# Casualty counts are compared only with the same casualty ("killed" never with "wounded").
CASUALTY_EVENTS = frozenset({"death", "wound", "disappear"})
# Nouns that say nothing about what is counted, in _content_words' form (trailing "s" cut).
GENERIC_COUNTED = frozenset(w.rstrip("s") for w in (
    "people", "person", "persons", "individual", "individuals", "resident", "residents",
    "other", "others", "civilian", "civilians", "one", "ones"))


def _frame_similarity(a: Claim, b: Claim, csim: float, cosine: float) -> float:
    """Same event when one side counts only "people" or neither says what it counts:
    "12,400 people arrived" and "20,000 new arrivals"; "1.2 million acres burned" and
    "wildfires scorched 300,000 hectares". Without an event, "people" says nothing against
    "patients": the statements decide."""
    ca, cb = set(_content_words(a.frame.counted).split()), set(
        _content_words(b.frame.counted).split())
    generic = not ca or not cb or ca <= GENERIC_COUNTED or cb <= GENERIC_COUNTED
    ea, eb = a.frame.event, b.frame.event
    if ca and cb and ca <= GENERIC_COUNTED and cb <= GENERIC_COUNTED and (ea or eb) and ea != eb:
        # "1,940 people stopped" and "4,730 people rescued": "people" on both sides says
        # nothing; without the same event the statements decide
        return min(csim, cosine)
    if not ea or ea != eb:
        return max(csim, min(cosine, 0.7)) if generic and not ea and not eb else csim
    return max(csim, 0.7) if generic else csim


def _events_compatible(a: Claim, b: Claim) -> bool:
    """For counts the event tells deployed from transferred; for money and percentages the
    words around the figure name too many things to be trusted."""
    if a.quantity.kind == b.quantity.kind == "money":
        # a budget is not the spending measured against it
        return {a.frame.event, b.frame.event} != {"budget", "fund"}
    if a.quantity.kind not in ("count", "measure") or b.quantity.kind not in ("count", "measure"):
        return True
    ea, eb = a.frame.event, b.frame.event
    if ea in CASUALTY_EVENTS or eb in CASUALTY_EVENTS:
        return ea == eb  # a death toll is compared only with a death toll
    return not ea or not eb or ea == eb or frozenset((ea, eb)) in KINDRED_EVENTS


# Events one writer calls by the other's name: doses "shipped" and "delivered", people
# "sent back" and "returned".
KINDRED_EVENTS = frozenset({frozenset(("transfer", "deport")), frozenset(("transfer", "trade"))})


_NUMBERED_COMPOUND = re.compile(
    r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|single|\d+)-(?!per\b)"
    r"([a-z]{3,})\b")


def _numbered_compounds_differ(a: Claim, b: Claim) -> bool:
    """ "one-bedroom" against "two-bedroom", "10-year" against "two-year" bonds: the same noun
    numbered differently names two different things."""
    na = {m.group(2).lower(): m.group(1).lower() for m in _NUMBERED_COMPOUND.finditer(a.statement)}
    nb = {m.group(2).lower(): m.group(1).lower() for m in _NUMBERED_COMPOUND.finditer(b.statement)}
    return any(noun in nb and nb[noun] != number for noun, number in na.items())


# "voters aged 18 to 29", "those over 60", "children under five": a population narrowed by age.
_AGE_GROUP = re.compile(r"(?i)\b(?:aged\s+(?:between\s+)?\d{1,2}|(?:under|over|older than|"
                        r"younger than)\s+(?:the\s+age\s+of\s+)?(?:\d{1,2}|five|ten|eighteen|"
                        r"sixty|sixty-five)\b(?![.,]?\d|\s*(?:per\s*cent|percent|%|[a-z]))|"
                        r"\d{1,2}\s+and\s+(?:over|older|under|younger))")


def _age_group_differs(a: Claim, b: Claim) -> bool:
    """One statement narrows its people by age and the other does not say so."""
    ga = _AGE_GROUP.search(a.statement)
    gb = _AGE_GROUP.search(b.statement)
    if bool(ga) != bool(gb):
        return True
    return bool(ga and gb and ga.group(0).lower() != gb.group(0).lower())


def _frames_compatible(a: Claim, b: Claim) -> bool:
    fa, fb = a.frame, b.frame
    if _numbered_compounds_differ(a, b) or _age_group_differs(a, b):
        return False
    if _modality_group(fa.modality) != _modality_group(fb.modality):
        return False  # a threat or a request is not what was done
    if fa.aggregation != fb.aggregation and (fa.aggregation in STRICT_AGGREGATIONS
                                             or fb.aggregation in STRICT_AGGREGATIONS):
        return False  # a strength, capacity, part, threshold, rate or single event
    if fa.aggregation != "change" and fa.direction and fb.direction and \
            fa.direction != fb.direction:
        return False  # a level reached by raising is not one reached by cutting
    if a.quantity.role != b.quantity.role and "from" in (a.quantity.role, b.quantity.role):
        return False
    if _extra_modifier(a, b) or _extra_modifier(b, a) or _restrictive_mismatch(a, b):
        return False  # "core inflation" is not "inflation"
    if fa.target and fb.target and fuzz.token_set_ratio(
            _content_words(fa.target), _content_words(fb.target)) < 60:
        return False  # a tariff on cars is not a tariff on steel
    return _events_compatible(a, b)


# Words that turn a measure into a narrower or different one: "core" inflation, "real" wages.
RESTRICTIVE_MODIFIERS = frozenset({
    "core", "headline", "underlying", "food", "energy", "fuel", "services", "goods", "real",
    "nominal", "net", "gross", "urban", "rural", "youth", "adult", "child", "female", "male",
    "seasonally", "adjusted", "monthly", "quarterly", "annual", "annualised", "annualized",
    "average", "median", "mean", "peak", "minimum", "maximum", "domestic", "foreign",
    "private", "public", "federal", "state", "local", "national", "regional", "wholesale",
    "retail", "street", "operating", "capital", "total", "insured", "uninsured", "economic",
    "suspected", "probable", "presumed", "confirmed", "additional", "further",
    "affordable", "social", "base", "basic",
})


def _restrictive_mismatch(a: Claim, b: Claim) -> bool:
    """One phrase carries a narrowing word ("core", "real", "wholesale") that the other
    claim's sentence never uses: different measures of one thing."""
    la = re.findall(r"[a-z]+", a.frame.counted.lower())
    lb = re.findall(r"[a-z]+", b.frame.counted.lower())
    if la and lb and la[-1].rstrip("s") != lb[-1].rstrip("s"):
        return False  # "heavy goods vehicles" and "lorries": no shared head to narrow
    wa, wb = set(la), set(lb)
    for words, other in ((wa - wb, b), (wb - wa, a)):
        sentence = other.sentence.lower()
        if any(w in RESTRICTIVE_MODIFIERS and w not in sentence for w in words):
            return True
    return False


def _extra_modifier(a: Claim, b: Claim) -> bool:
    """a's counted phrase is b's plus words that b's whole sentence never uses: a narrower
    quantity ("core inflation", "food inflation") than the one b measures."""
    if a.source == b.source:
        return False  # within one article a writer drops modifiers after the first mention
    wa = _content_words(a.frame.counted).split()
    wb = _content_words(b.frame.counted).split()
    if not wb or len(wa) <= len(wb) or wa[-len(wb):] != wb:
        return False  # only words put before the same head narrow it ("core inflation")
    other = b.sentence.lower()
    names = {w.lower().rstrip("s") for w in re.findall(r"\b[A-Z][\w'’-]*", a.frame.counted)}
    # a possessor ("the country's connections") says whose, not which kind
    names |= {w.lower().rstrip("s") for w in re.findall(r"\b(\w+)['’]s\b", a.frame.counted)}
    return any(word[:5] not in other and word not in _PERIOD_WORDS and word not in names
               and word not in _WHOLE_SET_WORDS for word in wa[:-len(wb)])


# words that describe the whole set, not a narrower one: "scheduled flights" are the flights
_WHOLE_SET_WORDS = frozenset({"scheduled", "affected", "planned", "registered", "overall", "all"})
# "third-quarter revenue" is revenue for a period, which the time scope compares, not a kind
_PERIOD_WORDS = frozenset({"first", "second", "third", "fourth", "final", "quarter", "half",
                           "year", "month", "week", "day", "full"})


STRICT_AGGREGATIONS = frozenset({"strength", "capacity", "part", "threshold", "rate", "single",
                                 "change", "average", "peak", "remaining"})


def _modality_group(modality: str) -> str:
    """Facts and estimates of facts compare; threats and requests only with their kind."""
    return "actual" if modality in ("actual", "estimate") else modality


def _anchored(a: Claim, b: Claim, csim: float) -> bool:
    """Same counted phrase (or same event over a generic noun) and the same explicit period.

    The phrases must be the same words, not one inside the other: "core inflation" is not
    "inflation"."""
    ta, tb = a.frame.time, b.frame.time
    if ta is None or tb is None or ta.key != tb.key or ta.kind != tb.kind:
        return False
    wa, wb = _content_words(a.frame.counted), _content_words(b.frame.counted)
    if wa and wb and fuzz.token_sort_ratio(wa, wb) < 90 and not (
            set(wa.split()) <= GENERIC_COUNTED or set(wb.split()) <= GENERIC_COUNTED):
        return False
    # a measure's unit says what it measures ("40 square miles" of slick on Monday)
    return csim >= MIN_ANCHORED_COUNTED and bool(
        a.frame.counted or a.frame.event or a.quantity.kind == "measure") or (
        a.quantity.kind == b.quantity.kind == "measure" and not a.frame.counted
        and not b.frame.counted)


def _context_bonus(a: Claim, b: Claim) -> float:
    """Two parties of one article giving the same kind of figure for the same stated period,
    a few lines apart, are almost always disputing one quantity ("But the picture is
    disputed...")."""
    if a.source != b.source or abs(a.quantity.start - b.quantity.start) > 1500:
        return 0.0
    ta, tb = a.frame.time, b.frame.time
    bonus = 0.12 if ta is not None and tb is not None and ta.key == tb.key else 0.0
    if abs(a.quantity.start - b.quantity.start) <= 700 and a.attribution and b.attribution:
        bonus += 0.1  # two named parties in neighbouring sentences: a dispute, as read
    return min(bonus, 0.15)


MAX_HEAD_GROUP = 40


def _same_head_pairs(claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """Pairs whose counted phrases end in the same noun ("government grant"), however
    different their sentences: a second, cheap candidate channel beside the nearest
    statements. Very common heads are left to the embeddings to keep this linear."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        words = _content_words(claim.frame.counted).split()
        if words and words[-1] not in GENERIC_COUNTED:
            groups[words[-1]].append(i)
    pairs = []
    for members in groups.values():
        if 2 <= len(members) <= MAX_HEAD_GROUP:
            pairs += [(x, y) for k, x in enumerate(members) for y in members[k + 1:]]
    return pairs


def _transposed_pairs(claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """Pairs whose figures are one digit swap apart: a third candidate channel, grouped by
    the figure's digits so the cost stays linear."""
    groups: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        digits, magnitude = significant_digits(claim.quantity.value)
        if len(digits) >= 2:
            groups[("".join(sorted(digits)), magnitude)].append(i)
    pairs = []
    for members in groups.values():
        if 2 <= len(members) <= MAX_HEAD_GROUP:
            pairs += [(x, y) for k, x in enumerate(members) for y in members[k + 1:]
                      if transposed(claims[x].quantity.value, claims[y].quantity.value)]
    return pairs


def _top_candidates(vectors: np.ndarray, top_k: int) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for each row's top_k neighbours, i < j, computed in row blocks."""
    n = len(vectors)
    out: dict[tuple[int, int], float] = {}
    k = min(top_k, n - 1)
    if k <= 0:
        return []
    for lo in range(0, n, BLOCK_ROWS):
        block = vectors[lo:lo + BLOCK_ROWS] @ vectors.T
        rows = np.arange(block.shape[0])
        block[rows, lo + rows] = -2.0
        np.negative(block, out=block)
        idx = np.argpartition(block, k - 1, axis=1)[:, :k]
        np.negative(block, out=block)
        for r in range(block.shape[0]):
            i = lo + r
            for j in idx[r]:
                j = int(j)
                if j == i:
                    continue
                key = (i, j) if i < j else (j, i)
                out[key] = float(block[r, j])
    return [(i, j, s) for (i, j), s in sorted(out.items())]


# Articles whose openings (headline and lede) are less alike than this tell different stories
# (measured on 13 labelled sets: same-story pairs 0.31 and above, other stories mostly below).
MIN_STORY_SIMILARITY = 0.25
STORY_TEXT_CHARS = 700


def story_vectors(sources: Sequence[Source], embedder: Embedder) -> dict[str, np.ndarray]:
    """One vector per article from its opening: which story it tells. A folder holding
    several stories should not set a quake's collapsed homes against a housing report's."""
    if not sources:
        return {}
    vectors = embedder.embed([source.text[:STORY_TEXT_CHARS] for source in sources])
    return {source.id: vector for source, vector in zip(sources, vectors, strict=True)}


def _story_gate(stories: Mapping[str, np.ndarray] | None) -> Callable[[str, str], bool]:
    """Whether two sources tell one story; every pair does when no story vectors are given."""
    if not stories:
        return lambda a, b: True

    @functools.cache
    def same(a: str, b: str) -> bool:
        if a == b or a not in stories or b not in stories:
            return True
        return float(stories[a] @ stories[b]) >= MIN_STORY_SIMILARITY

    return lambda a, b: same(*sorted((a, b)))


def find_matches(claims: Sequence[Claim], embedder: Embedder, *, top_k: int = TOP_K,
                 ) -> list[Match]:
    """Mutual-best pairs of claims from different parties that measure the same quantity."""
    return mutual_best(claims, find_candidates(claims, embedder, top_k=top_k))


def find_candidates(claims: Sequence[Claim], embedder: Embedder, *, top_k: int = TOP_K,
                    stories: Mapping[str, np.ndarray] | None = None) -> list[Match]:
    """Every pair that passes the frame gates and the score threshold, before the choice of
    each claim's best partner (which the verdict stage makes among the pairs it keeps).

    With `stories` (from `story_vectors`), articles telling different stories are not
    compared."""
    same_story = _story_gate(stories)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        dim = dimension(claim.quantity)
        if dim:
            blocks[dim].append(i)
    statements = [claims[i].statement for ids in blocks.values() for i in ids]
    counted = sorted({claims[i].frame.counted for ids in blocks.values() for i in ids
                      if claims[i].frame.counted})
    if not statements:
        return []
    vectors = embedder.embed(statements)
    row_of = {i: r for r, i in enumerate(i for ids in blocks.values() for i in ids)}
    counted_vectors = dict(zip(counted, embedder.embed(counted), strict=False)) if counted else {}

    candidates: list[Match] = []
    for ids in blocks.values():
        if len(ids) < 2:
            continue
        block_vectors = vectors[[row_of[i] for i in ids]]
        pairs = {(bi, bj): cosine for bi, bj, cosine in _top_candidates(block_vectors, top_k)}
        block_claims = [claims[i] for i in ids]
        for bi, bj in _same_head_pairs(block_claims) + _transposed_pairs(block_claims):
            if (bi, bj) not in pairs:
                pairs[(bi, bj)] = float(block_vectors[bi] @ block_vectors[bj])
        for (bi, bj), cosine in sorted(pairs.items()):
            a, b = claims[ids[bi]], claims[ids[bj]]
            swapped = transposed(a.quantity.value, b.quantity.value)
            if party_of(a) == party_of(b) or cosine < MIN_ANCHORED_SIMILARITY or \
                    not same_story(a.source, b.source):
                continue
            if (a.source == b.source and a.sentence_start == b.sentence_start
                    and not (a.attribution and b.attribution)) or \
                    (a.sentence == b.sentence and a.source != b.source):
                continue  # one sentence is one voice ("killed 32, updating an earlier 15")
                # unless it names two ("the commission said 41,200 ..., but officials put the
                # figure at 93,000"); a sentence copied into two articles is one source
            if not _frames_compatible(a, b):
                continue
            ca, cb = a.frame.counted, b.frame.counted
            counted_cos = float(counted_vectors[ca] @ counted_vectors[cb]) \
                if ca and cb else 0.0
            csim = _frame_similarity(a, b, counted_similarity(ca, cb, counted_cos, cosine),
                                     cosine)
            same_owner = bool(a.frame.place) and \
                a.frame.place.lower() == b.frame.place.lower() and csim >= MIN_ANCHORED_COUNTED
            score = min(1.0, 0.55 * cosine + 0.45 * csim + _context_bonus(a, b)
                        + (SAME_OWNER_BONUS if same_owner else 0.0)
                        + (TRANSPOSED_BONUS if swapped else 0.0))
            if ca and cb and csim < MIN_COUNTED_SIMILARITY:
                # both say what they count, and it is not the same thing ("crew members" and
                # "guests" both fell sick; a "gap" and "cuts" both are money) - unless digits
                # swapped in alike statements say a counted phrase was misread ("the
                # employers' federation" offered 4.1 per cent, the union says 3.1)
                if not swapped or cosine < MIN_TRANSPOSED_OVERRIDE or _distinct_things(ca, cb):
                    continue
                score = cosine + TRANSPOSED_BONUS
            if _anchored(a, b, csim):
                # The same thing counted for the same stated period: long sentences about
                # other matters should not hide it ("a £42m government grant" in 2019).
                score = max(score, MIN_MATCH_SCORE)
            elif (cosine < MIN_STATEMENT_SIMILARITY and not same_owner
                  and not (swapped and cosine >= MIN_TRANSPOSED_SIMILARITY)) or \
                    score < MIN_MATCH_SCORE:
                continue
            candidates.append(Match(ids[bi], ids[bj], cosine, csim, score))
    return candidates


def mutual_best(claims: Sequence[Claim], candidates: Sequence[Match]) -> list[Match]:
    """Keep a pair only if each claim is the other's best match within the other's party."""
    best: dict[tuple[int, tuple[str, str]], Match] = {}
    for m in candidates:
        for mine, other in ((m.a, m.b), (m.b, m.a)):
            key = (mine, party_of(claims[other]))
            if key not in best or m.score > best[key].score:
                best[key] = m
    kept = [m for m in candidates
            if best[(m.a, party_of(claims[m.b]))] is m and best[(m.b, party_of(claims[m.a]))] is m]
    # A party repeating its figure ("£42 million" early on, "£42m" later) is answered once per
    # mention: keep a candidate whose other end restates the kept partner's value.
    restated = []
    kept_ids = {id(m) for m in kept}
    kept_by_claim: dict[int, list[Match]] = defaultdict(list)
    for k in kept:
        kept_by_claim[k.a].append(k)
        kept_by_claim[k.b].append(k)
    for m in candidates:
        if id(m) in kept_ids:
            continue
        for k in kept_by_claim[m.a] + kept_by_claim[m.b]:
            shared = {m.a, m.b} & {k.a, k.b}
            if len(shared) != 1:
                continue
            (x,) = shared
            other_m = m.b if m.a == x else m.a
            other_k = k.b if k.a == x else k.a
            cm, ck = claims[other_m], claims[other_k]
            if party_of(cm) == party_of(ck) and cm.quantity.value == ck.quantity.value and \
                    cm.quantity.unit == ck.quantity.unit:
                restated.append(m)
                break
    # A figure repeated across hundreds of articles would pair with each of them; a reviewer
    # needs its strongest few, and the topic table shows the rest side by side.
    partners: dict[int, int] = defaultdict(int)
    bounded = []
    for m in sorted(kept + restated, key=lambda m: (-m.score, m.a, m.b)):
        if partners[m.a] < MAX_PARTNERS and partners[m.b] < MAX_PARTNERS:
            partners[m.a] += 1
            partners[m.b] += 1
            bounded.append(m)
    return sorted(bounded, key=lambda m: (m.a, m.b))
