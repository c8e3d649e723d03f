"""Claims: one statement per figure, with references to earlier sentences resolved."""

from verifier.claims import extract_claims
from verifier.records import Source


def _claims(text: str, published: str | None = None, reference: str | None = None):
    return extract_claims(Source(id="a.txt", path="a.txt", text=text, published=published),
                          reference)


def test_the_figure_takes_the_previous_sentences_thing_counted_and_period() -> None:
    claims = _claims("The exporters say 30 per cent of the perishable cargo spoiled during the "
                     "first week of the strike. The port authority insists the figure was 6 per "
                     "cent for the same first week.")
    second = claims[-1]
    assert second.frame.counted == "perishable cargo"
    assert second.frame.time is not None and second.frame.time.key == "first 1 week"
    assert "perishable cargo" in second.statement


def test_one_party_keeps_one_name_within_an_article() -> None:
    claims = _claims("The state forestry department said 300,000 hectares burned. Later the "
                     "forestry department said 41 large fires were still burning.")
    assert {c.attribution for c in claims} == {"The state forestry department"} or {
        c.attribution for c in claims} == {"the state forestry department"}


def test_definite_small_counts_are_references_not_claims() -> None:
    assert _claims("The two nations signed the deal after the three leaders met.") == []


def test_undated_articles_resolve_relative_time_with_the_reference_date() -> None:
    claims = _claims("Last year 80,000 people died.", reference="2025-11-27")
    assert claims[0].frame.time is not None and claims[0].frame.time.key == "2024"
    assert claims[0].published is None  # the reference date is not invented as a dateline


def test_claim_ids_survive_an_inserted_paragraph() -> None:
    body = "Officials said 46 people died by 3 September."
    before = _claims(body)
    after = _claims("A new paragraph with 12 other figures.\n\n" + body)
    assert before[0].id in {c.id for c in after}
    moved = next(c for c in after if c.id == before[0].id)
    assert moved.quantity.start > before[0].quantity.start


def test_a_number_of_something_is_not_a_reference_back() -> None:
    claims = _claims("The ministry says daily murders fell 14 per cent. But Crisis Group, "
                     "comparing the total number of victims, points to a 1 per cent drop in the "
                     "murder toll.")
    assert claims[-1].frame.counted == "murder toll"
    assert "total number of victims" in claims[-1].statement


def test_the_report_is_the_report_the_article_named() -> None:
    claims = _claims("Waiting lists reached 14,200, according to the board's performance "
                     "report. The report also shows that 4,100 were orthopaedic patients.")
    assert {c.attribution for c in claims} == {"the board's performance report"}


def test_the_report_with_no_report_named_is_the_authors_reading() -> None:
    claims = _claims("The report also shows that 4,100 were orthopaedic patients.")
    assert claims[0].attribution is None


def test_headline_figures_are_claims_marked_as_headline() -> None:
    text = "Quake toll climbs to 487\n\nThe toll rose to 487 on Thursday, officials said.\n"
    claims = extract_claims(Source(id="q.txt", path="q.txt", text=text, title="Quake toll "
                                   "climbs to 487", body_start=text.index("The")))
    assert [(c.headline, c.quantity.value, c.line) for c in claims] == [
        (True, 487, 1), (False, 487, 3)]
    assert text[claims[0].quantity.start:claims[0].quantity.end] == "487"


def test_a_duration_is_a_claim_only_when_it_is_the_figure() -> None:
    claims = _claims("The median wait was 31 weeks. Patients should be seen within 18 weeks. "
                     "Deaths rose in the past five years. He was jailed for 12 years. The ship "
                     "sank within 20 minutes. The union called three days of strike action. "
                     "The utility ordered 90-minute blackouts. It happened three days ago.")
    assert [c.quantity.text for c in claims] == [
        "31 weeks", "12 years", "20 minutes", "three days", "90-minute"]


def test_the_statement_leaves_out_who_said_it() -> None:
    claims = _claims("Guild organiser Ben Castillo said 2,400 jobs were being cut. According to "
                     "the union, 300 staff were told on Monday.")
    assert [(c.statement, c.attribution) for c in claims] == [
        ("2,400 jobs were being cut", "Ben Castillo"),
        ("300 staff were told on Monday", "the union")]


def test_a_possessive_cue_stays_in_the_statement_it_names() -> None:
    claims = _claims("Pinecrest County's own tally for the same period reaches $71 million.")
    assert "tally" in claims[0].statement


def test_a_count_knows_whose_it_is() -> None:
    claims = _claims("The National Union won 29 seats. Green Union: 9.1 per cent of the vote, "
                     "14 seats. Officials said 40 people died. The nationalist Union came third "
                     "with 27 seats.")
    assert [(c.quantity.text, c.frame.place) for c in claims] == [
        ("29", "National Union"), ("9.1 per cent", "Green Union"), ("14", "Green Union"),
        ("40", ""), ("27", "Union")]


def test_a_date_in_a_participial_aside_is_not_the_figures() -> None:
    claims = _claims("The fire, sparked by a lightning strike on Jan. 9, has destroyed 137 homes.",
                     published="2026-01-14")
    assert claims[0].frame.time is None


def test_it_says_is_the_party_named_before() -> None:
    claims = _claims("The Federation of Mineworkers disputes the count. It says 46 miners were "
                     "trapped. Norcoal maintains that 41 miners were trapped, but it said 40 "
                     "people died.")
    assert [(c.quantity.text, c.attribution) for c in claims] == [
        ("46", "the Federation of Mineworkers"), ("41", "Norcoal"), ("40", "Norcoal")]
    assert claims[0].statement == "46 miners were trapped"


def test_it_says_with_no_party_named_is_the_author() -> None:
    assert _claims("It says 46 miners were trapped.")[0].attribution is None


def test_a_week_or_day_guessed_for_an_undated_article_is_marked_estimated() -> None:
    claims = _claims("Last week the bank lifted its rate to 7.5 per cent. In March inflation "
                     "was 6.3 per cent.", reference="2025-04-10")
    assert [(c.frame.time.estimated if c.frame.time else None) for c in claims] == [True, False]
    dated = _claims("Last week the bank lifted its rate to 7.5 per cent.", published="2025-04-10")
    assert dated[0].frame.time is not None and not dated[0].frame.time.estimated


def test_a_sentence_opening_on_a_pronoun_keeps_the_time_before_it() -> None:
    claims = _claims("Today 1,380 firefighters worked on the fire ground. They were supported by "
                     "32 aircraft.", published="2026-01-14")
    assert [c.frame.time.key if c.frame.time else None for c in claims] == [
        "2026-01-14", "2026-01-14"]


def test_an_opening_it_is_no_reference_to_the_sentence_before() -> None:
    claims = _claims("This week the reservoir fell to 23 per cent. It is true that spring "
                     "rainfall was 58 per cent of average.", published="2026-08-05")
    times = {c.quantity.text: c.frame.time.key if c.frame.time else None for c in claims}
    assert times["58 per cent"] == "2026-03..2026-05"


def test_a_gap_between_two_events_is_a_figure_a_time_reference_is_not() -> None:
    texts = {"The company disclosed the breach nine days after detecting it.": ["nine days"],
             "Kickoff was delayed by 47 minutes.": ["47 minutes"],
             "Some households went 29 hours without power.": ["29 hours"],
             "Three days after the attack, 40 people had died.": ["40"],
             "He was arrested two years ago.": []}
    for text, figures in texts.items():
        assert [c.quantity.text for c in _claims(text)] == figures, text


def test_he_said_after_a_quote_is_the_speaker_named_before() -> None:
    claims = _claims("Opposition spokesman Cllr Tom Reilly said the figure was flattering. "
                     '"Barely 1,200 new homes were completed last year," he said.')
    assert [(c.quantity.text, c.attribution) for c in claims] == [("1,200", "Cllr Tom Reilly")]


def test_the_figure_a_change_starts_from_is_marked_as_its_baseline() -> None:
    claims = _claims("More than 1,800 households were in temporary homes, up from 1,540 a "
                     "year before.")
    assert [(c.quantity.text, c.quantity.role) for c in claims] == [
        ("More than 1,800", ""), ("1,540", "from")]
    claims = _claims("Around 80,000 Americans died, a welcome drop from the previous year's "
                     "110,000 deaths.")
    assert [c.quantity.role for c in claims] == ["", "from"]
    claims = _claims("Airports lost 120 flights to strikes, compared with 40 in the previous year.")
    assert [(c.quantity.text, c.quantity.role) for c in claims] == [("120", ""), ("40", "from")]


def test_a_count_knows_its_owner_across_asides_and_pronouns() -> None:
    claims = _claims("The Civic Alliance, led by Ilona Marek, took 34.2 percent of the vote and "
                     "92 seats in the Assembly. A: The Civic Alliance, a centre-right party. It "
                     "won 97 of the 240 seats in the Assembly.")
    owners = {c.quantity.text: c.frame.place for c in claims}
    assert owners["92"] == owners["97"] == "Civic Alliance"


def test_a_ranking_names_the_owner_across_a_share_of_the_vote() -> None:
    claims = _claims("The Green-Left Union finished third with 11.3 percent and 29 seats.")
    assert {c.quantity.text: c.frame.place for c in claims}["29"] == "Green-Left Union"


def test_a_subordinate_clause_opening_is_no_party() -> None:
    claims = _claims("When Harbridge University announced the cuts, it said 400 jobs would go.")
    assert claims[0].attribution == "Harbridge University"
