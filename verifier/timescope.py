"""Time scope of a figure: the period or date it holds for, resolved against publication date.

The same quantity at two dates is a scope difference, not a lie, so the verdict needs to know
whether two figures speak of the same period. Expressions are found with a small grammar and
normalised to a key ("first 6 months", "2024", "2025-02") plus resolved ISO bounds when the
article's publication date allows ("last year" in an article of 2025-11-27 is 2024).
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from verifier.records import TimeScope

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_YEAR = r"(?:19|20)\d\d"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
    "twenty": 20, "thirty": 30, "hundred": 100,
}
_N = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|" \
     r"twenty|thirty|hundred)"
_UNIT = r"(?:days?|weeks?|fortnights?|months?|quarters?|years?|decades?)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
# "since the monsoon began", "since the ceasefire took effect": the verb that starts an event
_EVENT_ONSET = (r"(?:began|started|erupted|broke out|opened|hit|struck|took effect|"
                r"came into (?:force|effect)|was (?:declared|signed|agreed))")

_EXPRESSIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        ("between", rf"\bbetween\s+(?P<m1>{_MONTH})?\s*(?P<y1>{_YEAR})?\s+and\s+"
                    rf"(?P<m2>{_MONTH})?\s*(?P<y2>{_YEAR})"),
        # "between March and May", "from March to May": months of the year written in
        ("month_span", rf"\b(?:between|from)\s+(?P<m1>{_MONTH})\s+(?:and|to|through|until)\s+"
                       rf"(?P<m2>{_MONTH})\b(?!\s+\d)"),
        ("year_list", rf"\b(?:over|in|for|during|across)?\s*(?P<y1>{_YEAR})(?:,\s*{_YEAR})*,?\s+"
                      rf"(?:and|to)\s+(?P<y2>{_YEAR})\b"),
        ("first_n", rf"\b(?:in|during|over|for)?\s*(?:the|its|his|her|their)\s+"
                    rf"(?:same\s+)?first\s+(?:(?P<n>{_N})\s+)?(?P<unit>{_UNIT})"
                    rf"(?:\s+of\s+(?P<y>{_YEAR})\b)?"),
        # "in the three months to September", "the six months ended June 30": a period
        ("months_to", rf"\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?P<n>{_N})\s+months?\s+"
                      rf"(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?P<m>{_MONTH})"
                      rf"(?:\s+{_DAY}\b)?(?:,?\s+(?P<y>{_YEAR}))?"),
        ("quarter", rf"\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?P<q>first|second|third|fourth|"
                    rf"final|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<y>{_YEAR}))?\b|"
                    rf"\b(?P<qq>Q[1-4])(?:\s+(?P<y2>{_YEAR}))?\b|"
                    rf"\bthe\s+quarter\s+(?:ended|ending|to|through)\s+(?P<m>{_MONTH})"
                    rf"(?:\s+{_DAY})?(?:,?\s+(?P<y3>{_YEAR}))?"),
        ("day_range", rf"\bbetween\s+(?P<d1>{_DAY})\s+(?:(?P<m1>{_MONTH})\s+)?and\s+"
                      rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:\s+(?P<y>{_YEAR}))?"),
        # "between Jan. 1 and Sept. 30", "from March 3 to May 9, 2025"
        ("day_range_us", rf"\b(?:between|from)\s+(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s+(?:and|to|"
                         rf"through)\s+(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?"),
        ("last_n", rf"\b(?:in|during|over|for)?\s*the\s+(?:last|past|previous)\s+(?P<n>{_N})?\s*"
                   rf"(?P<unit>{_UNIT})(?!\s+of\b)"),
        ("n_ago", rf"\b(?P<n>{_N})\s+(?P<unit>{_UNIT})\s+ago\b"),
        ("in_less_than", rf"\bin\s+(?:less|fewer)\s+than\s+(?P<n>{_N})\s+(?P<unit>{_UNIT})"),
        ("in_n_units", rf"\b(?:in|within|over)\s+(?P<n>{_N})\s+(?P<unit>{_UNIT})\b"),
        ("since_date", rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<d>{_DAY})\s+(?P<m>{_MONTH})|"
                       rf"(?P<m2>{_MONTH})\s+"
                       rf"(?P<d2>{_DAY})\b|(?P<m3>{_MONTH}))?,?\s*(?P<y>{_YEAR})?"),
        ("since_event", r"\bsince\s+(?P<what>(?:the|his|her|their|its|[A-Z][\w’']*)\s+"
                        r"(?:[\w’'-]+\s+){0,5}?(?:inauguration|election|took office|"
                        r"taking office|start|beginning|began|outbreak|strike|attack|war|"
                        r"erupted|started|collapsed|ended|operation|offensive|ceasefire|opened|"
                        r"launched|declared|announced|closed|reopened)"
                        rf"(?:\s+{_EVENT_ONSET})?)\b"
                        # "since the clinics opened in February": the month dates the event
                        rf"(?:\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<em>{_MONTH})"
                        rf"(?:\s+(?P<ed>{_DAY})\b)?|(?P<ed2>{_DAY})\s+(?P<em2>{_MONTH})|"
                        rf"(?P<ey>{_YEAR}))(?:,?\s+(?P<ey2>{_YEAR}))?)?"),
        ("date", rf"\b(?:on\s+)?(?P<d>{_DAY})\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b"),
        ("date_us", rf"\b(?:on\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{_YEAR}))?"),
        ("month", rf"\b(?:in|during|by|of|for|since|until)?\s*(?:early|late|mid-?|the end of)?"
                  rf"\s*(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b"),
        # "spring rainfall", "last summer": the latest such season (northern hemisphere)
        ("season", r"\b(?:(?:in|during|over|this|last|the)\s+)?(?P<season>spring|summer|autumn)"
                   r"(?!\s+(?:crop|harvest|term|session|statement|budget|school|sowing)s?\b)\b"),
        ("full_year", r"\b(?:for|over|in|across)\s+the\s+(?:full|whole|entire)\s+year\b"),
        ("relative_year", r"\b(?P<rel>last|this|next|previous|the previous|the past)\s+"
                          r"(?P<unit>year|month|week|quarter)\b(?!\s+of\b)"),
        # "in 2024/25", "2024-25": a financial year (April to March, as UK councils count)
        ("fiscal_year", rf"\b(?:(?:in|for|during|of)\s+)?(?:(?:the\s+)?(?:fiscal|financial)\s+"
                        rf"(?:year\s+)?|FY\s*)?(?P<y1>{_YEAR})[/-](?P<y2>\d\d(?:\d\d)?)\b"),
        ("year", rf"\b(?:in|during|for|of|by|since|until)?\s*(?:fiscal\s+)?(?P<y>{_YEAR})\b"),
        ("so_far", r"\b(?:so far|to date|thus far|as of now)\b"),
        ("today", r"\b(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d\d:\d\d)\s+)?"
                  r"today\b|\b(?:this (?:morning|afternoon|evening)|tonight)\b"),
        ("weekday", r"\b(?:(?P<since>since)\s+|on\s+)?(?P<wd>monday|tuesday|wednesday|"
                    r"thursday|friday|saturday|sunday)(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
    )
)

# "compared to September 2024" names the baseline of a change, not the period it covers.
_BASELINE_FIGURE = re.compile(r"(?i)\b(?:(?:down|up|rising|falling|fell|rose|dropped|climbed)"
                              r"\s+from|compared (?:to|with)|versus|vs\.?)\s+(?:(?:about|around|"
                              r"some|nearly|almost|just|roughly)\s+)?[£$€]?$")
_BASELINE = re.compile(r"(?:compared (?:to|with)|relative to|versus|vs\.?|than|from)\s*$",
                       re.IGNORECASE)

# "the lowest since the first free elections in 1991", "the highest in a decade": a record
# measured against the past, not the period of the figure.
_RECORD_SINCE = re.compile(r"(?i)\b(?:lowest|highest|largest|smallest|biggest|worst|best|most|"
                           r"fewest|first time)\b[^,;.]{0,40}\b(?:since|in|for)\b[^,;.]{0,50}$")

RATE_PATTERN = re.compile(
    r"\b(?:per|each|every)\s+(?:year|month|week|day|annum)\b|"
    r"(?<!than )(?<!in )(?<!within )(?<!for )(?<!over )\ba\s+(?:year|month|week|day)\b|"
    # "the daily bulletin" names a publication, not a rate
    r"(?<!the )(?<!its )(?<!a )\b(?:annual(?:ly)?|daily|yearly|monthly|weekly)\b",
    re.IGNORECASE,
)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_REPORTING = re.compile(r"(?i)\b(?:said|says|told|reported|announced|added|stated|confirmed|"
                        r"published|updated|posted|insisted|claimed|testified|wrote)\b"
                        r"[^.;]{0,40}$")


@dataclass(frozen=True)
class FoundTime:
    start: int
    end: int
    scope: TimeScope


def _number(word: str | None) -> int:
    if not word:
        return 1
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _unit_name(unit: str) -> str:
    return unit.lower().rstrip("s")


def _month(name: str | None) -> int | None:
    if not name:
        return None
    return MONTHS.get(name.lower().rstrip("."))


def _month_bounds(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1).isoformat(), date(year, month, last).isoformat()


def _shift(day: date, unit: str, n: int) -> date:
    days = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "quarter": 91, "year": 365,
            "decade": 3652}
    return day - timedelta(days=days.get(unit, 30) * n)


def _infer_year(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _scope(name: str, m: re.Match[str], published: date | None) -> TimeScope | None:
    text = m.group(0).strip()
    g = m.groupdict()
    if name == "between":
        y1, y2 = g.get("y1"), g.get("y2")
        m1, m2 = _month(g.get("m1")), _month(g.get("m2"))
        if not y2:
            return None
        start = f"{y1 or y2}-{m1:02d}" if m1 else f"{y1 or y2}"
        end = f"{y2}-{m2:02d}" if m2 else y2
        lo = _month_bounds(int(y1 or y2), m1)[0] if m1 else f"{y1 or y2}-01-01"
        hi = _month_bounds(int(y2), m2)[1] if m2 else f"{y2}-12-31"
        return TimeScope(text, f"{start}..{end}", lo, hi, "period")
    if name == "fiscal_year":
        y1 = int(g["y1"])
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
        if y2 != y1 + 1:
            return None  # "2019-2023" is a span of years, read elsewhere
        return TimeScope(text, f"{y1}/{str(y2)[2:]}", f"{y1}-04-01", f"{y2}-03-31", "period")
    if name == "month_span":
        m1, m2 = _month(g.get("m1")), _month(g.get("m2"))
        if not m1 or not m2 or published is None:
            return None
        y2 = _infer_year(m2, published)
        if y2 is None:
            return None
        y1 = y2 if m1 <= m2 else y2 - 1
        lo, hi = _month_bounds(y1, m1)[0], _month_bounds(y2, m2)[1]
        return TimeScope(text, f"{y1}-{m1:02d}..{y2}-{m2:02d}", lo, hi, "period")
    if name == "season":
        if published is None:
            return None
        first = {"spring": 3, "summer": 6, "autumn": 9}[g["season"].lower()]
        year = published.year
        if re.match(r"(?i)last\b", text):
            if published <= date(year, first + 2, 28):
                year -= 1  # "last summer": the latest season already over
        elif published < date(year, first, 1):
            year -= 1  # "spring rainfall" in February: last year's spring
        lo, hi = _month_bounds(year, first)[0], _month_bounds(year, first + 2)[1]
        return TimeScope(text, f"{year}-{first:02d}..{year}-{first + 2:02d}", lo, hi, "period")
    if name == "full_year":
        if published is None:
            return None
        y = published.year
        return TimeScope(text, str(y), f"{y}-01-01", f"{y}-12-31", "period")
    if name == "months_to":
        n, month = _number(g.get("n")), _month(g.get("m"))
        year = int(g["y"]) if g.get("y") else (_infer_year(month, published) if month else None)
        if not month or not year or not 1 <= n <= 24:
            return None
        first = year * 12 + month - n  # months since year 0, zero-based
        lo = _month_bounds(first // 12, first % 12 + 1)[0]
        hi = _month_bounds(year, month)[1]
        return TimeScope(text, f"{lo[:7]}..{year}-{month:02d}", lo, hi, "period")
    if name == "year_list":
        y1, y2 = g["y1"], g["y2"]
        return TimeScope(text, f"{y1}..{y2}", f"{y1}-01-01", f"{y2}-12-31", "period")
    if name in ("day_range", "day_range_us"):
        m2 = _month(g["m2"])
        m1 = _month(g.get("m1")) or m2
        if not m1 or not m2:
            return None
        year = int(g["y"]) if g.get("y") else _infer_year(m2, published)
        try:
            d1, d2 = int(re.sub(r"\D", "", g["d1"])), int(re.sub(r"\D", "", g["d2"]))
            if year is None:
                return TimeScope(text, f"--{m1:02d}-{d1:02d}..--{m2:02d}-{d2:02d}", None, None,
                                 "period")
            lo, hi = date(year, m1, d1).isoformat(), date(year, m2, d2).isoformat()
        except ValueError:
            return None
        return TimeScope(text, f"{lo}..{hi}", lo, hi, "period")
    if name == "first_n":
        n, unit = _number(g["n"]), _unit_name(g["unit"])
        key = f"first {n} {unit}"
        if g.get("y") and unit == "month" and 1 <= n <= 12:
            # "the first nine months of 2025": 1 January to 30 September of that year
            year = int(g["y"])
            return TimeScope(text, key, f"{year}-01-01", _month_bounds(year, n)[1], "period")
        return TimeScope(text, key, None, None, "period")
    if name in ("last_n", "in_n_units", "in_less_than"):
        n, unit = _number(g.get("n")), _unit_name(g["unit"])
        key = f"last {n} {unit}" if name != "in_less_than" else f"under {n} {unit}"
        if published is None:
            return TimeScope(text, key, None, None, "period")
        return TimeScope(text, key, _shift(published, unit, n).isoformat(),
                         published.isoformat(), "period")
    if name == "n_ago":
        n, unit = _number(g.get("n")), _unit_name(g["unit"])
        if published is None:
            return TimeScope(text, f"{n} {unit} ago", None, None, "as_of")
        when = _shift(published, unit, n)
        return TimeScope(text, f"{n} {unit} ago", str(when.year), str(when.year), "as_of")
    if name == "since_date":
        month = _month(g.get("m") or g.get("m2") or g.get("m3"))
        year = g.get("y")
        if not month and not year:
            return None
        y = int(year) if year else (_infer_year(month, published) if month else None)
        day = g.get("d") or g.get("d2")
        key = f"since {y or '?'}-{month:02d}" if month else f"since {y}"
        if day and month:
            key += f"-{int(re.sub(r'[^0-9]', '', day)):02d}"
        first_day = int(re.sub(r"\D", "", day)) if day else 1
        start = f"{y}-{month:02d}-{first_day:02d}" if (y and month) else (
            f"{y}-01-01" if y else None)
        return TimeScope(text, key, start, published.isoformat() if published else None, "since")
    if name == "since_event":
        what = re.sub(rf"\s+{_EVENT_ONSET}$", "", re.sub(r"\s+", " ", g["what"].lower()))
        # "since the monsoon began on June 12": the date of the event starts the count
        month = _month(g.get("em") or g.get("em2"))
        year_text = g.get("ey2") or g.get("ey")
        year = int(year_text) if year_text else (
            _infer_year(month, published) if month else None)
        day_text = g.get("ed") or g.get("ed2")
        start = None  # a month alone ("opened in February") is too coarse to equate two counts
        if year and month and day_text:
            start = f"{year}-{month:02d}-{int(re.sub(r'[^0-9]', '', day_text)):02d}"
        return TimeScope(text, f"since {what}", start,
                         published.isoformat() if published else None, "since")
    if name in ("date", "date_us"):
        month = _month(g["m"])
        try:
            day = int(re.sub(r"\D", "", g["d"]))
        except ValueError:
            return None
        if not month or not 1 <= day <= 31:
            return None
        year = int(g["y"]) if g.get("y") else _infer_year(month, published)
        if year is None:
            return TimeScope(text, f"--{month:02d}-{day:02d}", None, None, "as_of")
        try:
            iso = date(year, month, day).isoformat()
        except ValueError:
            return None
        return TimeScope(text, iso, iso, iso, "as_of")
    if name == "month":
        month = _month(g["m"])
        if not month or g["m"].lower().rstrip(".") in ("may", "mar") and not g.get("y") \
                and not re.match(r"(?i)(in|during|by|since|until|of)\b", text):
            return None  # "may" and "mar" are verbs more often than months
        year = int(g["y"]) if g.get("y") else _infer_year(month, published)
        if year is None:
            return TimeScope(text, f"month {month:02d}", None, None, "period")
        lo, hi = _month_bounds(year, month)
        if re.match(r"(?i)by\s+the\s+end\s+of\b", text):
            # "42 people had been returned by the end of September": a count read that day
            return TimeScope(text, hi, hi, hi, "count_as_of")
        return TimeScope(text, f"{year}-{month:02d}", lo, hi, "period")
    if name == "relative_year":
        unit = g["unit"].lower()
        rel = g["rel"].lower()
        offset = 0 if rel == "this" else (1 if rel in ("last", "previous", "the previous",
                                                       "the past") else -1)
        if published is None:
            return TimeScope(text, f"{rel} {unit}", None, None, "period")
        if unit == "year":
            y = published.year - offset
            return TimeScope(text, str(y), f"{y}-01-01", f"{y}-12-31", "period")
        if unit == "month":
            first = published.replace(day=1)
            for _ in range(max(offset, 0)):
                first = (first - timedelta(days=1)).replace(day=1)
            lo, hi = _month_bounds(first.year, first.month)
            return TimeScope(text, f"{first.year}-{first.month:02d}", lo, hi, "period")
        if unit == "week":
            monday = published - timedelta(days=published.weekday() + 7 * max(offset, 0))
            if offset < 0:
                monday = published - timedelta(days=published.weekday()) + timedelta(days=7)
            return TimeScope(text, f"week of {monday.isoformat()}", monday.isoformat(),
                             (monday + timedelta(days=6)).isoformat(), "period")
        return TimeScope(text, f"{rel} {unit}", None, None, "period")
    if name == "year":
        y = int(g["y"])
        return TimeScope(text, str(y), f"{y}-01-01", f"{y}-12-31", "period")
    if name == "weekday":
        if _REPORTING.search(m.string[max(0, m.start() - 30):m.start()]):
            return None  # "said on Tuesday" dates the report, not the figure
        weekday = _WEEKDAYS.index(g["wd"].lower())
        if published is None:
            if g.get("since"):
                return TimeScope(text, f"since weekday {weekday}", None, None, "since")
            return TimeScope(text, f"weekday {weekday}", None, None, "as_of")
        back = (published.weekday() - weekday) % 7
        day = (published - timedelta(days=back)).isoformat()
        if g.get("since"):  # "has flown 37,000 home since Thursday": a running count
            return TimeScope(text, f"since {day}", day, published.isoformat(), "since")
        return TimeScope(text, day, day, day, "as_of")
    if name == "so_far":
        return TimeScope(text, "to date", None, published.isoformat() if published else None,
                         "as_of")
    if name == "quarter":
        return _quarter(text, g, published)
    if name == "today":
        day = published.isoformat() if published else None
        return TimeScope(text, day or "today", day, day, "as_of")
    return None


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4}


def _quarter(text: str, g: dict[str, str | None], published: date | None) -> TimeScope | None:
    """ "the second quarter", "Q2 2025", "fourth-quarter sales", "the quarter ended June 30":
    a calendar quarter of the stated year, else of the latest year it can have ended by."""
    if g.get("q"):
        n = _QUARTERS[(g["q"] or "").lower()]
    elif g.get("qq"):
        n = int((g["qq"] or "Q0")[1])
    else:
        month = _month(g.get("m"))
        if not month:
            return None
        n = (month - 1) // 3 + 1
    year_text = g.get("y") or g.get("y2") or g.get("y3")
    if year_text:
        year = int(year_text)
    elif published is not None:
        year = published.year if published.month > 3 * (n - 1) else published.year - 1
    else:
        return TimeScope(text, f"Q{n}", None, None, "period")
    lo = _month_bounds(year, 3 * n - 2)[0]
    hi = _month_bounds(year, 3 * n)[1]
    return TimeScope(text, f"{year}-Q{n}", lo, hi, "period")


@functools.lru_cache(maxsize=4096)
def find_times(text: str, published: str | None = None) -> tuple[FoundTime, ...]:
    """Every time expression in `text`, longest first where they overlap, ordered by start."""
    pub = date.fromisoformat(published) if published else None
    found: list[FoundTime] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _EXPRESSIONS:
        for m in pattern.finditer(text):
            if not m.group(0).strip():
                continue
            span = (m.start(), m.end())
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            scope = _scope(name, m, pub)
            if scope is None:
                continue
            taken.append(span)
            found.append(FoundTime(span[0], span[1], scope))
    return tuple(sorted(found, key=lambda f: f.start))


_AS_OF = re.compile(r"(?i)\b(?:as of|as at|by|up to|until|through|for)\s*$")
# "the toll rose to 487 on Thursday evening": the date the count was read, not the event's.
_LEVEL_REACHED = re.compile(r"(?i)\b(?:rose|risen|climbed|reached|stood|stands|jumped|increased|"
                            r"grew|had risen|has risen)\s+(?:to|at)?\s*[\d,.]+\s*"
                            r"(?:[a-z]+\s+){0,2}$")
_PUBLISHED = re.compile(r"(?i)\b(?:published|date of publication|updated|last updated|posted)"
                        r"(?:\s+(?:on|at))?\s*:?\s*$")


_BASELINE_AFTER = re.compile(r"(?i)\b(?:from|compared (?:to|with)|than|against|versus|vs\.?)\s")


def _in_baseline_phrase(sentence: str, quantity: tuple[int, int], found: FoundTime) -> bool:
    """ "up 12 percent from the 7,980 people counted in January 2024": the date belongs to the
    baseline the change is measured from, not to the change."""
    between = sentence[quantity[1]:found.start]
    return found.start >= quantity[1] and not re.search(r";|,(?!\d)", between) and bool(
        _BASELINE_AFTER.search(between))


def _is_dateline(sentence: str, found: FoundTime) -> bool:
    """ "6 Oct 2016 At least 29 people were killed": a date opening the text, or one after
    "Published", dates the article, not the figure."""
    if _PUBLISHED.search(sentence[max(0, found.start - 30):found.start]):
        return True
    return (found.start <= 2 and found.scope.kind == "as_of"
            and bool(re.match(r"\d{4}-\d\d-\d\d$", found.scope.key))
            and bool(re.search(r"\d", found.scope.text))  # "Today 1,380 firefighters ..."
            and bool(re.match(r"\s+[A-Z0-9]", sentence[found.end:])))


_NEW_CLAUSE = re.compile(r"(?i)\b(?:as|while|when|because|after|before|since|although)\s+"
                         r"(?:it|they|he|she|we|the company|the government)\s+[a-z]+")


def time_for(sentence: str, clause: tuple[int, int], quantity: tuple[int, int],
             published: str | None, exclude: tuple[tuple[int, int], ...] = (),
             change: bool = False) -> TimeScope | None:
    """The time scope that governs the figure at `quantity` (offsets within `sentence`).

    Prefer an expression in the figure's own clause, nearest first; else the only one in the
    sentence. For a `change` ("up 12 per cent from ... in January"), dates in the phrase it is
    measured from are its baseline, not its period. Spans in `exclude` are other figures (a
    year that is the figure is not its scope).
    """
    times = [t for t in find_times(sentence, published)
             if not any(t.start < e and s < t.end for s, e in (quantity, *exclude))
             and not _BASELINE.search(sentence[max(0, t.start - 25):t.start])
             and not _RECORD_SINCE.search(sentence[max(0, t.start - 80):t.start])
             and not (change and _in_baseline_phrase(sentence, quantity, t))
             and not _is_dateline(sentence, t)]
    if _BASELINE_FIGURE.search(sentence[max(0, quantity[0] - 30):quantity[0]]):
        # "Completions in 2024/25 were 1,410, down from 1,660": the period before the
        # baseline figure is the main figure's; only a date after it is its own
        times = [t for t in times if t.start >= quantity[1]]
    if not times:
        return None
    # a date after a baseline figure is that figure's ("61.4 percent, ... down from 67.8
    # percent in 2021"); outside the clause, so is any date another figure stands before
    times = [t for t in times if not any(
        quantity[1] <= s and e <= t.start and re.search(
            r"(?i)\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s+(?:\w+\s+)?$",
            sentence[max(0, s - 20):s])
        for s, e in exclude)]
    # "will cut 1,800 jobs ... as it reported a wider loss for the second quarter": the
    # period of a clause of its own
    times = [t for t in times if not (t.start >= quantity[1] and _NEW_CLAUSE.search(
        sentence[quantity[1]:t.start]))]
    in_clause = [t for t in times if clause[0] <= t.start and t.end <= clause[1]]
    alone = [t for t in times if not any(
        min(quantity[1], t.end) <= s and e <= max(quantity[0], t.start) for s, e in exclude)]
    pool = in_clause or (alone if len(times) == 1 else [])
    if not pool:
        return None

    def distance(t: FoundTime) -> int:
        return t.start - quantity[1] if t.start >= quantity[1] else (quantity[0] - t.end) + 5

    best = min(pool, key=distance)
    if best.scope.kind == "since" and best.end <= quantity[0] and re.match(
            r"(?i)[\s,]*when\b", sentence[best.end:quantity[0]]) and best.scope.start:
        # "risen every year since 2020, when it stood at 31,000": the figure is 2020's
        year = best.scope.start[:4]
        return TimeScope(best.scope.text, year, f"{year}-01-01", f"{year}-12-31", "period")
    # "By Sunday, June 8": the preposition governs the weekday and the date it names
    lead = min((t.start for t in times if t.scope.key == best.scope.key
                and 0 <= best.start - t.end <= 3), default=best.start)
    if best.scope.kind == "as_of" and (
            _AS_OF.search(sentence[max(0, lead - 12):lead])
            or _LEVEL_REACHED.search(sentence[max(0, best.start - 60):best.start])):
        return replace(best.scope, kind="count_as_of")
    # Periods trump as-of dates in the same clause: "14,102 victims in the first six months
    # ... compared to September 2024" is about the six months.
    periods = [t for t in pool if (t.scope.key.startswith("first ")
                                   and not t.scope.key.startswith("first 1 "))
               or ".." in t.scope.key]
    if periods and best.scope.kind != "period":
        best = min(periods, key=distance)
    return best.scope


SAME_PERIOD = re.compile(r"(?i)\b(?:by|on|for|in|during|over|at)\s+(?:(?:the\s+)?same\s+"
                         r"(?:\w+\s+)?(?:date|day|time|period|weeks?|months?|quarters?|years?|"
                         r"first\s+\w+)|"
                         r"that (?:date|day|period|year|month|quarter)|the year|the period)\b")


def is_rate(text: str) -> bool:
    """True when the wording states a rate ("per year", "annually", "daily")."""
    return bool(RATE_PATTERN.search(text))
