"""Who asserts a figure: one party per figure, read as a careful reader would."""

import pytest

from verifier.attribution import attribute, same_party

SEED_GOV = (
    "The government has reported 14,102 homicide victims in the first six months of "
    "Sheinbaum’s presidency, claiming that daily murders have fallen 14 per cent compared to "
    "September 2024, the last month of the previous administration."
)
SEED_ICG = (
    "But calculations by Crisis Group comparing the total number of victims murdered during "
    "the first six months of the current administration with the same period at the end of "
    "López Obrador’s government point to just a 1 per cent drop in the murder toll."
)


@pytest.mark.parametrize(
    ("sentence", "figure", "party"),
    [
        (SEED_GOV, "14 per cent", "the government"),
        (SEED_GOV, "14,102", "the government"),
        (SEED_ICG, "1 per cent", "Crisis Group"),
        ("According to the health ministry, 41 people have died.", "41", "the health ministry"),
        ("At least 20 people were killed, the Syrian Observatory for Human Rights said.", "20",
         "the Syrian Observatory for Human Rights"),
        ("Officials said 12 people died in the blast.", "12", "Officials"),
        ("The local prefecture counted 45 boats taking part.", "45", "the local prefecture"),
        ("The prefecture counted 45 boats, but organisers from the fishermen's committee said "
         "80 vessels had joined.", "80", "organisers from the fishermen's committee"),
        ("Waiting lists reached 14,200, according to the board's performance report.",
         "14,200", "the board's performance report"),
        ("But the fentanyl figures presented by Sheinbaum’s administration appear to show a "
         "threefold increase.", "threefold", "Sheinbaum’s administration"),
        ("The ministry said 41 per cent of capacity remained, but independent engineers put the "
         "figure at 28 per cent.", "28 per cent", "independent engineers"),
        ("The ministry said 41 per cent of capacity remained, but independent engineers put the "
         "figure at 28 per cent.", "41 per cent", "the ministry"),
        ("Reuters reported that 300 troops were sent.", "300", "Reuters"),
        ("Estimates by the World Bank put growth at 2 per cent.", "2 per cent", "the World Bank"),
    ],
)
def test_party_of_a_figure(sentence: str, figure: str, party: str) -> None:
    assert attribute(sentence, sentence.index(figure)) == party


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexico has turned over more than fifty cartel members since the inauguration.",
        "In the last six months, the navy seized 1.4 tonnes of fentanyl.",
        "Bilateral trade reached $935.1 billion in 2024.",
    ],
)
def test_unattributed_figures_belong_to_the_author(sentence: str) -> None:
    figure = next(w for w in ("fifty", "1.4", "$935.1") if w in sentence)
    assert attribute(sentence, sentence.index(figure)) is None


def test_party_equality_ignores_article_case_and_possessive() -> None:
    assert same_party("the Government", "Government")
    assert same_party("Crisis Group’s", "crisis group")
    assert not same_party("the government", "Crisis Group")
    assert same_party(None, None)
    assert not same_party(None, "the ministry")
