#!/usr/bin/env python3
"""Sanity checks for tests/blind5/gold.json (stdlib only).

Run from the repository root:  python tests/blind5/check_gold.py
Exits non-zero and prints one message per problem when a check fails.
"""

import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
GOLD = HERE / "gold.json"
LABELS = {"must_flag", "consistent", "scope", "trap"}
NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "dozen", "dozens", "half", "third", "thirds",
    "quarter", "quarters", "fifth", "fifths", "first", "second", "ninth", "tenth", "twice",
    "threefold", "double", "triple",
}
# A full stop, question or exclamation mark (optionally followed by a closing quote or
# bracket), then whitespace, then an upper-case letter or opening quote: a sentence break.
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]?\s+[\"'\u201c\u2018(]?[A-Z]")


def has_number(quote):
    if re.search(r"\d", quote):
        return True
    words = re.findall(r"[a-z]+", quote.lower())
    return any(w in NUMBER_WORDS for w in words)


def load_docs(errors):
    docs = {}
    if not STORIES.is_dir():
        errors.append(f"missing stories folder: {STORIES}")
        return docs
    for path in sorted(STORIES.rglob("*")):
        if not path.is_file():
            continue
        if path.name in docs:
            errors.append(f"duplicate file name across folders: {path.name}")
            continue
        docs[path.name] = path.read_text(encoding="utf-8")
    return docs


def check_side(pid, key, side, docs, errors):
    where = f"{pid}.{key}"
    if not isinstance(side, dict):
        errors.append(f"{where}: side must be an object")
        return
    doc, quote, value = side.get("doc"), side.get("quote"), side.get("value")
    if not isinstance(doc, str) or "/" in doc:
        errors.append(f"{where}: doc must be a bare file name, got {doc!r}")
        return
    if doc not in docs:
        errors.append(f"{where}: doc not found: {doc}")
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        errors.append(f"{where}: value is not a finite number: {value!r}")
    if not isinstance(quote, str) or not quote.strip():
        errors.append(f"{where}: empty quote")
        return
    text = docs[doc]
    if quote not in text:
        errors.append(f"{where}: quote not found verbatim in {doc}: {quote!r}")
    n_words = len(quote.split())
    if not 3 <= n_words <= 10:
        errors.append(f"{where}: quote has {n_words} words (need 3-10): {quote!r}")
    if not has_number(quote):
        errors.append(f"{where}: quote has no digit or number word: {quote!r}")
    if "\n" in quote or SENTENCE_BREAK.search(quote):
        errors.append(f"{where}: quote crosses a sentence boundary: {quote!r}")


def main():
    errors = []
    docs = load_docs(errors)
    try:
        gold = json.loads(GOLD.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cannot read {GOLD}: {exc}")
        return 1
    pairs = gold.get("numeric")
    if not isinstance(pairs, list):
        errors.append("gold.json: 'numeric' must be a list")
        pairs = []
    if not isinstance(gold.get("stretch", []), list):
        errors.append("gold.json: 'stretch' must be a list")
    seen = set()
    for i, pair in enumerate(pairs):
        pid = pair.get("id") if isinstance(pair, dict) else None
        if not isinstance(pid, str) or not pid:
            errors.append(f"pair #{i}: missing id")
            continue
        if pid in seen:
            errors.append(f"{pid}: duplicate id")
        seen.add(pid)
        for field in ("topic", "label", "a", "b", "note"):
            if field not in pair:
                errors.append(f"{pid}: missing field {field!r}")
        if pair.get("label") not in LABELS:
            errors.append(f"{pid}: invalid label {pair.get('label')!r}")
        for key in ("a", "b"):
            if key in pair:
                check_side(pid, key, pair[key], docs, errors)
        a, b = pair.get("a") or {}, pair.get("b") or {}
        if a.get("doc") == b.get("doc") and a.get("quote") == b.get("quote"):
            errors.append(f"{pid}: both sides are the same quote")
    for msg in errors:
        print(msg)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(pairs)} pairs, {len(docs)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
