"""Shared fixtures for the end-to-end tests: one embedding cache per session, a scratch working
folder with a copy of the seeds, and in-process runners for `verify` and `verify review`.

The real MiniLM model is imported at most once per process and every embedded text lands in a
session-wide SQLite cache, so repeated runs over the same texts cost well under a second.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
OUTPUTS = ("reports/index.md", "reports/discrepancies.json", "reports/discrepancies.csv",
           "claims/claims.csv")
CONFLICT_FILE = "004_520ae3d75d902d6d.txt"  # the article where the government and Crisis Group
# disagree about the drop in murders (14 per cent vs 1 per cent), both on line 17

Runner = Callable[..., Result]


@pytest.fixture(scope="session", autouse=True)
def session_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point $XDG_CACHE_HOME at one folder for the whole session (subprocesses inherit it)."""
    cache = tmp_path_factory.mktemp("xdg-cache")
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        yield cache
    finally:
        if saved is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = saved


def copy_seeds(dest: Path) -> Path:
    """A fresh copy of the repository's seeds under `dest/seeds`."""
    target = dest / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def invoke_check(*args: str, env: dict[str, str] | None = None) -> Result:
    """`verify ARGS...` in-process, with stdout and stderr kept apart."""
    from verifier.cli import check_app

    return CliRunner().invoke(check_app, [str(a) for a in args], env=env)


def invoke_review(*args: str) -> Result:
    """`verify review ARGS...` in-process."""
    from verifier.cli import review_app

    return CliRunner().invoke(review_app, [str(a) for a in args])


def snapshot(root: Path, names: tuple[str, ...] = OUTPUTS) -> dict[str, bytes]:
    """The bytes of each output under `root` (missing files are left out)."""
    return {name: (root / name).read_bytes() for name in names if (root / name).exists()}


def stray_temp_files(root: Path) -> list[Path]:
    """Temporary files an atomic write left behind in the output folders."""
    return [p for folder in ("reports", "claims") if (root / folder).is_dir()
            for p in (root / folder).iterdir() if p.name.endswith(".tmp")]


def subprocess_env(**extra: str) -> dict[str, str]:
    """Environment for `python -m verifier.cli`: this interpreter's, offline, plus `extra`."""
    env = dict(os.environ)
    env.pop("GITHUB_STEP_SUMMARY", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    env.update(extra)
    return env


VERIFY_CMD = [sys.executable, "-m", "verifier.cli"]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder (the current directory for the test) with a copy of the seeds."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    copy_seeds(tmp_path)
    return tmp_path


@pytest.fixture
def run_check() -> Runner:
    return invoke_check


@pytest.fixture
def run_review() -> Runner:
    return invoke_review


@pytest.fixture(scope="session")
def seeds_baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The four outputs of one `verify seeds` run (also warms the session cache)."""
    root = tmp_path_factory.mktemp("baseline")
    copy_seeds(root)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        mp.delenv("GITHUB_STEP_SUMMARY", raising=False)
        result = invoke_check("seeds")
    assert result.exit_code == 1, result.output
    return snapshot(root)
