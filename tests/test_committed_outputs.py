"""The reports committed for seeds/ are what the tool produces now (a snapshot test).

When this fails after a deliberate change, rerun `verify seeds/` and commit the outputs;
read the diff of reports/index.md first: it is the product's visible behaviour.
"""

import os
from pathlib import Path

import pytest

from verifier.pipeline import run
from verifier.report import (
    render_claims_csv,
    render_discrepancies_csv,
    render_index_md,
    render_json,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seeds_result(tmp_path_factory: pytest.TempPathFactory):
    claims = tmp_path_factory.mktemp("claims")  # no reviews: the committed run has none
    cwd = Path.cwd()
    try:
        os.chdir(ROOT)
        return run([Path("seeds")], claims_dir=claims)
    finally:
        os.chdir(cwd)


@pytest.mark.slow
def test_index_md_is_fresh(seeds_result) -> None:
    expected = (ROOT / "reports" / "index.md").read_text(encoding="utf-8")
    assert render_index_md(seeds_result, command="verify seeds", report_dir="reports") == expected


@pytest.mark.slow
def test_discrepancies_json_and_csv_are_fresh(seeds_result) -> None:
    assert render_json(seeds_result) == (ROOT / "reports" / "discrepancies.json").read_text(
        encoding="utf-8")
    assert render_discrepancies_csv(seeds_result) == (
        ROOT / "reports" / "discrepancies.csv").read_text(encoding="utf-8")


@pytest.mark.slow
def test_claims_csv_is_fresh(seeds_result) -> None:
    assert render_claims_csv(seeds_result.claims) == (ROOT / "claims" / "claims.csv").read_text(
        encoding="utf-8")


@pytest.mark.slow
def test_the_canonical_conflict_is_in_the_committed_report() -> None:
    report = (ROOT / "reports" / "index.md").read_text(encoding="utf-8")
    conflicts = report.split("## Conflicts", 1)[1].split("## Scope differences", 1)[0]
    assert "**14 per cent**" in conflicts and "**1 per cent**" in conflicts
    assert "the government" in conflicts and "Crisis Group" in conflicts
    assert "#L17" in conflicts
