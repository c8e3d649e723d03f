"""Hostile inputs, surprises, interruptions and concurrency: no tracebacks, no torn outputs."""

from __future__ import annotations

import codecs
import csv
import io
import os
import shutil
import signal
import stat
import subprocess
import time
from pathlib import Path

import pytest
from conftest import (
    OUTPUTS,
    VERIFY_CMD,
    copy_seeds,
    invoke_check,
    snapshot,
    stray_temp_files,
    subprocess_env,
)

import verifier.pipeline
from verifier.atomic import write_text_atomic
from verifier.errors import ReviewError
from verifier.reviews import load_reviews, record_review

ARREST = "people were arrested in Sinaloa in March 2025"
NEW_ARTICLE = (  # contradicts the seeds' 1 per cent: adds a finding, a source and claims
    "Mexico murders: new figures disputed\n\n"
    "Daily murders have fallen 30 per cent in the first six months, the government claimed on "
    "Monday. But Crisis Group's calculations point to just a 1 per cent drop in the murder toll "
    "in the first six months.\n"
)


def claims_rows(root: Path) -> list[dict[str, str]]:
    csv.field_size_limit(16 * 1024 * 1024)  # the long line makes one very long sentence
    text = (root / "claims/claims.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def build_hostile_corpus(root: Path) -> None:
    """Every kind of file a newsroom folder collects, plus traps for the folder walk."""
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "dossier été").mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "cp1252 café.txt").write_bytes(
        "Café report\n\nThe café owners said prices rose 12 per cent in 2024, a “record”.\n"
        .encode("cp1252"))
    (root / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + (
        "Naïve report\n\nThe ministry said 300 families were displaced in 2024.\n"
    ).encode("utf-16-le"))
    (root / "page.html").write_text(
        "<html><head><title>Page</title><script>var x = '9 per cent';</script></head>"
        "<body><nav>Home</nav><p>The mayor said 70 schools closed in 2023.</p></body></html>",
        encoding="utf-8")
    (root / "notes.md").write_text("# Notes\n\nThe agency said 80 schools closed in 2023.\n",
                                   encoding="utf-8")
    (root / "long.txt").write_text(
        "Long line\n\n" + "word " * 40_000 + f"and the police said 45 {ARREST}.\n",
        encoding="utf-8")
    (root / "nested" / "deeper" / "deep.txt").write_text(
        f"Deep\n\nOfficials said 40 {ARREST}.\n", encoding="utf-8")
    (root / "dossier été" / "artículo número 1.txt").write_text(
        f"Artículo\n\nThe army said 60 {ARREST}.\n", encoding="utf-8")
    (root / ".hidden" / "secret.txt").write_text("Hidden\n\nThe note says 999 people were "
                                                 "arrested.\n", encoding="utf-8")
    (root / ".dotfile.txt").write_text("Dot\n\nIt says 998 people were arrested.\n",
                                       encoding="utf-8")
    os.symlink("..", root / "nested" / "loop")  # a folder loop
    os.symlink("self.txt", root / "self.txt")  # a file symlink pointing at itself
    os.symlink("missing.txt", root / "dangling.txt")


@pytest.mark.slow
def test_hostile_folder_runs_with_warnings_and_no_traceback(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "in box"
    corpus.mkdir()
    build_hostile_corpus(corpus)

    result = invoke_check("in box")

    assert result.exit_code in (0, 1), result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    for name in ("empty.txt", "binary.txt", "dangling.txt", "self.txt"):
        assert any(name in line for line in warnings), (name, result.stderr)
    rows = claims_rows(tmp_path)
    sources = {r["source"] for r in rows}
    assert {"cp1252 café.txt", "utf16.txt", "page.html", "notes.md", "long.txt",
            "nested/deeper/deep.txt", "dossier été/artículo número 1.txt"} <= sources
    assert not any("secret" in s or "dotfile" in s or "loop" in s for s in sources)
    assert not any(r["quantity_text"] == "9 per cent" for r in rows)  # script text is not prose
    assert len({(r["source"], r["start"]) for r in rows}) == len(rows)  # nothing read twice
    decoded = {
        "cp1252 café.txt": (corpus / "cp1252 café.txt").read_bytes().decode("cp1252"),
        "utf16.txt": (corpus / "utf16.txt").read_bytes().decode("utf-16"),
        "long.txt": (corpus / "long.txt").read_text(encoding="utf-8"),
    }
    checked = 0
    for row in rows:
        if row["source"] in decoded:
            text = decoded[row["source"]]
            assert text[int(row["start"]):int(row["end"])] == row["quantity_text"], row
            checked += 1
    assert checked >= 3
    assert (tmp_path / "reports/index.md").is_file()


def test_unexpected_error_is_one_line_with_a_hint(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    copy_seeds(tmp_path)

    def broken_run(*args: object, **kwargs: object) -> None:
        raise RuntimeError("matcher exploded")

    monkeypatch.setattr(verifier.pipeline, "run", broken_run)

    plain = invoke_check("seeds")
    debug = invoke_check("seeds", "--debug")

    assert plain.exit_code == debug.exit_code == 2
    lines = plain.stderr.strip().splitlines()
    assert len(lines) == 1, plain.stderr
    assert lines[0].startswith("verify:")
    assert "RuntimeError" in lines[0] and "matcher exploded" in lines[0]
    assert "--debug" in lines[0]
    assert "Traceback" not in plain.stderr
    assert "Traceback (most recent call last)" in debug.stderr
    assert "in broken_run" in debug.stderr
    assert debug.stderr.strip().splitlines()[-1].startswith("verify:")
    assert not (tmp_path / "reports").exists()


@pytest.mark.slow
@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_write_never_leaves_a_torn_file(workdir: Path, monkeypatch: pytest.MonkeyPatch,
                                               failing: str) -> None:
    assert invoke_check("seeds").exit_code == 1
    old = snapshot(workdir)
    (workdir / "seeds" / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    real = getattr(os, failing)
    calls = []

    def flaky(*args: object) -> object:
        calls.append(args)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(*args)

    with monkeypatch.context() as mp:
        mp.setattr(os, failing, flaky)
        failed = invoke_check("seeds")
    assert failed.exit_code == 2
    assert len(failed.stderr.strip().splitlines()) == 1, failed.stderr
    assert "No space left on device" in failed.stderr
    torn = snapshot(workdir)
    assert not stray_temp_files(workdir)

    assert invoke_check("seeds").exit_code == 1
    new = snapshot(workdir)
    assert all(new[name] != old[name] for name in OUTPUTS)  # the new article changes them all
    for name in OUTPUTS:
        assert torn[name] in (old[name], new[name]), name
    assert sum(torn[name] == new[name] for name in OUTPUTS) == 1  # only the first write landed


def test_atomic_writes_keep_ordinary_permissions(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        report = tmp_path / "reports" / "index.md"
        write_text_atomic(report, "# report\n")
        reviews = tmp_path / "claims" / "reviews.csv"
        reviews.parent.mkdir()
        reviews.write_text("id,status,note\n", encoding="utf-8")
        reviews.chmod(0o664)
        record_review(reviews, "abc123", "confirmed", "ok")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(report.stat().st_mode) == 0o644
    assert stat.S_IMODE(reviews.stat().st_mode) == 0o664


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_interrupted_run_leaves_previous_reports_intact(workdir: Path,
                                                       sig: signal.Signals) -> None:
    assert invoke_check("seeds").exit_code == 1
    article = workdir / "seeds" / "000_f7c1d5b6b0ab6674.txt"
    article.write_text(article.read_text(encoding="utf-8")
                       + "\nThe navy said 77 boats were seized in 2025.\n", encoding="utf-8")
    before = snapshot(workdir)
    cold_cache = workdir / "cold-cache"  # empty: the run has to load the model
    cache_file = cold_cache / "verify"

    proc = subprocess.Popen(
        [*VERIFY_CMD, "seeds", "--quiet"], cwd=workdir,
        env=subprocess_env(XDG_CACHE_HOME=str(cold_cache)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        # The cache appears when embedding starts; with an empty cache the model load follows,
        # which takes seconds, so the signal lands mid-run.
        while not cache_file.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        time.sleep(0.3)
        assert proc.poll() is None, "the run finished before it could be interrupted"
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    assert proc.returncode not in (0, 1, 2), proc.returncode
    assert b"Traceback" not in err
    assert snapshot(workdir) == before
    assert not stray_temp_files(workdir)


def run_verify_processes(root: Path, count: int) -> list[tuple[int, bytes]]:
    """Start `count` runs of `verify seeds` together; return each exit status and stderr."""
    procs = [subprocess.Popen([*VERIFY_CMD, "seeds", "--quiet"], cwd=root,
                              env=subprocess_env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE) for _ in range(count)]
    return [(p.wait(timeout=120), p.communicate()[1]) for p in procs]


@pytest.mark.slow
def test_two_runs_at_once_give_a_single_runs_outputs(workdir: Path,
                                                      seeds_baseline: dict[str, bytes]) -> None:
    # seeds_baseline warms the session cache; the single run below uses the code on disk, as
    # the concurrent ones do.
    assert run_verify_processes(workdir, 1)[0][0] == 1
    single = snapshot(workdir)
    for folder in ("reports", "claims"):
        shutil.rmtree(workdir / folder)

    results = run_verify_processes(workdir, 2)

    assert [code for code, _ in results] == [1, 1], results
    assert all(b"Traceback" not in err for _, err in results)
    assert snapshot(workdir) == single
    assert set(single) == set(OUTPUTS)
    assert not stray_temp_files(workdir)


ODD_REVIEWS = (
    "ID,Status,Note,Reviewer,Date,ticket\n"
    "aaa111,confirmed,plain,ana,2025-01-01,T-1\n"
    "\n"
    "# a comment someone wrote,,,,,\n"
    ",explained,row without an id,,,\n"
    "bbb222,looks fine?,unknown status,,,T-2\n"
    "ccc333,explained,first of a duplicate,,,\n"
    "ccc333,false_alarm,second of a duplicate,,,\n"
    'ddd444,explained,"quoted, with a comma\nand a newline ""and quotes""",,,T-4\n'
    "eee555,explained,an unquoted, comma inside,bo,2025-02-02,T-5\n"
    "fff666,confirmed\n"
)


def test_recording_a_review_never_loses_odd_rows(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text(ODD_REVIEWS, encoding="utf-8")
    before, _ = load_reviews(path)
    assert len(before) == 9

    record_review(path, "zzz999", "explained", "new one", reviewer="cy", date="2025-03-03")
    record_review(path, "ccc333", "confirmed", "updated")
    record_review(path, "bbb222", "false_alarm", "")

    after, _ = load_reviews(path)
    assert len(after) == len(before) + 1
    assert [r.id for r in after] == [r.id for r in before] + ["zzz999"]
    assert [r.extra for r in after[:-1] if r.id not in ("bbb222",)] == [
        r.extra for r in before if r.id not in ("bbb222",)]
    by_note = {r.note: r for r in after}
    assert by_note["first of a duplicate"].status == "explained"  # earlier duplicate untouched
    assert by_note["updated"].id == "ccc333"
    assert by_note['quoted, with a comma\nand a newline "and quotes"'].id == "ddd444"
    assert by_note["an unquoted, comma inside"].reviewer == "bo"
    bbb = next(r for r in after if r.id == "bbb222")
    assert (bbb.status, bbb.note, dict(bbb.extra)["ticket"]) == ("false_alarm", "", "T-2")
    assert next(r for r in after if r.id == "fff666").status == "confirmed"
    header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert header[-1] == "ticket"


def test_malformed_reviews_file_is_refused_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    text = ('id,status,note\naaa111,confirmed,"an unclosed quote\nbbb222,explained,swallowed\n')
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ReviewError):
        record_review(path, "ccc333", "confirmed", "would merge rows")

    assert path.read_text(encoding="utf-8") == text
