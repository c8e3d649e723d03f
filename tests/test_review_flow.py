"""Reviews that stick: `verify review` decisions survive reruns, moved text and hand edits."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from conftest import CONFLICT_FILE, invoke_check, invoke_review

from verifier.cli import main

pytestmark = pytest.mark.slow

NEW_ARTICLE = (
    "Mexico murders: new figures disputed\n\n"
    "Daily murders have fallen 30 per cent in the first six months, the government claimed on "
    "Monday. But Crisis Group's calculations point to just a 1 per cent drop in the murder toll "
    "in the first six months.\n"
)


def load_json(root: Path) -> dict:
    return json.loads((root / "reports/discrepancies.json").read_text(encoding="utf-8"))


def index_md(root: Path) -> str:
    return (root / "reports/index.md").read_text(encoding="utf-8")


def reviews_rows(root: Path) -> list[dict[str, str]]:
    text = (root / "claims/reviews.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def murder_conflict_id(doc: dict) -> str:
    for finding in doc["discrepancies"]:
        texts = sorted(c["quantity_text"] for c in finding["claims"])
        if finding["verdict"] == "conflict" and texts == ["1 per cent", "14 per cent"]:
            return finding["id"]
    raise AssertionError("no 14 per cent vs 1 per cent conflict in the report")


def review_all_open(root: Path) -> dict[str, str]:
    """Mark every unreviewed conflict or scope finding as explained; return id -> note."""
    notes = {}
    for n, finding in enumerate(load_json(root)["discrepancies"]):
        if finding["verdict"] in ("conflict", "scope") and not finding.get("review"):
            note = f"Different baselines, checked by desk {n}"
            result = invoke_review(finding["id"], "--status", "explained", "--note", note)
            assert result.exit_code == 0, result.output
            assert finding["id"] in result.stdout
            notes[finding["id"]] = note
    return notes


def test_reviewed_findings_stop_failing_and_show_in_report(workdir: Path) -> None:
    assert invoke_check("seeds").exit_code == 1
    notes = review_all_open(workdir)
    assert murder_conflict_id(load_json(workdir)) in notes

    result = invoke_check("seeds", "--fail-on", "scope")

    assert result.exit_code == 0, result.output
    report = index_md(workdir)
    for finding in load_json(workdir)["discrepancies"]:
        if finding["id"] in notes:
            assert finding["review"] == {"status": "explained", "note": notes[finding["id"]]}
            assert f"Review: **explained** — {notes[finding['id']]}" in report
    assert {r["id"]: r["status"] for r in reviews_rows(workdir)} == dict.fromkeys(
        notes, "explained")


def test_finding_ids_survive_text_inserted_above(workdir: Path) -> None:
    assert invoke_check("seeds").exit_code == 1
    before = load_json(workdir)
    review_all_open(workdir)
    article = workdir / "seeds" / CONFLICT_FILE
    inserted = ("Editor's note: this paragraph was added after publication and moves every "
                "line below it.\n\nA second added paragraph, also without any figure.\n\n")
    article.write_text(inserted + article.read_text(encoding="utf-8"), encoding="utf-8")

    result = invoke_check("seeds")

    after = load_json(workdir)
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in after["discrepancies"]] == [d["id"] for d in before["discrepancies"]]
    conflict_id = murder_conflict_id(after)
    lines = {c["line"] for d in after["discrepancies"] if d["id"] == conflict_id
             for c in d["claims"]}
    assert lines == {17 + inserted.count("\n")}
    assert after["stale_reviews"] == []


def test_new_article_reports_only_its_own_findings(workdir: Path) -> None:
    assert invoke_check("seeds").exit_code == 1
    seed_conflict = murder_conflict_id(load_json(workdir))
    new_file = workdir / "seeds" / "zz_new_article.txt"
    new_file.write_text(NEW_ARTICLE, encoding="utf-8")

    result = invoke_check("seeds", "--new", "seeds/zz_new_article.txt")

    assert result.exit_code == 1, result.output
    doc = load_json(workdir)
    assert doc["discrepancies"]
    for finding in doc["discrepancies"]:
        assert "zz_new_article.txt" in {c["source"] for c in finding["claims"]}, finding["id"]
    assert any(d["verdict"] == "conflict" for d in doc["discrepancies"])
    assert seed_conflict not in {d["id"] for d in doc["discrepancies"]}
    assert seed_conflict not in index_md(workdir)


def test_review_of_vanished_finding_is_listed_as_stale(workdir: Path) -> None:
    assert invoke_check("seeds").exit_code == 1
    conflict_id = murder_conflict_id(load_json(workdir))
    note = "Crisis Group compares six-month totals"
    assert invoke_review(conflict_id, "--status", "confirmed", "--note", note).exit_code == 0
    article = workdir / "seeds" / CONFLICT_FILE
    text = article.read_text(encoding="utf-8")
    assert text.count("just a 1 per cent drop") == 1
    article.write_text(text.replace("just a 1 per cent drop", "only a small drop"),
                       encoding="utf-8")

    result = invoke_check("seeds")

    assert result.exit_code in (0, 1), result.output
    doc = load_json(workdir)
    assert conflict_id not in {d["id"] for d in doc["discrepancies"]}
    assert doc["stale_reviews"] == [conflict_id]
    stale = index_md(workdir).split("## Stale reviews", 1)[1]
    assert conflict_id in stale and note in stale
    assert [(r["id"], r["status"], r["note"]) for r in reviews_rows(workdir)] == [
        (conflict_id, "confirmed", note)]


def test_review_with_unknown_id_is_a_usage_error(workdir: Path) -> None:
    assert invoke_check("seeds").exit_code == 1

    result = invoke_review("ffffffffffff", "--status", "confirmed", "--note", "x")

    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("verify:"), result.stderr
    assert "ffffffffffff" in lines[0]
    assert not (workdir / "claims/reviews.csv").exists()


def test_review_with_unique_prefix_records_the_full_id(
        workdir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke_check("seeds").exit_code == 1
    ids = [d["id"] for d in load_json(workdir)["discrepancies"]]
    full = murder_conflict_id(load_json(workdir))
    prefix = next(full[:n] for n in range(1, len(full))
                  if sum(i.startswith(full[:n]) for i in ids) == 1)
    assert prefix != full

    monkeypatch.setattr(sys, "argv", ["verify", "review", prefix, "--status", "false_alarm",
                                      "--note", "same number, reworded"])
    with pytest.raises(SystemExit) as exited:
        main()  # the console script: `verify review ...` goes to the review command

    assert exited.value.code in (0, None)
    assert f"recorded {full}" in capsys.readouterr().out
    assert [(r["id"], r["status"]) for r in reviews_rows(workdir)] == [(full, "false_alarm")]
    assert invoke_check("seeds").exit_code in (0, 1)
    assert next(d for d in load_json(workdir)["discrepancies"] if d["id"] == full)["review"] == {
        "status": "false_alarm", "note": "same number, reworded"}


def test_hand_edited_reviews_file_keeps_every_row(workdir: Path) -> None:
    assert invoke_check("seeds").exit_code == 1
    conflict_id = murder_conflict_id(load_json(workdir))
    other = next((d["id"] for d in load_json(workdir)["discrepancies"]
                  if d["id"] != conflict_id), "0123456789ab")
    reviews = workdir / "claims/reviews.csv"
    original = (
        "id,status,note,reviewer,date,ticket\n"
        f"{conflict_id},Maybe,\"not sure, ask the desk\",ana,2025-01-02,T-1\n"
        f"{other},explained,\"two lines\nof note\",bo,2025-01-03,T-2\n"
        "# a comment row,,,,,\n"
        "0123456789ab,confirmed,a finding long gone,,,T-3\n"
    )
    reviews.write_text(original, encoding="utf-8")

    result = invoke_check("seeds")

    assert result.exit_code == 1, result.output  # "Maybe" is not a decision: still failing
    assert "Maybe" in result.stderr
    assert reviews.read_text(encoding="utf-8") == original
    assert "0123456789ab" in load_json(workdir)["stale_reviews"]

    recorded = invoke_review(conflict_id, "--status", "explained", "--note", "baseline differs")

    assert recorded.exit_code == 0, recorded.output
    rows = reviews_rows(workdir)
    assert [r["id"] for r in rows] == [conflict_id, other, "# a comment row", "0123456789ab"]
    assert [r["ticket"] for r in rows] == ["T-1", "T-2", "", "T-3"]
    assert (rows[0]["status"], rows[0]["note"], rows[0]["reviewer"]) == (
        "explained", "baseline differs", "ana")
    assert rows[1]["note"] == "two lines\nof note"
    assert invoke_check("seeds").exit_code in (0, 1)
    reviewed = next(d for d in load_json(workdir)["discrepancies"] if d["id"] == conflict_id)
    assert reviewed["review"] == {"status": "explained", "note": "baseline differs"}
    assert [r["id"] for r in reviews_rows(workdir)] == [r["id"] for r in rows]
