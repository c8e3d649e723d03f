"""The whole run as one library call: sources → sentences → claims → matches → verdicts.

`cli.py` only parses arguments and prints; everything a test or another program needs is here.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path

from verifier.claims import extract_claims
from verifier.compare import build_topics, headline_echoes, judge_all
from verifier.embedding import CachedEmbedder, Embedder, MiniLMEmbedder, default_cache_path
from verifier.errors import InputError
from verifier.match import find_candidates, mutual_best, story_vectors
from verifier.records import Claim, Finding, RunResult, Source
from verifier.reviews import applied_reviews, load_reviews
from verifier.sources import dateline_day, load_sources

FAIL_LEVELS = {"conflict": ("conflict",), "scope": ("conflict", "scope"), "never": ()}

Progress = Callable[[str, int, int], None]


def _quiet_progress(stage: str, done: int, total: int) -> None:
    """The default progress callback: says nothing."""


def default_embedder(claims_dir: Path | None = None) -> Embedder:
    """The bundled MiniLM model behind the on-disk cache (under $XDG_CACHE_HOME)."""
    cache = default_cache_path()
    if os.environ.get("VERIFY_CACHE_IN_CLAIMS") and claims_dir is not None:
        cache = claims_dir / ".cache" / cache.name
    return CachedEmbedder(MiniLMEmbedder(), cache)


def _resolve_new(new_paths: Sequence[Path], sources: Sequence[Source]) -> tuple[str, ...]:
    """Source ids of the files under the --new paths."""
    wanted = [Path(p).resolve() for p in new_paths]
    ids = []
    for source in sources:
        real = Path(source.path).resolve()
        if any(real == w or w in real.parents for w in wanted):
            ids.append(source.id)
    return tuple(sorted(ids))


def changed_since(ref: str, paths: Sequence[Path]) -> list[Path]:
    """Files added or modified since the git revision `ref` under `paths` (for --changed-since)."""
    try:
        out = subprocess.run(
            ["git", "diff", "--name-only", "--diff-filter=AMR", "-z", ref, "--",
             *[str(p) for p in paths]],
            capture_output=True, check=True, text=True,
        ).stdout
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True,
                             check=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise InputError(f"cannot list files changed since {ref}: "
                         f"{detail.strip().splitlines()[-1] if detail.strip() else exc}") from exc
    return [Path(top) / name for name in out.split("\0") if name]


def run(paths: Sequence[Path], *, claims_dir: Path = Path("claims"),
        new_paths: Sequence[Path] = (), embedder: Embedder | None = None,
        progress: Progress = _quiet_progress) -> RunResult:
    """Cross-check every source under `paths` and return what the reports need."""
    sources, warnings = load_sources([*paths, *new_paths])
    sources = dated_by_dateline(sources)
    claims = extract_all_claims(sources, progress=progress)
    body = [c for c in claims if not c.headline]
    progress("matching", 0, 1)
    embedder = embedder or default_embedder(claims_dir)
    candidates = find_candidates(body, embedder, stories=story_vectors(sources, embedder))
    findings: list[Finding] = headline_echoes(judge_all(body, candidates),
                                              [c for c in claims if c.headline])
    topics = build_topics(body, mutual_best(body, candidates))
    progress("matching", 1, 1)
    new_ids = _resolve_new(new_paths, sources) if new_paths else ()
    if new_paths and not new_ids:
        raise InputError("--new names no readable source: " + ", ".join(map(str, new_paths)))
    if new_ids:
        findings = [f for f in findings if any(c.source in new_ids for c in f.claims)]
        topics = [t for t in topics if any(c.source in new_ids for c in t.claims)]
    rows, review_warnings = load_reviews(claims_dir / "reviews.csv")
    reviews = applied_reviews(rows)
    present = {f.id for f in findings}
    stale = tuple(r for r in reviews.values() if r.id not in present) if not new_ids else ()
    return RunResult(
        sources=tuple(sources), claims=tuple(claims), findings=tuple(findings),
        reviews={k: v for k, v in reviews.items() if k in present}, stale_reviews=stale,
        warnings=tuple(warnings) + tuple(review_warnings), new_sources=new_ids,
        topics=tuple(topics),
    )


PARALLEL_FROM = 64  # sources; below this a process pool costs more than it saves


def _extract(job: tuple[Source, str | None]) -> list[Claim]:
    return extract_claims(*job)


def extract_all_claims(sources: Sequence[Source], *, workers: int | None = None,
                       progress: Progress = _quiet_progress) -> list[Claim]:
    """Claims of every source, in source order. Large corpora use every core: extraction
    runs before the model does, so the cores would otherwise sit idle."""
    references = reference_dates(sources)
    jobs = [(source, references.get(source.id)) for source in sources]
    workers = workers or os.cpu_count() or 1
    claims: list[Claim] = []
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for done, found in enumerate(pool.map(_extract, jobs, chunksize=16), 1):
                claims.extend(found)
                progress("reading", done, len(jobs))
        return claims
    for done, job in enumerate(jobs, 1):
        claims.extend(_extract(job))
        progress("reading", done, len(jobs))
    return claims


def dated_by_dateline(sources: Sequence[Source]) -> list[Source]:
    """Undated sources whose body opens on a wire dateline ("SYDNEY, Jan 14 (Wire) -") take
    that day, in the year of their folder's latest date (the year before, when the day would
    fall more than two months after it)."""
    latest = reference_dates(sources)
    out = []
    for source in sources:
        day = None if source.published else dateline_day(source)
        near = latest.get(source.id)
        if day is None or near is None:
            out.append(source)
            continue
        anchor = date.fromisoformat(near)
        try:
            when = date(anchor.year, *day)
            if (when - anchor).days > 60:
                when = date(anchor.year - 1, *day)
        except ValueError:
            out.append(source)
            continue
        out.append(replace(source, published=when.isoformat()))
    return out


def reference_dates(sources: Sequence[Source]) -> dict[str, str]:
    """For undated articles, the latest date of the dated articles in the same folder (a story
    folder is written within days), else of all: how "last year" and "Thursday" resolve."""
    by_folder: dict[str, list[str]] = {}
    for source in sources:
        if source.published:
            by_folder.setdefault(str(Path(source.path).parent), []).append(source.published)
    everywhere = [d for dates in by_folder.values() for d in dates]
    out = {}
    for source in sources:
        if source.published:
            continue
        near = by_folder.get(str(Path(source.path).parent)) or everywhere
        if near:
            out[source.id] = max(near)
    return out


def failing_findings(result: RunResult, fail_on: str) -> list[Finding]:
    """Unreviewed findings at or above the `fail_on` level."""
    levels = FAIL_LEVELS[fail_on]
    return [f for f in result.findings if f.verdict in levels and f.id not in result.reviews]


def exit_status(result: RunResult, fail_on: str) -> int:
    """0 when nothing unreviewed reaches `fail_on`, 1 otherwise (as linters do)."""
    return 1 if failing_findings(result, fail_on) else 0
