"""End-to-end tests of `verify PATH...`: outputs, contract schema, exit codes and CI hooks."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import (
    CONFLICT_FILE,
    OUTPUTS,
    VERIFY_CMD,
    copy_seeds,
    invoke_check,
    snapshot,
    subprocess_env,
)

pytestmark = pytest.mark.slow

CONTRACT_CLAIM_KEYS = (
    "id", "source", "attribution", "sentence", "statement", "start", "end", "line",
    "quantity_text", "value", "low", "high", "unit", "qualifier", "time",
)
QUALIFIERS = {"exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"}
VERDICTS = {"conflict", "scope", "agree"}


def load_json(root: Path, out: str = "reports") -> dict:
    return json.loads((root / out / "discrepancies.json").read_text(encoding="utf-8"))


def murder_conflict(doc: dict) -> dict:
    """The finding that opposes the government's 14 per cent to Crisis Group's 1 per cent."""
    for finding in doc["discrepancies"]:
        texts = sorted(c["quantity_text"] for c in finding["claims"])
        if finding["verdict"] == "conflict" and texts == ["1 per cent", "14 per cent"]:
            return finding
    raise AssertionError("no 14 per cent vs 1 per cent conflict in the report")


def finding_block(index_md: str, finding_id: str) -> str:
    """The `### ...` section of index.md whose heading names `finding_id`."""
    for block in re.split(r"(?m)^(?=#{1,3} )", index_md):
        if block.startswith("### ") and finding_id in block.splitlines()[0]:
            return block
    raise AssertionError(f"finding {finding_id} has no section in index.md")


def is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def test_seeds_run_writes_reports_with_the_murder_conflict(workdir: Path) -> None:
    result = invoke_check("seeds/")

    assert result.exit_code == 1, result.output
    for name in ("reports/index.md", "reports/discrepancies.json", "reports/discrepancies.csv",
                 "claims/claims.csv"):
        assert (workdir / name).is_file(), name
    finding = murder_conflict(load_json(workdir))
    index_md = (workdir / "reports/index.md").read_text(encoding="utf-8")
    block = finding_block(index_md, finding["id"])
    conflicts = index_md.split("## Conflicts", 1)[1].split("\n## ", 1)[0]
    assert block.strip() in conflicts
    assert "**14 per cent**" in block and "**1 per cent**" in block
    assert "the government" in block and "Crisis Group" in block
    assert "claiming that daily murders have fallen" in block
    assert "calculations by Crisis Group" in block
    assert block.count("#L17") >= 2
    assert f"seeds/{CONFLICT_FILE}#L17" in block

    rows = list(csv.DictReader(io.StringIO((workdir / "claims/claims.csv").read_text("utf-8"))))
    assert set(CONTRACT_CLAIM_KEYS) <= set(rows[0])
    assert {c["id"] for c in finding["claims"]} <= {r["id"] for r in rows}


def test_json_report_follows_the_contract_schema(workdir: Path) -> None:
    assert invoke_check("seeds").exit_code == 1
    doc = load_json(workdir)

    assert doc["schema"] == "verify.discrepancies/1"
    texts: dict[str, str] = {}
    for source in doc["sources"]:
        assert {"id", "path", "title", "published", "author"} <= set(source)
        assert not Path(source["path"]).is_absolute()
        assert (workdir / source["path"]).is_file()
        assert source["path"].endswith(source["id"])
        for key in ("title", "author"):
            assert source[key] is None or isinstance(source[key], str)
        assert source["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}",
                                                           source["published"])
        texts[source["id"]] = (workdir / source["path"]).read_text(encoding="utf-8")
    assert sorted(texts) == sorted(p.name for p in (workdir / "seeds").iterdir())

    ids = [d["id"] for d in doc["discrepancies"]]
    assert ids and len(ids) == len(set(ids))
    for finding in doc["discrepancies"]:
        assert isinstance(finding["id"], str) and finding["id"]
        assert finding["verdict"] in VERDICTS
        assert is_number(finding["severity"]) and is_number(finding["similarity"])
        assert isinstance(finding["topic"], str) and finding["topic"]
        assert isinstance(finding["explanation"], str) and finding["explanation"].strip()
        assert len(finding["claims"]) == 2
        for claim in finding["claims"]:
            assert set(CONTRACT_CLAIM_KEYS) <= set(claim)
            assert claim["source"] in texts
            text = texts[claim["source"]]
            for key in ("id", "sentence", "statement", "quantity_text"):
                assert isinstance(claim[key], str) and claim[key], key
            for key in ("attribution", "unit", "time"):
                assert claim[key] is None or isinstance(claim[key], str), key
            for key in ("start", "end", "line"):
                assert isinstance(claim[key], int) and not isinstance(claim[key], bool), key
            for key in ("value", "low", "high"):
                assert claim[key] is None or is_number(claim[key]), key
            assert claim["qualifier"] in QUALIFIERS
            assert text[claim["start"]:claim["end"]] == claim["quantity_text"]
            assert claim["line"] == text.count("\n", 0, claim["start"]) + 1
            assert claim["sentence"] in text
            if claim["value"] is not None:
                assert claim["low"] is None or claim["low"] <= claim["value"]
                assert claim["high"] is None or claim["value"] <= claim["high"]

    finding = murder_conflict(doc)
    by_text = {c["quantity_text"]: c for c in finding["claims"]}
    assert by_text["14 per cent"]["value"] == 14 and by_text["1 per cent"]["value"] == 1
    assert by_text["14 per cent"]["unit"] == by_text["1 per cent"]["unit"] == "percent"
    assert by_text["14 per cent"]["attribution"] == "the government"
    assert by_text["1 per cent"]["attribution"] == "Crisis Group"
    assert {c["line"] for c in finding["claims"]} == {17}


def test_out_and_claims_options_move_outputs_and_paths_stay_relative(workdir: Path) -> None:
    result = invoke_check("seeds", "--out", "out/rep", "--claims", "data/cl")

    assert result.exit_code == 1, result.output
    for name in ("out/rep/index.md", "out/rep/discrepancies.json", "out/rep/discrepancies.csv",
                 "data/cl/claims.csv"):
        assert (workdir / name).is_file(), name
    assert not (workdir / "reports").exists() and not (workdir / "claims").exists()

    doc = load_json(workdir, "out/rep")
    assert {s["path"] for s in doc["sources"]} == {
        f"seeds/{p.name}" for p in (workdir / "seeds").iterdir()}
    index_md = (workdir / "out/rep/index.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", index_md)
    assert targets
    for target in targets:
        path = unquote(target.split("#", 1)[0].split("?", 1)[0])
        assert not Path(path).is_absolute()
        assert (workdir / "out/rep" / path).resolve().is_file(), target
    for name in ("out/rep/index.md", "out/rep/discrepancies.json", "out/rep/discrepancies.csv",
                 "data/cl/claims.csv"):
        assert str(workdir) not in (workdir / name).read_text(encoding="utf-8"), name


def test_absolute_path_arguments_are_shown_relative(workdir: Path) -> None:
    result = invoke_check(str(workdir / "seeds"))

    assert result.exit_code == 1, result.output
    for name in OUTPUTS:
        assert str(workdir) not in (workdir / name).read_text(encoding="utf-8"), name


def test_fail_on_never_exits_zero(workdir: Path) -> None:
    assert invoke_check("seeds").exit_code == 1
    result = invoke_check("seeds", "--fail-on", "never")

    assert result.exit_code == 0, result.output
    assert any(d["verdict"] == "conflict" for d in load_json(workdir)["discrepancies"])


def test_fail_on_scope_fails_on_scope_findings_and_conflicts(workdir: Path) -> None:
    assert invoke_check("seeds", "--fail-on", "scope").exit_code == 1  # the seeds have a conflict

    corpus = workdir / "scoped"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Murders in Mexico\n\nThe government said daily murders have fallen 14 per cent in the "
        "first six months of the presidency.\n\nOfficials said 1,200 migrants were detained at "
        "the border in 2024.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        "Another view\n\nCrisis Group said daily murders have fallen 6 per cent.\n\nOfficials "
        "said 2,500 migrants were detained at the border in January.\n", encoding="utf-8")
    default = invoke_check("scoped", "--out", "r1", "--claims", "c1")
    scope = invoke_check("scoped", "--out", "r2", "--claims", "c2", "--fail-on", "scope")

    verdicts = [d["verdict"] for d in load_json(workdir, "r2")["discrepancies"]]
    assert "scope" in verdicts, "the hand-written pair should at least need a scope check"
    assert scope.exit_code == 1, scope.output
    assert default.exit_code == (1 if "conflict" in verdicts else 0), default.output


def test_missing_path_is_a_usage_error_with_one_line(tmp_path: Path) -> None:
    proc = subprocess.run([*VERIFY_CMD, "no/such/folder"], cwd=tmp_path, env=subprocess_env(),
                          capture_output=True, text=True, timeout=120)

    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("verify:") and "no/such/folder" in lines[0]
    assert "Traceback" not in proc.stderr + proc.stdout
    assert not (tmp_path / "reports").exists()


def test_reruns_are_byte_identical(workdir: Path, tmp_path_factory: pytest.TempPathFactory,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert invoke_check("seeds").exit_code == 1
    first = snapshot(workdir)
    assert invoke_check("seeds").exit_code == 1
    assert snapshot(workdir) == first
    assert set(first) == set(OUTPUTS)

    elsewhere = tmp_path_factory.mktemp("elsewhere")  # same inputs, another checkout
    copy_seeds(elsewhere)
    monkeypatch.chdir(elsewhere)
    assert invoke_check("seeds").exit_code == 1
    assert snapshot(elsewhere) == first


def test_github_step_summary_is_appended(workdir: Path) -> None:
    summary = workdir / "step_summary.md"
    summary.write_text("# Earlier step\n\nkept\n", encoding="utf-8")

    first = invoke_check("seeds", env={"GITHUB_STEP_SUMMARY": str(summary)})
    after_one = summary.read_text(encoding="utf-8")
    second = invoke_check("seeds", env={"GITHUB_STEP_SUMMARY": str(summary)})
    after_two = summary.read_text(encoding="utf-8")

    assert first.exit_code == second.exit_code == 1
    assert after_one.startswith("# Earlier step\n\nkept\n")
    added = after_one[len("# Earlier step\n\nkept\n"):]
    assert "| conflict |" in added
    assert murder_conflict(load_json(workdir))["id"] in added
    assert after_two == after_one + added


def test_quiet_prints_nothing_on_stdout(workdir: Path) -> None:
    loud = invoke_check("seeds")
    quiet = invoke_check("seeds", "--quiet")

    assert "report:" in loud.stdout  # without --quiet there is a summary to suppress
    assert quiet.exit_code == 1
    assert quiet.stdout == ""
