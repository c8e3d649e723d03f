"""The labelled article sets stay well formed: quotes exist verbatim, ids are unique."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("folder", ["fixtures", "holdout", "blind", "blind2", "blind3", "blind4",
                                    "blind5", "blind6", "blind7", "blind8", "blind9",
                                    "blind10", "blind11", "blind12", "blind13"])
def test_gold_file_checks_pass(folder: str) -> None:
    checker = ROOT / "tests" / folder / "check_gold.py"
    result = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
