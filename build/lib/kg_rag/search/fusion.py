"""Rank fusion, pure functions.

Reciprocal Rank Fusion (Cormack, Clarke & Büttcher, SIGIR 2009): score(d) = Σ w_r / (k + rank_r(d)).
k = 60 is the paper's constant: it damps the head of each list so that one retriever's first
place does not outweigh agreement lower down. Ranks start at 1.
"""
from __future__ import annotations

from typing import Hashable, Sequence


def rrf(rankings: Sequence[Sequence[Hashable]], k: int = 60, weights: Sequence[float] | None = None
        ) -> dict[Hashable, float]:
    weights = weights or [1.0] * len(rankings)
    out: dict[Hashable, float] = {}
    for ranking, w in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            out[item] = out.get(item, 0.0) + w / (k + rank)
    return out


def top(scores: dict[Hashable, float], n: int) -> list[tuple[Hashable, float]]:
    """Highest first; ties broken by the item itself so results are deterministic."""
    return sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]


def ranking(scores: Sequence[float], n: int | None = None) -> list[int]:
    """Indices of `scores`, best first (stable for ties)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return order[:n] if n else order
