"""Report renderers: contract shape, determinism, links, highlighting and escaping."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from verifier.records import (
    Claim,
    Finding,
    Frame,
    Quantity,
    Review,
    RunResult,
    Source,
    TimeScope,
)
from verifier.report import (
    CLAIM_KEYS,
    claim_to_dict,
    escape_md,
    render_claims_csv,
    render_discrepancies_csv,
    render_index_md,
    render_json,
    render_step_summary,
    render_summary_table,
    write_outputs,
)

CONTRACT_CLAIM_KEYS = [
    "id", "source", "attribution", "sentence", "statement", "start", "end", "line",
    "quantity_text", "value", "low", "high", "unit", "qualifier", "time",
]
HOSTILE = "| # <script>alert(1)</script> [x](http://e) `code` *bold* _it_"


# ---- factories -------------------------------------------------------------------------------


def make_source(sid: str, **kw) -> Source:
    return Source(id=sid, path=kw.pop("path", f"seeds/{sid}"), text=kw.pop("text", ""), **kw)


def make_claim(cid: str, source: str, sentence: str, qtext: str, value: float, *,
               line: int = 17, sentence_start: int = 100, attribution: str | None = None,
               time: str | None = None, time_start: str | None = None,
               published: str | None = "2025-04-30", path: str | None = None) -> Claim:
    offset = sentence.index(qtext)
    start = sentence_start + offset
    scope = TimeScope(text=time, key=time.lower(), start=time_start) if time else None
    return Claim(
        id=cid, source=source, path=path or f"seeds/{source}", sentence=sentence,
        sentence_start=sentence_start, statement=sentence.rstrip("."),
        quantity=Quantity(start=start, end=start + len(qtext), text=qtext, value=value,
                          unit="percent", kind="percent", low=value, high=value),
        line=line, attribution=attribution,
        frame=Frame(counted="homicides", event="change", time=scope), published=published,
    )


def make_finding(fid: str, a: Claim, b: Claim, verdict: str = "conflict", severity: float = 0.5,
                 topic: str = "homicide change", topic_id: str = "") -> Finding:
    return Finding(id=fid, verdict=verdict, severity=severity, topic=topic, similarity=0.87654,
                   explanation="The two figures cannot both be true.", claims=(a, b),
                   topic_id=topic_id)


def make_result(**kw) -> RunResult:
    a = make_claim("c1", "004_x.txt", "Homicides fell 14 per cent in the first six months.",
                   "14 per cent", 14.0, attribution="the government", time="first six months",
                   time_start="2025-01-01")
    b = make_claim("c2", "007_y.txt", "Crisis Group said homicides fell 25% this year.", "25%",
                   25.0, line=3, sentence_start=40, attribution="Crisis Group",
                   published="2025-05-02")
    c = make_claim("c3", "009_z.txt", "Fentanyl seizures rose 40% in March.", "40%", 40.0,
                   line=9, attribution="the army")
    d = make_claim("c4", "004_x.txt", "Seizures of fentanyl rose 41% in March.", "41%", 41.0,
                   line=30, sentence_start=900)
    e = make_claim("c5", "007_y.txt", "Homicides fell 20% in six months.", "20%", 20.0,
                   line=5, sentence_start=300, attribution="officials", time="in six months")
    findings = (
        make_finding("f-low", a, b, severity=0.3, topic_id="t1"),
        make_finding("f-high", b, e, severity=0.9, topic_id="t1"),
        make_finding("f-scope", a, e, verdict="scope", severity=0.4, topic_id="t1"),
        make_finding("f-agree", c, d, verdict="agree", severity=0.0, topic="fentanyl seizures",
                     topic_id="t2"),
    )
    defaults = dict(
        sources=(make_source("007_y.txt", title="Crisis", published="2025-05-02"),
                 make_source("004_x.txt", title="Gov", author="Ministry"),
                 make_source("009_z.txt")),
        claims=(e, b, d, a, c),
        findings=findings,
    )
    defaults.update(kw)
    return RunResult(**defaults)


# ---- JSON ------------------------------------------------------------------------------------


def test_json_matches_contract_and_is_deterministic() -> None:
    result = make_result(reviews={"f-high": Review("f-high", "explained", "different periods")},
                         stale_reviews=(Review("gone", "confirmed", "old"),))
    text = render_json(result)
    assert text == render_json(result) and text.endswith("}\n")
    doc = json.loads(text)
    assert list(doc) == ["schema", "sources", "discrepancies", "stale_reviews"]
    assert doc["schema"] == "verify.discrepancies/1"
    assert doc["stale_reviews"] == ["gone"]
    assert [s["id"] for s in doc["sources"]] == ["004_x.txt", "007_y.txt", "009_z.txt"]
    assert list(doc["sources"][0]) == ["id", "path", "title", "published", "author"]
    assert doc["sources"][0]["path"] == "seeds/004_x.txt"
    assert doc["sources"][2]["title"] is None
    # conflicts by severity, then scope, then agree
    assert [d["id"] for d in doc["discrepancies"]] == ["f-high", "f-low", "f-scope", "f-agree"]
    first = doc["discrepancies"][0]
    assert list(first) == ["id", "verdict", "severity", "topic", "similarity", "explanation",
                           "claims", "review", "new"]
    assert first["similarity"] == 0.877
    assert first["review"] == {"status": "explained", "note": "different periods"}
    assert doc["discrepancies"][1]["review"] is None
    assert all(d["new"] for d in doc["discrepancies"])
    claim = first["claims"][0]
    assert list(claim)[:len(CONTRACT_CLAIM_KEYS)] == CONTRACT_CLAIM_KEYS
    assert list(claim) == list(CLAIM_KEYS)
    assert claim["quantity_text"] == "25%" and claim["value"] == 25.0
    assert claim["end"] - claim["start"] == len("25%")


def test_claim_dict_offsets_and_time() -> None:
    c = make_claim("c1", "a.txt", "Homicides fell 14 per cent in the first six months.",
                   "14 per cent", 14.0, time="first six months")
    d = claim_to_dict(c)
    assert (d["start"], d["end"]) == (115, 126)
    assert d["time"] == "first six months" and d["time_key"] == "first six months"
    assert d["counted"] == "homicides" and d["attribution"] is None


def test_json_marks_new_and_handles_non_finite() -> None:
    result = make_result(new_sources=("009_z.txt",))
    doc = json.loads(render_json(result))
    assert {d["id"]: d["new"] for d in doc["discrepancies"]} == {
        "f-high": False, "f-low": False, "f-scope": False, "f-agree": True}
    c = make_claim("c1", "a.txt", "It rose 5%.", "5%", 5.0)
    c = Claim(**{**c.__dict__, "quantity": Quantity(8, 10, "5%", 5.0, "percent", "percent",
                                                    float("-inf"), float("nan"))})
    d = claim_to_dict(c)
    assert d["low"] is None and d["high"] is None
    json.loads(json.dumps(d, allow_nan=False))


# ---- CSV -------------------------------------------------------------------------------------


def test_claims_csv_columns_and_order() -> None:
    text = render_claims_csv(make_result().claims)
    assert "\r" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(CLAIM_KEYS)
    assert [(r["source"], int(r["start"])) for r in rows] == [
        ("004_x.txt", 115), ("004_x.txt", 926), ("007_y.txt", 73), ("007_y.txt", 315),
        ("009_z.txt", 123)]
    assert rows[0]["attribution"] == "the government" and rows[1]["attribution"] == ""


def test_csv_quotes_lone_cr_and_neutralises_formulas() -> None:
    c = make_claim("c1", "a.txt", "=HYPERLINK(\"http://e\") rose 5%\rand more.", "5%", 5.0)
    minus = make_claim("c2", "a.txt", "-5% it said.", "-5%", -5.0, sentence_start=500)
    rows = list(csv.DictReader(io.StringIO(render_claims_csv([c, minus]), newline="")))
    assert len(rows) == 2
    assert rows[0]["sentence"].startswith("'=HYPERLINK")
    assert rows[0]["sentence"].endswith("5%\rand more.")
    assert rows[1]["quantity_text"] == "-5%"  # numbers stay numbers


def test_discrepancies_csv() -> None:
    result = make_result(reviews={"f-low": Review("f-low", "false_alarm", "same, rounded")})
    rows = list(csv.DictReader(io.StringIO(render_discrepancies_csv(result))))
    assert [r["id"] for r in rows] == ["f-high", "f-low", "f-scope", "f-agree"]
    assert list(rows[0])[:8] == ["id", "verdict", "severity", "topic", "similarity",
                                 "explanation", "review_status", "review_note"]
    low = rows[1]
    assert (low["review_status"], low["review_note"]) == ("false_alarm", "same, rounded")
    assert (low["a_source"], low["a_line"], low["a_quantity_text"]) == ("004_x.txt", "17",
                                                                         "14 per cent")
    assert (low["b_attribution"], low["b_value"], low["b_time"]) == ("Crisis Group", "25.0", "")


# ---- escaping --------------------------------------------------------------------------------


def test_escape_md_neutralises_hostile_text() -> None:
    out = escape_md(HOSTILE + "\nsecond line")
    assert "<script>" not in out and "<" not in out
    assert "[x](" not in out
    assert re.search(r"(?<!\\)\|", out) is None
    assert re.search(r"(?<!\\)`", out) is None
    assert re.search(r"(?<!\\)\*", out) is None
    assert "\n" not in out
    assert out.startswith("\\|")


@pytest.mark.parametrize(("text", "expected"), [
    ("# heading", "\\# heading"),
    ("- item", "\\- item"),
    ("+ item", "\\+ item"),
    ("12. item", "12\\. item"),
    ("    code", "code"),
    ("a\\b", "a\\\\b"),
    ("snake_case and _emph_", "snake_case and \\_emph\\_"),
    ("&lt;script&gt;", "&amp;lt;script&amp;gt;"),
    ("AT&T", "AT&T"),
])
def test_escape_md_cases(text: str, expected: str) -> None:
    assert escape_md(text) == expected


# ---- index.md --------------------------------------------------------------------------------


def test_index_quotes_parties_links_and_reviews() -> None:
    result = make_result(reviews={"f-high": Review("f-high", "explained", "different periods")})
    md = render_index_md(result, command="verify seeds/")
    assert md == render_index_md(result, command="verify seeds/")
    assert "“Homicides fell **14 per cent** in the first six months.”" in md
    assert "“Crisis Group said homicides fell **25%** this year.”" in md
    assert "**the government**" in md and "**Crisis Group**" in md
    assert "[seeds/004_x.txt#L17](../seeds/004_x.txt#L17)" in md
    assert "[seeds/007_y.txt#L3](../seeds/007_y.txt#L3)" in md
    assert "[004_x.txt](../seeds/004_x.txt)" in md  # sources table
    assert "Review: **explained** — different periods" in md
    assert "Review: unreviewed" in md
    assert 'verify review ID --status explained --note "..."' in md
    assert "verify seeds/" in md
    # ordering: conflicts by severity, then scope, then topics and agreements
    order = [md.index(s) for s in ("## Conflicts", "(`f-high`)", "(`f-low`)",
                                   "## Scope differences", "(`f-scope`)", "## Topics",
                                   "## Agreements")]
    assert order == sorted(order)
    assert "- Conflicts: **2** (1 unreviewed)" in md
    assert "fentanyl seizures: **40%** (009_z.txt) ≈ **41%** (004_x.txt)" in md


@pytest.mark.parametrize(("sentence", "qtext", "expected"), [
    ("It rose 14%.", "14%", "“It rose **14%**.”"),
    ("It cost US$3.6bn in total.", "$3.6bn", "“It cost **US$3.6bn** in total.”"),
    ("A 40%-owned firm.", "40%", "“A **40%**-owned firm.”"),
    ("A 40%owned firm.", "40%", "“A **40%owned** firm.”"),
])
def test_bold_figure_stays_bold_under_commonmark_flanking(sentence: str, qtext: str,
                                                          expected: str) -> None:
    a = make_claim("c1", "a.txt", sentence, qtext, 1.0, attribution="x")
    b = make_claim("c2", "b.txt", "It rose 9%.", "9%", 9.0)
    md = render_index_md(RunResult(sources=(), claims=(a, b), findings=(make_finding("f", a, b),)))
    assert expected in md


def test_index_links_follow_report_dir_and_md_sources() -> None:
    a = make_claim("c1", "a.md", "It rose 5%.", "5%", 5.0, path="seeds/sub dir/a.md", line=4)
    b = make_claim("c2", "b.txt", "It rose 9%.", "9%", 9.0, path="seeds/b.txt",
                   attribution="x")
    result = RunResult(sources=(), claims=(a, b), findings=(make_finding("f", a, b),))
    md = render_index_md(result, report_dir="out/deep")
    assert "(../../seeds/sub%20dir/a.md?plain=1#L4)" in md
    assert "(../../seeds/b.txt#L17)" in md
    assert "author of a.md" in md  # party falls back to the source


def test_index_escapes_hostile_source_text() -> None:
    sentence = f"{HOSTILE} rose 5% | really."
    a = make_claim("c1", "a.txt", sentence, "5%", 5.0, attribution="<b>Evil</b> | party")
    b = make_claim("c2", "b.txt", "It rose 9%.", "9%", 9.0, attribution="[x](http://e)")
    f = make_finding("f1", a, b, topic="# <script> | topic", topic_id="t")
    result = RunResult(
        sources=(make_source("a.txt", title="| <script>x</script>", author="[x](http://e)"),),
        claims=(a, b), findings=(f,),
        reviews={"f1": Review("f1", "confirmed", "note with | pipe <img src=x>")},
        warnings=("skipped <script>.pdf",),
    )
    md = render_index_md(result)
    assert "<script>" not in md and "<b>" not in md and "<img" not in md
    assert "[x](" not in md
    # every table row has as many unescaped pipes as its table's header
    expected = None
    for line in md.splitlines():
        if not line.startswith("|"):
            expected = None
            continue
        pipes = len(re.findall(r"(?<!\\)\|", line))
        expected = expected or pipes
        assert pipes == expected, line
    assert not any(ln.startswith("#") and not re.match(r"#{1,3} ", ln) for ln in md.splitlines())
    assert "### \\# &lt;script&gt; \\| topic (`f1`)" in md
    assert "**5%**" in md


def test_index_topics_table_is_a_timeline() -> None:
    md = render_index_md(make_result())
    topics = md[md.index("## Topics"):md.index("## Agreements")]
    rows = [ln for ln in topics.splitlines() if ln.startswith("| 00")]
    # topic t1: c1 (scope starts 2025-01-01), c5 and c2 by publication date
    t1 = [r for r in rows if "omicides" in r]
    assert [r.split(" | ")[0] for r in t1] == ["| 004_x.txt", "| 007_y.txt", "| 007_y.txt"]
    assert "**14 per cent**" in t1[0] and "first six months" in t1[0]
    assert "**25%**" in t1[2] and "2025-05-02" in t1[2]
    assert any("fentanyl" in r.lower() for r in rows)


def test_index_topic_needs_two_parties_and_wording_is_truncated() -> None:
    long = "Homicides fell 14% " + "and so on " * 30 + "end."
    a = make_claim("c1", "a.txt", long, "14%", 14.0, attribution="same")
    b = make_claim("c2", "b.txt", "Homicides fell 20%.", "20%", 20.0, attribution="same")
    one_party = RunResult(sources=(), claims=(a, b), findings=(make_finding("f", a, b),))
    assert "## Topics" not in render_index_md(one_party)
    b2 = make_claim("c2", "b.txt", "Homicides fell 20%.", "20%", 20.0, attribution="other")
    md = render_index_md(
        RunResult(sources=(), claims=(a, b2), findings=(make_finding("f", a, b2),)))
    row = next(ln for ln in md.splitlines() if ln.startswith("| a.txt"))
    assert "…" in row and "end." not in row


def test_index_new_sources_filtering() -> None:
    result = make_result(new_sources=("009_z.txt",))
    md = render_index_md(result)
    assert "f-high" not in md and "f-low" not in md and "f-scope" not in md
    assert "**40%**" in md
    assert "Only findings involving the new sources: 009_z.txt." in md
    assert "## Conflicts\n\nNone." in md


def test_index_lists_stale_reviews_and_warnings() -> None:
    result = make_result(
        stale_reviews=(Review("old-1", "explained", "text | changed"),
                       Review("old-0", "maybe")),
        warnings=("seeds/x.pdf: unsupported format, skipped",))
    md = render_index_md(result)
    stale = md[md.index("## Stale reviews"):]
    assert stale.index("`old-0`: maybe") < stale.index("`old-1`: explained — text \\| changed")
    assert "- Stale reviews: 2" in md
    assert "## Warnings\n\n- seeds/x.pdf: unsupported format, skipped" in md


def test_summary_table_and_step_summary() -> None:
    result = make_result(reviews={"f-high": Review("f-high", "confirmed")},
                         new_sources=("007_y.txt",))
    table = render_summary_table(result).splitlines()
    assert table[0].split() == ["verdict", "count", "unreviewed", "new"]
    assert table[2].split() == ["conflict", "2", "1", "2"]
    assert table[3].split() == ["scope", "1", "1", "1"]
    assert table[4].split() == ["agree", "1", "1", "0"]
    step = render_step_summary(result)
    assert "| conflict | 2 | 1 |" in step
    assert "`f-low`" in step and "`f-high`" not in step


def test_write_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = make_result()
    paths = write_outputs(result, Path("out"), Path("claims"), command="verify seeds/")
    assert [p.as_posix() for p in paths] == ["out/index.md", "out/discrepancies.json",
                                             "out/discrepancies.csv", "claims/claims.csv"]
    assert all(p.exists() for p in paths)
    md = (tmp_path / "out/index.md").read_text(encoding="utf-8")
    assert "(../seeds/004_x.txt#L17)" in md
    before = [p.read_bytes() for p in paths]
    write_outputs(result, tmp_path / "out", Path("claims"), command="verify seeds/")
    assert [p.read_bytes() for p in paths] == before
