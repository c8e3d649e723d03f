"""Comparison rules for quantities: bands, soft caps, unit conversion and compatibility.

Every numeric rule that decides whether two stated figures agree lives here, so a reviewer can
audit (and a test can pin) one table instead of constants scattered through the pipeline.

The parser records the *literal* interval the wording allows (``None`` = unbounded).  This
module turns it into the *effective* interval used for comparison:

====================================  ===========  ========================================
wording                               qualifier    effective interval (N = stated value)
====================================  ===========  ========================================
"14 per cent", "1.4 million"          exact        N ± half a unit of the last stated digit
                                                   (scale words count: "1.4 million" ± 50,000;
                                                   a whole count, "253", is exact)
"around / about / roughly / some /    approx       N ± the last significant digit's unit,
an estimated / approximately / ~"                  kept within [±3 %, ±10 %]: "around
                                                   80,000" ±10 %, "about 1,800" ±5.6 %,
                                                   "some 12,900" ±3 % (a precise figure
                                                   hedged is still precise)
"almost / nearly / just under /       at_most      [N·(1−ALMOST_BAND), N] = [0.9·N, N];
                                                   "just under" and the like: [0.95·N, N]
close to"
"more than / over / above /           more_than    [N, N·MORE_THAN_CAP] = [N, 1.3·N]
in excess of / upwards of"                         (a stated bound sits near the true figure)
"at least / no fewer than /           at_least     [N, N·MORE_THAN_CAP] = [N, 1.3·N]
a minimum of / N or more"
"less than / fewer than / under /     less_than    [N·LESS_THAN_FLOOR, N] = [0.7·N, N]
below"
"up to / as many as / no more than /  at_most      [N·UP_TO_FLOOR, N] = [0.75·N, N]
at most / a maximum of"
"between A and B", "A-B", "A to B"    range        [A, B] (each end ± half a unit)
"dozens / hundreds / thousands /      range        fixed table, e.g. thousands = [2,000, 9,999]
tens of thousands / millions"
====================================  ===========  ========================================

Units are converted to one base unit per dimension (mass→kg, length→km, volume→litre,
area→hectare, durations→days); fractions join percent (a fraction × 100), basis points join
percentage points (÷ 100); money is only compared within one currency (no exchange rates offline).
"""

from __future__ import annotations

import math
import re

from verifier.records import (
    KIND_COUNT,
    KIND_DURATION,
    KIND_FRACTION,
    KIND_MEASURE,
    KIND_MONEY,
    KIND_MULTIPLIER,
    KIND_PERCENT,
    KIND_POINTS,
    KIND_RATIO,
    Quantity,
)

# "around 80,000": the figure may be off by this share either way, at most...
APPROX_BAND = 0.10
# ...and at least this share, when the stated digits are precise ("some 12,900").
APPROX_MIN_BAND = 0.03
# "almost 9,000": the figure lies in [N·(1−band), N].
ALMOST_BAND = 0.10
# "more than 200,000" / "at least 50": soft upper cap N·k; journalists round a figure *down*
# to a round bound ("more than fifty" for 55, "more than two dozen" for 29), but a writer
# who knew of 300,000 would not say "more than 200,000"; k < 1.5 keeps those two apart.
MORE_THAN_CAP = 1.3
# "fewer than 100": the figure lies in [0.7·N, N].
LESS_THAN_FLOOR = 0.7
# "up to 10,000" / "as many as four million": a ceiling that is usually near the figure.
UP_TO_FLOOR = 0.75
# "a third" stands for 31–36 per cent, "half" for 46–54: a simple fraction in words is rounded.
WORD_FRACTION_BAND = 0.075
# Relative slack for float noise when both sides are exact ("1.1 tonnes" vs "1,100 kg").
REL_EPSILON = 1e-9

# Vague amounts: literal interval (value = low end).
VAGUE_AMOUNTS: dict[str, tuple[float, float]] = {
    "dozens": (24.0, 144.0),
    "scores": (40.0, 200.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2_000.0, 9_999.0),
    "tens of thousands": (20_000.0, 99_999.0),
    "hundreds of thousands": (200_000.0, 999_999.0),
    "millions": (2e6, 999_999_999.0),
    "tens of millions": (2e7, 99_999_999.0),
    "hundreds of millions": (2e8, 999_999_999.0),
    "billions": (2e9, 999_999_999_999.0),
    "tens of billions": (2e10, 99_999_999_999.0),
    "hundreds of billions": (2e11, 999_999_999_999.0),
}

# unit -> (dimension, factor to the dimension's base unit)
MEASURE_UNITS: dict[str, tuple[str, float]] = {
    "kg": ("mass", 1.0),
    "tonne": ("mass", 1000.0),
    "g": ("mass", 0.001),
    "mg": ("mass", 1e-6),
    "lb": ("mass", 0.45359237),
    "oz": ("mass", 0.028349523125),
    "km": ("length", 1.0),
    "m": ("length", 0.001),
    "cm": ("length", 1e-5),
    "mm": ("length", 1e-6),
    "inch": ("length", 2.54e-5),
    "mile": ("length", 1.609344),
    "litre": ("volume", 1.0),
    "megalitre": ("volume", 1e6),
    "gigalitre": ("volume", 1e9),
    "gallon": ("volume", 3.785411784),
    "barrel": ("volume", 158.987294928),
    "m3": ("volume", 1000.0),
    "hectare": ("area", 1.0),
    "acre": ("area", 0.40468564224),
    "km2": ("area", 100.0),
    "gw": ("power", 1000.0),
    "mw": ("power", 1.0),
    "gwh": ("energy", 1000.0),
    "mwh": ("energy", 1.0),
    "sq_mile": ("area", 258.9988110336),
}

# A duration stated as a level ("the median wait was 31 weeks") compares in days.
DURATION_DAYS: dict[str, float] = {
    "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
    "month": 365.25 / 12, "year": 365.25, "decade": 3652.5,
}

_SCALE_WORDS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_SCALE_IN_TEXT = re.compile(
    r"(?i)(?<=\d)(bn|mn|mln|m|k|b|tn|trn)\b|\b(thousand|million|billion|trillion)\b"
)


def dimension(q: Quantity) -> str:
    """What a quantity measures, so only like is compared with like ("" = not comparable)."""
    kind = q.kind
    if kind == KIND_COUNT:
        return "count"
    if kind in (KIND_PERCENT, KIND_FRACTION):
        return "percent"
    if kind == KIND_POINTS:
        return "points"
    if kind == KIND_MONEY:
        return f"money:{q.unit}"
    if kind == KIND_MULTIPLIER:
        return "times"
    if kind == KIND_RATIO:
        return "ratio" if q.unit in ("per", "") else f"ratio:{q.unit}"
    if kind == KIND_MEASURE:
        found = MEASURE_UNITS.get(q.unit)
        return found[0] if found else f"measure:{q.unit}"
    if kind == KIND_DURATION and q.unit in DURATION_DAYS:
        return "duration"
    return ""


def _factor(q: Quantity) -> float:
    """Multiplier from the stated unit to the base unit of its dimension."""
    if q.kind == KIND_FRACTION:
        return 100.0
    if q.kind == KIND_POINTS and q.unit == "basis_points":
        return 0.01
    if q.kind == KIND_MEASURE:
        found = MEASURE_UNITS.get(q.unit)
        return found[1] if found else 1.0
    if q.kind == KIND_DURATION:
        return DURATION_DAYS.get(q.unit, 1.0)
    return 1.0


# Months and years have no fixed length in days: "a two-month state of emergency" is the
# "60-day" one; "a year" is 52 weeks.
CALENDAR_SPREAD = {"month": 0.05, "year": 0.01, "decade": 0.01}


def _half_step(q: Quantity) -> float:
    """Half a unit of the last stated digit, in stated units: the rounding the wording hides."""
    half = _digit_half_step(q)
    if q.kind == KIND_DURATION and q.unit in CALENDAR_SPREAD:
        half = max(half, q.value * CALENDAR_SPREAD[q.unit])
    return half


def _digit_half_step(q: Quantity) -> float:
    if q.kind == KIND_FRACTION:
        # "a third", "half", "one in five": a simple fraction rounds the figure it stands for
        # (32 per cent is "a third"); "one in 2,000" is exact
        if q.value >= 0.1 and not any(ch.isdigit() for ch in q.text):
            return q.value * WORD_FRACTION_BAND
        return 0.0
    m = _DIGITS.search(q.text)
    scale = 1.0
    for s in _SCALE_IN_TEXT.finditer(q.text):
        scale = _SCALE_WORDS[(s.group(1) or s.group(2)).lower()]
    if m is None:
        # Number words: "four million" hides rounding to the million, "fifty" does not;
        # "half a million" is already a fraction of its scale word.
        if re.search(r"(?i)\b(?:half|quarter|third|fifth)s?\b", q.text):
            return scale / 20 if scale > 1 else 0.0
        return scale / 2 if scale > 1 else 0.0
    decimals = len(m.group(1) or "")
    if q.kind == KIND_COUNT and not decimals and scale == 1.0 and q.value == int(q.value):
        return 0.0  # 253 survivors is no rounded 253.5: people and things come whole
    return 0.5 * (10.0 ** -decimals) * scale


def approx_band(text: str, value: float) -> float:
    """The share a hedged figure may be off: one unit of its last significant digit, within
    [APPROX_MIN_BAND, APPROX_BAND]. Number words ("about fifty") take the full band."""
    m = _DIGITS.search(text)
    if m is None or not value:
        return APPROX_BAND
    digits = m.group(0).replace(",", "")
    whole, _, decimals = digits.partition(".")
    if decimals.rstrip("0"):
        unit = 10.0 ** -len(decimals.rstrip("0"))
    else:
        stripped = whole.rstrip("0")
        unit = 10.0 ** (len(whole) - len(stripped)) if stripped else 1.0
    scale = 1.0
    for s in _SCALE_IN_TEXT.finditer(text):
        scale = _SCALE_WORDS[(s.group(1) or s.group(2)).lower()]
    stated = float(digits) * scale
    if stated <= 0:
        return APPROX_BAND
    return min(APPROX_BAND, max(APPROX_MIN_BAND, unit * scale / stated))


def effective_interval(q: Quantity) -> tuple[float, float]:
    """The interval used for comparison, in base units, with the soft caps of the table."""
    v = q.value
    low, high = q.low, q.high
    half = _half_step(q)
    qual = q.qualifier
    if qual == "more_than" or qual == "at_least":
        lo = low if low is not None else v
        hi = high if high is not None else lo * MORE_THAN_CAP
        if high is None and re.search(r"(?i)\bdozen\b", q.text) and v % 12 == 0:
            hi = max(hi, v + 12)  # "more than a dozen": up to the next dozen (19 agrees)
        lo -= half
    elif qual == "less_than":
        hi = high if high is not None else v
        lo = low if low is not None else hi * LESS_THAN_FLOOR
        hi += half
    elif qual == "at_most":
        hi = high if high is not None else v
        lo = low if low is not None else hi * UP_TO_FLOOR
        hi += half
    elif qual == "approx":
        band = approx_band(q.text, v)
        lo = low if low is not None else v * (1 - band)
        hi = high if high is not None else v * (1 + band)
        lo, hi = min(lo, v - half), max(hi, v + half)
    else:  # exact, range
        lo = low if low is not None else v
        hi = high if high is not None else v
        lo, hi = lo - half, hi + half
    f = _factor(q)
    lo, hi = lo * f, hi * f
    if lo > hi:
        lo, hi = hi, lo
    eps = REL_EPSILON * max(abs(lo), abs(hi), 1.0)
    return lo - eps, hi + eps


def compatible(a: Quantity, b: Quantity) -> bool:
    """True when both figures measure the same dimension and their wordings can both be true."""
    dim = dimension(a)
    if not dim or dim != dimension(b):
        return False
    alo, ahi = effective_interval(a)
    blo, bhi = effective_interval(b)
    return alo <= bhi and blo <= ahi


def relative_difference(a: Quantity, b: Quantity) -> float:
    """Gap between effective intervals over the larger magnitude: 0 = agree, 1 = incomparable."""
    dim = dimension(a)
    if not dim or dim != dimension(b):
        return 1.0
    alo, ahi = effective_interval(a)
    blo, bhi = effective_interval(b)
    gap = max(blo - ahi, alo - bhi)
    if gap <= 0:
        return 0.0
    mag = max(abs(alo), abs(ahi), abs(blo), abs(bhi))
    if mag == 0 or math.isnan(gap):
        return 1.0
    return min(1.0, gap / mag)


def significant_digits(value: float) -> tuple[str, int]:
    """The digits of a figure without leading or trailing zeros, and its order of magnitude:
    2,870 -> ("287", 3); 1.2 million -> ("12", 6)."""
    magnitude = len(str(int(abs(value)))) if abs(value) >= 1 else 0
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".").replace(".", "")
    return text.strip("0"), magnitude


def transposed(a: float, b: float) -> bool:
    """Figures of one magnitude whose digits differ by one swap of two neighbours: 2,870 and
    2,780; 1.2m and 2.1m; 38 and 83. Single digits and equal figures are not."""
    (da, ma), (db, mb) = significant_digits(a), significant_digits(b)
    if ma != mb or len(da) != len(db) or len(da) < 2 or da == db:
        return False
    diff = [k for k in range(len(da)) if da[k] != db[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and \
        da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]
