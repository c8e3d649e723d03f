"""Pairing: the same quantity across parties, not the same words around different things.

These tests use the fast hashing embedder (no model); the real model runs in the end-to-end
tests.
"""

from dataclasses import replace

from verifier.claims import extract_claims
from verifier.embedding import HashingEmbedder
from verifier.match import find_matches, party_of
from verifier.records import Source


def _claims(*articles: tuple[str, str]):
    claims = []
    for name, text in articles:
        claims.extend(extract_claims(Source(id=name, path=name, text=text)))
    return claims


def _pairs(claims) -> set[tuple[str, str]]:
    return {
        tuple(sorted((claims[m.a].quantity.text, claims[m.b].quantity.text)))
        for m in find_matches(claims, HashingEmbedder())
    }


def test_two_parties_in_one_article_are_two_sources() -> None:
    claims = _claims(("a.txt",
                      "The ministry said household water use fell 14 per cent in May. "
                      "But calculations by Basin Watch point to a fall in household water use "
                      "of 2 per cent in May."))
    parties = {party_of(c) for c in claims}
    assert len(parties) == 2
    assert _pairs(claims) == {("14 per cent", "2 per cent")}


def test_the_same_author_is_not_compared_with_itself() -> None:
    claims = _claims(("a.txt", "Household water use fell 14 per cent in May. "
                               "Household water use fell 2 per cent in June."))
    assert _pairs(claims) == set()


def test_same_quantity_across_files_is_paired() -> None:
    claims = _claims(
        ("a.txt", "Customs officers seized 1.1 tonnes of cocaine at the port on 4 March."),
        ("b.txt", "Customs officers said 700 kg of cocaine was seized at the port on 4 March."),
    )
    assert _pairs(claims) == {("1.1 tonnes", "700 kg")}


def test_deployment_is_not_total_strength() -> None:
    claims = _claims(
        ("a.txt", "The government deployed 10,000 National Guard troops to the border."),
        ("b.txt", "The 133,000-strong National Guard now answers to the army."),
    )
    assert _pairs(claims) == set()


def test_threat_is_not_the_imposed_rate() -> None:
    claims = _claims(
        ("a.txt", "Trump threatened to raise the tariff on Mexican imports to 30 per cent."),
        ("b.txt", "Trump imposed a 25 per cent tariff on Mexican imports."),
    )
    assert _pairs(claims) == set()


def test_different_units_never_pair() -> None:
    claims = _claims(
        ("a.txt", "The navy seized 163 kg of fentanyl powder."),
        ("b.txt", "The navy seized 163 fentanyl labs."),
    )
    assert _pairs(claims) == set()


def test_tariffs_on_different_goods_do_not_pair() -> None:
    claims = _claims(
        ("a.txt", "Washington kept a 25 per cent tariff on imported cars in March."),
        ("b.txt", "Washington kept a 50 per cent tariff on steel in March."),
    )
    assert _pairs(claims) == set()


def test_each_claim_keeps_only_its_best_partner_per_party() -> None:
    claims = _claims(
        ("a.txt", "Officials said 46 people died of cholera by 3 September."),
        ("b.txt", "Medics said 71 people died of cholera by 3 September. "
                  "Separately, 12 schools were closed by 3 September."),
    )
    assert _pairs(claims) == {("46", "71")}


def test_the_same_noun_numbered_differently_does_not_pair() -> None:
    claims = _claims(
        ("a.txt", "The median one-bedroom asking rent was $2,150 in March."),
        ("b.txt", "The median two-bedroom asking rent was $3,120 in March."),
    )
    assert _pairs(claims) == set()


def test_two_named_parties_in_one_sentence_are_two_sources() -> None:
    claims = _claims(("a.txt", "The commission said 41,200 ballots were declared invalid, but "
                               "opposition officials said 93,000 ballots were declared invalid."))
    assert _pairs(claims) == {("41,200", "93,000")}
    one_voice = _claims(("a.txt", "Rescuers found 32 bodies, updating an earlier count of 15 "
                                  "bodies."))
    assert _pairs(one_voice) == set()


def test_narrowing_words_need_a_shared_head() -> None:
    from verifier.match import _restrictive_mismatch

    goods, lorries, core, headline = _claims(
        ("a.txt", "Queues reached 3,400 heavy goods vehicles on Wednesday."),
        ("b.txt", "Queues reached 5,000 lorries on Wednesday."),
        ("c.txt", "Core inflation rose to 3.1 per cent in May."),
        ("d.txt", "Inflation rose to 2.4 per cent in May."),
    )
    assert not _restrictive_mismatch(goods, lorries)
    assert _restrictive_mismatch(core, headline)


def test_a_population_narrowed_by_age_is_another_quantity() -> None:
    claims = _claims(
        ("a.txt", "Only 44 per cent of registered voters aged 18 to 29 cast a ballot on Sunday."),
        ("b.txt", "Some 61 per cent of registered voters cast a ballot on Sunday."),
    )
    assert _pairs(claims) == set()
    claims = _claims(
        ("a.txt", "Over 20,000 new arrivals were registered at the camp in April."),
        ("b.txt", "In April, 12,400 new arrivals were registered at the camp."),
    )
    assert _pairs(claims) == {("12,400", "Over 20,000")}


class _DistantEmbedder:
    """Every two different texts sit at cosine 0.3: only the frames can pair them."""

    def embed(self, texts):
        import numpy as np

        vectors = []
        for text in texts:
            v = np.zeros(64, dtype=np.float32)
            v[0] = 0.3 ** 0.5
            v[1 + hash(text) % 63] = (1 - 0.3) ** 0.5
            vectors.append(v)
        return np.array(vectors)


def test_the_same_named_owner_pairs_statements_worded_apart() -> None:
    same = _claims(("a.txt", "The National Union won 29 seats."),
                   ("b.txt", "Cheering crowds saw the National Union won 27 seats."))
    assert len(find_matches(same, _DistantEmbedder())) == 1
    others = _claims(("a.txt", "The National Union won 29 seats."),
                     ("b.txt", "Cheering crowds saw the Green Union won 27 seats."))
    assert find_matches(others, _DistantEmbedder()) == []


def test_two_areas_stated_for_the_same_day_are_anchored() -> None:
    claims = _claims(
        ("a.txt", "Aerial surveys on 6 October put the slick at about 40 square miles."),
        ("b.txt", "A state official said the sheen covered some 14 square miles on 6 October."),
    )
    assert len(find_matches(claims, _DistantEmbedder())) == 1


def test_suspected_is_not_confirmed() -> None:
    claims = _claims(
        ("a.txt", "The county had confirmed 32 heat-related deaths in July."),
        ("b.txt", "Officials are investigating another 58 suspected heat deaths in July."),
    )
    assert _pairs(claims) == set()


def test_one_event_does_not_make_two_named_things_one() -> None:
    claims = _claims(
        ("a.txt", "By Monday 297 guests had fallen sick on the ship."),
        ("b.txt", "By Monday 85 crew members had fallen sick on the ship."),
    )

    class _SameSentences(_DistantEmbedder):
        """Whole statements alike, the things counted far apart."""

        def embed(self, texts):
            return super().embed(["statement" if len(t.split()) > 3 else t for t in texts])

    assert find_matches(claims, _SameSentences()) == []


def test_transposed_digits_pair_statements_worded_apart() -> None:
    first = "The cruise ship left Miami carrying {} passengers on board."
    second = "There were {} passengers on the ship when the illness broke out, the company said."
    swapped = _claims(("a.txt", first.format("2,870")), ("b.txt", second.format("2,780")))
    assert _pairs(swapped) == {("2,780", "2,870")}
    # the same two sentences with figures that are not a digit swap stay apart
    other = _claims(("a.txt", first.format("2,870")), ("b.txt", second.format("2,950")))
    assert _pairs(other) == set()


def test_transposed_digits_do_not_pair_different_things() -> None:
    claims = _claims(
        ("a.txt", "The ship left Miami with 2,870 passengers on board for a week in the sun."),
        ("b.txt", "The port handled 2,780 containers of frozen fish on a package deal."),
    )
    assert _pairs(claims) == set()


def test_two_words_for_one_thing_are_alike_but_a_headcount_is_not_job_losses() -> None:
    from verifier.match import counted_similarity

    assert counted_similarity("guests", "passengers", 0.46, 0.5) >= 0.8
    assert counted_similarity("budget black hole", "funding gap", 0.2, 0.5) >= 0.8
    assert counted_similarity("reports", "cases", 0.33, 0.5) >= 0.8
    assert counted_similarity("turnout", "participants", 0.3, 0.5) >= 0.8
    assert counted_similarity("redundancies", "employees", 0.3, 0.5) < 0.5
    # revenue is not profit, passengers are not the crew, however alike the words look
    assert counted_similarity("Revenue", "profit", 0.6, 0.7) < 0.5
    assert counted_similarity("guests", "crew members", 0.55, 0.6) < 0.5


def test_a_period_before_the_thing_counted_does_not_narrow_it() -> None:
    from factories import make_claim

    from verifier.match import _extra_modifier

    quarter = make_claim("It reported third-quarter revenue of $27.1 billion.", "$27.1 billion",
                         27.1e9, unit="USD", kind="money", counted="third-quarter revenue")
    plain = make_claim("Revenue for the quarter was $21.7 billion.", "$21.7 billion", 21.7e9,
                       unit="USD", kind="money", counted="Revenue", source="b.txt")
    core = make_claim("Core inflation was 4 per cent.", "4 per cent", 4, unit="percent",
                      kind="percent", counted="core inflation")
    headline = make_claim("Inflation was 5 per cent.", "5 per cent", 5, unit="percent",
                          kind="percent", counted="inflation", source="b.txt")
    assert not _extra_modifier(quarter, plain)
    assert _extra_modifier(core, headline)


def test_people_sent_back_are_people_returned_but_not_people_arrested() -> None:
    from verifier.match import _events_compatible

    sent = _claims(("a.txt", "Just over forty people have been sent back to France."))[0]
    returned = _claims(("b.txt", "42 people had been returned to France by September."))[0]
    arrested = _claims(("c.txt", "Police arrested 42 people at the border."))[0]
    assert (sent.frame.event, returned.frame.event) == ("transfer", "deport")
    assert _events_compatible(sent, returned)
    assert not _events_compatible(returned, arrested)


def test_people_on_both_sides_say_nothing_without_the_same_event() -> None:
    from factories import make_claim

    from verifier.match import _frame_similarity

    stopped = make_claim("Police stopped 1,940 people from launching boats.", "1,940", 1940,
                         counted="people")
    rescued = make_claim("Crews rescued 4,730 people at sea.", "4,730", 4730, counted="people",
                         event="rescue", source="b.txt")
    also_rescued = make_claim("Crews rescued 4,370 people.", "4,370", 4370, counted="people",
                              event="rescue", source="c.txt")
    assert _frame_similarity(stopped, rescued, 1.0, 0.45) == 0.45
    assert _frame_similarity(rescued, also_rescued, 1.0, 0.45) == 1.0


def test_articles_telling_different_stories_are_not_compared() -> None:
    from verifier.match import find_candidates, story_vectors

    quake = Source(id="quake.txt", path="quake.txt",
                   text="Quake flattens mountain villages. Officials said 3,650 homes collapsed.")
    housing = Source(id="housing.txt", path="housing.txt",
                     text="Bristol rents climb again as the council report shows a shortage of "
                          "affordable flats and long waiting lists for tenants. Builders said "
                          "3,200 homes collapsed.")
    also_quake = Source(id="quake2.txt", path="quake2.txt",
                        text="Quake flattens mountain villages. Engineers said 3,200 homes "
                             "collapsed.")
    claims = [c for s in (quake, housing, also_quake) for c in extract_claims(s)]
    embedder = HashingEmbedder()
    stories = story_vectors([quake, housing, also_quake], embedder)
    pairs = {frozenset((claims[m.a].source, claims[m.b].source))
             for m in find_candidates(claims, embedder, stories=stories)}
    assert frozenset(("quake.txt", "quake2.txt")) in pairs
    assert frozenset(("quake.txt", "housing.txt")) not in pairs
    ungated = {frozenset((claims[m.a].source, claims[m.b].source))
               for m in find_candidates(claims, embedder)}
    assert frozenset(("quake.txt", "housing.txt")) in ungated


def test_a_name_or_a_whole_set_word_does_not_narrow_what_is_counted() -> None:
    from factories import make_claim

    from verifier.match import _extra_modifier

    named = make_claim("Kasumi shares fell 6.8% in Tokyo.", "6.8%", 6.8, unit="percent",
                       kind="percent", counted="Kasumi shares")
    plain = make_claim("Shares fell 8.6% on Tuesday.", "8.6%", 8.6, unit="percent",
                       kind="percent", counted="Shares", source="b.txt")
    scheduled = make_claim("Nearly 70% of scheduled flights were scrapped.", "Nearly 70%", 70,
                           unit="percent", kind="percent", counted="scheduled flights")
    flights = make_claim("Four in five flights were scrapped.", "Four in five", 0.8,
                         unit="", kind="fraction", counted="flights", source="b.txt")
    assert not _extra_modifier(named, plain)
    assert not _extra_modifier(scheduled, flights)
    country = make_claim("Around 36 per cent of the country's connections were cut.",
                         "Around 36 per cent", 36, unit="percent", kind="percent",
                         counted="country's connections")
    connections = make_claim("Approximately 63% of connections were cut.", "Approximately 63%",
                             63, unit="percent", kind="percent", counted="connections",
                             source="b.txt")
    assert not _extra_modifier(country, connections)


def test_a_budget_is_not_the_spending_measured_against_it() -> None:
    from verifier.match import _events_compatible

    budget = _claims(("a.txt", "The council set aside £31m for temporary accommodation."))[0]
    spent = _claims(("b.txt", "The council spent £38.5m on temporary accommodation."))[0]
    also_spent = _claims(("c.txt", "Temporary accommodation cost £35.8m, it said."))[0]
    assert not _events_compatible(budget, spent)
    assert _events_compatible(spent, also_spent)


def test_swapped_digits_in_alike_statements_outweigh_a_misread_counted_phrase() -> None:
    from verifier.embedding import HashingEmbedder
    from verifier.match import find_candidates

    first = "The employers offered a pay rise of {} per cent over two years, the union said."
    claims = _claims(("a.txt", first.format("4.1")), ("b.txt", first.format("1.4")))
    claims = [replace(claims[0], frame=replace(claims[0].frame, counted="employers federation")),
              replace(claims[1], frame=replace(claims[1].frame, counted="spread"))]
    assert len(find_candidates(claims, HashingEmbedder())) == 1
    other = _claims(("a.txt", first.format("4.1")), ("b.txt", first.format("2.9")))
    other = [replace(other[0], frame=replace(other[0].frame, counted="employers federation")),
             replace(other[1], frame=replace(other[1].frame, counted="spread"))]
    assert find_candidates(other, HashingEmbedder()) == []
