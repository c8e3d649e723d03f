"""Verdicts on matched pairs: conflict, scope difference or agreement, with an explanation.

A conflict needs positive evidence that both figures speak of the same scope: the same
stated period, or two parties disputing a figure inside one article. Anything less certain
that still differs is a scope difference, shown to the reviewer as "check the scope".
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from rapidfuzz import fuzz

from verifier.claims import fingerprint
from verifier.intervals import (
    compatible,
    effective_interval,
    relative_difference,
    transposed,
)
from verifier.match import Match, mutual_best
from verifier.quantities import parse_quantities
from verifier.records import Claim, Finding, Quantity, TimeScope, Topic

_OPEN_ENDED = ("since", "as_of")
# A scope difference asks a reviewer to check two figures that may both be right, so it is
# raised only when the match itself is near certain (see README, "How matching decides").
MIN_SCOPE_SCORE = 0.8
# Figures with no period of their own in articles written within a day: the same "now".
MIN_SAME_DAY_SCOPE_SCORE = 0.72
TOLL_SAME_DAY = "a toll that may have risen between reports"
# A past period's figure retold undated years later is checked only when its digits are
# swapped and the two statements are this alike ("shares fell 78% in a single day").
MIN_RETOLD_SIMILARITY = 0.6
SCOPE_MAX_RATIO = 4.0
CONFLICT_MAX_RATIO = 8.0
# Characters between two figures of one article for the article to be setting them against
# each other (about three sentences).
DISPUTE_DISTANCE = 700
# Counts that keep growing after the event as reports come in.
TOLL_EVENTS = frozenset({"death", "wound", "cases", "disappear", "capture"})
# What happened to the people counted: "41 miners trapped" is a subset of "121 miners
# underground", so only the same fate on both sides is one quantity at an unclear scope.
FATE_EVENTS = frozenset({"trap", "death", "wound", "rescue", "disappear", "displace",
                         "evacuate", "capture", "hospital", "transfer", "deport", "build",
                         "approve", "destroy"})


def _signed(claim: Claim) -> Quantity:
    """A change stated as a fall compares as a negative number against a stated rise."""
    q = claim.quantity
    if claim.frame.direction != "down":
        return q
    # negate the interval the wording allows ("fell by more than a quarter" is [-32.5, -25]),
    # then compare it as a plain range in the stated unit
    lo, hi = effective_interval(q)
    unit_lo, unit_hi = _to_stated(q, lo), _to_stated(q, hi)
    # no text: the interval is final, no rounding is read off the words a second time
    return replace(q, value=-q.value, low=-unit_hi, high=-unit_lo, qualifier="range", text="")


def _to_stated(q: Quantity, base: float) -> float:
    """A base-unit value back in the quantity's stated unit (fractions are per cent in base)."""
    one_lo, one_hi = effective_interval(replace(q, qualifier="exact", low=1.0, high=1.0,
                                                text="1"))
    scale = (one_lo + one_hi) / 2 or 1.0
    return base / scale


SAME, DIFFERENT, UNCLEAR = "same", "different", "unclear"


def same_time(a: Claim, b: Claim) -> tuple[str, str]:
    """`_same_time`, except that two scopes told apart only by a date guessed for an undated
    article ("last week" in an op-ed) are unclear, not different."""
    verdict, why = _same_time(a, b)
    ta, tb = a.frame.time, b.frame.time
    if verdict == DIFFERENT and ta is not None and tb is not None and (
            ta.estimated or tb.estimated) and not _far_in_time(ta, tb):
        return UNCLEAR, "a relative date in an undated article"
    return verdict, why


# A guessed article date can be off by days or weeks, not by this much.
GUESSED_DATE_SLACK_DAYS = 90


def _far_in_time(ta: TimeScope, tb: TimeScope) -> bool:
    """Two scopes further apart than any guess of an article's date could explain."""
    starts = [_day(t.start) for t in (ta, tb)]
    ends = [_day(t.end) for t in (ta, tb)]
    if None in starts or None in ends:
        return False
    gap = max((starts[0] - ends[1]).days, (starts[1] - ends[0]).days)  # type: ignore[operator]
    return gap > GUESSED_DATE_SLACK_DAYS


def _same_time(a: Claim, b: Claim) -> tuple[str, str]:
    """Whether two figures hold for the same time: SAME, DIFFERENT or UNCLEAR, and a reason
    a reader can check.

    Two closed periods that differ (2023 and 2024) are two quantities. A running count read at
    two dates, or periods that overlap without matching, is the same quantity at an unclear
    scope: the reviewer's "check the scope".
    """
    ta, tb = a.frame.time, b.frame.time
    if ta is None and tb is None:
        return UNCLEAR, "neither states its period"
    if ta is None or tb is None:
        return UNCLEAR, "only one states its period"
    tolls = all(c.frame.event in TOLL_EVENTS and c.quantity.kind == "count" for c in (a, b))
    if tolls and "period" not in (ta.kind, tb.kind) and not (ta.kind == tb.kind == "count_as_of"):
        # "20 killed on Monday" and "13 killed on Monday": the day of the attack, not the
        # moment of the count; tolls rise as reports come in. Other days: other attacks.
        if ta.key == tb.key:
            return UNCLEAR, TOLL_SAME_DAY
        return DIFFERENT, "different days"
    if ta.key == tb.key or (ta.start and ta.start == tb.start and ta.end == tb.end):
        open_ended = ta.kind in _OPEN_ENDED or tb.kind in _OPEN_ENDED
        if open_ended and ta.end != tb.end and not _long_run_read_close(ta, tb):
            return UNCLEAR, "a running count read at different dates"
        return SAME, "same period"
    if ta.start and ta.start == tb.start and _to_date(a, ta, tb) and _to_date(b, tb, ta):
        day_a, day_b = _day(a.written), _day(b.written)
        if day_a and day_b and abs((day_a - day_b).days) > 1:
            return UNCLEAR, "a running count read at different dates"
        return SAME, "same period to date"  # "this year" and "since 1 January"
    if _within(ta, tb) or _within(tb, ta):
        # "seized on 14 May" and "seized in May": maybe one event, maybe a part of a month
        return UNCLEAR, "one date falls inside the other's period"
    if ta.kind == tb.kind == "period":
        if _mostly_overlapping(ta, tb):
            # "last year" and "2024/25": a calendar and a financial year, as writers use them
            # for the same annual figure
            return SAME, "periods that mostly overlap"
        if _fiscal_and_calendar(ta, tb):
            # "next year's budget" written in February is the "2026/27" one as often as not
            return UNCLEAR, "a financial year against a calendar year"
        if ta.start and tb.start and ta.end and tb.end and (ta.end < tb.start or tb.end < ta.start
                                                            or ta.start != tb.start):
            return DIFFERENT, "different periods"
        if not (ta.start and tb.start):
            return DIFFERENT, "different periods"
    if ta.start and tb.start and ta.end and tb.end and (ta.end < tb.start or tb.end < ta.start):
        # Dated on both sides: a level on 1 June and on 9 June, or a count by 1 and by 8
        # September, are different readings; the topic timeline shows them side by side.
        return DIFFERENT, "different dates"
    if ta.start and tb.start and ta.start != tb.start and "period" not in (ta.kind, tb.kind):
        return DIFFERENT, "different dates"
    day_a, day_b = _month_day(ta.key), _month_day(tb.key)
    if day_a and day_b and day_a != day_b:
        return DIFFERENT, "different dates"  # "1 September" in an undated article
    return UNCLEAR, "overlapping periods stated differently"


# A count running for years ("since 2019") barely moves between readings this close.
LONG_RUN_DAYS = 365
CLOSE_READINGS_DAYS = 31


def _long_run_read_close(ta: TimeScope, tb: TimeScope) -> bool:
    start = _day(ta.start)
    ends = [_day(ta.end), _day(tb.end)]
    if start is None or ends[0] is None or ends[1] is None:
        return False
    return (min(ends) - start).days > LONG_RUN_DAYS and \
        abs((ends[0] - ends[1]).days) <= CLOSE_READINGS_DAYS


MOSTLY_OVERLAPPING = 0.7
_FISCAL_KEY = re.compile(r"(\d{4})/(\d\d)")


def _fiscal_and_calendar(ta: TimeScope, tb: TimeScope) -> bool:
    """A financial year ("2026/27") against one of the two calendar years it spans."""
    for fiscal, calendar in ((ta, tb), (tb, ta)):
        m = _FISCAL_KEY.fullmatch(fiscal.key)
        if m and re.fullmatch(r"\d{4}", calendar.key):
            first = int(m.group(1))
            if int(calendar.key) in (first, first + 1):
                return True
    return False


def _mostly_overlapping(ta: TimeScope, tb: TimeScope) -> bool:
    """Two periods of which the shared part is most of the longer one."""
    days = [_day(ta.start), _day(ta.end), _day(tb.start), _day(tb.end)]
    if any(d is None for d in days):
        return False
    a0, a1, b0, b1 = days  # type: ignore[misc]
    shared = (min(a1, b1) - max(a0, b0)).days + 1
    longer = max((a1 - a0).days, (b1 - b0).days) + 1
    return shared > 0 and shared / longer >= MOSTLY_OVERLAPPING and (a0, a1) != (b0, b1)


def _within(inner: TimeScope, outer: TimeScope) -> bool:
    """A single day inside a longer stated period (resolved, or matched by month)."""
    if inner.start is None or inner.start != inner.end or outer.start == outer.end:
        weekday = re.fullmatch(r"weekday (\d)", inner.key)
        if weekday and outer.start and outer.start == outer.end:
            day = _day(outer.start)
            return day is not None and day.weekday() == int(weekday.group(1))
        return False
    if outer.start and outer.end:
        return outer.start <= inner.start <= outer.end
    month = re.fullmatch(r"month (\d\d)", outer.key)
    return bool(month) and inner.start[5:7] == month.group(1)


def _to_date(claim: Claim, scope: TimeScope, other: TimeScope) -> bool:
    """A period still running when the article was written: "since 1 January", "this year"."""
    if scope.kind == "since":
        return True
    now = claim.published or (other.end if other.kind == "since" else None)
    return bool(scope.kind == "period" and now and scope.start and scope.end
                and scope.start <= now <= scope.end)


def _month_day(key: str) -> str | None:
    """The "MM-DD" of a single-day key ("2025-09-01" or "--09-01"), else None."""
    m = re.fullmatch(r"(?:\d{4}|-)-(\d\d-\d\d)", key)
    return m.group(1) if m else None


def disputed_in_one_article(a: Claim, b: Claim) -> bool:
    """Two parties of one article a few sentences apart: the article sets them against each
    other ("The ministry says 212,000 ... The party insists the number was closer to 390,000")."""
    if a.frame.event in TOLL_EVENTS or b.frame.event in TOLL_EVENTS:
        if a.frame.event != b.frame.event:
            return False  # a death toll is only disputed by another death toll
    return (a.source == b.source and a.attribution is not None and b.attribution is not None
            and abs(a.quantity.start - b.quantity.start) <= DISPUTE_DISTANCE
            and abs(a.line - b.line) <= 2)  # the same or the next paragraph


def places_differ(a: Claim, b: Claim) -> bool:
    """Both name a place and the names share nothing ("in Tijuana" vs "in Culiacán")."""
    pa, pb = a.frame.place.lower(), b.frame.place.lower()
    if not pa or not pb or pa in pb or pb in pa:
        return False
    return fuzz.token_set_ratio(pa, pb) < 50


def _far_apart(a: Quantity, b: Quantity) -> bool:
    """Figures more than SCOPE_MAX_RATIO apart with no shared scope are a part and a whole,
    one event and a year's total, not one quantity read at two moments."""
    lo, hi = sorted((_magnitude(a), _magnitude(b)))
    return lo > 0 and hi / lo > SCOPE_MAX_RATIO and not _slipped_zero(*_stated(a, b))


def _stated(a: Quantity, b: Quantity) -> tuple[float, float]:
    """The two stated values in one unit, smaller first: "more than 1.1 million" is 1.1 million
    here, so that a slipped zero against "around 110,000" shows."""
    la, ha = effective_interval(replace(a, qualifier="exact", low=a.value, high=a.value))
    lb, hb = effective_interval(replace(b, qualifier="exact", low=b.value, high=b.value))
    va, vb = abs(la + ha) / 2, abs(lb + hb) / 2
    return (va, vb) if va <= vb else (vb, va)


def _slipped_zero(lo: float, hi: float) -> bool:
    """Figures a power of ten apart ("one in 2,000" and "one in 20,000"): a typo, not a part."""
    if lo <= 0 or hi <= 0:
        return False
    power = math.log10(hi / lo)
    return abs(power - 1) <= 0.02  # one slipped digit; 2 against 2,000 is two things


def _magnitude(q: Quantity) -> float:
    """The size of a figure in its dimension's base unit (1.1 tonnes and 700 kg compare)."""
    low, high = effective_interval(q)
    return abs((low + high) / 2)


_OF_THE_WHOLE = re.compile(r"\s+(?:of|out of)\s+(?:the|its|their|all|some|about|around|nearly)?\s*"
                           r"([\d][\d,.]*(?:\s+(?:million|billion|m|bn))?)")


_BASELINE_MARK = re.compile(r"(?i)(?:\b(?:up|down|rising|falling|rose|fell|climbed|dropped)\s+"
                            r"from|\bcompared (?:with|to)|\bover (?:this|last) year['’]s [a-z]+ "
                            r"of|\bagainst a budget of|\bfrom a peak of)\s+(?:about\s+|some\s+)?$")


_BASELINE_WORDS = re.compile(r"(?i)\bfrom\b|\bcompared\b|\bover (?:this|last) year|"
                             r"\bagainst a budget")


@functools.lru_cache(maxsize=8192)
def _quantities_in(sentence: str) -> tuple[Quantity, ...]:
    return tuple(parse_quantities(sentence))


def _states_as_baseline(changed: Claim, other: Claim) -> bool:
    """`changed`'s sentence gives `other`'s value as the figure it moved from: the two
    describe the level before and after a change, not one quantity."""
    if other.source == changed.source and other.sentence_start == changed.sentence_start:
        return False
    if not _BASELINE_WORDS.search(changed.sentence):
        return False  # cheap test first: most sentences state no starting point
    for q in _quantities_in(changed.sentence):
        if q.start == changed.quantity.start - changed.sentence_start:
            continue
        if _BASELINE_MARK.search(changed.sentence[max(0, q.start - 40):q.start]) and \
                compatible(q, other.quantity):
            return True
    return False


def _names_the_other_as_whole(part: Claim, whole: Claim) -> bool:
    """ "about 2,100 of the 10,000 jobs cut": a figure stated as a part of the other figure."""
    local = part.quantity.end - part.sentence_start
    found = _OF_THE_WHOLE.match(part.sentence, local)
    if not found:
        return False
    stated = parse_quantities(found.group(1))
    return bool(stated) and math.isclose(stated[0].value, whole.quantity.value, rel_tol=0.01)


def _part_and_whole(a: Quantity, b: Quantity) -> bool:
    """Counts, measures or sums CONFLICT_MAX_RATIO apart: disputes about one figure differ by
    far less; a national total against one site's share is the usual reading. Percentages
    are exempt (a 14 per cent fall against a 1 per cent fall is a real dispute)."""
    if a.kind in ("percent", "percentage_points", "fraction", "multiplier"):
        return False
    lo, hi = sorted((_magnitude(a), _magnitude(b)))
    if lo <= 0 or hi / lo <= CONFLICT_MAX_RATIO:
        return False
    # €2.6 million against €260,000 is a slipped zero, exactly what a fact-checker wants
    return not _slipped_zero(*_stated(a, b))


def _vague(claim: Claim) -> bool:
    """ "dozens", "hundreds of thousands": too wide to ask a reviewer about a scope."""
    q = claim.quantity
    return q.qualifier == "range" and not any(ch.isdigit() for ch in q.text)


def _describe_time(scope: TimeScope | None) -> str:
    return f"“{scope.text}”" if scope else "no period stated"


def _say(claim: Claim) -> str:
    return (f"{claim.party} ({claim.source}, line {claim.line}) says {claim.quantity.text} "
            f"[{_describe_time(claim.frame.time)}]")


def judge(a: Claim, b: Claim, match: Match) -> Finding | None:
    """The verdict on one candidate pair, or None when it is nothing for a reviewer.

    None: two stated periods or places (deaths in 2023 and in 2024 are two quantities), a
    subset against the whole, a part, figures too far apart for their scope, or a scope
    question on a match that is not near certain.
    """
    qa, qb = _signed(a), _signed(b)
    pair_id = fingerprint(*sorted((a.id, b.id)))
    first, second = sorted((a, b), key=lambda c: (c.source, c.quantity.start))
    topic = topic_label([a, b])
    if compatible(qa, qb):
        return Finding(pair_id, "agree", 0.0, topic, match.score,
                       f"Values agree: {_say(first)}; {_say(second)}.", (first, second))
    scope, why = same_time(a, b)
    if scope == DIFFERENT or places_differ(a, b):
        return None  # two periods or two places: two quantities, nothing to check
    if scope == UNCLEAR and disputed_in_one_article(a, b) and a.frame.time is None and \
            b.frame.time is None and not _vague(a) and not _vague(b):
        scope, why = SAME, "one article sets the two parties against each other"
    if bool(a.frame.target) != bool(b.frame.target) and a.quantity.kind != "money":
        # "1,400 evictions from rent-stabilised flats" against "6,300 evictions": one counts
        # a subset the other does not name; a part is not the whole.
        return None
    if scope == UNCLEAR and "part" in (a.frame.aggregation, b.frame.aggregation):
        return None  # a part of two different wholes is nothing to check
    same = scope == SAME
    difference = relative_difference(qa, qb)
    if _states_as_baseline(a, b) or _states_as_baseline(b, a):
        return None  # "will pay $27,608, up from $24,650" against "$24,650 this year"
    if _names_the_other_as_whole(a, b) or _names_the_other_as_whole(b, a):
        return None  # "2,100 of the 10,000 jobs" against "10,000 jobs": a part of it
    if same and _part_and_whole(qa, qb):
        return None  # 48 million tonnes nationally and 3.1 million at one mine: not a dispute
    if same:
        severity = round(min(1.0, difference) * match.score, 3)
        return Finding(
            pair_id, "conflict", severity, topic, match.score,
            f"Same quantity and {why}, but the values cannot both hold: {_say(first)}; "
            f"{_say(second)}.", (first, second))
    # one swap of neighbouring digits (78 and 87 per cent) is the classic copy error: it ties
    # the two figures to one quantity more than a guess about their dates keeps them apart
    swapped = transposed(a.quantity.value, b.quantity.value)
    if scope == UNCLEAR and _before_the_other(a, b) and not (
            swapped and match.similarity >= MIN_RETOLD_SIMILARITY):
        return None  # "58.4 per cent in 2022" against an undated figure in a 2026 article
    # a slipped zero (12,000 and 1,200 officers) is the other classic copy error
    slipped = _slipped_zero(*_stated(qa, qb))
    certain = match.score >= MIN_SCOPE_SCORE or swapped or slipped or (
        # figures with no period of their own, in articles of the same day: the same "now";
        # not for tolls, which a day's news gives for several attacks
        match.score >= MIN_SAME_DAY_SCOPE_SCORE
        and _written_together(a, b)
        and not {a.frame.event, b.frame.event} & TOLL_EVENTS
        and a.frame.place.lower() == b.frame.place.lower()) or (
        # one toll read on one stated day: the reviewer checks whether it rose in between
        why == TOLL_SAME_DAY and match.score >= MIN_SAME_DAY_SCOPE_SCORE)
    if not certain or _vague(a) or _vague(b) or _far_apart(qa, qb) or \
            a.frame.event != b.frame.event and {a.frame.event, b.frame.event} & FATE_EVENTS \
            and a.quantity.kind == "count" and not (swapped and "" in (a.frame.event,
                                                                    b.frame.event)):
        # unsure it is the same quantity ("41 miners trapped" and "121 miners underground"
        # may be two), and no conflict: not worth a reviewer
        return None
    severity = round(min(1.0, difference) * match.score * 0.5, 3)
    return Finding(
        pair_id, "scope", severity, topic, match.score,
        f"Values differ but the scope does not match ({why}); check the scope: "
        f"{_say(first)}; {_say(second)}.", (first, second))


def _day(text: str | None) -> date | None:
    """An ISO day, or None for anything coarser ("2023") or malformed."""
    try:
        return date.fromisoformat(text) if text and len(text) == 10 else None
    except ValueError:
        return None


def _now(claim: Claim) -> str | None:
    """When an undated figure holds: its article's date (a news figure is as of writing)."""
    scope = claim.frame.time
    if scope is not None:
        return scope.end if scope.start and scope.end else None
    return claim.written


def _written_together(a: Claim, b: Claim) -> bool:
    """Both figures hold within a day of each other, stated or by their articles' dates."""
    if a.frame.time is not None and b.frame.time is not None:
        return False
    da, db = _now(a), _now(b)
    if not da or not db:
        return False
    day_a, day_b = _day(da), _day(db)
    return day_a is not None and day_b is not None and abs((day_a - day_b).days) <= 1


def _before_the_other(a: Claim, b: Claim) -> bool:
    """One states a period that ended long before the other, undated, was written."""
    for stated, undated in ((a, b), (b, a)):
        scope = stated.frame.time
        if scope is None or undated.frame.time is not None or not scope.end or \
                not undated.written or scope.kind not in ("period", "as_of", "count_as_of"):
            continue
        written, ended = _day(undated.written), _day(scope.end)
        if written is not None and ended is not None and (written - ended).days > 60:
            return True
    return False


def topic_label(claims: Sequence[Claim]) -> str:
    """A short label: the commonest counted phrase and event, e.g. "cartel members (transfer)"."""
    counted = Counter(c.frame.counted.lower() for c in claims if c.frame.counted)
    events = Counter(c.frame.event for c in claims if c.frame.event)
    label = counted.most_common(1)[0][0] if counted else claims[0].quantity.kind
    if events:
        label += f" ({events.most_common(1)[0][0]})"
    kind = claims[0].frame.aggregation
    if kind in ("change", "rate", "strength"):
        label += f", {kind}"
    return label


def _components(claims: Sequence[Claim], matches: Sequence[Match]) -> dict[int, list[Claim]]:
    """Claims connected by matches, keyed by a root index (union-find)."""
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for m in matches:
        parent[root(m.a)] = root(m.b)
    indices: dict[int, set[int]] = defaultdict(set)
    for m in matches:
        indices[root(m.a)].update((m.a, m.b))
    return {key: [claims[i] for i in sorted(group)] for key, group in indices.items()}


def build_topics(claims: Sequence[Claim], matches: Sequence[Match]) -> list[Topic]:
    """One topic per group of matched claims, the ones with different periods included: a
    running count at several dates is a timeline, not a finding."""
    topics = []
    for group in _components(claims, matches).values():
        ordered = tuple(sorted(group, key=lambda c: (c.source, c.quantity.start)))
        topics.append(Topic(min(c.id for c in group), topic_label(group), ordered))
    return sorted(topics, key=lambda t: (t.label, t.id))


def judge_all(claims: Sequence[Claim], candidates: Sequence[Match]) -> list[Finding]:
    """Findings for the candidate pairs worth a reviewer, labelled with their topic.

    Each claim keeps its best partner per party among the pairs that survive the verdict: a
    partner dropped for stating another year must not crowd out the one that fits.
    """
    judged = {}
    for m in candidates:
        finding = judge(claims[m.a], claims[m.b], m)
        if finding is not None:
            judged[(m.a, m.b)] = finding
    matches = mutual_best(claims, [m for m in candidates if (m.a, m.b) in judged])
    components = _components(claims, matches)
    # label and id once per topic, not once per match: a topic can hold thousands of pairs
    topic_of = {}
    for group in components.values():
        labelled = (topic_label(group), min(c.id for c in group))
        for c in group:
            topic_of[c.id] = labelled
    findings = []
    for m in matches:
        finding = judged[(m.a, m.b)]
        label, topic_id = topic_of[claims[m.a].id]
        findings.append(replace(finding, topic=label, topic_id=topic_id))
    order = {"conflict": 0, "scope": 1, "agree": 2}
    return sorted(findings, key=lambda f: (order[f.verdict], -f.severity, f.id))


def _same_thing_named(headline: Claim, body: Claim) -> bool:
    """A headline restates a body figure only if it counts the same thing: "Hundreds of
    officers" does not restate "nearer 200 prisoners"."""
    words = [w.rstrip("s")[:5] for w in re.findall(r"[a-z]{4,}", headline.frame.counted.lower())]
    if not words:
        return True
    said = body.sentence.lower()
    return any(w in said for w in words)


def headline_echoes(findings: Sequence[Finding], headlines: Sequence[Claim]) -> list[Finding]:
    """The findings again with a headline in place of the body figure it repeats: a wrong
    figure in a headline ("Bank raises rates to 7.25%") is read far more than the body, so a
    reviewer sees it named too. Agreements are not echoed."""
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for h in headlines:
        by_source[h.source].append(h)
    echoes: dict[str, Finding] = {}
    seen = {f.id for f in findings}
    for f in findings:
        if f.verdict == "agree":
            continue
        for mine, other in ((f.claims[0], f.claims[1]), (f.claims[1], f.claims[0])):
            for h in by_source.get(mine.source, ()):
                q, hq = mine.quantity, h.quantity
                if (hq.value, hq.unit, hq.kind) != (q.value, q.unit, q.kind) or \
                        other.source == h.source and other.quantity.start == hq.start or \
                        _vague(h) or not _same_thing_named(h, mine):
                    continue
                pair_id = fingerprint(*sorted((h.id, other.id)))
                if pair_id in seen or pair_id in echoes:
                    continue
                first, second = sorted((h, other), key=lambda c: (c.source, c.quantity.start))
                echoes[pair_id] = replace(
                    f, id=pair_id, claims=(first, second),
                    explanation=f.explanation + f" The headline of {h.source} repeats "
                    f"{hq.text} (line {h.line}).")
    return sorted([*findings, *echoes.values()],
                  key=lambda f: ({"conflict": 0, "scope": 1, "agree": 2}[f.verdict],
                                 -f.severity, f.id))
