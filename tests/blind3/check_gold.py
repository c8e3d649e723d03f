#!/usr/bin/env python3
"""Sanity checks for the blind3 evaluation set (stdlib only).

Run from the repository root:

    python tests/blind3/check_gold.py

Exits with status 1 and prints one line per problem if any check fails.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
GOLD = HERE / "gold.json"

LABELS = {"must_flag", "consistent", "scope", "trap"}
MIN_WORDS, MAX_WORDS = 3, 10
ARTICLE_WORDS = (300, 500)
DOCS_PER_STORY = 5

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "trillion dozen dozens half halves third thirds quarter quarters fifth fifths tenth "
    "tenths twice double triple threefold twofold fourfold fivefold tenfold"
).split()
NUMBER_RE = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
SENTENCE_BREAK_RE = re.compile(r"[.!?] +[A-Z]")


def load_docs(errors):
    """Map bare file name -> text for every story document; report duplicates."""
    docs = {}
    if not STORIES.is_dir():
        errors.append(f"missing stories folder: {STORIES}")
        return docs
    for story in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        files = sorted(story.glob("*.txt"))
        if len(files) != DOCS_PER_STORY:
            errors.append(f"{story.name}: expected {DOCS_PER_STORY} .txt files, found {len(files)}")
        for path in files:
            if path.name in docs:
                errors.append(f"duplicate document name across folders: {path.name}")
                continue
            text = path.read_text(encoding="utf-8")
            docs[path.name] = text
            first = text.splitlines()[0].strip() if text.strip() else ""
            if not first:
                errors.append(f"{path.name}: first line (headline) is empty")
            words = len(text.split())
            if not ARTICLE_WORDS[0] <= words <= ARTICLE_WORDS[1]:
                errors.append(f"{path.name}: {words} words, expected {ARTICLE_WORDS}")
    return docs


def check_side(pid, key, side, docs, errors):
    where = f"{pid}.{key}"
    if not isinstance(side, dict):
        errors.append(f"{where}: side must be an object")
        return
    for field in ("doc", "quote", "value"):
        if field not in side:
            errors.append(f"{where}: missing field '{field}'")
    doc, quote, value = side.get("doc"), side.get("quote"), side.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        errors.append(f"{where}: value {value!r} is not a number")
    if not isinstance(doc, str) or doc not in docs:
        errors.append(f"{where}: document {doc!r} not found under {STORIES}")
        return
    if not isinstance(quote, str) or not quote:
        errors.append(f"{where}: quote must be a non-empty string")
        return
    if quote not in docs[doc]:
        errors.append(f"{where}: quote not found verbatim in {doc}: {quote!r}")
    n_words = len(quote.split())
    if not MIN_WORDS <= n_words <= MAX_WORDS:
        errors.append(f"{where}: quote has {n_words} words (want {MIN_WORDS}-{MAX_WORDS})")
    if not NUMBER_RE.search(quote):
        errors.append(f"{where}: quote contains no digit or number word: {quote!r}")
    if SENTENCE_BREAK_RE.search(quote) or "\n" in quote:
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
    if not isinstance(gold.get("stretch"), list):
        errors.append("gold.json: 'stretch' must be a list")

    ids = Counter()
    for i, pair in enumerate(pairs):
        pid = pair.get("id") if isinstance(pair, dict) else None
        if not isinstance(pid, str) or not pid:
            errors.append(f"pair #{i}: missing id")
            continue
        ids[pid] += 1
        for field in ("topic", "label", "a", "b", "note"):
            if field not in pair:
                errors.append(f"{pid}: missing field '{field}'")
        if pair.get("label") not in LABELS:
            errors.append(f"{pid}: invalid label {pair.get('label')!r}")
        for key in ("a", "b"):
            check_side(pid, key, pair.get(key), docs, errors)
        a, b = pair.get("a") or {}, pair.get("b") or {}
        if (a.get("doc"), a.get("quote")) == (b.get("doc"), b.get("quote")):
            errors.append(f"{pid}: both sides are the same claim")
    for pid, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id: {pid} ({n} times)")

    if errors:
        for line in errors:
            print(f"FAIL: {line}")
        print(f"{len(errors)} problem(s) found")
        return 1
    labels = Counter(p["label"] for p in pairs)
    summary = ", ".join(f"{k}={labels[k]}" for k in sorted(LABELS))
    print(f"OK: {len(docs)} documents, {len(pairs)} pairs ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
