"""Sanity checks for the blind13 gold file.

Run: python check_gold.py (from this folder) or python tests/blind13/check_gold.py
Exits non-zero and prints one message per problem if anything is wrong.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
STORIES = HERE / "stories"
GOLD = HERE / "gold.json"
LABELS = {"must_flag", "consistent", "scope", "trap"}
NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
}
# A sentence end: . ! or ? (optionally followed by closing quotes/brackets), whitespace,
# then something that starts a new sentence. Decimal points ("2.3") do not match.
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?[A-Z0-9]")
MIN_WORDS, MAX_WORDS = 3, 10
MIN_DOC_WORDS, MAX_DOC_WORDS = 300, 500


def load_docs(errors):
    docs = {}
    if not STORIES.is_dir():
        errors.append(f"missing stories folder: {STORIES}")
        return docs
    for path in sorted(STORIES.glob("*/*")):
        if not path.is_file():
            continue
        if path.suffix != ".txt":
            errors.append(f"unexpected file type: {path.relative_to(HERE)}")
            continue
        if path.name in docs:
            errors.append(f"duplicate doc name across folders: {path.name}")
            continue
        text = path.read_text(encoding="utf-8")
        words = len(text.split())
        if not MIN_DOC_WORDS <= words <= MAX_DOC_WORDS:
            errors.append(f"{path.name}: {words} words (want {MIN_DOC_WORDS}-{MAX_DOC_WORDS})")
        if not text.strip() or not text.splitlines()[0].strip():
            errors.append(f"{path.name}: first line should be a headline")
        docs[path.name] = text
    return docs


def has_number(quote):
    if re.search(r"\d", quote):
        return True
    tokens = re.findall(r"[a-z]+", quote.lower())
    return any(tok in NUMBER_WORDS for tok in tokens)


def check_side(pid, side_name, side, docs, errors):
    where = f"{pid}.{side_name}"
    if not isinstance(side, dict):
        errors.append(f"{where}: side must be an object")
        return
    doc, quote, value = side.get("doc"), side.get("quote"), side.get("value")
    if not isinstance(doc, str) or doc not in docs:
        errors.append(f"{where}: doc not found: {doc!r}")
        return
    if "/" in doc or "\\" in doc:
        errors.append(f"{where}: doc must be a bare file name: {doc!r}")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        errors.append(f"{where}: value is not a number: {value!r}")
    if not isinstance(quote, str) or not quote.strip():
        errors.append(f"{where}: empty quote")
        return
    n_words = len(quote.split())
    if not MIN_WORDS <= n_words <= MAX_WORDS:
        errors.append(f"{where}: quote has {n_words} words: {quote!r}")
    if not has_number(quote):
        errors.append(f"{where}: quote has no digit or number word: {quote!r}")
    if "\n" in quote or SENTENCE_BREAK.search(quote):
        errors.append(f"{where}: quote crosses a sentence boundary: {quote!r}")
    if quote not in docs[doc]:
        errors.append(f"{where}: quote not found verbatim in {doc}: {quote!r}")


def main():
    errors = []
    docs = load_docs(errors)
    try:
        gold = json.loads(GOLD.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot read {GOLD}: {exc}")
        return 1
    pairs = gold.get("numeric")
    if not isinstance(pairs, list) or not pairs:
        errors.append("gold.json: 'numeric' must be a non-empty list")
        pairs = []
    if not isinstance(gold.get("stretch"), list):
        errors.append("gold.json: 'stretch' must be a list")
    seen = set()
    for i, pair in enumerate(pairs):
        pid = pair.get("id") if isinstance(pair, dict) else None
        if not isinstance(pid, str) or not pid:
            errors.append(f"pair #{i}: missing id")
            pid = f"#{i}"
        elif pid in seen:
            errors.append(f"{pid}: duplicate id")
        seen.add(pid)
        if not isinstance(pair, dict):
            continue
        if pair.get("label") not in LABELS:
            errors.append(f"{pid}: invalid label {pair.get('label')!r}")
        for key in ("topic", "note"):
            if not isinstance(pair.get(key), str) or not pair[key]:
                errors.append(f"{pid}: missing {key}")
        for side_name in ("a", "b"):
            check_side(pid, side_name, pair.get(side_name), docs, errors)
        a, b = pair.get("a"), pair.get("b")
        same_side = (
            isinstance(a, dict)
            and isinstance(b, dict)
            and (a.get("doc"), a.get("quote")) == (b.get("doc"), b.get("quote"))
        )
        if same_side:
            errors.append(f"{pid}: both sides are the same quote")
    for msg in errors:
        print(f"ERROR: {msg}")
    if errors:
        print(f"{len(errors)} problem(s) found")
        return 1
    print(f"OK: {len(docs)} docs, {len(pairs)} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
