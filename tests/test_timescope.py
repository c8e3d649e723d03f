"""Time scopes: found in the wording and resolved against the publication date."""

import pytest

from verifier.timescope import find_times, is_rate, time_for


@pytest.mark.parametrize(
    ("text", "published", "key", "start", "end"),
    [
        ("in the first six months of her term", None, "first 6 month", None, None),
        ("between October 2024 and November 2025", None, "2024-10..2025-11", "2024-10-01",
         "2025-11-30"),
        ("Last year, around 80,000 died", "2025-11-27", "2024", "2024-01-01", "2024-12-31"),
        ("in the past five years", "2025-04-30", "last 5 year", "2020-05-01", "2025-04-30"),
        ("since 20 January", "2025-04-30", "since 2025-01-20", "2025-01-20", "2025-04-30"),
        ("on 5 December", "2025-04-30", "2024-12-05", "2024-12-05", "2024-12-05"),
        ("in February", "2025-11-27", "2025-02", "2025-02-01", "2025-02-28"),
        ("in January 2026 alone", None, "2026-01", "2026-01-01", "2026-01-31"),
        ("bilateral trade reached $935.1 billion in 2024", None, "2024", "2024-01-01",
         "2024-12-31"),
        ("exceed one trillion dollars this year", "2025-11-27", "2025", "2025-01-01",
         "2025-12-31"),
        ("November 27, 2025", None, "2025-11-27", "2025-11-27", "2025-11-27"),
        ("As of 6pm today the fire has burnt", "2026-01-14", "2026-01-14", "2026-01-14",
         "2026-01-14"),
        ("crews arrived this morning", "2026-01-14", "2026-01-14", "2026-01-14", "2026-01-14"),
        ("Net loss for the second quarter was", "2025-08-01", "2025-Q2", "2025-04-01",
         "2025-06-30"),
        ("for the quarter ended June 30", "2025-08-01", "2025-Q2", "2025-04-01", "2025-06-30"),
        ("in the final quarter of 2025", None, "2025-Q4", "2025-10-01", "2025-12-31"),
        ("Q3 2024 revenue", None, "2024-Q3", "2024-07-01", "2024-09-30"),
        ("in the past fortnight", "2026-03-08", "last 1 fortnight", "2026-02-22", "2026-03-08"),
        ("doses given since late February", "2026-03-10", "since 2026-02", "2026-02-01",
         "2026-03-10"),
        ("doses given since the clinics opened in February", "2026-03-10",
         "since the clinics", None, "2026-03-10"),
        ("Since the ceasefire took effect on 6 April, 310 trucks have entered", "2025-04-10",
         "since the ceasefire", "2025-04-06", "2025-04-10"),
        ("160 have died since the monsoon began on June 12", "2025-07-15",
         "since the monsoon", "2025-06-12", "2025-07-15"),
        ("Revenue for the three months to September rose", "2025-10-30", "2025-07..2025-09",
         "2025-07-01", "2025-09-30"),
        ("38 per cent of average rainfall between March and May", "2026-08-04",
         "2026-03..2026-05", "2026-03-01", "2026-05-31"),
        ("spring rainfall was 58 per cent of average", "2026-08-04", "2026-03..2026-05",
         "2026-03-01", "2026-05-31"),
        ("spring rainfall was 58 per cent of average", "2026-02-01", "2025-03..2025-05",
         "2025-03-01", "2025-05-31"),
        ("and is on course for $34bn over the full year", "2025-10-30", "2025", "2025-01-01",
         "2025-12-31"),
        ("Completions in 2024/25 were 1,410", None, "2024/25", "2024-04-01", "2025-03-31"),
        ("42 had been returned by the end of September", "2025-10-05", "2025-09-30",
         "2025-09-30", "2025-09-30"),
        ("the 2026-27 budget", None, "2026/27", "2026-04-01", "2027-03-31"),
        ("34,218 people arrived in the first nine months of 2025", None, "first 9 month",
         "2025-01-01", "2025-09-30"),
        ("32,418 people reached the coast between Jan. 1 and Sept. 30", "2025-10-10",
         "2025-01-01..2025-09-30", "2025-01-01", "2025-09-30"),
        ("has flown 37,000 people home since Thursday", "2026-03-08", "since 2026-03-05",
         "2026-03-05", "2026-03-08"),
        ("brought 11,000 passengers home on Thursday", "2026-03-08", "2026-03-05",
         "2026-03-05", "2026-03-05"),
    ],
)
def test_time_expressions_resolve(text: str, published: str | None, key: str,
                                  start: str | None, end: str | None) -> None:
    found = find_times(text, published)
    assert found, text
    scope = found[0].scope
    assert (scope.key, scope.start, scope.end) == (key, start, end)


def test_the_last_month_of_a_term_is_not_a_relative_month() -> None:
    keys = [f.scope.key for f in find_times(
        "compared to September 2024, the last month of the previous administration",
        "2025-04-30")]
    assert keys == ["2024-09"]


def test_may_as_a_verb_is_not_a_month() -> None:
    assert find_times("Cuts may follow soon.") == ()


def test_a_figure_takes_the_period_of_its_own_clause() -> None:
    sentence = ("Bilateral trade reached $935.1 billion in 2024 and stands to exceed one "
                "trillion dollars this year.")
    first = time_for(sentence, (0, 46), (25, 39), "2025-11-27")
    assert first is not None and first.key == "2024"


def test_a_year_that_is_the_figure_is_not_its_scope() -> None:
    sentence = "In 2019 there were 2,019 cases."
    scope = time_for(sentence, (0, len(sentence)), (3, 7), None)
    assert scope is None


@pytest.mark.parametrize(("text", "rate"), [
    ("over 100,000 drug overdoses in the country per year", True),
    ("daily murders", True),
    ("310,000 deaths in the past five years", False),
])
def test_rates_are_told_from_totals(text: str, rate: bool) -> None:
    assert is_rate(text) is rate


def test_a_figure_after_since_year_when_belongs_to_that_year() -> None:
    sentence = "The count has risen every year since 2020, when it stood at 31,000."
    start = sentence.index("31,000")
    scope = time_for(sentence, (0, len(sentence)), (start, start + 6), "2025-06-01")
    assert scope is not None and (scope.key, scope.kind) == ("2020", "period")


def test_a_relative_expression_opening_a_sentence_is_not_a_dateline() -> None:
    sentence = "Last year 80,000 people died."
    start = sentence.index("80,000")
    scope = time_for(sentence, (0, len(sentence)), (start, start + 6), "2025-11-27")
    assert scope is not None and scope.key == "2024"


def test_the_date_of_a_baseline_is_not_the_period_of_the_change() -> None:
    sentence = "That is up 12 percent from the 7,980 people counted in January 2024."
    start = sentence.index("12 percent")
    scope = time_for(sentence, (0, len(sentence)), (start, start + 10), "2025-02-01",
                     ((sentence.index("7,980"), sentence.index("7,980") + 5),), change=True)
    assert scope is None


def test_from_in_a_count_is_not_a_baseline() -> None:
    sentence = "He received €2.6 million in payments from the network in 2023 alone."
    start = sentence.index("€2.6 million")
    scope = time_for(sentence, (0, len(sentence)), (start, start + 12), None)
    assert scope is not None and scope.key == "2023"


def test_by_a_weekday_and_date_reads_a_count_as_of_that_date() -> None:
    sentence = "By Sunday, June 8, at least 23 people had died in the floods."
    at = sentence.index("at least 23")
    scope = time_for(sentence, (0, len(sentence)), (at, at + 11), "2025-06-09")
    assert scope is not None and (scope.key, scope.kind) == ("2025-06-08", "count_as_of")


def test_the_date_of_a_baseline_figure_and_a_record_are_not_the_figures_period() -> None:
    sentence = ("Final turnout was 61.4 percent, the commission said, the lowest since the first "
                "free elections in 1991 and down from 67.8 percent in 2021.")
    at = sentence.index("61.4 percent")
    other = sentence.index("67.8 percent")
    scope = time_for(sentence, (0, len(sentence)), (at, at + 12), "2025-10-13",
                     ((other, other + 12),))
    assert scope is None


def test_the_period_of_a_clause_of_its_own_is_not_the_figures() -> None:
    sentence = ("Northwind will cut 1,800 jobs, the company said on Wednesday as it reported a "
                "wider loss for the second quarter.")
    at = sentence.index("1,800")
    assert time_for(sentence, (0, len(sentence)), (at, at + 5), "2025-08-01") is None


def test_the_winter_crop_is_no_season() -> None:
    assert find_times("the winter crop and the summer harvest", "2026-08-04") == ()


def test_a_date_after_a_figure_compared_with_is_the_baseline_figures() -> None:
    sentence = ("A total of 32,418 people reached the coast, compared with 26,612 in the same "
                "period of 2024.")
    at, base = sentence.index("32,418"), sentence.index("26,612")
    assert time_for(sentence, (0, len(sentence)), (at, at + 6), "2025-10-10",
                    exclude=((base, base + 6),)) is None


def test_a_baseline_figure_does_not_take_the_main_figures_period() -> None:
    sentence = "Completions in 2024/25 were 1,410, down from 1,660."
    base = sentence.index("1,660")
    assert time_for(sentence, (0, len(sentence)), (base, base + 5), None) is None
    main = sentence.index("1,410")
    scope = time_for(sentence, (0, len(sentence)), (main, main + 5), None)
    assert scope is not None and scope.key == "2024/25"
