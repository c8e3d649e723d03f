#!/usr/bin/env python3
"""Sanity checks for tests/blind4/gold.json (stdlib only).

Run from the repository root:

    python tests/blind4/check_gold.py

Exits with status 1 and prints one line per problem if any check fails.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
GOLD = HERE / "gold.json"

LABELS = {"must_flag", "consistent", "scope", "trap"}
DOC_SUFFIXES = {".txt", ".md"}
MIN_WORDS, MAX_WORDS = 3, 10
ARTICLE_MIN_WORDS, ARTICLE_MAX_WORDS = 300, 500

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions trillion dozen dozens half halves third thirds quarter quarters "
    "fifth fifths tenth tenths twice double triple threefold twofold fourfold"
).split()
NUMBER_WORD_RE = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
# Sentence-final punctuation (optionally followed by closing quotes/brackets) then whitespace.
SENTENCE_BREAK_RE = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s")


def load_docs(errors: list[str]) -> dict[str, str]:
    docs: dict[str, str] = {}
    seen: dict[str, Path] = {}
    if not STORIES.is_dir():
        errors.append(f"missing stories folder: {STORIES}")
        return docs
    for path in sorted(STORIES.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix not in DOC_SUFFIXES:
            errors.append(f"unexpected file type: {path.relative_to(HERE)}")
            continue
        if path.name in seen:
            errors.append(
                f"duplicate document name {path.name!r}: "
                f"{seen[path.name].relative_to(HERE)} and {path.relative_to(HERE)}"
            )
            continue
        seen[path.name] = path
        text = path.read_text(encoding="utf-8")
        docs[path.name] = text
        first_line = text.splitlines()[0].strip() if text.strip() else ""
        if not first_line:
            errors.append(f"{path.name}: first line should be a headline")
        n_words = len(text.split())
        if not ARTICLE_MIN_WORDS <= n_words <= ARTICLE_MAX_WORDS:
            errors.append(
                f"{path.name}: {n_words} words, expected {ARTICLE_MIN_WORDS}-{ARTICLE_MAX_WORDS}"
            )
    return docs


def is_number(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value)


def check_side(pid: str, key: str, side: object, docs: dict[str, str], errors: list[str]) -> None:
    where = f"{pid}.{key}"
    if not isinstance(side, dict):
        errors.append(f"{where}: side must be an object")
        return
    doc, quote, value = side.get("doc"), side.get("quote"), side.get("value")
    if not isinstance(doc, str) or "/" in doc or "\\" in doc:
        errors.append(f"{where}: doc must be a bare file name, got {doc!r}")
        return
    if doc not in docs:
        errors.append(f"{where}: document {doc!r} not found under {STORIES.name}/")
    if not is_number(value):
        errors.append(f"{where}: value must be a finite number, got {value!r}")
    if not isinstance(quote, str) or not quote.strip():
        errors.append(f"{where}: quote must be a non-empty string")
        return
    n_words = len(quote.split())
    if not MIN_WORDS <= n_words <= MAX_WORDS:
        errors.append(f"{where}: quote has {n_words} words, expected {MIN_WORDS}-{MAX_WORDS}")
    if not (re.search(r"\d", quote) or NUMBER_WORD_RE.search(quote)):
        errors.append(f"{where}: quote contains no digit or number word: {quote!r}")
    if "\n" in quote or SENTENCE_BREAK_RE.search(quote):
        errors.append(f"{where}: quote crosses a sentence boundary: {quote!r}")
    text = docs.get(doc)
    if text is not None and quote not in text:
        errors.append(f"{where}: quote not found verbatim in {doc}: {quote!r}")


def main() -> int:
    errors: list[str] = []
    docs = load_docs(errors)
    try:
        gold = json.loads(GOLD.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot read {GOLD}: {exc}")
        return 1
    if not isinstance(gold, dict) or not isinstance(gold.get("numeric"), list):
        print("gold.json must be an object with a 'numeric' list")
        return 1
    if not isinstance(gold.get("stretch", []), list):
        errors.append("'stretch' must be a list")

    ids: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    for i, pair in enumerate(gold["numeric"]):
        if not isinstance(pair, dict):
            errors.append(f"numeric[{i}]: pair must be an object")
            continue
        pid = pair.get("id")
        if not isinstance(pid, str) or not pid:
            errors.append(f"numeric[{i}]: missing id")
            pid = f"numeric[{i}]"
        ids[pid] += 1
        for field in ("topic", "note"):
            if not isinstance(pair.get(field), str) or not pair[field].strip():
                errors.append(f"{pid}: missing {field}")
        label = pair.get("label")
        if label not in LABELS:
            errors.append(f"{pid}: invalid label {label!r}")
        else:
            labels[label] += 1
        for key in ("a", "b"):
            check_side(pid, key, pair.get(key), docs, errors)
        a, b = pair.get("a"), pair.get("b")
        if isinstance(a, dict) and isinstance(b, dict):
            if (a.get("doc"), a.get("quote")) == (b.get("doc"), b.get("quote")):
                errors.append(f"{pid}: both sides are the same quote")

    for pid, count in ids.items():
        if count > 1:
            errors.append(f"duplicate id {pid!r} ({count} times)")

    if errors:
        for message in errors:
            print("FAIL", message)
        print(f"{len(errors)} problem(s)")
        return 1
    summary = ", ".join(f"{k} {labels[k]}" for k in sorted(LABELS))
    print(f"OK: {len(docs)} documents, {sum(labels.values())} pairs ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
