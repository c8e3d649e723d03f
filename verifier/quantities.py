"""Find every number mention in a sentence and read it as a typed `Quantity`.

A fact-checker compares figures, so the parser must say not just "24" but *what kind* of 24
("more than two dozen" people, a 24% tariff, the year 2024) and *how exact* the wording is.
The grammar is our own: one precompiled scanning regex finds number cores (digits, number
words, fractions, multipliers, vague amounts, dates), then small anchored regexes read the
words around each core (qualifiers before it; scale, unit, postfix qualifier after it), and a
final pass joins ranges ("between 150 and 200") and changes ("from 0.6% to 0.3%").

Reading rules worth knowing (documented in docs/quantities.md):

* `value` is the number as stated with scale words applied, never unit-converted.
* `low`/`high` is the literal interval of the wording (None = unbounded side); the bands it
  uses for "around" and "almost" come from `verifier.intervals`, which also owns the soft caps
  used when comparing.
* A bare four-digit integer 1900–2100 is a year unless a qualifier precedes it or it is
  followed by a plural noun without a year-like preposition before it ("sent 2000 troops").
* "one" and "a" alone are not quantities; names such as "MS-13", "G7", "COVID-19", "9/11",
  "No. 1" and version/phone-like chains are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.intervals import ALMOST_BAND, APPROX_BAND, VAGUE_AMOUNTS, approx_band
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
    Quantity,
)

__all__ = ["parse_quantities"]

# ---------------------------------------------------------------------------------------------
# Word tables
# ---------------------------------------------------------------------------------------------

_SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_BIG: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
_GLUED_SCALE: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
}
_SCALE_WORD: dict[str, float] = {"hundred": 100.0, "dozen": 12.0, "bn": 1e9, "mn": 1e6, **_BIG}
_FRACTION_DEN: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
_MULT_STEM: dict[str, float] = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_CURRENCY_SYMBOL: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "$": "USD", "mx$": "MXN", "c$": "CAD",
    "ca$": "CAD", "a$": "AUD", "au$": "AUD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR",
}
_MEASURE_WORD: list[tuple[str, str]] = [
    # (regex over the lower-cased unit words, canonical unit); first match wins
    (r"kg|kilos?|kilogram(?:me)?s?", "kg"),
    (r"metric tons?|tonnes?|tons?", "tonne"),
    (r"mg|milligram(?:me)?s?", "mg"),
    (r"g|grams?|grammes?", "g"),
    (r"lbs?|pounds?", "lb"),
    (r"oz|ounces?", "oz"),
    (r"barrels?|bbl", "barrel"),
    (r"km2|sq ?km|square kilomet(?:re|er)s?", "km2"),
    (r"square miles?", "sq_mile"),
    (r"km|kilomet(?:re|er)s?", "km"),
    (r"miles?", "mile"),
    (r"cubic met(?:re|er)s?", "m3"),
    (r"metres?|meters?", "m"),
    (r"mm|millimet(?:re|er)s?", "mm"),
    (r"cm|centimet(?:re|er)s?", "cm"),
    (r"inch(?:es)?", "inch"),
    (r"gigalit(?:re|er)s?|gl", "gigalitre"),
    (r"gwh|gigawatt[\s-]hours?", "gwh"),
    (r"mwh|megawatt[\s-]hours?", "mwh"),
    (r"gw|gigawatts?", "gw"),
    (r"mw|megawatts?", "mw"),
    (r"megalit(?:re|er)s?", "megalitre"),
    (r"litres?|liters?", "litre"),
    (r"gallons?", "gallon"),
    (r"hectares?|ha", "hectare"),
    (r"acres?", "acre"),
]
_MEASURE_RES = [(re.compile(rf"(?:{p})\Z"), u) for p, u in _MEASURE_WORD]

# Qualifier words before a number -> qualifier; "almost" is the at_most band [0.9·N, N].
_QUALIFIERS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "greater than": "more_than",
    "higher than": "more_than", "exceeding": "more_than", "just over": "more_than",
    "well over": "more_than", "just above": "more_than", "well above": "more_than",
    "north of": "more_than", "more than just": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "lower than": "less_than", "well under": "less_than",
    "well below": "less_than",
    "up to": "at_most", "as many as": "at_most", "as much as": "at_most",
    "no more than": "at_most", "not more than": "at_most", "at most": "at_most",
    "a maximum of": "at_most", "as high as": "at_most",
    "almost": "almost", "nearly": "almost", "just under": "almost", "just below": "almost",
    "close to": "almost", "just shy of": "almost", "just short of": "almost",
    "closer to": "approx", "nearer to": "approx", "nearer": "approx",
    "approaching": "almost", "not quite": "almost", "a little under": "almost",
    "slightly less than": "almost", "slightly under": "almost", "a little less than": "almost",
    "around": "approx", "about": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "approximately": "approx",
    "approx.": "approx", "circa": "approx", "ca.": "approx", "in the region of": "approx",
    "on the order of": "approx", "somewhere around": "approx", "roughly around": "approx",
    "an approximate": "approx", "approximate": "approx", "more or less": "approx",
}
# Words after which a 4-digit number reads as a year (also allows 1000–1899 as years).
_YEAR_PRECEDERS = frozenset(
    "in since by of from until till to before after during circa year the early late mid "
    "between and or through fiscal".split()
)
# Words that cannot be the counted noun after "around 2000" (so it stays a year).
_FUNCTION_WORDS = frozenset(
    "the a an and or but when as to in on at of for with by after before that this until "
    "he she they it we his her their its was were is are had has have".split()
)
# Words before "half" that make it a period ("the first half of 2025"), not a share.
_HALF_BLOCKERS = frozenset(
    "first second latter other the a an final last back and every each this that".split()
)
_NAME_HYPHEN_OK = frozenset("mid pre post early late top over under about".split())

# ---------------------------------------------------------------------------------------------
# Regexes (compiled once)
# ---------------------------------------------------------------------------------------------


def _alt(words: list[str] | dict[str, object]) -> str:
    """Alternation of words, longest first so the regex prefers the fullest reading."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                           reverse=True))


_W = rf"(?:{_alt(list(_SMALL) + ['hundred', 'dozen'] + list(_BIG))})\b"
_MONTH = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_ORD = r"(?:st|nd|rd|th)"
_BIG_AFTER_AND = "|".join(f"(?<={w})" for w in ["hundred", *_BIG])

# The leading assertions let the scan skip letters inside words cheaply (3x faster).
_CORE = re.compile(
    rf"""(?<![^\W\d_])(?=[\w$£€¥₹])(?:
     (?P<iso>(?<![\d.,-])\d{{4}}-\d{{2}}-\d{{2}}(?![\d-]))
    |(?P<dmy>(?<![\d.,])(?P<dmy_d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?(?P<dmy_m>{_MONTH})
        (?:,?\s+(?P<dmy_y>\d{{4}})(?!\d|,\d))?)
    |(?P<mdy>(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>\d{{1,2}}){_ORD}?(?![\d]|[.,]\d)
        (?:,?\s+(?P<mdy_y>\d{{4}})(?!\d|,\d))?)
    |(?P<my>(?P<my_m>{_MONTH})\s+(?P<my_y>\d{{4}})(?!\d|,\d))
    |\b(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)
        |dozens|scores|hundreds|thousands|millions|billions)\b
    |\b(?P<several>(?P<sev_q>several|a\s+few)\s+(?P<sev_s>hundred|thousand|million|billion))\b
        (?!\s+and\b)
    |\b(?P<mult>(?P<mstem>doubl|tripl|quadrupl|halv)(?:ed|es|ing)|twice|thrice
        |(?P<fold_w>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)-?fold)\b
    |\b(?P<frac>(?:(?P<fn>a|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+
        (?P<fd>{_alt(list(_FRACTION_DEN))}))|half)\b
    |\b(?P<words>(?:a\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?{_W}
        (?:(?:\s+|-){_W}|(?:{_BIG_AFTER_AND})\s+and\s+{_W})*)
    |(?P<num>(?:(?P<cur>US\$|U\.S\.\s?\$|MX\$|CA\$|C\$|AU\$|A\$|\$|£|€|¥|₹)\s?)?
        (?<![\d.,])(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)))
    """,
    re.I | re.X,
)

_AND_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_SCALE_GLUED = re.compile(r"(bn|mn|mln|m|k|b|tn|trn)\b", re.I)
_SCALE_SPACED = re.compile(
    r"\s+(hundred|thousand|million|billion|trillion|dozen|bn|mn)\b"
    r"(?:\s+(thousand|million|billion))?", re.I)
_UNIT = re.compile(
    r"""
     (?P<pts>\s*(?:percentage|percent|per[\s-]?cent)[\s-]+points?\b)
    |(?P<bps>\s*(?:basis[\s-]+points?|bps)\b)
    |(?P<pct>\s?%|\s*(?:per[\s-]?cent|percent|pct)\b|\s?pc\b)
    |(?P<points>\s+points?\b)
    |(?P<age>(?:-|\s+)years?(?:-|\s+)old\b)
    |(?P<dur>(?:-|\s+)(?P<dur_u>days?|weeks?|months?|years?|decades?|centur(?:y|ies)
        |hours?|minutes?)\b)
    |(?P<money>\s+(?:(?P<cad>Canadian\s+dollars?)|(?P<usd>(?:US|U\.S\.|American)\s+dollars?
        |dollars?)|(?P<mxn>(?:Mexican\s+)?pesos?)|(?P<eur>euros?)
        |(?P<gbp>pounds?\s+sterling|sterling)|(?P<cny>yuan|renminbi)|(?P<jpy>yen)
        |(?P<iso>(?-i:USD|EUR|GBP|MXN|CAD|JPY|CNY)))\b)
    |(?P<meas>[\s-]?(?P<mu>kg|kilos?|kilogram(?:me)?s?|metric\s+tons?|tonnes?|tons?|mg
        |milligram(?:me)?s?|grams?|grammes?|(?-i:g)|lbs?|pounds?|oz|ounces?|barrels?|bbl
        |km2|sq\s?km|square\s+kilomet(?:re|er)s?|square\s+miles?|km|kilomet(?:re|er)s?
        |miles?|cubic\s+met(?:re|er)s?|metres?|meters?|mm|millimet(?:re|er)s?|cm
        |centimet(?:re|er)s?|inch(?:es)?|gigalit(?:re|er)s?|(?-i:GL)|megalit(?:re|er)s?
        |(?-i:GWh|MWh|GW|MW)|gigawatt[\s-]hours?|megawatt[\s-]hours?|gigawatts?|megawatts?
        |litres?|liters?|gallons?|hectares?
        |(?-i:ha)|acres?)\b)
    |(?P<dadj>-(?P<dadj_w>dollar|peso|euro|pound)\b)
    |(?P<fold>\s*-?\s*fold\b)
    |(?P<times>\s+times\b(?!\s+(?:a|an|per|each|every|in|since|this|last)\b))
    |(?P<xmul>(?-i:x)\b)
    |(?P<strong>-strong\b)
    |(?P<ordsuf>(?:st|nd|rd|th)\b)
    |(?P<decade>(?-i:s)\b)
    """,
    re.I | re.X,
)
_POUNDS_OF = re.compile(r"\s+of\b", re.I)
_POSTFIX = re.compile(
    r"\s+or\s+(?P<more>more|above|over|higher|greater)\b"
    r"|\s+or\s+(?P<less>fewer|less|under|below|lower)\b|(?P<plus>\+(?![\d\w])|-plus\b)",
    re.I)
_SMALL_WORDS = _alt([w for w in _SMALL if w != "zero"] + ["hundred"])
_ONE_IN = re.compile(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}|{_SMALL_WORDS})"
    r"\b(?![.,]\d)", re.I)
_RATIO_NEAR = re.compile(
    r"\s+(?:for|to)\s+(?:every|each)\b|\s+per\s+(?P<per>\d{1,3}(?:,\d{3})+|\d+|capita)\b",
    re.I)
_RATIO_FAR = re.compile(
    r"(?:\s+(?!(?:and|or|but|in|of|the|to|from|with|by|for|per|a|an)\b)[A-Za-z][\w.'’-]*)"
    r"{1,4}?\s+(?:for\s+(?:every|each)\b|per\s+(?P<per>\d{1,3}(?:,\d{3})+|\d+|capita)\b)",
    re.I)
_QUAL_BEFORE = re.compile(rf"(?:(?<![\w-])(?P<q>{_alt(_QUALIFIERS)})\s+|(?P<tilde>~)\s*)\Z",
                          re.I)
_BETWEEN_BEFORE = re.compile(r"(?<![\w-])between\s+\Z", re.I)
_FROM_BEFORE = re.compile(r"(?<![\w-])from\s+\Z", re.I)
_TO_BEFORE = re.compile(r"(?<![\w-])to\s+\Z", re.I)
_AGE_BEFORE = re.compile(r"(?<![\w-])(?:aged|age|ages)\s+\Z", re.I)
_CODE_BEFORE = re.compile(r"(?<![\w-])(?-i:USD|EUR|GBP|MXN|CAD)\s?\Z")
_LABEL_BEFORE = re.compile(
    r"(?:(?<![\w-])(?-i:No|Nos|Number|Article|Section|Title|Chapter|Resolution|Rule|Route|"
    r"Highway|Flight|Proposition|Prop|Room|Page|Vol|Volume|Level|Phase|Figure|Fig|Table|"
    r"Amendment|Category|Class|Stage|Gate|Platform|Line|Unit|Episode|Season|Ward|District|"
    r"Precinct|Cell|Block|Apt|Suite|Box|Exhibit|Paragraph|Clause|Item)\.?\s*|#\s*)\Z")
# A capitalised word after a determiner or a kind of body, then a bare number: a name.
_NAMED_BEFORE = re.compile(r"(?i:\b(?:the|a|an|charity|group|campaign|organi[sz]ation|ngo|"
                           r"named|called|aboard|model|operation))\s+([A-Z][a-z][\w'’-]*)\s\Z")
_NOT_NAMES = frozenset("January February March April May June July August September October "
                       "November December Monday Tuesday Wednesday Thursday Friday Saturday "
                       "Sunday Top Some About".split())
_RATE_BASE_BEFORE = re.compile(r"(?i)(?:\bper|\b(?:one|1)\s+in|\bout\s+of\s+every)\s+\Z")
_HYPHEN_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w.]*)-\Z")
_CHAIN_AFTER = re.compile(r"(?:[-./:]\d+){2,}|[./:]\d|,\d")
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*\Z")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z’'-]*)")
_FRAC_OK_AFTER = re.compile(
    r"\s+of\b|\s*[,.;:)!?\"”’]|\s*\Z|\s+(?:more|less|fewer|higher|lower|the|its|their|his|her|"
    r"our|all|that|those|these|what|were|was|are|is|have|had|has|will|would|"
    # "cuts the quota by nearly a fifth this year", "down by a third since 2000"
    r"this|last|next|since|in(?!\s+a\s+row)|on|over|from|to|by|during|after|before|and|or|but|than|"
    r"compared|within|across)\b", re.I)
_FRAC_SCALE = re.compile(r"\s+(?:of\s+)?(?:a\s+)?(thousand|million|billion|trillion|dozen)\b",
                         re.I)
_VAGUE_MONEY = re.compile(r"\s+of\s+(?:(?P<usd>dollars)|(?P<mxn>pesos)|(?P<eur>euros))\b", re.I)
_CONNECT = re.compile(
    r"\s*(?P<dash>[-–—])\s*|\s+(?P<to>to)\s+|\s+(?P<and>and)\s+|\s+(?P<from>from)\s+"
    r"|\s+(?P<or>or)\s+", re.I)

_CONTEXT_KINDS = frozenset({KIND_DATE, KIND_YEAR, KIND_AGE, KIND_ORDINAL})


@dataclass(slots=True)
class _Raw:
    """A mention under construction; turned into a frozen `Quantity` at the end."""

    start: int
    end: int
    value: float
    kind: str = KIND_COUNT
    unit: str = ""
    qual: str = "exact"
    low: float | None = None
    high: float | None = None
    scale: float = 1.0
    has_unit: bool = False
    between: int = -1  # start of a "between" just before, else -1
    before: str = ""  # "from" / "to" word right before the mention
    role: str = ""
    base: float = 0.0  # value before scale words
    digits: bool = False
    core_start: int = 0  # start before any qualifier was attached


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _words_value(phrase: str) -> float:
    """Value of a chain of number words ("four hundred and twenty-one thousand")."""
    total = 0.0
    current = 0.0
    for tok in re.split(r"[\s-]+", phrase.lower()):
        if tok in ("a", "and", ""):
            continue
        if tok in _SMALL:
            current += _SMALL[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "dozen":
            current = (current or 1) * 12
        else:
            total += (current or 1) * _BIG[tok]
            current = 0.0
    return total + current


def _den_value(word: str) -> float:
    """Denominator of "one in five" written with digits or words."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return float(w)
    return float(_words_value(w))


def _is_int(v: float) -> bool:
    return v == int(v)


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _measure_unit(words: str) -> str:
    w = re.sub(r"\s+", " ", words.strip().lower())
    for rx, unit in _MEASURE_RES:
        if rx.match(w):
            return unit
    return w


# ---------------------------------------------------------------------------------------------
# Reading one core
# ---------------------------------------------------------------------------------------------


def _read_date(m: re.Match[str]) -> _Raw:
    """Whole date as one mention; value encodes YYYYMMDD with missing parts as 0."""
    if m.group("iso"):
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
    elif m.group("dmy"):
        d, mo = int(m.group("dmy_d")), _month(m.group("dmy_m"))
        y = int(m.group("dmy_y") or 0)
    elif m.group("mdy"):
        d, mo = int(m.group("mdy_d")), _month(m.group("mdy_m"))
        y = int(m.group("mdy_y") or 0)
    else:
        d, mo, y = 0, _month(m.group("my_m")), int(m.group("my_y"))
    v = float(y * 10000 + mo * 100 + d)
    return _Raw(m.start(), m.end(), v, KIND_DATE, "date", has_unit=True)


def _apply_unit(text: str, raw: _Raw, pos: int) -> int:
    """Read a unit word right after the number; returns the new end of the mention."""
    u = _UNIT.match(text, pos)
    if u is None:
        return pos
    g = u.lastgroup
    if g == "pts":
        raw.kind, raw.unit = KIND_POINTS, "percentage_points"
    elif g == "bps":
        raw.kind, raw.unit = KIND_POINTS, "basis_points"
    elif g == "pct":
        raw.kind, raw.unit = KIND_PERCENT, "percent"
    elif g == "points":
        raw.kind, raw.unit = KIND_POINTS, "percentage_points"
    elif g == "age":
        raw.kind, raw.unit = KIND_AGE, "year"
    elif g == "dur":
        unit = u.group("dur_u").lower()
        unit = "century" if unit.startswith("centur") else unit.rstrip("s")
        raw.kind, raw.unit = KIND_DURATION, unit
    elif g == "money":
        if raw.unit:  # "$5 million dollars": keep the symbol's currency
            return u.end()
        code = next(c for c in ("cad", "usd", "mxn", "eur", "gbp", "cny", "jpy", "iso")
                    if u.group(c))
        raw.kind, raw.unit = KIND_MONEY, (u.group("iso") if code == "iso" else code.upper())
    elif g == "meas":
        if raw.kind == KIND_MONEY:
            return pos
        unit = _measure_unit(u.group("mu"))
        if unit == "lb" and u.group("mu").lower().startswith("pound"):
            # "pounds": mass when "of" follows or no scale word; money with a scale word.
            if raw.scale > 1 and not _POUNDS_OF.match(text, u.end()):
                raw.kind, raw.unit, raw.has_unit = KIND_MONEY, "GBP", True
                return u.end()
        raw.kind, raw.unit = KIND_MEASURE, unit
    elif g == "dadj":
        if raw.unit:
            return pos
        raw.kind = KIND_MONEY
        raw.unit = {"dollar": "USD", "peso": "MXN", "euro": "EUR", "pound": "GBP"}[
            u.group("dadj_w").lower()]
    elif g in ("fold", "times", "xmul"):
        raw.kind, raw.unit = KIND_MULTIPLIER, "times"
    elif g == "strong":
        pass
    elif g == "ordsuf":
        if not raw.digits or raw.scale != 1 or not _is_int(raw.value) or raw.unit:
            return -1
        raw.kind, raw.unit = KIND_ORDINAL, ""
    elif g == "decade":
        if not (raw.digits and raw.scale == 1 and 1000 <= raw.value <= 2100
                and raw.value % 10 == 0):
            return -1
        raw.kind, raw.unit = KIND_YEAR, "year"
        raw.qual, raw.low, raw.high = "range", raw.value, raw.value + 9
    raw.has_unit = True
    return u.end()


def _read_number(text: str, m: re.Match[str], prev_end: int) -> tuple[_Raw | None, int]:
    """Read a digit or word number with its scale, unit and postfix; (None, skip_to) if not."""
    start, end = m.start(), m.end()
    raw = _Raw(start, end, 0.0)
    bare_one = False
    if m.group("num"):
        dstart = m.start("digits")
        digits = m.group("digits")
        cur = m.group("cur")
        raw.digits = True
        raw.base = float(digits.replace(",", ""))
        if cur:
            raw.kind, raw.unit, raw.has_unit = (KIND_MONEY, _CURRENCY_SYMBOL[
                re.sub(r"\s+", " ", cur.lower())], True)
        chain = _CHAIN_AFTER.match(text, end)
        if chain:
            tail = re.match(r"(?:[-./:,]\d+)+", text[end:])
            return None, end + (tail.end() if tail else 1)
        before = text[dstart - 1] if dstart > 0 else " "
        if not cur:
            if before.isalnum() or before in "_/:":
                return None, end
            if before == "-":
                name = _HYPHEN_NAME_BEFORE.search(text, max(0, dstart - 30), dstart)
                if name and (name.group(1).lower() not in _NAME_HYPHEN_OK
                             and any(c.isupper() for c in name.group(1))):
                    return None, end
            window = text[max(prev_end, dstart - 12):dstart]
            if _LABEL_BEFORE.search(window):
                return None, end
            named = _NAMED_BEFORE.search(text, max(0, dstart - 60), dstart)
            if named and named.group(1) not in _NOT_NAMES and digits.isdigit() \
                    and re.match(r" [a-z]", text[end:end + 2]):
                return None, end  # "the charity Utopia 56 counts 78 deaths", "the Boeing 737"
        elif before.isalpha() and not cur[0].isalpha():
            return None, end
        pos = end
        glued = _SCALE_GLUED.match(text, pos)
        if glued and not (glued.group(1).lower() == "b" and raw.kind != KIND_MONEY):
            raw.scale = _GLUED_SCALE[glued.group(1).lower()]
            pos = glued.end()
    else:
        phrase = m.group("words")
        raw.base = _words_value(phrase)
        low = phrase.lower()
        bare_one = low in ("one", "zero")
        pos = end
    half = _AND_HALF.match(text, pos)
    if half:
        raw.base += 0.5
        pos = half.end()
        bare_one = False
    if raw.scale == 1:
        spaced = _SCALE_SPACED.match(text, pos)
        if spaced:
            raw.scale = _SCALE_WORD[spaced.group(1).lower()]
            if spaced.group(2):
                raw.scale *= _BIG[spaced.group(2).lower()]
            pos = spaced.end()
            bare_one = False
    raw.value = raw.base * raw.scale
    # "one in five", "1 in 10": a share.
    if raw.scale == 1 and not raw.has_unit:
        one_in = _ONE_IN.match(text, pos)
        if one_in:
            den = _den_value(one_in.group("den"))
            den_txt = one_in.group("den")
            yearish = den_txt.isdigit() and len(den_txt) == 4 and 1900 <= den <= 2100
            if den > raw.value > 0 and not yearish:
                raw.kind, raw.unit = KIND_FRACTION, "fraction"
                raw.value = raw.base / den
                raw.has_unit = True
                raw.end = one_in.end()
                return raw, raw.end
    new_pos = _apply_unit(text, raw, pos)
    if new_pos < 0:
        return None, end
    if new_pos != pos:
        bare_one = False
    pos = new_pos
    if pos < len(text) and (text[pos].isalnum() or text[pos] == "_"):
        return None, pos  # "5G", "3D", "10am": a name or code, not a quantity
    post = _POSTFIX.match(text, pos)
    if post and raw.kind not in _CONTEXT_KINDS:
        raw.qual = "at_least" if (post.group("more") or post.group("plus")) else "at_most"
        pos = post.end()
    skip_to = pos
    if not raw.has_unit and raw.kind == KIND_COUNT:
        near = _RATIO_NEAR.match(text, pos)
        far = near or _RATIO_FAR.match(text, pos)
        if far:
            per = far.group("per")
            raw.kind = KIND_RATIO
            raw.unit = "per" if not per else "per_" + per.lower().replace(",", "")
            raw.has_unit = True
            if near:
                pos = near.end()
            skip_to = far.end()
            bare_one = False
    if bare_one:
        return None, pos
    raw.end = pos
    return raw, skip_to


def _read_fraction(text: str, m: re.Match[str]) -> _Raw | None:
    """Shares like "half", "a third", "two-thirds"; rejects ordinals such as "a third term"."""
    fn, fd = m.group("fn"), m.group("fd")
    end = m.end()
    if end < len(text) and text[end] == "-":
        return None
    if fd is None:  # bare "half"
        prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
        if prev and prev.group(1).lower() in _HALF_BLOCKERS:
            return None
        num, den = 1.0, 2.0
    else:
        fd_l = fd.lower()
        den = float(_FRACTION_DEN[fd_l])
        num = 1.0 if fn.lower() in ("a", "one") else float(_SMALL[fn.lower()])
        plural = fd_l.endswith("s") and fd_l != "halves"
        if fd_l == "halves":
            return None
        if not plural:
            if num != 1:
                return None
            if fn.lower() == "a":
                prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
                if prev and prev.group(1).lower() == "and":
                    return None
            if not _FRAC_OK_AFTER.match(text, end) and not _FRAC_SCALE.match(text, end):
                return None
    raw = _Raw(m.start(), end, num / den, KIND_FRACTION, "fraction", has_unit=True)
    scale = _FRAC_SCALE.match(text, end)
    if scale:
        raw.scale = _SCALE_WORD[scale.group(1).lower()]
        raw.value = raw.value * raw.scale
        raw.kind, raw.unit, raw.has_unit = KIND_COUNT, "", False
        raw.end = _apply_unit(text, raw, scale.end())
        if raw.end < 0:
            return None
    return raw


def _read_core(text: str, m: re.Match[str], prev_end: int) -> tuple[_Raw | None, int]:
    """Dispatch on which alternative of the scanning regex matched."""
    g = m.lastgroup
    if g in ("iso", "dmy", "mdy", "my"):
        return _read_date(m), m.end()
    if g == "vague":
        key = re.sub(r"\s+", " ", m.group("vague").lower())
        low, high = VAGUE_AMOUNTS[key]
        raw = _Raw(m.start(), m.end(), low, qual="range", low=low, high=high, has_unit=True)
        money = _VAGUE_MONEY.match(text, m.end())
        if money:
            raw.kind = KIND_MONEY
            raw.unit = next(c.upper() for c in ("usd", "mxn", "eur") if money.group(c))
            raw.end = money.end()
        return raw, raw.end
    if g == "several":
        s = _SCALE_WORD[m.group("sev_s").lower()]
        lo_k, hi_k = (3, 9) if m.group("sev_q").lower() == "several" else (2, 5)
        raw = _Raw(m.start(), m.end(), lo_k * s, qual="range", low=lo_k * s, high=hi_k * s,
                   has_unit=True, scale=s)
        raw.end = max(raw.end, _apply_unit(text, raw, m.end()))
        return raw, raw.end
    if g == "mult":
        word = m.group("mult").lower()
        if m.group("mstem"):
            v = _MULT_STEM[m.group("mstem").lower()]
        elif m.group("fold_w"):
            fw = m.group("fold_w").lower()
            v = 100.0 if fw == "hundred" else float(_SMALL[fw])
        else:
            v = 2.0 if word == "twice" else 3.0
        return _Raw(m.start(), m.end(), v, KIND_MULTIPLIER, "times", has_unit=True), m.end()
    if g == "frac":
        raw = _read_fraction(text, m)
        return raw, (raw.end if raw else m.end())
    return _read_number(text, m, prev_end)


# ---------------------------------------------------------------------------------------------
# Context before a mention, years, ranges
# ---------------------------------------------------------------------------------------------


def _read_before(text: str, raw: _Raw, prev_end: int) -> None:
    """Attach the qualifier, "aged", ISO code, "between"/"from"/"to" words before a mention."""
    lo = max(prev_end, raw.start - 40)
    window_end = raw.start
    if raw.kind == KIND_COUNT and not raw.has_unit and raw.digits:
        code = _CODE_BEFORE.search(text, lo, window_end)
        if code:
            raw.kind, raw.unit, raw.has_unit = KIND_MONEY, code.group(0).strip(), True
            raw.start = window_end = code.start()
    if _AGE_BEFORE.search(text, lo, window_end) and raw.kind == KIND_COUNT:
        raw.kind, raw.unit, raw.has_unit = KIND_AGE, "year", True
        return
    if raw.kind not in _CONTEXT_KINDS and raw.qual == "exact":
        q = _QUAL_BEFORE.search(text, lo, window_end)
        if q:
            word = "~" if q.group("tilde") else re.sub(r"\s+", " ", q.group("q").lower())
            raw.qual = _QUALIFIERS.get(word, "approx")
            raw.start = window_end = q.start()
    between = _BETWEEN_BEFORE.search(text, lo, window_end)
    if between:
        raw.between = between.start()
    elif _FROM_BEFORE.search(text, lo, window_end):
        raw.before = "from"
    elif _TO_BEFORE.search(text, lo, window_end):
        raw.before = "to"


def _is_year_candidate(raw: _Raw) -> bool:
    return (raw.digits and raw.scale == 1 and not raw.has_unit and raw.kind == KIND_COUNT
            and 1000 <= raw.value <= 2999 and _is_int(raw.value) and raw.base == raw.value)


def _classify_year(text: str, raw: _Raw, digits_text: str) -> None:
    """Decide whether a bare 4-digit integer is a year (see module docstring)."""
    if not (_is_year_candidate(raw) and len(digits_text) == 4):
        return
    nxt = _NEXT_WORD.match(text, raw.end)
    if raw.qual != "exact":
        if nxt and nxt.group(1).islower() and nxt.group(1) not in _FUNCTION_WORDS:
            return  # "more than 2000 people" is a count
        raw.qual, raw.start = "exact", raw.core_start  # "around 2000, the cartels ..."
    prev = _PREV_WORD.search(text, max(0, raw.start - 25), raw.start)
    prev_w = prev.group(1).lower() if prev else ""
    if 1900 <= raw.value <= 2100:
        plural_noun = bool(nxt and nxt.group(1).islower() and nxt.group(1).endswith("s")
                           and len(nxt.group(1)) > 3)
        if plural_noun and prev_w not in _YEAR_PRECEDERS and not prev_w.endswith("’s"):
            return
    elif prev_w not in _YEAR_PRECEDERS:
        return
    raw.kind, raw.unit, raw.has_unit = KIND_YEAR, "year", True


def _adopt(a: _Raw, b: _Raw) -> None:
    """Share scale and unit across the two ends of a range ("3 to 4 million", "10-15%").

    Ends that carry different units ("fell 12 percent to $4.3 billion"), or a percentage
    beside a scale word ("rose 5 per cent to 2.1 million"), are two figures: nothing shared.
    """
    if a.has_unit and b.has_unit and (a.kind, a.unit) != (b.kind, b.unit):
        return
    if {a.kind, b.kind} & {KIND_PERCENT, KIND_POINTS} and max(a.scale, b.scale) > 1:
        return
    if b.scale > 1 and a.scale == 1 and a.base < 1000 and a.digits == b.digits:
        a.scale, a.value = b.scale, a.base * b.scale
    if not a.has_unit and b.has_unit and b.kind not in _CONTEXT_KINDS:
        a.kind, a.unit, a.has_unit = b.kind, b.unit, True
    elif not b.has_unit and a.has_unit and a.kind not in _CONTEXT_KINDS:
        b.kind, b.unit, b.has_unit = a.kind, a.unit, True


def _join(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join ranges into one mention and mark the two ends of a change with roles."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        if i + 1 < len(raws):
            b = raws[i + 1]
            c = _CONNECT.fullmatch(text, a.end, b.start)
            merged = _try_join(text, a, b, c) if c else None
            if merged is not None:
                out.extend(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _try_join(text: str, a: _Raw, b: _Raw, c: re.Match[str]) -> list[_Raw] | None:
    """One joined range, two role-marked ends, or None when the two are unrelated."""
    dash, to, and_, frm = c.group("dash"), c.group("to"), c.group("and"), c.group("from")
    or_ = c.group("or")
    if a.kind == KIND_AGE and (to or dash or and_) and not b.has_unit and b.kind == KIND_COUNT:
        b.kind, b.unit, b.has_unit = KIND_AGE, "year", True  # "aged 18 to 25"
        return [_Raw(a.start, b.end, (a.value + b.value) / 2, KIND_AGE, "year", "range",
                     a.value, b.value, has_unit=True)] if a.value < b.value else None
    if a.kind == KIND_YEAR and dash and a.qual == "exact":
        hi = b.value
        if b.kind == KIND_COUNT and b.digits and b.value < 100 and not b.has_unit:
            hi = (a.value // 100) * 100 + b.value
        elif b.kind != KIND_YEAR:
            return None
        if hi <= a.value:
            return None
        return [_Raw(a.start, b.end, a.value, KIND_YEAR, "year", "range", a.value, hi,
                     has_unit=True)]
    if a.kind in _CONTEXT_KINDS or b.kind in _CONTEXT_KINDS:
        return None
    if (a.before == "from" and to) or (a.before == "to" and frm):
        _adopt(a, b)
        if a.kind != b.kind or a.unit != b.unit:
            return None
        a.role, b.role = ("from", "to") if a.before == "from" else ("to", "from")
        return [a, b]
    if not (dash or to or or_ or (and_ and a.between >= 0)):
        return None
    if or_ and (a.value >= b.value or a.digits != b.digits):
        return None  # "two or three" is a range; "2024 or 5" is not
    if a.qual != "exact" or b.qual != "exact" or a.kind == KIND_DURATION and not b.has_unit:
        return None
    _adopt(a, b)
    if a.kind != b.kind or a.unit != b.unit or a.value > b.value:
        return None
    if dash and text[a.end:b.start] != text[a.end:b.start].strip() and not a.digits:
        return None
    start = a.between if a.between >= 0 else a.start
    mid = (a.value + b.value) / 2
    return [_Raw(start, b.end, mid, a.kind, a.unit, "range", a.value, b.value, has_unit=True)]


def _interval(raw: _Raw, text: str) -> tuple[float | None, float | None]:
    """Literal interval of the wording; bands for around/almost come from intervals.py."""
    v = raw.value
    q = raw.qual
    if q == "range":
        return raw.low, raw.high
    if q == "approx":
        band = approx_band(text, v)
        return v * (1 - band), v * (1 + band)
    if q == "almost":
        # "just under 6 per cent" is nearer its bound than "almost 6 per cent"
        band = ALMOST_BAND / 2 if re.match(r"(?i)\s*(?:just|a little|slightly)\b", text) \
            else ALMOST_BAND
        return v * (1 - band), v
    if q in ("more_than", "at_least"):
        return v, None
    if q in ("less_than", "at_most"):
        return None, v
    return v, v


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def parse_quantities(text: str) -> list[Quantity]:
    """Every number mention in `text`, sorted by start, non-overlapping, spans exact."""
    raws: list[_Raw] = []
    pos = 0
    prev_end = 0
    n = len(text)
    while pos < n:
        m = _CORE.search(text, pos)
        if m is None:
            break
        raw, skip_to = _read_core(text, m, prev_end)
        if raw is None:
            pos = max(skip_to, m.end(), pos + 1)
            continue
        raw.core_start = raw.start
        _read_before(text, raw, prev_end)
        if m.lastgroup == "num":
            _classify_year(text, raw, m.group("digits"))
        raws.append(raw)
        prev_end = raw.end
        pos = max(skip_to, raw.end, pos + 1)
    out: list[Quantity] = []
    for raw in _join(text, raws):
        if raw.kind in (KIND_COUNT, KIND_MEASURE) and _RATE_BASE_BEFORE.search(
                text, max(0, raw.start - 12), raw.start):
            continue  # "six cases per million doses": the base of a rate, not a count
        low, high = _interval(raw, text[raw.start:raw.end])
        qual = "at_most" if raw.qual == "almost" else raw.qual
        out.append(Quantity(raw.start, raw.end, text[raw.start:raw.end], raw.value, raw.unit,
                            raw.kind, low, high, qual, raw.role))
    return _with_worded_durations(text, out)


# "a day and a half", "half an hour", "an hour", "one and a half days": durations in words
_WORDED_DURATION = re.compile(
    r"(?i)\b(?:(?P<qual>under|less than|more than|over|nearly|almost|about|around|up to)\s+)?"
    r"(?:(?:a|an|one)\s+(?P<u1>minute|hour|day|week|fortnight|month|year)"
    r"(?P<half1>\s+and\s+a\s+half)?|half\s+an?\s+(?P<u2>minute|hour|day|week|month|year)|"
    r"(?:a|one)\s+and\s+a\s+half\s+(?P<u3>minutes|hours|days|weeks|months|years))\b")
_WORDED_QUALIFIERS = {"under": "less_than", "less than": "less_than", "more than": "more_than",
                      "over": "more_than", "nearly": "at_most", "almost": "at_most",
                      "about": "approx", "around": "approx", "up to": "at_most"}


def _with_worded_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """Add durations said in words, replacing a bare "half" they contain ("under half an
    hour" is 0.5 hours, not a fraction)."""
    extra: list[Quantity] = []
    kept = list(found)
    for m in _WORDED_DURATION.finditer(text):
        unit = (m.group("u1") or m.group("u2") or m.group("u3") or "").lower().rstrip("s")
        value = 0.5 if m.group("u2") else 1.5 if (m.group("half1") or m.group("u3")) else 1.0
        overlapping = [q for q in kept if q.start < m.end() and m.start() < q.end]
        if any(q.kind != KIND_FRACTION for q in overlapping):
            continue
        kept = [q for q in kept if q not in overlapping]
        qual = _WORDED_QUALIFIERS.get((m.group("qual") or "").lower(), "exact")
        low, high = value, value
        if qual == "less_than" or qual == "at_most":
            low = None
        elif qual == "more_than":
            high = None
        elif qual == "approx":
            low, high = value * (1 - APPROX_BAND), value * (1 + APPROX_BAND)
        extra.append(Quantity(m.start(), m.end(), m.group(0), value, unit, KIND_DURATION,
                              low, high, qual, ""))
    return sorted(kept + extra, key=lambda q: q.start)
