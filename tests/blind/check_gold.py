#!/usr/bin/env python3
"""Sanity checks for tests/blind/gold.json (no project imports).

Checks: every story file name is unique across folders; every gold doc exists;
ids are unique; labels are valid; values are numbers; each quote occurs verbatim
(whitespace-normalised) in its doc, has 3-10 words, contains a number, and does
not cross a sentence or paragraph boundary; the two sides of a pair differ.
usage: python tests/blind/check_gold.py
"""
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
STORIES = HERE / "stories"
LABELS = {"must_flag", "consistent", "scope", "trap"}
NUMWORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|seventeen|nineteen|dozen|dozens|hundred|thousand|million|billion|half|third|quarter)\b"
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+[\"'\u201c\u2018(]?[A-Z]")

def ws(s):
    return re.sub(r"\s+", " ", s)

def main():
    errors = []
    files = [p for p in STORIES.rglob("*") if p.is_file()]
    names = Counter(p.name for p in files)
    for n, c in names.items():
        if c > 1:
            errors.append(f"doc name not unique across folders: {n}")
    texts = {p.name: p.read_text(encoding="utf-8") for p in files}
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    if set(gold) != {"numeric", "stretch"}:
        errors.append(f"top-level keys should be numeric and stretch, got {sorted(gold)}")
    ids = Counter(g.get("id") for g in gold["numeric"])
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id: {i}")
    for g in gold["numeric"]:
        gid = g.get("id")
        for k in ("id", "topic", "label", "a", "b", "note"):
            if k not in g:
                errors.append(f"{gid}: missing key {k}")
        if g.get("label") not in LABELS:
            errors.append(f"{gid}: bad label {g.get('label')}")
        sides = []
        for s in ("a", "b"):
            side = g.get(s) or {}
            doc, quote, value = side.get("doc"), side.get("quote", ""), side.get("value")
            sides.append((doc, quote, value))
            if doc not in texts:
                errors.append(f"{gid}.{s}: doc not found: {doc}")
                continue
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                errors.append(f"{gid}.{s}: value is not a number: {value!r}")
            nw = len(quote.split())
            if not 3 <= nw <= 10:
                errors.append(f"{gid}.{s}: quote has {nw} words (want 3-10): {quote!r}")
            if not (re.search(r"\d", quote) or re.search(NUMWORDS, quote, re.I)):
                errors.append(f"{gid}.{s}: quote contains no number: {quote!r}")
            text = texts[doc]
            pat = re.escape(ws(quote).strip()).replace(r"\ ", r"\s+")
            hits = list(re.finditer(pat, text))
            if not hits:
                errors.append(f"{gid}.{s}: quote not in {doc}: {quote!r}")
                continue
            ok = False
            for m in hits:
                span = m.group(0)
                if "\n" in span or BOUNDARY.search(span):
                    continue
                ok = True
            if not ok:
                errors.append(f"{gid}.{s}: quote crosses a sentence/line boundary in {doc}: {quote!r}")
        if len(sides) == 2 and sides[0][:2] == sides[1][:2]:
            errors.append(f"{gid}: both sides are the same quote")
    for e in errors:
        print("ERROR", e)
    labels = Counter(g["label"] for g in gold["numeric"])
    print(f"{len(gold['numeric'])} pairs, {len(files)} docs; " + ", ".join(f"{k}={labels[k]}" for k in sorted(labels)))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
