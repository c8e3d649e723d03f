"""Compatibility rules: bands, soft caps, unit conversion and dimensions."""

from __future__ import annotations

import pytest

from verifier.intervals import (
    MORE_THAN_CAP,
    compatible,
    dimension,
    effective_interval,
    relative_difference,
    transposed,
)
from verifier.quantities import parse_quantities
from verifier.records import Quantity


def q(text: str) -> Quantity:
    """The single quantity a short phrase states."""
    found = parse_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("a,b", [
    ("around 80,000", "78,500"),
    ("more than fifty", "55"),
    ("1.1 tonnes", "1,100 kg"),
    ("three quarters", "75 per cent"),
    ("almost 9,000", "8,950"),
    ("more than two dozen", "29"),
    ("1.4 million", "1,412,000"),
    ("two-thirds", "67%"),
    ("a third", "33 per cent"),
    ("half", "50%"),
    ("one in five", "20 per cent"),
    ("$3.6 billion", "$3,600 million"),
    ("£750,000", "£750,000"),
    ("between 150 and 200", "180"),
    ("150-200", "between 160 and 250"),
    ("threefold", "three times"),
    ("doubled", "twice"),
    ("up to 10,000", "8,000"),
    ("fewer than 100", "85"),
    ("thousands", "4,500"),
    ("25 percentage points", "2,500 basis points"),
    ("2 miles", "3.2 km"),
    ("100 pounds of", "45.4 kg"),
    ("14 per cent", "14.4%"),
    ("about 1,800", "1,850"),
    ("more than a dozen", "19"),
    ("a third", "32 per cent"),
    ("half", "48%"),
    ("some 12,900", "13,200"),
    ("roughly 15 per cent", "16 per cent"),
])
def test_compatible(a: str, b: str) -> None:
    qa, qb = q(a), q(b)
    assert compatible(qa, qb), (effective_interval(qa), effective_interval(qb))
    assert compatible(qb, qa)
    assert relative_difference(qa, qb) == 0.0


@pytest.mark.parametrize("a,b", [
    ("more than 200,000", "more than 300,000"),
    ("14 per cent", "1 per cent"),
    ("almost 9,000", "9,500"),
    ("around 80,000", "110,000"),
    ("more than fifty", "80"),
    ("1.1 tonnes", "1.4 tonnes"),
    ("$13 billion", "€13 billion"),
    ("25%", "25 percentage points"),
    ("10,000", "10,000 kg"),
    ("threefold", "3"),
    ("fewer than 100", "40"),
    ("1.4 million", "1,500,000"),
    # a precise figure hedged stays precise; a round one keeps the full ±10 %
    ("some 12,900", "more than 14,000"),
    ("about 487", "520"),
    ("approximately 380,000", "about half a million"),
    ("around 210,000", "as many as 400,000"),
    ("5.4 per cent", "just under 6 per cent"),
    ("a third", "38 per cent"),
    ("253", "254"),  # whole counts are exact: no 253.5 survivors
])
def test_not_compatible(a: str, b: str) -> None:
    qa, qb = q(a), q(b)
    assert not compatible(qa, qb), (effective_interval(qa), effective_interval(qb))
    assert not compatible(qb, qa)
    assert 0.0 < relative_difference(qa, qb) <= 1.0


def test_dates_years_ages_never_comparable() -> None:
    for text in ("20 February", "in 2024", "72-year-old", "21st"):
        x = q(text)
        assert dimension(x) == ""
        assert not compatible(x, x)
        assert relative_difference(x, x) == 1.0


def test_dimensions() -> None:
    assert dimension(q("12 people")) == "count"
    assert dimension(q("$5")) == "money:USD"
    assert dimension(q("5 pesos")) == "money:MXN"
    assert dimension(q("half")) == "percent"
    assert dimension(q("5%")) == "percent"
    assert dimension(q("5 percentage points")) == "points"
    assert dimension(q("5 tonnes")) == "mass"
    assert dimension(q("5 miles")) == "length"
    assert dimension(q("5 barrels")) == "volume"
    assert dimension(q("doubled")) == "times"
    assert dimension(q("4.6 agents for every migrant")) == "ratio"


def test_soft_cap_and_base_units() -> None:
    lo, hi = effective_interval(q("more than 200,000"))
    assert lo == pytest.approx(200_000) and hi == pytest.approx(200_000 * MORE_THAN_CAP)
    lo, hi = effective_interval(q("1.1 tonnes"))
    assert lo == pytest.approx(1050) and hi == pytest.approx(1150)
    lo, hi = effective_interval(q("three quarters"))  # a simple fraction in words rounds
    assert lo == pytest.approx(75 * (1 - 0.075)) and hi == pytest.approx(75 * 1.075)
    lo, hi = effective_interval(q("one in 2,000"))  # one with digits does not
    assert lo == pytest.approx(0.05) and hi == pytest.approx(0.05)


def test_relative_difference_scale() -> None:
    d = relative_difference(q("14 per cent"), q("1 per cent"))
    assert 0.8 < d < 1.0
    assert relative_difference(q("100"), q("5%")) == 1.0


def test_durations_compare_in_days() -> None:
    # whether a duration is a figure at all ("the wait was 31 weeks") or a period ("in the
    # past six months") is the claims stage's call; once it is one, weeks meet days
    assert dimension(q("31 weeks")) == "duration"
    assert compatible(q("31 weeks"), q("217 days"))
    assert not compatible(q("31 weeks"), q("26 weeks"))


@pytest.mark.parametrize(("a", "b"), [(2870, 2780), (1.2e6, 2.1e6), (38, 83), (2174, 2147),
                                      (650_000, 560_000), (4.5, 5.4)])
def test_a_swap_of_neighbouring_digits_is_a_transposition(a: float, b: float) -> None:
    assert transposed(a, b) and transposed(b, a)


@pytest.mark.parametrize(("a", "b"), [(29, 29), (7, 7), (1.4e6, 14), (9.1, 91), (2174, 2417),
                                      (123, 321), (14, 15), (4500, 45_000)])
def test_other_differences_are_not_transpositions(a: float, b: float) -> None:
    assert not transposed(a, b)


def test_months_and_years_have_no_fixed_length_in_days() -> None:
    def first(text: str) -> Quantity:
        return parse_quantities(text)[0]

    assert compatible(first("a two-month state of emergency"), first("the 60-day state"))
    assert compatible(first("a one-year term"), first("a 52-week term"))
    assert not compatible(first("a two-month ban"), first("a 45-day ban"))
