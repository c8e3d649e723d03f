"""Sanity checks for tests/blind6/gold.json (stdlib only).

Run from the repository root:  python tests/blind6/check_gold.py
Exits non-zero and prints one message per problem if any check fails.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE / "stories"
GOLD = HERE / "gold.json"

LABELS = {"must_flag", "consistent", "scope", "trap"}
NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
    "dozens", "half", "third", "thirds", "quarter", "quarters", "eighth", "tenth",
    "twice", "threefold", "fourfold",
}
# Sentence boundary inside a quote: terminal punctuation, optional closing quote or
# bracket, whitespace, then something that starts a new sentence.
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]*[A-Z0-9]")
ABBREVS = ("Capt.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Jan.", "Feb.", "Oct.",
           "U.S.", "No.")


def has_number(quote: str) -> bool:
    if re.search(r"\d", quote):
        return True
    for token in re.findall(r"[A-Za-z]+", quote.lower()):
        if token in NUMBER_WORDS:
            return True
    return False


def crosses_sentence(quote: str) -> bool:
    text = quote
    for abbr in ABBREVS:
        text = text.replace(abbr, abbr.replace(".", ""))
    return bool(BOUNDARY.search(text)) or "\n" in quote


def main() -> int:
    errors: list[str] = []
    if not STORIES.is_dir():
        print(f"missing stories folder: {STORIES}")
        return 1

    docs: dict[str, Path] = {}
    for path in sorted(STORIES.glob("*/*")):
        if path.suffix not in {".txt", ".md"}:
            continue
        if path.name in docs:
            errors.append(f"duplicate file name across folders: {path.name}")
        docs[path.name] = path

    try:
        gold = json.loads(GOLD.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot read {GOLD}: {exc}")
        return 1

    if not isinstance(gold.get("numeric"), list):
        errors.append("gold.json: 'numeric' must be a list")
        gold["numeric"] = []
    if not isinstance(gold.get("stretch"), list):
        errors.append("gold.json: 'stretch' must be a list")

    texts: dict[str, str] = {}
    seen_ids: set[str] = set()
    for i, pair in enumerate(gold["numeric"]):
        pid = pair.get("id", f"#{i}")
        for key in ("id", "topic", "label", "a", "b", "note"):
            if key not in pair:
                errors.append(f"{pid}: missing key '{key}'")
        if pid in seen_ids:
            errors.append(f"{pid}: duplicate id")
        seen_ids.add(pid)
        if pair.get("label") not in LABELS:
            errors.append(f"{pid}: invalid label {pair.get('label')!r}")
        for side in ("a", "b"):
            claim = pair.get(side)
            if not isinstance(claim, dict):
                continue
            where = f"{pid}.{side}"
            doc = claim.get("doc", "")
            quote = claim.get("quote", "")
            value = claim.get("value")
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                errors.append(f"{where}: value is not a number: {value!r}")
            if doc not in docs:
                errors.append(f"{where}: doc not found: {doc!r}")
                continue
            if doc not in texts:
                texts[doc] = docs[doc].read_text(encoding="utf-8")
            if not isinstance(quote, str) or not quote:
                errors.append(f"{where}: empty quote")
                continue
            if quote not in texts[doc]:
                errors.append(f"{where}: quote not found verbatim in {doc}: {quote!r}")
            n_words = len(quote.split())
            if not 3 <= n_words <= 10:
                errors.append(f"{where}: quote has {n_words} words (need 3-10): {quote!r}")
            if not has_number(quote):
                errors.append(f"{where}: quote has no digit or number word: {quote!r}")
            if crosses_sentence(quote):
                errors.append(f"{where}: quote crosses a sentence boundary: {quote!r}")

    if errors:
        for err in errors:
            print(err)
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    counts: dict[str, int] = {}
    for pair in gold["numeric"]:
        counts[pair["label"]] = counts.get(pair["label"], 0) + 1
    summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    print(f"OK: {len(docs)} docs, {len(gold['numeric'])} pairs ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
