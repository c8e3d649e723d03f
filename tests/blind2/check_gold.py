#!/usr/bin/env python3
"""Sanity-check tests/blind2/gold.json against the story files."""
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
docs = {}
for p in (HERE / "stories").rglob("*.txt"):
    if p.name in docs:
        sys.exit(f"duplicate doc name {p.name}")
    docs[p.name] = p.read_text(encoding="utf-8")
errs, ids = [], Counter()
assert set(gold) == {"numeric", "stretch"}, "top-level keys"
for g in gold["numeric"]:
    ids[g["id"]] += 1
    if g.get("label") not in {"must_flag", "consistent", "scope", "trap"}:
        errs.append(f"{g['id']}: bad label {g.get('label')}")
    for k in ("id", "topic", "label", "a", "b", "note"):
        if k not in g: errs.append(f"{g.get('id')}: missing {k}")
    for side in ("a", "b"):
        s = g[side]
        if s["doc"] not in docs:
            errs.append(f"{g['id']}.{side}: no doc {s['doc']}"); continue
        q = s["quote"]
        n = len(q.split())
        if not 3 <= n <= 10: errs.append(f"{g['id']}.{side}: quote has {n} words")
        if q not in docs[s["doc"]]: errs.append(f"{g['id']}.{side}: quote not found: {q!r}")
        if not re.search(r"\d|half|one in", q, re.I): errs.append(f"{g['id']}.{side}: quote has no number")
        if not isinstance(s.get("value"), (int, float)): errs.append(f"{g['id']}.{side}: value not numeric")
        # quote must sit inside one sentence (no sentence break inside)
        if re.search(r"[.!?]\s+[A-Z\"]", q): errs.append(f"{g['id']}.{side}: quote spans sentences")
    if (g["a"]["doc"], g["a"]["quote"]) == (g["b"]["doc"], g["b"]["quote"]):
        errs.append(f"{g['id']}: both sides identical")
errs += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
for d, t in docs.items():
    w = len(t.split())
    if not 250 <= w <= 500: errs.append(f"{d}: {w} words")
print(Counter(g["label"] for g in gold["numeric"]))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
