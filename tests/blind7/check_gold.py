"""Sanity checks for the blind7 gold file.

Run from the repository root:

    python tests/blind7/check_gold.py

Exits non-zero and prints one message per problem if anything is wrong.
Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
STORIES = HERE / "stories"
GOLD = HERE / "gold.json"

LABELS = {"must_flag", "consistent", "scope", "trap"}
DOC_SUFFIXES = {".txt", ".md"}
MIN_WORDS, MAX_WORDS = 3, 10
ARTICLE_MIN_WORDS, ARTICLE_MAX_WORDS = 300, 500

NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "billion", "billions", "trillion", "dozen",
    "dozens", "half", "halves", "third", "thirds", "quarter", "quarters", "fifth",
    "fifths", "tenth", "tenths", "single", "double", "twice", "triple",
}

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = ("mr.", "mrs.", "ms.", "dr.", "st.", "u.s.", "no.", "a.m.", "p.m.", "la.")

# A full stop, question or exclamation mark (optionally followed by closing quotes or
# brackets), then whitespace, then something that can start a new sentence.
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9£$])")


def crosses_sentence_boundary(quote: str) -> bool:
    if "\n" in quote.strip():
        return True
    for match in BOUNDARY.finditer(quote):
        head = quote[: match.start() + 1].lower()
        if not head.endswith(ABBREVIATIONS):
            return True
    return False


def has_number(quote: str) -> bool:
    if re.search(r"\d", quote):
        return True
    return any(word in NUMBER_WORDS for word in re.findall(r"[a-z]+", quote.lower()))


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def collect_docs(errors: list[str]) -> dict[str, Path]:
    docs: dict[str, Path] = {}
    if not STORIES.is_dir():
        errors.append(f"missing stories folder: {STORIES}")
        return docs
    for path in sorted(STORIES.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix not in DOC_SUFFIXES:
            errors.append(f"unexpected file type: {path.relative_to(HERE)}")
            continue
        if path.name in docs:
            errors.append(
                f"duplicate document name {path.name!r}: "
                f"{docs[path.name].relative_to(HERE)} and {path.relative_to(HERE)}"
            )
            continue
        docs[path.name] = path
        text = path.read_text(encoding="utf-8")
        n_words = len(text.split())
        if not ARTICLE_MIN_WORDS <= n_words <= ARTICLE_MAX_WORDS:
            errors.append(f"{path.name}: {n_words} words, expected 300-500")
        if not text.strip():
            errors.append(f"{path.name}: empty document")
    return docs


def check_side(pair_id: str, key: str, side: object, docs: dict[str, Path],
               texts: dict[str, str], errors: list[str]) -> None:
    where = f"{pair_id}.{key}"
    if not isinstance(side, dict):
        errors.append(f"{where}: expected an object")
        return
    doc, quote, value = side.get("doc"), side.get("quote"), side.get("value")
    if not isinstance(doc, str) or doc not in docs:
        errors.append(f"{where}: document {doc!r} not found under stories/")
        return
    if Path(doc).name != doc:
        errors.append(f"{where}: doc must be a bare file name, got {doc!r}")
    if not is_number(value):
        errors.append(f"{where}: value {value!r} is not a number")
    if not isinstance(quote, str) or not quote.strip():
        errors.append(f"{where}: missing quote")
        return
    if doc not in texts:
        texts[doc] = docs[doc].read_text(encoding="utf-8")
    if quote not in texts[doc]:
        errors.append(f"{where}: quote not found verbatim in {doc}: {quote!r}")
    n_words = len(quote.split())
    if not MIN_WORDS <= n_words <= MAX_WORDS:
        errors.append(f"{where}: quote has {n_words} words (need 3-10): {quote!r}")
    if not has_number(quote):
        errors.append(f"{where}: quote contains no digit or number word: {quote!r}")
    if crosses_sentence_boundary(quote):
        errors.append(f"{where}: quote crosses a sentence boundary: {quote!r}")


def main() -> int:
    errors: list[str] = []
    docs = collect_docs(errors)
    try:
        gold = json.loads(GOLD.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot read {GOLD}: {exc}")
        return 1
    pairs = gold.get("numeric")
    if not isinstance(pairs, list) or not pairs:
        errors.append("gold.json: 'numeric' must be a non-empty list")
        pairs = []
    if not isinstance(gold.get("stretch", []), list):
        errors.append("gold.json: 'stretch' must be a list")

    texts: dict[str, str] = {}
    ids = Counter()
    for index, pair in enumerate(pairs):
        if not isinstance(pair, dict):
            errors.append(f"pair #{index}: expected an object")
            continue
        pair_id = pair.get("id")
        if not isinstance(pair_id, str) or not pair_id:
            errors.append(f"pair #{index}: missing id")
            pair_id = f"#{index}"
        ids[pair_id] += 1
        for field in ("topic", "label", "a", "b", "note"):
            if field not in pair:
                errors.append(f"{pair_id}: missing field {field!r}")
        if pair.get("label") not in LABELS:
            errors.append(f"{pair_id}: invalid label {pair.get('label')!r}")
        for key in ("a", "b"):
            check_side(pair_id, key, pair.get(key), docs, texts, errors)
        a, b = pair.get("a"), pair.get("b")
        if (
            isinstance(a, dict)
            and isinstance(b, dict)
            and [a.get(k) for k in ("doc", "quote", "value")]
            == [b.get(k) for k in ("doc", "quote", "value")]
        ):
            errors.append(f"{pair_id}: both sides are identical")

    for pair_id, count in ids.items():
        if count > 1:
            errors.append(f"duplicate id {pair_id!r} ({count} times)")

    if errors:
        for message in errors:
            print(f"ERROR: {message}")
        print(f"{len(errors)} problem(s) found")
        return 1
    labels = Counter(p.get("label") for p in pairs if isinstance(p, dict))
    summary = ", ".join(f"{label}={labels[label]}" for label in sorted(LABELS))
    print(f"OK: {len(docs)} documents, {len(pairs)} pairs ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
