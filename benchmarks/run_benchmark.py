"""Time every stage of `verify` on synthetic corpora of growing size, plus the CLI on seeds/.

    python benchmarks/run_benchmark.py                      # sizes 200, 500, 2000
    python benchmarks/run_benchmark.py --sizes 50,200       # quicker
    python benchmarks/run_benchmark.py --embed-sample 5000  # embed 5,000 texts per size at most

Each size runs in a fresh subprocess (so peak RSS is per size): it generates a corpus with
`make_corpus.py` in a temporary folder and calls the library stage by stage:

- load: `verifier.sources.load_sources`
- claims: `verifier.claims.extract_claims` per source (sentence splitting included; the
  split alone is timed too, as `split`)
- embedding: `MiniLMEmbedder.embed`, no cache, on the texts matching hands its embedder
  (recorded by a stub embedder), de-duplicated as `CachedEmbedder` does; the model load is
  timed on its own and counted in neither embedding nor the totals
- cache: `CachedEmbedder` overhead (hashing, SQLite lookups and inserts) around an inner
  embedder that returns precomputed vectors: `cache cold` (all misses, then writes) and
  `cache warm` (all hits)
- match: `verifier.match.find_candidates` with an embedder returning the precomputed vectors
- verdicts: `verifier.compare.judge_all` and `build_topics`
- report: `verifier.report.render_index_md`, `render_json`, `render_discrepancies_csv`,
  `render_claims_csv`

"Outside embedding" is load + claims + cache cold + match + verdicts + report: what a cold
run pays besides the model. Then, once: the import of sentence_transformers (a subprocess),
a cold CLI run on seeds/ with an empty XDG_CACHE_HOME, and a warm rerun with the same cache,
checked with `python -X importtime` for torch.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

T = TypeVar("T")

STAGES = ("load", "claims", "cache_cold", "match", "verdicts", "report")
DEFAULT_SIZES = (200, 500, 2000)


def _rss_mib() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


class _Captured(Exception):
    """Raised by the recording embedder once find_matches has asked for everything."""


class RecordingEmbedder:
    """Records the texts of each `embed` call; stops find_matches at its second call
    (statements, then counted phrases), so no matching work is done while recording."""

    name = "recording"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if len(self.calls) >= 2:
            raise _Captured
        return np.zeros((len(texts), 384), dtype=np.float32)


class PrecomputedEmbedder:
    """Returns vectors computed beforehand, looked up by text."""

    def __init__(self, vectors: dict[str, np.ndarray], name: str) -> None:
        self.vectors = vectors
        self.name = name

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.vstack([self.vectors[t] for t in texts]).astype(np.float32)


def texts_to_embed(claims: Sequence[Any]) -> list[list[str]]:
    """The texts find_matches passes to its embedder, call by call."""
    from verifier.match import find_matches

    recorder = RecordingEmbedder()
    try:
        find_matches(claims, recorder)
    except _Captured:
        pass
    return recorder.calls


# -------------------------------------------------------------------------------------------
# One corpus size, in its own process


def measure_size(articles: int, seed: int, embed_sample: int | None) -> dict[str, Any]:
    """Time every stage on a fresh corpus of `articles` articles; return the measurements."""
    from make_corpus import make_corpus

    from verifier.compare import build_topics, judge_all
    from verifier.embedding import CachedEmbedder, HashingEmbedder, MiniLMEmbedder
    from verifier.match import find_candidates, mutual_best
    from verifier.pipeline import extract_all_claims
    from verifier.records import RunResult
    from verifier.report import (
        render_claims_csv,
        render_discrepancies_csv,
        render_index_md,
        render_json,
    )
    from verifier.sentences import split_sentences
    from verifier.sources import load_sources

    out: dict[str, Any] = {"articles": articles, "seed": seed}
    t: dict[str, float] = {}
    rss: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        _, out["generate_s"] = _timed(lambda: make_corpus(corpus, articles, seed))
        rss["start"] = _rss_mib()

        (sources, _warnings), t["load"] = _timed(lambda: load_sources([corpus]))
        out["sources"] = len(sources)
        out["bytes"] = sum(len(s.text.encode()) for s in sources)

        sentences, t["split"] = _timed(
            lambda: sum(len(split_sentences(s.text, s.body_start)) for s in sources))
        out["sentences"] = sentences
        claims, t["claims"] = _timed(lambda: extract_all_claims(sources))
        out["claims"] = len(claims)
        rss["after_claims"] = _rss_mib()

        calls = texts_to_embed(claims)
        out["texts_per_call"] = [len(c) for c in calls]
        unique = sorted({text for call in calls for text in call})
        out["unique_texts"] = len(unique)

        embedder = MiniLMEmbedder()
        _, out["model_load_s"] = _timed(lambda: embedder.embed(["warm-up sentence"]))
        rss["after_model_load"] = _rss_mib()
        if embed_sample is not None and embed_sample < len(unique):
            sample = random.Random(seed).sample(unique, embed_sample)
            _, sample_s = _timed(lambda: embedder.embed(sample))
            t["embedding"] = sample_s * len(unique) / len(sample)
            out["embedding_sampled"] = len(sample)
            # Matching needs a vector for every text: a bag-of-words stand-in, noted in output.
            vectors = dict(zip(unique, HashingEmbedder(384).embed(unique), strict=True))
            out["match_vectors"] = "hashing"
        else:
            matrix, t["embedding"] = _timed(lambda: embedder.embed(unique))
            vectors = dict(zip(unique, matrix, strict=True))
            out["embedding_sampled"] = None
            out["match_vectors"] = "minilm"
        rss["after_embedding"] = _rss_mib()
        out["embed_texts_per_s"] = len(unique) / t["embedding"] if t["embedding"] else None

        inner = PrecomputedEmbedder(vectors, embedder.name)
        cache_path = Path(tmp) / "cache" / "embeddings.sqlite"

        def through_cache() -> None:
            cached = CachedEmbedder(inner, cache_path)
            for call in calls:
                cached.embed(call)

        _, t["cache_cold"] = _timed(through_cache)
        _, t["cache_warm"] = _timed(through_cache)

        candidates, t["match"] = _timed(lambda: find_candidates(claims, inner))
        out["matches"] = len(candidates)

        def verdicts_and_topics() -> tuple[list[Any], list[Any]]:
            return (judge_all(claims, candidates),
                    build_topics(claims, mutual_best(claims, candidates)))

        (findings, topics), t["verdicts"] = _timed(verdicts_and_topics)
        out["findings"] = {v: sum(1 for f in findings if f.verdict == v)
                           for v in ("conflict", "scope", "agree")}
        result = RunResult(sources=tuple(sources), claims=tuple(claims),
                           findings=tuple(findings), topics=tuple(topics))
        renders: dict[str, float] = {}
        for name, render in (
            ("index_md", lambda: render_index_md(result)),
            ("json", lambda: render_json(result)),
            ("discrepancies_csv", lambda: render_discrepancies_csv(result)),
            ("claims_csv", lambda: render_claims_csv(result.claims)),
        ):
            _, renders[name] = _timed(render)
        t["report"] = sum(renders.values())
        out["report_parts_s"] = renders
        rss["end"] = _rss_mib()
    out["times_s"] = t
    out["outside_embedding_s"] = sum(t[s] for s in STAGES)
    out["total_s"] = out["outside_embedding_s"] + t["embedding"]
    out["rss_mib"] = rss
    out["peak_rss_mib"] = max(rss.values())
    return out


# -------------------------------------------------------------------------------------------
# Subprocess measurements: import, cold and warm CLI runs


def _run(cmd: list[str], env: dict[str, str] | None = None,
         cwd: Path | None = None) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd)
    return time.perf_counter() - start, proc


def measure_import(repeats: int = 3) -> dict[str, float]:
    """Wall time of `python -c "import sentence_transformers"` (best of `repeats`, page cache
    warm), and the import alone as timed inside that process."""
    code = ("import time; t = time.perf_counter(); import sentence_transformers; "
            "print(time.perf_counter() - t)")
    walls, inner = [], []
    for _ in range(repeats):
        wall, proc = _run([sys.executable, "-c", code])
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr)
        walls.append(wall)
        inner.append(float(proc.stdout.strip().splitlines()[-1]))
    bare, _ = _run([sys.executable, "-c", "pass"])
    return {"import_wall_s": min(walls), "import_in_process_s": min(inner),
            "python_startup_s": bare}


def _imported_modules(importtime_stderr: str) -> set[str]:
    """Top-level package names from `python -X importtime` output."""
    names = set()
    for line in importtime_stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name and name != "package":
                names.add(name.split(".")[0])
    return names


def measure_cli(seeds: Path, repeats: int = 3) -> dict[str, Any]:
    """A cold CLI run on `seeds` with an empty cache, then warm reruns with the same cache."""
    out: dict[str, Any] = {"seeds": str(seeds)}
    with tempfile.TemporaryDirectory(prefix="verify-cli-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "VERIFY_CACHE_IN_CLAIMS"}
        env["XDG_CACHE_HOME"] = str(Path(tmp) / "xdg-cache")
        env.pop("GITHUB_STEP_SUMMARY", None)
        cmd = [sys.executable, "-m", "verifier.cli", str(seeds), "--out",
               str(Path(tmp) / "reports"), "--claims", str(Path(tmp) / "claims"), "--quiet"]
        # Where a cold run spends its time, in-process, on a cache of its own.
        out["cold_stages_s"] = _cold_stage_split(seeds, str(Path(tmp) / "xdg-split"))
        cold, proc = _run(cmd, env=env, cwd=ROOT)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"cold run failed ({proc.returncode}): {proc.stderr[-2000:]}")
        out["cold_s"] = cold
        out["exit_status"] = proc.returncode
        warm = []
        for _ in range(repeats):
            wall, proc = _run(cmd, env=env, cwd=ROOT)
            if proc.returncode not in (0, 1):
                raise RuntimeError(f"warm run failed ({proc.returncode}): {proc.stderr[-2000:]}")
            warm.append(wall)
        out["warm_s"] = min(warm)
        out["warm_all_s"] = warm
        _, proc = _run([sys.executable, "-X", "importtime", *cmd[1:]], env=env, cwd=ROOT)
        modules = _imported_modules(proc.stderr)
        out["warm_imports_torch"] = "torch" in modules
        out["warm_imports_sentence_transformers"] = "sentence_transformers" in modules
        out["warm_slowest_imports"] = _slowest_imports(proc.stderr)
        # Where the warm run spends its time: the library stages in-process (cache warm).
        out["warm_stages_s"] = _warm_stage_split(seeds, env["XDG_CACHE_HOME"])
    return out


def _slowest_imports(importtime_stderr: str, top: int = 8) -> list[tuple[str, float]]:
    """Top-level imports with the largest cumulative time (s)."""
    rows = []
    for line in importtime_stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2]
        if len(name) - len(name.lstrip(" ")) == 1:  # "| name": a top-level import
            rows.append((name.strip(), int(parts[1]) / 1e6))
    return sorted(rows, key=lambda r: -r[1])[:top]


def _cold_stage_split(seeds: Path, cache_home: str) -> dict[str, float]:
    """A cold run's parts timed in a subprocess: imports, model load, encoding, the rest."""
    code = f"""
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from verifier import pipeline
from verifier.embedding import CachedEmbedder, MiniLMEmbedder, default_cache_path
t1 = time.perf_counter()
import sentence_transformers
t2 = time.perf_counter()
from verifier.embedding import _load_bundled_model
model = _load_bundled_model()
t3 = time.perf_counter()
model.encode(["warm-up"])
t3b = time.perf_counter()
inner = MiniLMEmbedder()
encode = {{"s": 0.0, "texts": 0}}
real = inner.embed
def timed(texts):
    start = time.perf_counter()
    vectors = real(texts)
    encode["s"] += time.perf_counter() - start
    encode["texts"] += len(texts)
    return vectors
inner.embed = timed
embedder = CachedEmbedder(inner, default_cache_path())
result = pipeline.run([Path({str(seeds)!r})], claims_dir=Path({cache_home!r}) / "claims",
                      embedder=embedder)
t4 = time.perf_counter()
print(json.dumps({{"verifier_imports": t1 - t0, "sentence_transformers_import": t2 - t1,
                  "model_load": t3 - t2, "first_encode_call": t3b - t3, "encode": encode["s"],
                  "texts_encoded": encode["texts"],
                  "rest_of_pipeline": t4 - t3b - encode["s"]}}))
"""
    return _run_script(code, cache_home)


def _run_script(code: str, cache_home: str) -> dict[str, float]:
    """Run a measuring script in a fresh interpreter with its own cache; its last line is JSON."""
    env = dict(os.environ, XDG_CACHE_HOME=cache_home)
    env.pop("VERIFY_CACHE_IN_CLAIMS", None)
    _, proc = _run([sys.executable, "-c", code], env=env, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": proc.stderr[-500:]}  # type: ignore[dict-item]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _warm_stage_split(seeds: Path, cache_home: str) -> dict[str, float]:
    """The warm run's library stages timed in a subprocess (uses the cold run's cache)."""
    code = f"""
import json, os, sys, time
t0 = time.perf_counter()
from pathlib import Path
from verifier import pipeline
from verifier.report import render_index_md, render_json, render_discrepancies_csv
from verifier.report import render_claims_csv
t1 = time.perf_counter()
result = pipeline.run([Path({str(seeds)!r})], claims_dir=Path({cache_home!r}) / "claims")
t2 = time.perf_counter()
render_index_md(result); render_json(result); render_discrepancies_csv(result)
render_claims_csv(result.claims)
t3 = time.perf_counter()
print(json.dumps({{"imports": t1 - t0, "pipeline_run": t2 - t1, "render": t3 - t2,
                  "torch_loaded": "torch" in sys.modules}}))
"""
    return _run_script(code, cache_home)


# -------------------------------------------------------------------------------------------
# Driver


def _run_size(articles: int, seed: int, embed_sample: int | None,
              attempts: int = 3) -> dict[str, Any]:
    """`measure_size` in a fresh interpreter; retried when the library is mid-edit."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", str(articles),
           "--seed", str(seed)]
    if embed_sample is not None:
        cmd += ["--embed-sample", str(embed_sample)]
    last = ""
    for attempt in range(attempts):
        _, proc = _run(cmd, cwd=ROOT)
        if proc.returncode == 0:
            return json.loads(proc.stdout.strip().splitlines()[-1])
        last = proc.stderr[-3000:]
        print(f"size {articles}: attempt {attempt + 1} failed:\n{last}", file=sys.stderr)
        time.sleep(60)
    raise RuntimeError(f"size {articles} failed {attempts} times:\n{last}")


def growth(results: list[dict[str, Any]], key: Callable[[dict[str, Any]], float]) -> float:
    """log(t_large / t_small) / log(N_large / N_small) between the smallest and largest N."""
    lo, hi = results[0], results[-1]
    return math.log(key(hi) / key(lo)) / math.log(hi["articles"] / lo["articles"])


def _f(x: float) -> str:
    return f"{x:.2f}" if x < 100 else f"{x:.0f}"


def render_tables(results: list[dict[str, Any]], cli: dict[str, Any] | None,
                  imp: dict[str, float] | None) -> str:
    """The Markdown tables and the targets with pass/fail."""
    lines = ["| N | articles | claims | embedded texts | load (s) | claims (s) | of which split "
             "(s) | cache cold (s) | match (s) | verdicts (s) | report (s) | outside embedding "
             "(s) | embedding (s) | outside share (%) | total (s) | model load (s) | "
             "peak RSS (MiB) |",
             "|" + "---:|" * 17]
    notes = []
    for r in results:
        t = r["times_s"]
        emb = _f(t["embedding"])
        if r["embedding_sampled"]:
            emb += "*"
            notes.append(f"\\* N={r['articles']}: embedding extrapolated linearly from "
                         f"{r['embedding_sampled']:,} of {r['unique_texts']:,} texts; matching "
                         "ran on bag-of-words stand-in vectors.")
        share = 100 * r["outside_embedding_s"] / t["embedding"]
        lines.append(
            f"| {r['articles']} | {r['sources']} | {r['claims']:,} | {r['unique_texts']:,} | "
            f"{_f(t['load'])} | {_f(t['claims'])} | {_f(t['split'])} | {_f(t['cache_cold'])} | "
            f"{_f(t['match'])} | {_f(t['verdicts'])} | {_f(t['report'])} | "
            f"{_f(r['outside_embedding_s'])} | {emb} | {share:.0f} | {_f(r['total_s'])} | "
            f"{_f(r['model_load_s'])} | {r['peak_rss_mib']:.0f} |")
    lines.append("")
    lines += notes + ([""] if notes else [])
    if len(results) >= 2:
        lo, hi = results[0]["articles"], results[-1]["articles"]
        g_total = growth(results, lambda r: r["total_s"])
        g_out = growth(results, lambda r: r["outside_embedding_s"])
        g_emb = growth(results, lambda r: r["times_s"]["embedding"])
        lines += [f"Growth exponent {lo} → {hi} articles: total {g_total:.2f}, outside "
                  f"embedding {g_out:.2f}, embedding {g_emb:.2f}.", ""]
        per_stage = ", ".join(
            f"{s} {growth(results, lambda r, s=s: max(r['times_s'][s], 1e-6)):.2f}"
            for s in STAGES)
        lines += [f"Per-stage growth exponents: {per_stage}.", ""]
    if cli and imp:
        lines += [
            "| run | wall (s) |", "|---|---:|",
            f"| `python -c 'import sentence_transformers'` (best of 3) | "
            f"{imp['import_wall_s']:.2f} |",
            f"| of which the import itself | {imp['import_in_process_s']:.2f} |",
            f"| cold CLI run on seeds/ (empty XDG_CACHE_HOME) | {cli['cold_s']:.2f} |",
            f"| warm CLI rerun (same cache, best of 3) | {cli['warm_s']:.2f} |",
            "",
            f"Warm rerun imports torch: {'yes' if cli['warm_imports_torch'] else 'no'}; "
            f"sentence_transformers: "
            f"{'yes' if cli['warm_imports_sentence_transformers'] else 'no'}.",
            "Slowest top-level imports of the warm rerun (cumulative s): "
            + ", ".join(f"{n} {s:.2f}" for n, s in cli["warm_slowest_imports"]) + ".",
            "Cold run in-process split (s): "
            + ", ".join(f"{k} {round(v, 3)}" for k, v in cli["cold_stages_s"].items()) + ".",
            "Warm run in-process split (s): "
            + ", ".join(f"{k} {v if isinstance(v, bool) else round(v, 3)}"
                        for k, v in cli["warm_stages_s"].items()) + ".",
            "",
        ]
    lines += targets(results, cli, imp)
    return "\n".join(lines)


def targets(results: list[dict[str, Any]], cli: dict[str, Any] | None,
            imp: dict[str, float] | None) -> list[str]:
    """The target table with measured values and pass/fail."""
    rows: list[tuple[str, str, str, bool | None]] = []
    if cli and imp:
        rows.append(("warm rerun of `seeds/`", "≤ 1 s", f"{cli['warm_s']:.2f} s",
                     cli["warm_s"] <= 1.0))
        limit = imp["import_wall_s"] + 1.5
        rows.append(("cold run", "≤ import time + 1.5 s",
                     f"{cli['cold_s']:.2f} s (limit {limit:.2f} s)", cli["cold_s"] <= limit))
    big = max(results, key=lambda r: r["articles"]) if results else None
    if big:
        share = big["outside_embedding_s"] / big["times_s"]["embedding"]
        rows.append((f"at {big['articles']:,} articles, time outside embedding",
                     "≤ 25% of embedding time",
                     f"{100 * share:.0f}% ({big['outside_embedding_s']:.1f} s vs "
                     f"{big['times_s']['embedding']:.1f} s)", share <= 0.25))
    if len(results) >= 2:
        lo, hi = results[0]["articles"], results[-1]["articles"]
        g = growth(results, lambda r: r["total_s"])
        g_out = growth(results, lambda r: r["outside_embedding_s"])
        rows.append((f"growth exponent, {lo} → {hi:,} articles", "≤ 1.15",
                     f"{g:.2f} total ({g_out:.2f} outside embedding)", g <= 1.15))
    if results:
        peak = max(r["peak_rss_mib"] for r in results)
        rows.append(("peak memory", "≤ 2 GiB", f"{peak:.0f} MiB", peak <= 2048))
    out = ["| measure | target | measured | result |", "|---|---|---|---|"]
    for name, target, measured, ok in rows:
        out.append(f"| {name} | {target} | {measured} | {'pass' if ok else 'FAIL'} |")
    return out + [""]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Stage-by-stage timings of verify.")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated article counts (default 200,500,2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--embed-sample", type=int, default=None, metavar="K",
                        help="embed only K texts per size and extrapolate linearly")
    parser.add_argument("--seeds-dir", type=Path, default=ROOT / "seeds")
    parser.add_argument("--no-cli", action="store_true", help="skip the import and CLI runs")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size
    args = parser.parse_args(argv)

    if args.one is not None:
        print(json.dumps(measure_size(args.one, args.seed, args.embed_sample)))
        return

    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    results = []
    for n in sizes:
        print(f"measuring {n} articles ...", file=sys.stderr, flush=True)
        results.append(_run_size(n, args.seed, args.embed_sample))
        r = results[-1]
        print(f"  {n}: {r['claims']} claims, outside {r['outside_embedding_s']:.1f} s, "
              f"embedding {r['times_s']['embedding']:.1f} s", file=sys.stderr, flush=True)
    cli = imp = None
    if not args.no_cli:
        print("measuring import and CLI runs ...", file=sys.stderr, flush=True)
        imp = measure_import()
        cli = measure_cli(args.seeds_dir)
    if args.json:
        args.json.write_text(json.dumps({"sizes": results, "cli": cli, "import": imp},
                                        indent=2), encoding="utf-8")
    command = "python benchmarks/run_benchmark.py " + " ".join(sys.argv[1:] if argv is None
                                                                 else argv)
    print(f"<!-- {command.strip()} -->")
    print(render_tables(results, cli, imp))


if __name__ == "__main__":
    main()
