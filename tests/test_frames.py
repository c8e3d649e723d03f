"""Quantity frames: what a figure measures, read from the words around it."""

import pytest

from verifier.frames import clause_around, counted_phrase, frame_for
from verifier.quantities import parse_quantities


def _frame(sentence: str, figure: str):
    q = next(q for q in parse_quantities(sentence) if q.text == figure)
    return frame_for(sentence, q, None), counted_phrase(sentence, q)


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("Mexico has turned over more than fifty cartel members since January.",
         "more than fifty", "cartel members"),
        ("Sheinbaum agreed to summarily transfer 29 jailed criminal bosses to U.S. custody.", "29",
         "jailed criminal bosses"),
        ("Claiming that daily murders have fallen 14 per cent compared to September 2024.",
         "14 per cent", "daily murders"),
        ("Calculations point to just a 1 per cent drop in the murder toll.", "1 per cent",
         "murder toll"),
        ("Irregular crossings into the country fell 38 per cent in the first quarter.",
         "38 per cent", "Irregular crossings"),
        ("Lake Corran was at 28 per cent of capacity on 1 June.", "28 per cent", "capacity"),
        ("Troops seized 163kg of fentanyl powder in the first two months.", "163kg",
         "fentanyl powder"),
        ("Operación Frontera, Sheinbaum’s 10,000-troop response, posted results.", "10,000",
         "troop"),
        ("The strike cost $2.1bn in lost trade between 3 and 9 March.", "$2.1bn", "lost trade"),
        ("Revenue for the three months to September rose to $21.7bn.", "$21.7bn", "Revenue"),
        ("The council's net revenue budget for next year is £412 million.", "£412 million",
         "council's net revenue budget"),
    ],
)
def test_counted_phrase(sentence: str, figure: str, counted: str) -> None:
    assert _frame(sentence, figure)[1] == counted


@pytest.mark.parametrize(
    ("sentence", "figure", "aggregation"),
    [
        ("The military remains powerful, with the 133,000-strong National Guard under its "
         "command.", "133,000-strong", "strength"),
        ("Overdoses contribute to over 100,000 drug deaths in the country per year.",
         "over 100,000", "rate"),
        ("Mexico transferred 92 cartel members in less than a year.", "92", "total"),
        ("Some 37 were transferred in a single operation.", "Some 37", "single"),
        ("The compound, which holds about 6,000 cars, is full.", "about 6,000", "capacity"),
        ("Of the relief package, $310 million has been set aside for farmers.", "$310 million",
         "part"),
        ("Daily murders have fallen 14 per cent.", "14 per cent", "change"),
        ("A fall of just 2 per cent in May.", "2 per cent", "change"),
        ("Her approval rates stand at around 82 per cent.", "around 82 per cent", "share"),
        ("The bulletin recorded 1,240 suspected cases in the daily bulletin.", "1,240", "total"),
        ("Orthopaedic patients made up 4,100 of those waiting.", "4,100", "part"),
        ("It won 97 of the 240 seats in the Assembly.", "97", "total"),
        ("Some 500,000 packs of the affected batches were sold.", "Some 500,000", "total"),
        ("The nationalists came third with 27 seats.", "27", "total"),
        ("The stadium, with 40,000 seats, was full.", "40,000", "capacity"),
        ("A party needs 76 seats for a majority.", "76", "threshold"),
        ("The agency investigates when 3 per cent of passengers fall ill.", "3 per cent",
         "threshold"),
        ("Queues peaked at 5,000 lorries on Wednesday.", "5,000", "peak"),
        ("The 112-car Northern Shield Railway train left the tracks.", "112", "strength"),
        ("The attack encrypted 15 of the trust's clinical systems.", "15", "total"),
        ("Eleven of the derailed cars were tank cars.", "Eleven", "part"),
        ("Ministers say the government's 3.8 per cent offer is generous.", "3.8 per cent",
         "change"),
        ("Since 2010, teachers have suffered a 20 per cent real-terms pay cut.", "20 per cent",
         "change"),
        ("At the height of the outages, 421,000 customers were without power.", "421,000",
         "peak"),
        ("Seven people remain in hospital, two of them in intensive care.", "Seven",
         "remaining"),
        ("About 31,000 passengers were still abroad on Sunday.", "About 31,000", "remaining"),
        ("The number of lorries held reached a peak of 3,400.", "3,400", "peak"),
        ("The deal cuts the sole quota by 18 per cent this year.", "18 per cent", "change"),
        ("The deal cuts the sole quota by nearly a fifth this year.", "nearly a fifth",
         "change"),
        ("The council's offer to the drivers of 3.5 per cent would cost £14m.", "3.5 per cent",
         "change"),
        ("Of these, 3,181,046 ballots were cast, a turnout of 66.0 per cent.", "66.0 per cent",
         "share"),
        ("Civic Forward: 52 seats (up 17 seats)", "17", "change"),
        ("Arrivals fell by 1,200 last year.", "1,200", "change"),
        ("The 150 seats of the National Assembly are allocated as follows:", "150", "strength"),
        ("Sheinbaum sent the 29 cartel members to the US.", "29", "total"),
        ("The ship left Miami carrying 2,870 passengers.", "2,870", "total"),
        ("ABARES is forecasting a 34 per cent collapse in the winter crop.", "34 per cent",
         "change"),
        ("The employers' offer is worth 15.3 per cent over four years.", "15.3 per cent",
         "change"),
        ("The number was closer to 26,000 once districts still awaiting assessment were "
         "counted.", "closer to 26,000", "total"),
        ("Seven people still in hospital.", "Seven", "remaining"),
        ("OCHA says 1.8 million of the region's 2.4 million people need help.", "2.4 million",
         "strength"),
        ("OCHA says 1.8 million of the region's 2.4 million people need help.", "1.8 million",
         "total"),
        ("Members: 9,300 rail workers and 7,400 dockworkers, a total of 16,700 people.",
         "7,400", "part"),
        ("Members: 9,300 rail workers and 7,400 dockworkers, a total of 16,700 people.",
         "16,700", "total"),
    ],
)
def test_aggregation(sentence: str, figure: str, aggregation: str) -> None:
    assert _frame(sentence, figure)[0].aggregation == aggregation


@pytest.mark.parametrize(
    ("sentence", "figure", "modality"),
    [
        ("Trump has repeatedly threatened to increase tariffs on Mexico to 30%.", "30%",
         "threat"),
        ("Trump has stated that he would reduce the original tariffs to 12 per cent.",
         "12 per cent", "threat"),
        ("Trump imposed a 25 per cent tariff on all imports from Mexico.", "25 per cent",
         "actual"),
        ("Under the agreement, Veloria will give Castria $2.4 billion over three years.",
         "$2.4 billion", "actual"),
        # an announced decision, reported in the past, is not a threat
        ("Northwind said on Wednesday that it would cut 1,800 jobs.", "1,800", "actual"),
        # "planned" describing the thing counted is no plan about the figure
        ("The number of patients waiting for planned surgery reached 14,200.", "14,200",
         "actual"),
        ("The government has planned 4,000 new homes.", "4,000", "threat"),
        ("We are preparing up to 40 standpipes.", "up to 40", "threat"),
        ("Norvic said this week it would close 11 offices.", "11", "actual"),
        ("Notices filed under the WARN Act listed 1,420 employees.", "1,420", "actual"),
        ("The union warned that 400 jobs could go.", "400", "threat"),
    ],
)
def test_modality(sentence: str, figure: str, modality: str) -> None:
    assert _frame(sentence, figure)[0].modality == modality


def test_a_qualifier_word_is_no_direction() -> None:
    from verifier.claims import extract_claims
    from verifier.records import Source

    (claim,) = extract_claims(Source(id="a", path="a",
                                     text="Shares slid more than 8 percent on Tuesday."))
    assert claim.frame.direction == "down"


def test_direction_of_a_change() -> None:
    frame, _ = _frame("A 37% reduction in homicide rates was achieved.", "37%")
    assert (frame.aggregation, frame.direction) == ("change", "down")
    frame, _ = _frame("Exports rose 5 per cent last year.", "5 per cent")
    assert (frame.aggregation, frame.direction) == ("change", "up")


def test_tariff_target() -> None:
    frame, _ = _frame("Planned 25 per cent levies on imported cars were announced.",
                      "25 per cent")
    assert frame.target == "cars"


@pytest.mark.parametrize(
    ("sentence", "figure", "event"),
    [
        ("Sheinbaum sent 29 jailed criminal bosses to U.S. custody.", "29", "transfer"),
        ("The navy seized 1.4 tonnes of fentanyl.", "1.4 tonnes", "seize"),
        ("Mexico has captured at least sixteen criminal suspects.", "at least sixteen",
         "capture"),
        ("Sheinbaum mobilised an additional 10,000 National Guard troops.", "10,000", "deploy"),
        ("Three gendarmes were killed in an ambush.", "Three", "death"),
        ("Eleven others were wounded in the ambush.", "Eleven", "wound"),
        ("By Sunday, 23 people had lost their lives across the valley.", "23", "death"),
        ("5 Killed as Russian Military Chopper Shot Down", "5", "death"),
        ("At least 41 people were confirmed dead.", "At least 41", "death"),
        ("Health officials said 16 people have been hospitalized.", "16", "hospital"),
        ("By Monday evening officials had confirmed 52 deaths.", "52", "death"),
        ("Fifty-two people have died and 74 remain missing.", "74", "disappear"),
        ("He said 79 bodies had been recovered and handed to families.", "79", "death"),
        ("Approximately 85,000 people took part in the march.", "Approximately 85,000",
         "attend"),
        ("In 2024, 36,816 people crossed the Channel in small boats.", "36,816", "arrive"),
    ],
)
def test_event_class(sentence: str, figure: str, event: str) -> None:
    assert _frame(sentence, figure)[0].event == event


def test_clause_is_extended_when_too_short() -> None:
    sentence = "In the end, 40 died, officials said on Monday after the flood."
    start = sentence.index("40")
    clause = clause_around(sentence, start, start + 2)
    assert clause.start <= start and sentence[clause.start:clause.end].count(" ") >= 5


def test_levels_reached_by_opposite_moves_carry_their_direction() -> None:
    up, _ = _frame("Trump threatened to increase tariffs on Mexico to 30%.", "30%")
    down, _ = _frame("He would reduce the original tariffs to 12 per cent.", "12 per cent")
    assert (up.aggregation, up.direction) == ("share", "up")
    assert (down.aggregation, down.direction) == ("share", "down")


def test_a_noun_after_the_thing_counted_is_not_its_event() -> None:
    frame, _ = _frame("Sheinbaum transferred more than two dozen high-level criminals from "
                      "Mexican jails to U.S. custody.", "more than two dozen")
    assert frame.event == "transfer"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("One in five children was malnourished, well above the 15 per cent level the WHO "
         "treats as an emergency.", "15 per cent"),
        ("There were 41 large fires, defined as those over about 120 hectares.", "about 120"),
        ("The ministry set a target of 50,000 new homes.", "50,000"),
    ],
)
def test_thresholds_are_not_measurements(sentence: str, figure: str) -> None:
    q = next(q for q in parse_quantities(sentence) if figure in q.text)
    assert frame_for(sentence, q, None).aggregation == "threshold"


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Some 12,900 patients were waiting for surgery.", "Some 12,900"),
    ("It would cut 1,800 jobs as it tries to return to profit.", "1,800"),
])
def test_nouns_that_share_a_stem_with_an_event_are_not_events(sentence: str,
                                                              figure: str) -> None:
    assert _frame(sentence, figure)[0].event == ""


def test_where_people_are_is_not_a_subset_of_them() -> None:
    frame, _ = _frame("Nearly 1,400 firefighters were on the fire ground.", "Nearly 1,400")
    assert frame.target == ""
    frame, _ = _frame("There were 1,400 evictions from rent-stabilised flats.", "1,400")
    assert frame.target == "rent-stabilised flats"
    frame, _ = _frame("Some 14 vehicles fell from the bridge.", "Some 14")
    assert frame.target == ""
    frame, _ = _frame("There were 10,500 assaults on staff in 2025.", "10,500")
    assert frame.target == "staff"


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Today 1,380 firefighters from Fire and Rescue NSW worked on the fire ground.", "1,380"),
    ("Ferries cancelled 80 sailings, and passengers were caught up in the chaos.", "80"),
    ("Published August 1 SEND At least 15 people were in the building.", "At least 15"),
    ("About 120 officers were on duty at the ground.", "About 120"),
])
def test_names_and_idioms_are_not_events(sentence: str, figure: str) -> None:
    assert _frame(sentence, figure)[0].event == ""


def test_a_nationality_adjective_is_no_place() -> None:
    from verifier.claims import extract_claims
    from verifier.records import Source

    def place(text: str) -> str:
        return extract_claims(Source(id="a", path="a", text=text))[0].frame.place

    assert place("Shares fell 8.6% in Japanese trading on Tuesday.") == ""
    assert place("Shares fell 6.8% in Tokyo on Tuesday.") == "Tokyo"
    assert place("Twelve people died in Indonesia.") == "Indonesia"


def test_a_country_as_the_subject_is_the_place_of_its_count() -> None:
    from verifier.claims import extract_claims
    from verifier.records import Source

    def place(text: str) -> str:
        return extract_claims(Source(id="a", path="a", text=text))[0].frame.place

    assert place("Italy has recorded more than 48,000 sea arrivals this year.") == "Italy"
    assert place("The Britain-based Observatory said at least 56 civilians died.") == ""
    assert place("Police recorded 40 incidents.") == ""
