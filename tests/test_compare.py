"""Verdicts: conflict needs the same scope, scope needs a near-certain match."""

from dataclasses import replace

from factories import make_claim

from verifier.compare import disputed_in_one_article, headline_echoes, judge, same_time
from verifier.match import Match
from verifier.records import TimeScope

SIX_MONTHS = TimeScope("in the first six months", "first 6 month")
YEAR_2024 = TimeScope("in 2024", "2024", "2024-01-01", "2024-12-31")
YEAR_2023 = TimeScope("in 2023", "2023", "2023-01-01", "2023-12-31")


def _match(score: float = 0.9) -> Match:
    return Match(0, 1, score, score, score)


def _pair(value_a: float, value_b: float, *, time_a=SIX_MONTHS, time_b=SIX_MONTHS,
          source_b: str = "b.txt", unit: str = "percent", kind: str = "percent"):
    a = make_claim(f"Murders fell {value_a:g} per cent.", f"{value_a:g} per cent", value_a,
                   unit=unit, kind=kind, time=time_a, attribution="the government",
                   aggregation="change", direction="down")
    b = make_claim(f"Murders fell {value_b:g} per cent.", f"{value_b:g} per cent", value_b,
                   unit=unit, kind=kind, time=time_b, source=source_b,
                   attribution="Crisis Group", aggregation="change", direction="down")
    return a, b


def test_same_period_different_values_is_a_conflict_naming_both_parties() -> None:
    a, b = _pair(14, 1)
    finding = judge(a, b, _match())
    assert finding is not None and finding.verdict == "conflict"
    assert "the government" in finding.explanation and "Crisis Group" in finding.explanation
    assert "14 per cent" in finding.explanation and "1 per cent" in finding.explanation
    assert finding.severity > 0.5


def test_compatible_values_agree() -> None:
    a, b = _pair(14, 14)
    finding = judge(a, b, _match())
    assert finding is not None and finding.verdict == "agree" and finding.severity == 0


def test_unclear_period_is_a_scope_difference_when_the_match_is_certain() -> None:
    a, b = _pair(14, 9, time_b=None)
    finding = judge(a, b, _match(0.9))
    assert finding is not None and finding.verdict == "scope"
    assert judge(a, b, _match(0.6)) is None  # not certain enough to bother a reviewer


def test_transposed_digits_make_an_unclear_scope_worth_checking() -> None:
    a, b = _pair(78, 87, time_b=None)
    assert judge(a, b, _match(0.82)) is not None
    c, d = _pair(78, 91, time_b=None)
    assert judge(c, d, _match(0.7)) is None  # no swapped digits: not certain enough


def test_a_past_figure_retold_undated_is_checked_only_when_its_digits_are_swapped() -> None:
    a, b = _pair(78, 87, time_a=YEAR_2023, time_b=None)
    a, b = replace(a, written="2026-02-01"), replace(b, written="2026-02-01")
    assert judge(a, b, Match(0, 1, 0.75, 1.0, 0.95)) is not None
    c, d = _pair(78, 91, time_a=YEAR_2023, time_b=None)
    c, d = replace(c, written="2026-02-01"), replace(d, written="2026-02-01")
    assert judge(c, d, Match(0, 1, 0.75, 1.0, 0.95)) is None
    assert judge(a, b, Match(0, 1, 0.5, 1.0, 0.95)) is None  # statements too far apart


def test_a_guessed_article_date_does_not_blur_years_apart() -> None:
    week = TimeScope("this week", "week of 2025-10-27", "2025-10-27", "2025-11-02", "period",
                     estimated=True)
    january = TimeScope("in January 2023", "2023-01", "2023-01-01", "2023-01-31", "period")
    a, b = _pair(14, 9, time_a=week, time_b=january)
    assert same_time(a, b)[0] == "different"
    near = TimeScope("last week", "week of 2025-10-20", "2025-10-20", "2025-10-26", "period",
                     estimated=True)
    c, d = _pair(14, 9, time_a=week, time_b=near)
    assert same_time(c, d)[0] == "unclear"


def test_a_part_stated_of_the_other_figure_is_no_dispute() -> None:
    part = make_claim("About 2,100 of the 10,000 jobs cut were in California.", "About 2,100",
                      2100, time=YEAR_2023, counted="jobs")
    whole = make_claim("The company cut 10,000 jobs.", "10,000", 10000, time=YEAR_2023,
                       counted="jobs", source="b.txt")
    assert judge(part, whole, _match(0.9)) is None
    other = make_claim("The company cut 2,900 jobs.", "2,900", 2900, time=YEAR_2023,
                       counted="jobs", source="b.txt")
    finding = judge(part, other, _match(0.9))
    assert finding is not None and finding.verdict == "conflict"


def test_parties_dispute_within_a_paragraph_or_the_next_not_pages_apart() -> None:
    a = make_claim("The ministry said 212,000 people marched.", "212,000", 212000,
                   attribution="the ministry", line=5)
    near = replace(make_claim("The union said 390,000 people marched.", "390,000", 390000,
                              attribution="the union", line=7),
                   quantity=replace(a.quantity, start=300, end=307, value=390000))
    far = replace(near, line=11)
    assert disputed_in_one_article(a, near)
    assert not disputed_in_one_article(a, far)


def test_a_count_running_for_years_read_days_apart_is_one_period() -> None:
    since_2019_a = TimeScope("since 2019", "since 2019", "2019-01-01", "2026-10-14", "since")
    since_2019_b = TimeScope("since 2019", "since 2019", "2019-01-01", "2026-10-16", "since")
    a, b = _pair(7, 17, time_a=since_2019_a, time_b=since_2019_b)
    assert same_time(a, b)[0] == "same"
    outbreak_a = TimeScope("since the outbreak", "since the outbreak", "2026-10-01",
                           "2026-10-14", "since")
    outbreak_b = replace(outbreak_a, end="2026-10-16")
    c, d = _pair(7, 17, time_a=outbreak_a, time_b=outbreak_b)
    assert same_time(c, d)[0] == "unclear"


def test_a_calendar_and_a_financial_year_are_one_annual_figure() -> None:
    fiscal = TimeScope("in 2024/25", "2024/25", "2024-04-01", "2025-03-31", "period")
    a, b = _pair(14, 9, time_a=fiscal, time_b=YEAR_2024)
    assert same_time(a, b)[0] == "same"
    first_half = TimeScope("in the first half of 2024", "2024-H1", "2024-01-01", "2024-06-30",
                           "period")
    c, d = _pair(14, 9, time_a=first_half, time_b=YEAR_2024)
    assert same_time(c, d)[0] != "same"  # half a year is not the year


def test_a_sum_spent_on_something_is_comparable_with_the_same_sum_unnamed() -> None:
    spent = make_claim("The council spent £38.5m on temporary accommodation.", "£38.5m",
                       38.5e6, unit="GBP", kind="money", counted="temporary accommodation",
                       time=YEAR_2024)
    spent = replace(spent, frame=replace(spent.frame, target="temporary accommodation"))
    unnamed = make_claim("It spent £35.8m.", "£35.8m", 35.8e6, unit="GBP", kind="money",
                         source="b.txt", time=YEAR_2024)
    finding = judge(spent, unnamed, _match(0.85))
    assert finding is not None and finding.verdict == "conflict"


def test_a_figure_the_other_states_as_its_starting_point_is_no_dispute() -> None:
    before = make_claim("Each international undergraduate paid $24,650 this year.", "$24,650",
                        24650, unit="USD", kind="money", time=YEAR_2024)
    after = make_claim("Undergraduates will pay $27,608, up from $24,650.", "$27,608", 27608,
                       unit="USD", kind="money", source="b.txt")
    assert judge(before, after, _match(0.9)) is None
    other = make_claim("Undergraduates will pay $27,608 next year.", "$27,608", 27608,
                       unit="USD", kind="money", source="b.txt")
    assert judge(before, other, _match(0.9)) is not None


def test_a_financial_year_against_a_calendar_year_it_spans_is_unclear() -> None:
    fiscal = TimeScope("2026/27", "2026/27", "2026-04-01", "2027-03-31", "period")
    year_2027 = TimeScope("next year", "2027", "2027-01-01", "2027-12-31", "period")
    year_2029 = TimeScope("in 2029", "2029", "2029-01-01", "2029-12-31", "period")
    a, b = _pair(38, 83, time_a=fiscal, time_b=year_2027)
    assert same_time(a, b)[0] == "unclear"
    c, d = _pair(38, 83, time_a=fiscal, time_b=year_2029)
    assert same_time(c, d)[0] == "different"


def test_one_toll_read_on_one_day_is_worth_a_scope_question_at_a_lower_score() -> None:
    day = TimeScope("on 16 March", "2026-03-16", "2026-03-16", "2026-03-16", "as_of")
    a = make_claim("By the evening of 16 March officials counted 52 deaths.", "52", 52,
                   counted="deaths", event="death", time=day)
    b = make_claim("The death toll stood at 57 on 16 March.", "57", 57, counted="death toll",
                   event="death", time=day, source="b.txt")
    finding = judge(a, b, _match(0.74))
    assert finding is not None and finding.verdict == "scope"
    assert judge(a, b, _match(0.65)) is None


def test_figures_far_apart_without_a_shared_scope_are_part_and_whole() -> None:
    a, b = _pair(40, 2.4, time_b=None)  # a year's seizures against one raid's
    assert judge(a, b, _match(0.95)) is None


def test_different_stated_periods_are_different_quantities() -> None:
    a, b = _pair(14, 1, time_a=YEAR_2023, time_b=YEAR_2024)
    assert judge(a, b, _match()) is None


def test_without_stated_periods_even_one_article_is_only_a_scope_difference() -> None:
    # A story can hold several incidents; with no period stated, ask, don't accuse.
    a, b = _pair(14, 1, time_a=None, time_b=None, source_b="a.txt")
    assert same_time(a, b)[0] == "unclear"
    far = make_claim(" " * 2000 + "Murders fell 9 per cent.", "9 per cent", 9, unit="percent",
                     kind="percent", source="a.txt", attribution="Crisis Group",
                     aggregation="change", direction="down")
    assert judge(a, far, _match()).verdict == "scope"


def test_two_named_parties_a_few_sentences_apart_dispute_one_figure() -> None:
    a, b = _pair(14, 1, time_a=None, time_b=None, source_b="a.txt")
    finding = judge(a, b, _match())
    assert finding.verdict == "conflict" and "sets the two parties" in finding.explanation


def test_different_places_are_different_quantities() -> None:
    a = make_claim("Shelling on al-Ramouseh injured two civilians.", "two", 2,
                   place="al-Ramouseh", event="wound", source="a.txt")
    b = make_claim("Shells on al-Sheikh Maqsoud injured three civilians.", "three", 3,
                   place="al-Sheikh Maqsoud", event="wound", source="b.txt")
    assert judge(a, b, _match()) is None


def test_running_counts_read_on_different_dates_are_not_the_same_scope() -> None:
    since_a = TimeScope("since January", "since 2025-01", "2025-01-01", "2025-03-01", "since")
    since_b = TimeScope("since January", "since 2025-01", "2025-01-01", "2025-06-01", "since")
    a, b = _pair(14, 30, time_a=since_a, time_b=since_b)
    assert same_time(a, b)[0] == "unclear"


def test_a_stated_rise_against_a_stated_fall_is_a_conflict() -> None:
    a, b = _pair(5, 5)
    b = make_claim("Murders rose 5 per cent.", "5 per cent", 5, unit="percent", kind="percent",
                   time=SIX_MONTHS, source="b.txt", attribution="Crisis Group",
                   aggregation="change", direction="up")
    finding = judge(a, b, _match())
    assert finding is not None and finding.verdict == "conflict"


def test_finding_ids_do_not_depend_on_claim_order() -> None:
    a, b = _pair(14, 1)
    assert judge(a, b, _match()).id == judge(b, a, _match()).id


def test_a_headline_repeating_a_conflicting_figure_is_named_too() -> None:
    a, b = _pair(14, 1)
    finding = judge(a, b, _match())
    assert finding is not None
    headline = replace(make_claim("Murders down 14 per cent", "14 per cent", 14,
                                  unit="percent", kind="percent", claim_id="a.txt:headline"),
                       headline=True)
    other_figure = replace(headline, id="a.txt:other",
                           quantity=replace(headline.quantity, value=9.0))
    echoed = headline_echoes([finding], [headline, other_figure])
    assert len(echoed) == 2
    echo = next(f for f in echoed if f.id != finding.id)
    assert {c.id for c in echo.claims} == {"a.txt:headline", b.id}
    assert echo.verdict == "conflict" and "headline" in echo.explanation
    agreement = judge(*_pair(14, 14), _match())
    assert agreement is not None and headline_echoes([agreement], [headline]) == [agreement]


def test_a_headline_counting_something_else_or_vaguely_is_no_echo() -> None:
    a, b = _pair(14, 1)
    finding = judge(a, b, _match())
    assert finding is not None
    officers = replace(make_claim("14 per cent of officers called in", "14 per cent", 14,
                                  unit="percent", kind="percent", counted="officers",
                                  claim_id="a.txt:headline"), headline=True)
    vague = replace(make_claim("Murders down by dozens", "dozens", 14, qualifier="range",
                               claim_id="a.txt:vague"), headline=True)
    vague = replace(vague, quantity=replace(vague.quantity, unit="percent", kind="percent"))
    assert headline_echoes([finding], [officers, vague]) == [finding]


def test_a_fate_on_one_side_only_is_no_scope_question() -> None:
    trapped = make_claim("Norcoal says 41 miners were trapped.", "41", 41, counted="miners",
                         event="trap", attribution="Norcoal")
    underground = make_claim("There were 121 miners underground.", "121", 121,
                             counted="miners", source="b.txt")
    assert judge(trapped, underground, _match(0.95)) is None
    also_trapped = replace(underground, frame=replace(underground.frame, event="trap"),
                           quantity=replace(underground.quantity, value=46.0))
    finding = judge(trapped, also_trapped, _match(0.95))
    assert finding is not None and finding.verdict == "scope"


def _homes(value: float, source: str, *, written: str | None, time=None, place: str = ""):
    claim = make_claim(f"The fire destroyed {value:g} homes.", f"{value:g}", value,
                       counted="homes", event="destroy", source=source, time=time, place=place)
    return replace(claim, written=written)


def test_undated_figures_in_articles_of_the_same_day_share_their_now() -> None:
    a = _homes(137, "a.txt", written="2026-01-14")
    b = _homes(168, "b.txt", written="2026-01-14")
    finding = judge(a, b, _match(0.74))
    assert finding is not None and finding.verdict == "scope"
    # a week apart and filed in another story folder, the same match is not sure enough
    later = replace(b, written="2026-01-21", path="elsewhere/b.txt")
    assert judge(a, later, _match(0.74)) is None


def test_a_past_period_against_an_undated_figure_is_no_finding() -> None:
    in_2022 = _homes(58, "a.txt", written="2026-01-14", time=TimeScope(
        "in 2022", "2022", "2022-01-01", "2022-12-31", "period"))
    now = _homes(61, "b.txt", written="2026-01-14")
    assert judge(in_2022, now, _match(0.95)) is None


def test_a_slipped_zero_is_worth_a_scope_question_at_any_score_that_passed() -> None:
    a = _homes(12000, "a.txt", written="2026-01-14")
    b = _homes(1200, "b.txt", written="2026-01-20")
    finding = judge(a, b, _match(0.65))
    assert finding is not None and finding.verdict == "scope"
    assert judge(a, _homes(1500, "b.txt", written="2026-01-20"), _match(0.65)) is None


def test_a_slipped_zero_is_worth_a_scope_question() -> None:
    a = _homes(2000, "a.txt", written="2026-01-14")
    b = _homes(20000, "b.txt", written="2026-01-20")
    finding = judge(a, b, _match(0.9))
    assert finding is not None and finding.verdict == "scope"
    assert judge(a, _homes(9000, "b.txt", written="2026-01-20"), _match(0.9)) is None


def test_same_day_figures_of_different_owners_are_no_scope_question() -> None:
    a = _homes(41, "a.txt", written="2026-01-14", place="Social Democratic Party")
    b = _homes(53, "b.txt", written="2026-01-14")
    assert judge(a, b, _match(0.74)) is None


def test_a_week_guessed_for_an_undated_article_leaves_the_scope_unclear() -> None:
    guessed = TimeScope("last week", "week of 2025-04-07", "2025-04-07", "2025-04-13", "period",
                        estimated=True)
    stated = TimeScope("March 20", "2025-03-20", "2025-03-20", "2025-03-20", "as_of")
    a = _homes(137, "a.txt", written=None, time=guessed)
    b = _homes(173, "b.txt", written="2025-03-20", time=stated)
    assert same_time(a, b)[0] == "unclear"
    assert same_time(a, replace(b, frame=replace(b.frame, time=replace(
        guessed, estimated=False, key="week of 2025-03-17", start="2025-03-17",
        end="2025-03-23"))))[0] == "unclear"
    known = replace(guessed, estimated=False)
    assert same_time(replace(a, frame=replace(a.frame, time=known)), b)[0] == "different"


def test_a_year_only_scope_end_never_breaks_the_date_rules() -> None:
    two_years_ago = TimeScope("two years ago", "2 year ago", "2023", "2023", "as_of")
    a = _homes(137, "a.txt", written="2025-06-01", time=two_years_ago)
    b = _homes(173, "b.txt", written="2025-06-01")
    judge(a, b, _match(0.9))  # no exception: "2023" is no ISO day
    assert same_time(a, b)[0] == "unclear"


def test_undated_figures_days_apart_are_no_scope_question_below_the_bar() -> None:
    # one story folder is not enough: articles days apart may describe the story at two
    # stages, and a pair nobody would label costs a reviewer's time
    a = replace(_homes(48000, "a.txt", written="2026-01-10"), path="stories/bridge/a.txt")
    b = replace(_homes(61000, "b.txt", written="2026-01-20"), path="stories/bridge/b.txt")
    assert judge(a, b, _match(0.74)) is None
    assert judge(a, b, _match(0.85)) is not None
    # unless the digits are swapped (48,000 and 84,000): the classic copy error
    swapped = replace(b, quantity=replace(b.quantity, value=84000, low=84000, high=84000))
    assert judge(a, swapped, _match(0.74)) is not None


def test_vague_amounts_are_no_dispute() -> None:
    hundreds = make_claim("Hundreds of officers were called in, the union said.", "Hundreds",
                          200, qualifier="range", low=200, high=999,
                          attribution="the union", counted="officers")
    around = make_claim("Around 120 were involved, the ministry said.", "Around 120", 120,
                        qualifier="approx", low=108, high=132, attribution="the ministry",
                        counted="officers")
    assert judge(hundreds, around, _match(0.9)) is None


def test_a_slipped_zero_is_read_from_the_stated_values() -> None:
    more = make_claim("Sunfield recalled more than 1.1 million packages.", "more than 1.1 million",
                      1_100_000, qualifier="more_than", high=None, counted="packages")
    more = replace(more, written="2026-03-04")
    around = replace(make_claim("Sunfield recalled around 110,000 packages.", "around 110,000",
                                110_000, qualifier="approx", low=99_000, high=121_000,
                                counted="packages", source="b.txt"), written="2026-03-09")
    finding = judge(more, around, _match(0.9))
    assert finding is not None and finding.verdict == "scope"


def test_two_things_a_thousandfold_apart_are_no_slipped_zero() -> None:
    two = replace(make_claim("Two doses are 97 per cent effective.", "Two", 2, counted="doses"),
                  written="2026-03-10")
    many = replace(make_claim("More than 2,000 doses have been given.", "2,000", 2000,
                              counted="doses", source="b.txt"), written="2026-03-10")
    assert judge(two, many, _match(0.9)) is None


def test_a_fate_counts_only_for_people() -> None:
    sued = replace(make_claim("The family, whose son was hospitalised, seeks $5 million.",
                              "$5 million", 5e6, unit="USD", kind="money", event="hospital"),
                   written="2026-03-10")
    suing = replace(make_claim("The family is suing for $15 million.", "$15 million", 15e6,
                               unit="USD", kind="money", source="b.txt"), written="2026-03-10")
    finding = judge(sued, suing, _match(0.9))
    assert finding is not None and finding.verdict == "scope"


def test_a_fall_of_more_than_a_quarter_agrees_with_a_fall_of_27_per_cent() -> None:
    from verifier.quantities import parse_quantities

    def fall(text: str, source: str):
        sentence = f"Enrolment fell by {text} last year."
        q = next(q for q in parse_quantities(sentence) if q.text == text)
        claim = make_claim(sentence, text, q.value, unit=q.unit, kind=q.kind, low=q.low,
                           high=q.high, qualifier=q.qualifier, aggregation="change",
                           direction="down", source=source, time=YEAR_2024)
        return replace(claim, quantity=q)

    finding = judge(fall("more than a quarter", "a.txt"), fall("27 per cent", "b.txt"),
                    _match())
    assert finding is not None and finding.verdict == "agree"
    finding = judge(fall("more than a quarter", "a.txt"), fall("14 per cent", "b.txt"),
                    _match())
    assert finding is not None and finding.verdict == "conflict"
