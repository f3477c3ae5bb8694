"""Dense vectors of a segment in FAISS: exact inner product below a size, an IVF index with 8-bit
scalar quantisation above it (4x less memory; recall against exact search is measured by
`kg-rag bench`). The choice is made per segment, by its size, and recorded in segment.json.

Vectors are L2-normalised, so inner product = cosine. Deleted rows and document filters are
applied inside FAISS with an IDSelectorBitmap, so the k results are k live, allowed rows.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np

ANN_FROM = 150_000          # rows in one segment from which an IVF index replaces exact search
NPROBE = 24


def write(path: Path, vectors: np.ndarray) -> str:
    """Build the segment's dense index if it needs a file of its own; return its kind."""
    if len(vectors) < ANN_FROM:
        return "flat"           # built from vectors.npy when opened: a copy, no training
    import faiss
    dim = vectors.shape[1]
    nlist = int(4 * math.sqrt(len(vectors)))
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit,
                                          faiss.METRIC_INNER_PRODUCT)
    sample = vectors[np.random.default_rng(0).choice(len(vectors), min(len(vectors), 50 * nlist), replace=False)]
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    for i in range(0, len(vectors), 50_000):
        index.add(np.ascontiguousarray(vectors[i:i + 50_000], dtype=np.float32))
    faiss.write_index(index, str(Path(path) / "dense.faiss"))
    return "ivf-sq8"


def open_index(path: Path, vectors: np.ndarray, kind: str):
    import faiss
    if kind == "flat":
        index = faiss.IndexFlatIP(vectors.shape[1] if vectors.ndim == 2 else 1)
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return index
    index = faiss.read_index(str(Path(path) / "dense.faiss"))
    index.nprobe = NPROBE
    if index.ntotal != len(vectors):
        raise ValueError(f"dense.faiss holds {index.ntotal} vectors for {len(vectors)} rows")
    return index


def search(index, qvec: np.ndarray, k: int, allowed: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """(scores, rows) of the k best rows; `allowed`: bool mask over the rows, or None for all."""
    import faiss
    if index.ntotal == 0 or k <= 0:
        return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
    k = min(k, index.ntotal)
    q = np.ascontiguousarray(qvec.reshape(1, -1), dtype=np.float32)
    if allowed is None:
        sims, ids = index.search(q, k)
    else:
        bits = np.packbits(allowed.astype(bool), bitorder="little")
        params = faiss.SearchParametersIVF(sel=faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bits)),
                                          nprobe=getattr(index, "nprobe", 1)) \
            if hasattr(index, "nprobe") else faiss.SearchParameters(sel=faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bits)))
        sims, ids = index.search(q, k, params=params)
    keep = ids[0] >= 0
    return sims[0][keep], ids[0][keep]
