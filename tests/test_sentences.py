"""Tests for verifier.sentences: sentence spans that slice back exactly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verifier import sentences as sentences_module
from verifier.records import Sentence
from verifier.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _texts(found: list[Sentence]) -> list[str]:
    return [s.text for s in found]


def _check_spans(text: str, found: list[Sentence]) -> None:
    previous_end = -1
    for sentence in found:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        assert sentence.line == text.count("\n", 0, sentence.start) + 1
        previous_end = sentence.end


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_offsets_exact(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = split_sentences(text)
    assert len(found) > 10
    _check_spans(text, found)


def test_seed_line_number() -> None:
    text = (SEEDS / "004_520ae3d75d902d6d.txt").read_text(encoding="utf-8")
    hits = [s for s in split_sentences(text) if "just a 1 per cent drop" in s.text]
    assert len(hits) == 1
    assert hits[0].line == 17


def test_start_offset_skips_header() -> None:
    text = "Headline\nMarch 3, 2024\n\nFirst sentence. Second one.\n"
    found = split_sentences(text, start=text.index("First"))
    assert _texts(found) == ["First sentence.", "Second one."]
    assert [s.line for s in found] == [4, 4]
    assert found[0].start == text.index("First")


def test_abbreviations_and_decimals() -> None:
    text = ("Gen. Smith met Dr. Jones at 9 a.m. in the U.S. capital. "
            "The program cost 1.13 million dollars. Mexico is No. 1 in the list. It ended.")
    assert _texts(split_sentences(text)) == [
        "Gen. Smith met Dr. Jones at 9 a.m. in the U.S. capital.",
        "The program cost 1.13 million dollars.",
        "Mexico is No. 1 in the list.",
        "It ended.",
    ]


def test_bullets_stripped_and_separate() -> None:
    text = "Key points:\n• First point\n- Second point. Still second\n* Third\n1. Fourth\n"
    found = split_sentences(text)
    assert _texts(found) == ["Key points:", "First point", "Second point.", "Still second",
                             "Third", "Fourth"]
    _check_spans(text, found)


def test_headlines_not_merged() -> None:
    text = "A new age of interdependence\nThe US and Mexico agreed.\nSubheading Here\nMore text."
    found = split_sentences(text)
    assert _texts(found) == ["A new age of interdependence", "The US and Mexico agreed.",
                             "Subheading Here", "More text."]
    assert [s.line for s in found] == [1, 2, 3, 4]


def test_blank_lines_and_crlf() -> None:
    text = "One here.\r\n\r\n\r\nTwo there.  Three.\r\n"
    found = split_sentences(text)
    assert _texts(found) == ["One here.", "Two there.", "Three."]
    assert [s.line for s in found] == [1, 4, 4]
    _check_spans(text, found)


def test_repeated_sentences_get_distinct_offsets() -> None:
    text = "It rose. It rose. It rose.\nIt rose."
    found = split_sentences(text)
    assert [s.start for s in found] == [0, 9, 18, 27]
    _check_spans(text, found)


def test_empty_and_whitespace() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n  ") == []
    assert split_sentences("text", start=4) == []


def test_long_line_uses_bounded_fallback() -> None:
    text = "Dr. Smith said the U.S. spent 1.5 million. It rose 3 percent! Why? " * 16_000
    started = time.perf_counter()
    found = split_sentences(text)  # about 1 MB on a single line
    assert time.perf_counter() - started < 2
    assert len(found) == 3 * 16_000
    assert found[0].text == "Dr. Smith said the U.S. spent 1.5 million."
    _check_spans(text, found[:50] + found[-50:])


def test_budget_switches_to_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentences_module, "PYSBD_BUDGET", 30)
    text = "Gen. Smith left at 9 a.m. on Monday.\nDr. Jones came back. She stayed.\n"
    found = split_sentences(text)
    assert _texts(found) == ["Gen. Smith left at 9 a.m. on Monday.", "Dr. Jones came back.",
                             "She stayed."]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_slices_back(text: str) -> None:
    found = split_sentences(text)
    _check_spans(text, found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Dr.", "U.S.", "1.5", "No. 1", "a.m.", "It", "ran", "\n",
                                 "\n\n", "- ", "• ", "?", "!", ".", " ", "“Yes.”", "é"]),
                max_size=40),
       st.integers(min_value=0, max_value=50))
def test_wordy_text_slices_back(words: list[str], start: int) -> None:
    text = " ".join(words)
    start = min(start, len(text))
    found = split_sentences(text, start)
    _check_spans(text, found)
    assert all(s.start >= start for s in found)
