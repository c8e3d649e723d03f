#!/usr/bin/env python3
"""Sanity checks for the held-out gold file (plain Python, no project imports).

usage: python tests/holdout/check_gold.py [GOLD_JSON] [STORIES_DIR]

Checks:
  * schema: top-level "numeric" and "stretch" lists; every pair has id, topic, label, a, b, note;
    every side has doc, quote, value (a number)
  * ids unique, labels in {must_flag, consistent, scope, trap}
  * every story file name is unique across all story folders; every doc named exists
  * every quote occurs verbatim in its doc, inside a single sentence (no sentence break
    inside the quote), and is 3-10 words long
  * every quote contains at least one digit or number word (the figure as written)
  * the two sides of a pair are not the very same claim
  * article length 300-900 words, 3-5 articles per story
Exits 1 and lists the problems if any check fails; prints counts by label and story otherwise.
"""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
LABELS = {"must_flag", "consistent", "scope", "trap"}
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|fifth)\b",
    re.I)
# a sentence break: end punctuation followed by whitespace and an upper-case letter or a quote
SENT_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+[\"'\u201c\u2018(]?[A-Z]")


def main():
    gold_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.json"
    stories = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "stories"
    problems = []

    files = [p for p in sorted(stories.rglob("*")) if p.is_file()]
    by_name = collections.defaultdict(list)
    for p in files:
        by_name[p.name].append(p)
    for name, paths in by_name.items():
        if len(paths) > 1:
            problems.append(f"file name not unique: {name}: {[str(p) for p in paths]}")
    texts = {p.name: p.read_text(encoding="utf-8") for p in files}
    story_of = {p.name: p.parent.name for p in files}

    per_story = collections.Counter(story_of.values())
    for story, n in per_story.items():
        if not 3 <= n <= 5:
            problems.append(f"story {story} has {n} articles (want 3-5)")
    for name, text in texts.items():
        w = len(text.split())
        if not 300 <= w <= 900:
            problems.append(f"{name}: {w} words (want 300-900)")

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"cannot read {gold_path}: {e}")
        return 1
    if set(gold) != {"numeric", "stretch"} or not isinstance(gold["numeric"], list) \
            or not isinstance(gold["stretch"], list):
        problems.append("top level must be exactly {'numeric': [...], 'stretch': [...]}")
        pairs = gold.get("numeric") or []
    else:
        pairs = gold["numeric"]

    seen_ids = set()
    counts = collections.Counter()
    counts_story = collections.defaultdict(collections.Counter)
    for i, g in enumerate(pairs):
        gid = g.get("id", f"#{i}")
        for key in ("id", "topic", "label", "a", "b", "note"):
            if key not in g:
                problems.append(f"{gid}: missing key {key!r}")
        if gid in seen_ids:
            problems.append(f"duplicate id {gid}")
        seen_ids.add(gid)
        label = g.get("label")
        if label not in LABELS:
            problems.append(f"{gid}: bad label {label!r}")
        sides = []
        for s in ("a", "b"):
            side = g.get(s) or {}
            doc, quote, value = side.get("doc"), side.get("quote"), side.get("value")
            if set(side) - {"doc", "quote", "value"}:
                problems.append(f"{gid}.{s}: unexpected keys {sorted(set(side) - {'doc', 'quote', 'value'})}")
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                problems.append(f"{gid}.{s}: value must be a number, got {value!r}")
            if not isinstance(doc, str) or "/" in doc or doc not in texts:
                problems.append(f"{gid}.{s}: doc {doc!r} not found (bare file name expected)")
                continue
            if not isinstance(quote, str) or not quote:
                problems.append(f"{gid}.{s}: empty quote")
                continue
            text = texts[doc]
            norm_text = re.sub(r"\s+", " ", text)
            if quote not in text and quote not in norm_text:
                problems.append(f"{gid}.{s}: quote not in {doc}: {quote!r}")
            if SENT_BREAK.search(quote) or "\n" in quote:
                problems.append(f"{gid}.{s}: quote spans a sentence break: {quote!r}")
            nwords = len(quote.split())
            if not 3 <= nwords <= 10:
                problems.append(f"{gid}.{s}: quote has {nwords} words (want 3-10): {quote!r}")
            if not (re.search(r"\d", quote) or NUMBER_WORDS.search(quote)):
                problems.append(f"{gid}.{s}: quote has no figure: {quote!r}")
            sides.append((doc, quote, value))
        if len(sides) == 2 and sides[0] == sides[1]:
            problems.append(f"{gid}: both sides are the same claim")
        if label in LABELS:
            counts[label] += 1
            docs = {(g.get(s) or {}).get("doc") for s in ("a", "b")}
            stories_of_pair = {story_of.get(d, "?") for d in docs}
            counts_story[",".join(sorted(stories_of_pair))][label] += 1

    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    labels = ["must_flag", "consistent", "scope", "trap"]
    print(f"OK: {len(pairs)} pairs, {len(texts)} articles in {len(per_story)} stories")
    print("  " + "  ".join(f"{l}={counts[l]}" for l in labels))
    for story in sorted(counts_story):
        c = counts_story[story]
        print(f"  {story:10s} " + "  ".join(f"{l}={c[l]}" for l in labels) + f"  total={sum(c.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
