"""Split a source's text into sentences with exact character offsets.

Every later stage cites claims by offset, so the one rule here is `text[s.start:s.end] ==
s.text`. Lines are split first (a headline or a bullet without final punctuation must never
merge with the next line), then each line is split by pysbd, which knows abbreviations
("U.S.", "Gen.", "a.m.", "No. 1") and decimals. pysbd's own offsets are not trusted: each
sentence is found again in the line, searching forward from a cursor.

pysbd manages a few thousand sentences a second, so it is kept for ordinary input only: a
single line longer than `PYSBD_MAX_LINE` characters, and everything after the first
`PYSBD_BUDGET` characters of a call, go through a small regex splitter instead. That keeps a
50 MB file (or a 1 MB line with no newlines) bounded in time at a small cost in accuracy.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .records import Sentence

PYSBD_MAX_LINE = 20_000  # characters; longer lines use the regex splitter
PYSBD_BUDGET = 500_000  # characters per call given to pysbd before switching to regex

_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"(?:[•◦▪‣●·*\-–]|\d{1,3}[.)])[ \t\u00a0]+(?=\S)")
# Candidate end of sentence for the regex splitter: terminal punctuation, closing quotes or
# brackets, whitespace, then something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr no nos vs etc "
    "inc ltd co corp dept est fig approx jan feb mar apr jun jul aug sep sept oct nov dec "
    "mt ft pres supt insp det maj brig".split()
)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    """One pysbd segmenter per process; building it compiles many regexes.

    pysbd then locates every sentence in the text with a freshly compiled regex (a third of
    the whole extraction time on large corpora); we locate sentences ourselves by forward
    search, so that step is replaced by a pass-through.
    """
    import pysbd
    from pysbd.utils import TextSpan

    class PlainSegmenter(pysbd.Segmenter):
        def sentences_with_char_spans(self, sentences: list[str]) -> list[Any]:
            return [TextSpan(sentence, 0, 0) for sentence in sentences]

    return PlainSegmenter(language="en", clean=False, char_span=False)


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of `text[start:]`, with offsets into `text` and 1-based line numbers."""
    sentences: list[Sentence] = []
    line_no = text.count("\n", 0, start) + 1
    last = start
    budget = PYSBD_BUDGET
    for match in _LINE.finditer(text, start):
        line_no += text.count("\n", last, match.start())
        last = match.start()
        a, b = _strip(text, match.start(), match.end())
        if a >= b:
            continue
        bullet = _BULLET.match(text, a, b)
        if bullet:
            a = bullet.end()
        use_pysbd = b - a <= PYSBD_MAX_LINE and budget > 0
        if use_pysbd:
            budget -= b - a
            spans = _pysbd_spans(text[a:b])
        else:
            spans = _regex_spans(text[a:b])
        for s, e in spans:
            s, e = _strip(text, a + s, a + e)
            if s < e:
                sentences.append(Sentence(s, e, text[s:e], line_no))
    return sentences


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b) to exclude surrounding whitespace, without copying the text."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _pysbd_spans(block: str) -> list[tuple[int, int]]:
    """pysbd's sentences, located in `block` by forward search; regex for anything left over."""
    try:
        pieces = [str(piece) for piece in _segmenter().segment(block)]
    except Exception:  # pysbd has crashed on odd Unicode; the regex splitter never does
        return _regex_spans(block)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        core = piece.strip()
        if not core:
            continue
        found = block.find(core, cursor)
        if found < 0:  # pysbd changed the text after all: split the rest ourselves
            break
        if block[cursor:found].strip():  # text pysbd skipped is kept, never lost
            spans.append((cursor, found))
        spans.append((found, found + len(core)))
        cursor = found + len(core)
    if block[cursor:].strip():
        spans.extend((cursor + s, cursor + e) for s, e in _regex_spans(block[cursor:]))
    return spans


def _regex_spans(block: str) -> list[tuple[int, int]]:
    """A linear-time splitter for huge blocks: ends at . ! ? unless an abbreviation precedes."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _BOUNDARY.finditer(block):
        period = match.start()
        word_start = max(block.rfind(" ", max(0, period - 24), period) + 1, 0)
        word = block[word_start:period + 1].lstrip("\"'“‘([")
        if block[period] == "." and _is_abbreviation(word):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    if begin < len(block):
        spans.append((begin, len(block)))
    return spans


def _is_abbreviation(word: str) -> bool:
    """True for "Dr.", "U.S.", "a.m." and one-letter initials, which rarely end a sentence."""
    bare = word[:-1].lower()
    return bare in _ABBREVIATIONS or bool(_INITIALS.fullmatch(word))
