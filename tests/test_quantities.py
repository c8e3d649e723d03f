"""Parser tests: a phrase table covering every reading rule, plus hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verifier.quantities import parse_quantities
from verifier.records import (
    KIND_AGE,
    KIND_COUNT,
    KIND_DATE,
    KIND_DURATION,
    KIND_FRACTION,
    KIND_MEASURE,
    KIND_MONEY,
    KIND_MULTIPLIER,
    KIND_ORDINAL,
    KIND_PERCENT,
    KIND_POINTS,
    KIND_RATIO,
    KIND_YEAR,
    QUALIFIERS,
    Quantity,
)

ANY = object()  # "don't check this field"
N = None

# (sentence, span, value, unit, kind, low, high, qualifier)
CASES: list[tuple[str, str, float, str, str, object, object, str]] = [
    # digits, separators, decimals
    ("The government has reported 14,102 homicide victims.", "14,102", 14102, "", KIND_COUNT,
     14102, 14102, "exact"),
    ("18,000", "18,000", 18000, "", KIND_COUNT, 18000, 18000, "exact"),
    ("with 4.6 points of growth", "4.6 points", 4.6, "percentage_points", KIND_POINTS, 4.6, 4.6,
     "exact"),
    ("a group formed by 800 officers.", "800", 800, "", KIND_COUNT, 800, 800, "exact"),
    ("in all 50 states", "50", 50, "", KIND_COUNT, 50, 50, "exact"),
    ("they counted 1,234,567.5 units", "1,234,567.5", 1234567.5, "", KIND_COUNT, ANY, ANY,
     "exact"),
    # number words
    ("at least sixteen criminal suspects", "at least sixteen", 16, "", KIND_COUNT, 16, N,
     "at_least"),
    ("more than fifty cartel members", "more than fifty", 50, "", KIND_COUNT, 50, N,
     "more_than"),
    ("twenty-three soldiers", "twenty-three", 23, "", KIND_COUNT, 23, 23, "exact"),
    ("a thousand people", "a thousand", 1000, "", KIND_COUNT, 1000, 1000, "exact"),
    ("killing over a thousand people", "over a thousand", 1000, "", KIND_COUNT, 1000, N,
     "more_than"),
    ("possibly as many as four million", "as many as four million", 4e6, "", KIND_COUNT, N,
     4e6, "at_most"),
    ("stands to exceed one trillion dollars this year", "one trillion dollars", 1e12, "USD",
     KIND_MONEY, 1e12, 1e12, "exact"),
    ("a dozen officials", "a dozen", 12, "", KIND_COUNT, 12, 12, "exact"),
    ("eighteen towns along the border", "eighteen", 18, "", KIND_COUNT, 18, 18, "exact"),
    ("the ten most wanted fugitives", "ten", 10, "", KIND_COUNT, 10, 10, "exact"),
    ("four hundred and twenty-one thousand votes", "four hundred and twenty-one thousand",
     421000, "", KIND_COUNT, ANY, ANY, "exact"),
    ("one and a half million people", "one and a half million", 1.5e6, "", KIND_COUNT, ANY,
     ANY, "exact"),
    # dozens
    ("transferred more than two dozen high-level criminals", "more than two dozen", 24, "",
     KIND_COUNT, 24, N, "more_than"),
    ("two dozen people", "two dozen", 24, "", KIND_COUNT, 24, 24, "exact"),
    # scale words and currency
    ("received over $3.6 billion from Congress", "over $3.6 billion", 3.6e9, "USD",
     KIND_MONEY, 3.6e9, N, "more_than"),
    ("trade reached $935.1 billion in 2024", "$935.1 billion", 935.1e9, "USD", KIND_MONEY,
     ANY, ANY, "exact"),
    ("a fine of £750,000", "£750,000", 750000, "GBP", KIND_MONEY, ANY, ANY, "exact"),
    ("involving $13 billion in Chinese investments", "$13 billion", 13e9, "USD", KIND_MONEY,
     ANY, ANY, "exact"),
    ("a US$5m grant", "US$5m", 5e6, "USD", KIND_MONEY, ANY, ANY, "exact"),
    ("a €2bn package", "€2bn", 2e9, "EUR", KIND_MONEY, ANY, ANY, "exact"),
    ("a $2.5bn deal", "$2.5bn", 2.5e9, "USD", KIND_MONEY, ANY, ANY, "exact"),
    ("the city has 3.5m residents", "3.5m", 3.5e6, "", KIND_COUNT, ANY, ANY, "exact"),
    ("paid 20 million pesos", "20 million pesos", 2e7, "MXN", KIND_MONEY, ANY, ANY, "exact"),
    ("worth 40 euros", "40 euros", 40, "EUR", KIND_MONEY, ANY, ANY, "exact"),
    ("a 5 billion pounds bailout", "5 billion pounds", 5e9, "GBP", KIND_MONEY, ANY, ANY,
     "exact"),
    ("cost USD 12 million", "USD 12 million", 12e6, "USD", KIND_MONEY, ANY, ANY, "exact"),
    ("a trillion-dollar dilemma", "a trillion-dollar", 1e12, "USD", KIND_MONEY, ANY, ANY,
     "exact"),
    ("millions of dollars in bribes", "millions of dollars", 2e6, "USD", KIND_MONEY, 2e6,
     999_999_999, "range"),
    # percent and points
    ("murders have fallen 14 per cent", "14 per cent", 14, "percent", KIND_PERCENT, 14, 14,
     "exact"),
    ("a 37% reduction", "37%", 37, "percent", KIND_PERCENT, 37, 37, "exact"),
    ("64 percent of voters", "64 percent", 64, "percent", KIND_PERCENT, 64, 64, "exact"),
    ("inflation hit 14pc", "14pc", 14, "percent", KIND_PERCENT, 14, 14, "exact"),
    ("imposed a 25% tariff", "25%", 25, "percent", KIND_PERCENT, 25, 25, "exact"),
    ("a 25 per cent tariff on all imports", "25 per cent", 25, "percent", KIND_PERCENT, 25, 25,
     "exact"),
    ("rose 3 percentage points", "3 percentage points", 3, "percentage_points", KIND_POINTS, 3,
     3, "exact"),
    ("cut rates by 50 basis points", "50 basis points", 50, "basis_points", KIND_POINTS, 50,
     50, "exact"),
    ("over 80 per cent of them Mexican", "over 80 per cent", 80, "percent", KIND_PERCENT, 80, N,
     "more_than"),
    ("approval rates at around 82 per cent", "around 82 per cent", 82, "percent",
     KIND_PERCENT, pytest.approx(82 * 0.97), pytest.approx(82 * 1.03), "approx"),
    ("fourteen per cent of cases", "fourteen per cent", 14, "percent", KIND_PERCENT, 14, 14,
     "exact"),
    # measures and counted items
    ("a record haul of 1.1 tonnes on", "1.1 tonnes", 1.1, "tonne", KIND_MEASURE, 1.1, 1.1,
     "exact"),
    ("seized 1,100 kg of cocaine", "1,100 kg", 1100, "kg", KIND_MEASURE, 1100, 1100, "exact"),
    ("troops seizing 163kg of fentanyl powder", "163kg", 163, "kg", KIND_MEASURE, 163, 163,
     "exact"),
    ("by committing 312,000 barrels of oil", "312,000 barrels", 312000, "barrel", KIND_MEASURE,
     ANY, ANY, "exact"),
    ("over 1.13 million fentanyl pills", "over 1.13 million", 1.13e6, "", KIND_COUNT, 1.13e6,
     N, "more_than"),
    ("500 pounds of meth", "500 pounds", 500, "lb", KIND_MEASURE, ANY, ANY, "exact"),
    ("a 2,000-mile border", "2,000-mile", 2000, "mile", KIND_MEASURE, ANY, ANY, "exact"),
    ("burned 40 hectares", "40 hectares", 40, "hectare", KIND_MEASURE, ANY, ANY, "exact"),
    # fractions and shares
    ("forced to cede over half its territory", "over half", 0.5, "fraction", KIND_FRACTION,
     0.5, N, "more_than"),
    ("exports account for about one third of the nation's GDP", "about one third", 1 / 3,
     "fraction", KIND_FRACTION, ANY, ANY, "approx"),
    ("a third of Mexicans", "a third", 1 / 3, "fraction", KIND_FRACTION, ANY, ANY, "exact"),
    ("three quarters of murders", "three quarters", 0.75, "fraction", KIND_FRACTION, ANY, ANY,
     "exact"),
    ("a two-thirds majority", "two-thirds", 2 / 3, "fraction", KIND_FRACTION, ANY, ANY,
     "exact"),
    ("a quarter of the budget", "a quarter", 0.25, "fraction", KIND_FRACTION, ANY, ANY,
     "exact"),
    ("representing more than half of the population", "more than half", 0.5, "fraction",
     KIND_FRACTION, 0.5, N, "more_than"),
    ("half a million migrants", "half a million", 5e5, "", KIND_COUNT, ANY, ANY, "exact"),
    ("one in five Mexicans", "one in five", 0.2, "fraction", KIND_FRACTION, ANY, ANY, "exact"),
    # multipliers
    ("a threefold increase", "threefold", 3, "times", KIND_MULTIPLIER, 3, 3, "exact"),
    ("a three-fold increase", "three-fold", 3, "times", KIND_MULTIPLIER, 3, 3, "exact"),
    ("has doubled arms seizures", "doubled", 2, "times", KIND_MULTIPLIER, 2, 2, "exact"),
    ("twice as many", "twice", 2, "times", KIND_MULTIPLIER, 2, 2, "exact"),
    ("prices tripled", "tripled", 3, "times", KIND_MULTIPLIER, 3, 3, "exact"),
    ("seizures quadrupled", "quadrupled", 4, "times", KIND_MULTIPLIER, 4, 4, "exact"),
    ("the budget was halved", "halved", 0.5, "times", KIND_MULTIPLIER, ANY, ANY, "exact"),
    ("a 10-fold rise", "10-fold", 10, "times", KIND_MULTIPLIER, ANY, ANY, "exact"),
    ("three times as many", "three times", 3, "times", KIND_MULTIPLIER, ANY, ANY, "exact"),
    # ranges
    ("between 150 and 200 people", "between 150 and 200", 175, "", KIND_COUNT, 150, 200,
     "range"),
    ("150-200 people", "150-200", 175, "", KIND_COUNT, 150, 200, "range"),
    ("150 to 200 people", "150 to 200", 175, "", KIND_COUNT, 150, 200, "range"),
    ("between 10 and 15 per cent", "between 10 and 15 per cent", 12.5, "percent", KIND_PERCENT,
     10, 15, "range"),
    ("$3-4 billion in aid", "$3-4 billion", 3.5e9, "USD", KIND_MONEY, 3e9, 4e9, "range"),
    ("five to ten years", "five to ten years", 7.5, "year", KIND_DURATION, 5, 10, "range"),
    # qualifiers
    ("at least 1,297 people have gone missing", "at least 1,297", 1297, "", KIND_COUNT, 1297, N,
     "at_least"),
    ("no fewer than 40 crime bosses", "no fewer than 40", 40, "", KIND_COUNT, 40, N,
     "at_least"),
    ("a minimum of 30 agents", "a minimum of 30", 30, "", KIND_COUNT, 30, N, "at_least"),
    ("in excess of 500 arrests", "in excess of 500", 500, "", KIND_COUNT, 500, N, "more_than"),
    ("upwards of 300 troops", "upwards of 300", 300, "", KIND_COUNT, 300, N, "more_than"),
    ("fewer than 100 cases", "fewer than 100", 100, "", KIND_COUNT, N, 100, "less_than"),
    ("under 5% of the total", "under 5%", 5, "percent", KIND_PERCENT, N, 5, "less_than"),
    ("with up to 10,000 agents", "up to 10,000", 10000, "", KIND_COUNT, N, 10000, "at_most"),
    ("no more than 20 officers", "no more than 20", 20, "", KIND_COUNT, N, 20, "at_most"),
    ("seizures to almost 9,000 in six months", "almost 9,000", 9000, "", KIND_COUNT,
     pytest.approx(8100), 9000, "at_most"),
    ("nearly 200 soldiers", "nearly 200", 200, "", KIND_COUNT, pytest.approx(180), 200,
     "at_most"),
    ("just under 3,000 migrants", "just under 3,000", 3000, "", KIND_COUNT, pytest.approx(2850),
     3000, "at_most"),
    ("Last year, around 80,000 Americans died", "around 80,000", 80000, "", KIND_COUNT,
     pytest.approx(72000), pytest.approx(88000), "approx"),
    ("some 12 million Americans", "some 12 million", 12e6, "", KIND_COUNT, ANY, ANY, "approx"),
    ("an estimated 50 officials", "an estimated 50", 50, "", KIND_COUNT, ANY, ANY, "approx"),
    ("roughly 7,000 troops", "roughly 7,000", 7000, "", KIND_COUNT, ANY, ANY, "approx"),
    ("~400 homes", "~400", 400, "", KIND_COUNT, ANY, ANY, "approx"),
    ("90 per cent or above", "90 per cent or above", 90, "percent", KIND_PERCENT, 90, N,
     "at_least"),
    ("10,000+ soldiers", "10,000+", 10000, "", KIND_COUNT, 10000, N, "at_least"),
    # vague amounts
    ("dozens of officials", "dozens", 24, "", KIND_COUNT, 24, 144, "range"),
    ("hundreds of arrests", "hundreds", 200, "", KIND_COUNT, 200, 999, "range"),
    ("thousands of Mexican National Guard troops", "thousands", 2000, "", KIND_COUNT, 2000,
     9999, "range"),
    ("tens of thousands of soldiers", "tens of thousands", 20000, "", KIND_COUNT, 20000, 99999,
     "range"),
    ("blocked hundreds of thousands of immigrants", "hundreds of thousands", 200000, "",
     KIND_COUNT, 200000, 999999, "range"),
    ("millions of people", "millions", 2e6, "", KIND_COUNT, ANY, ANY, "range"),
    ("several hundred agents", "several hundred", 300, "", KIND_COUNT, 300, 900, "range"),
    # compounds and glued tokens
    ("Sheinbaum's 10,000-troop response", "10,000", 10000, "", KIND_COUNT, ANY, ANY, "exact"),
    ("the 133,000-strong National Guard", "133,000-strong", 133000, "", KIND_COUNT, ANY, ANY,
     "exact"),
    ("an additional 10,000 National Guardtroops to eighteen towns", "10,000", 10000, "",
     KIND_COUNT, ANY, ANY, "exact"),
    # ratios
    ("there were 4.6 U.S. uniformed personnel for every apprehended migrant", "4.6", 4.6,
     "per", KIND_RATIO, ANY, ANY, "exact"),
    ("a rate of 25 per 100,000 inhabitants", "25 per 100,000", 25, "per_100000", KIND_RATIO,
     ANY, ANY, "exact"),
    # years, dates, ages, durations, ordinals
    ("in 2024 the economy grew", "2024", 2024, "year", KIND_YEAR, ANY, ANY, "exact"),
    ("after a campaign in 1985.", "1985", 1985, "year", KIND_YEAR, ANY, ANY, "exact"),
    ("cede territory in 1848 after a U.S. invasion", "1848", 1848, "year", KIND_YEAR, ANY, ANY,
     "exact"),
    ("Since 2018, cooperation fell", "2018", 2018, "year", KIND_YEAR, ANY, ANY, "exact"),
    ("the 2025-2026 review", "2025-2026", 2025, "year", KIND_YEAR, 2025, 2026, "range"),
    ("in the 1990s", "1990s", 1990, "year", KIND_YEAR, 1990, 1999, "range"),
    ("on 20 February, officials", "20 February", 220, "date", KIND_DATE, ANY, ANY, "exact"),
    ("on 14 June 2025 the", "14 June 2025", 20250614, "date", KIND_DATE, ANY, ANY, "exact"),
    ("- November 27, 2025", "November 27, 2025", 20251127, "date", KIND_DATE, ANY, ANY,
     "exact"),
    ("since February 20 there", "February 20", 220, "date", KIND_DATE, ANY, ANY, "exact"),
    ("Since January 2025, Trump has", "January 2025", 20250100, "date", KIND_DATE, ANY, ANY,
     "exact"),
    ("including 72-year-old Rafael Caro Quintero", "72-year-old", 72, "year", KIND_AGE, ANY,
     ANY, "exact"),
    ("a man aged 40 was", "40", 40, "year", KIND_AGE, ANY, ANY, "exact"),
    ("a 21st-century battle", "21st", 21, "", KIND_ORDINAL, ANY, ANY, "exact"),
    ("In his first 100 days in office", "100 days", 100, "day", KIND_DURATION, ANY, ANY,
     "exact"),
    ("in the first six months of the term", "six months", 6, "month", KIND_DURATION, ANY, ANY,
     "exact"),
    ("for thirteen years. The", "thirteen years", 13, "year", KIND_DURATION, ANY, ANY,
     "exact"),
    ("at that luncheon 35 years ago", "35 years", 35, "year", KIND_DURATION, ANY, ANY, "exact"),
    ("almost two decades ago", "almost two decades", 2, "decade", KIND_DURATION, ANY, 2,
     "at_most"),
    ("won a one-month reprieve", "one-month", 1, "month", KIND_DURATION, ANY, ANY, "exact"),
    ("sent 2000 troops north", "2000", 2000, "", KIND_COUNT, ANY, ANY, "exact"),
    ("more than 2000 people", "more than 2000", 2000, "", KIND_COUNT, 2000, N, "more_than"),
    ("cuts the quota by nearly a fifth this year", "nearly a fifth", 0.2, "fraction",
     KIND_FRACTION, ANY, ANY, "at_most"),
    ("down by roughly a third since 2000", "roughly a third", 1 / 3, "fraction", KIND_FRACTION,
     ANY, ANY, "approx"),
]


def _find(qs: list[Quantity], span: str) -> Quantity:
    for q in qs:
        if q.text == span:
            return q
    raise AssertionError(f"{span!r} not found in {[q.text for q in qs]}")


@pytest.mark.parametrize(
    "sentence,span,value,unit,kind,low,high,qualifier", CASES, ids=[c[0][:40] for c in CASES])
def test_phrase_table(sentence: str, span: str, value: float, unit: str, kind: str,
                      low: object, high: object, qualifier: str) -> None:
    q = _find(parse_quantities(sentence), span)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.kind == kind
    assert q.qualifier == qualifier
    if low is not ANY:
        assert q.low == (pytest.approx(low) if isinstance(low, float | int) else low)
    if high is not ANY:
        assert q.high == (pytest.approx(high) if isinstance(high, float | int) else high)


def test_table_is_large() -> None:
    assert len(CASES) >= 90


def test_change_gives_two_roles() -> None:
    qs = parse_quantities("revised its growth forecast downward from 0.6% to 0.3% due to risks")
    assert [(q.text, q.value, q.kind, q.role) for q in qs] == [
        ("0.6%", 0.6, KIND_PERCENT, "from"), ("0.3%", 0.3, KIND_PERCENT, "to")]
    assert all(q.qualifier == "exact" for q in qs)


def test_change_inherits_unit() -> None:
    qs = parse_quantities("tariffs rose from 10 to 25 per cent")
    assert [(q.value, q.unit, q.role) for q in qs] == [(10, "percent", "from"),
                                                        (25, "percent", "to")]


def test_year_range_stays_two_years() -> None:
    qs = parse_quantities("received over $3.6 billion from Congress between 2008 and 2023.")
    assert [(q.text, q.kind) for q in qs] == [("over $3.6 billion", KIND_MONEY),
                                              ("2008", KIND_YEAR), ("2023", KIND_YEAR)]


def test_real_news_sentence() -> None:
    s = ("Operación Frontera, Sheinbaum's 10,000-troop response to Trump's tariff threats, has "
         "yielded results, with troops seizing 163kg of fentanyl powder and over 1.13 million "
         "fentanyl pills in the first two months.")
    got = [(q.text, q.value, q.kind) for q in parse_quantities(s)]
    assert got == [("10,000", 10000, KIND_COUNT), ("163kg", 163, KIND_MEASURE),
                   ("over 1.13 million", 1.13e6, KIND_COUNT),
                   ("two months", 2, KIND_DURATION)]


def test_a_change_and_the_level_it_reached_keep_their_own_units() -> None:
    got = [(q.text, q.value, q.unit) for q in
           parse_quantities("Net income fell 12 percent to $4.3 billion")]
    assert got == [("12 percent", 12, "percent"), ("$4.3 billion", 4.3e9, "USD")]
    got = [(q.text, q.value, q.kind) for q in parse_quantities("rose 5 per cent to 2.1 million")]
    assert got == [("5 per cent", 5, "percent"), ("2.1 million", 2.1e6, "count")]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("after 130mm of rain fell", 130, "mm"), ("9,450 GL of water", 9450, "gigalitre"),
    ("945 gigalitres", 945, "gigalitre"), ("12 inches of snow", 12, "inch"),
    ("lost 14.6 GW of load", 14.6, "gw"), ("16.4 gigawatts", 16.4, "gw")])
def test_rain_and_water_units(text: str, value: float, unit: str) -> None:
    (q,) = parse_quantities(text)
    assert (q.value, q.unit, q.kind) == (value, unit, "measure")


def test_percent_pair_sentence() -> None:
    s = "with 75 per cent of murders committed in just 7 per cent of Mexico's municipalities"
    got = [(q.text, q.value, q.qualifier) for q in parse_quantities(s)]
    assert got == [("75 per cent", 75, "exact"), ("7 per cent", 7, "exact")]


NEGATIVE = [
    "one of the most fundamental relationships",
    "Salvador's MS-13 gang",
    "COVID-19 restrictions",
    "the G7 summit",
    "F-16 jets",
    "the 9/11 attacks",
    "the charity Utopia 56 counts deaths",
    "cases per million doses",
    "a chance of one in a million",
    "the Boeing 737 jets",
    "ranked No. 1 in the list",
    "call 555-123-4567 now",
    "version 1.2.3 of the app",
    "a 5G network",
    "the Jalisco New Generation Cartel (CJNG)",
    "a third quarter slump",
    "America's third-largest trading partner",
    "in the first half of 2025",
    "a third term in office",
    "won a third in a row",
    "a fifth consecutive year",
    "no one was hurt",
    "at 10:30 the meeting began",
    "Title 42 expulsions",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_negative_no_comparable_quantity(sentence: str) -> None:
    qs = parse_quantities(sentence)
    assert [q for q in qs if q.kind not in (KIND_YEAR, KIND_DATE)] == []


@pytest.mark.parametrize("sentence,kind", [
    ("in 2024", KIND_YEAR), ("since 2018", KIND_YEAR), ("in 1985", KIND_YEAR),
    ("on 5 March", KIND_DATE), ("on 14 June", KIND_DATE), ("72-year-old", KIND_AGE),
    ("the 2024 election", KIND_YEAR), ("1985", KIND_YEAR),
])
def test_context_numbers_never_counts(sentence: str, kind: str) -> None:
    qs = parse_quantities(sentence)
    assert len(qs) == 1 and qs[0].kind == kind


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------


def _check_invariants(text: str, qs: list[Quantity]) -> None:
    last_end = -1
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end
        assert q.start < q.end
        assert q.qualifier in QUALIFIERS
        last_end = q.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_crashes_and_spans_slice(text: str) -> None:
    _check_invariants(text, parse_quantities(text))


_NEWSY = st.lists(st.sampled_from([
    "more than", "around", "1,200", "two", "dozen", "-", "to", "from", "between", "and", "%",
    "per cent", "$", "3.6", "billion", "half", "a", "third", "2024", "February", "20", "years",
    "old", "-year-old", "kg", "tonnes", " ", ",", ".", "one", "in", "five", "MS-13", "~",
    "fold", "times", "or more", "+", "hundreds", "of", "thousands",
]), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_NEWSY)
def test_invariants_on_newsy_text(text: str) -> None:
    _check_invariants(text, parse_quantities(text))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=10**12))
def test_comma_formatted_integers_round_trip(n: int) -> None:
    s = f"{n:,}"
    qs = parse_quantities(f"officials counted {s} items")
    assert len(qs) == 1
    if len(s) == 4 and 1000 <= n <= 2999:
        return  # "2024" without a separator may be a year; with one ("2,024") it cannot
    assert qs[0].value == n and qs[0].text == s


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, hyphen: bool, use_and: bool) -> str:
    """English words for 0 < n < 1000."""
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
    if rest:
        if rest < 20:
            words = _ONES[rest]
        else:
            tens, ones = divmod(rest, 10)
            words = _TENS[tens] + (("-" if hyphen else " ") + _ONES[ones] if ones else "")
        if hundreds and use_and:
            parts.append("and")
        parts.append(words)
    return " ".join(parts)


def to_words(n: int, hyphen: bool = True, use_and: bool = True) -> str:
    """English words for 0 < n < 1,000,000 ("four hundred and twenty-one thousand ...")."""
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append(_below_thousand(thousands, hyphen, use_and) + " thousand")
    if rest:
        if thousands and use_and and rest < 100:
            parts.append("and")
        parts.append(_below_thousand(rest, hyphen, use_and))
    return " ".join(parts)


def test_to_words_helper() -> None:
    assert to_words(421_321) == "four hundred and twenty-one thousand three hundred and twenty-one"
    assert to_words(1_005) == "one thousand and five"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=999_999), st.booleans(), st.booleans())
def test_number_words_round_trip(n: int, hyphen: bool, use_and: bool) -> None:
    words = to_words(n, hyphen, use_and)
    qs = parse_quantities(f"Officials said {words} people were moved.")
    assert len(qs) == 1, (words, qs)
    assert qs[0].value == n and qs[0].text == words


@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier"), [
    ("diverted elsewhere for a day and a half", "a day and a half", 1.5, "day", "exact"),
    ("the ferry was gone in under half an hour", "under half an hour", 0.5, "hour",
     "less_than"),
    ("kick-off was delayed by more than an hour", "more than an hour", 1.0, "hour",
     "more_than"),
    ("it took one and a half days", "one and a half days", 1.5, "day", "exact"),
])
def test_durations_in_words(text: str, span: str, value: float, unit: str,
                            qualifier: str) -> None:
    q = _find(parse_quantities(text), span)
    assert (q.value, q.unit, q.kind, q.qualifier) == (value, unit, "duration", qualifier)


def test_half_of_something_stays_a_fraction() -> None:
    assert [(q.text, q.kind) for q in parse_quantities("half of the vote")] == [
        ("half", "fraction")]
