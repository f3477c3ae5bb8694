"""Fit the refusal decision (answer/signals.py) on the tune half of an evaluation set and report it
on the held-out half — never the other way round.

    python -m kg_rag.evaluation.calibrate eval/newdocs/questions.jsonl eval/dev.jsonl \\
        --corpus eval/newdocs/combined --index /tmp/idx

For every question: the signals of its retrieved passages and whether it is answerable. A logistic
regression (plain gradient descent with L2, on standardised signals) is fitted on the tune half;
the weights are printed in the form signals.WEIGHTS takes, with the rates each half gets.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from ..answer.followup import rewrite
from ..answer.signals import Signals, signals
from .dataset import half

FEATURES = list(Signals.__dataclass_fields__)


def rows(snap, items: list[dict]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    X, y, split = [], [], []
    for it in items:
        q = rewrite(it["question"], it.get("history"))
        query = snap.read_query(q)
        hits = snap.search(query, k=8)
        s = signals(snap, query, hits) if hits else Signals(0.0, 1.0, 0.0, 1.0, len(query.unresolved))
        X.append([float(v) for v in s.to_dict().values()])
        y.append(1.0 if it.get("answerable", True) else 0.0)
        split.append(half(it["id"]))
    return np.array(X), np.array(y), split


def fit(X: np.ndarray, y: np.ndarray, l2: float = 0.05, steps: int = 4000, lr: float = 0.2) -> dict:
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = (X - mu) / sd
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        w -= lr * (Z.T @ (p - y) / len(y) + l2 * w)
        b -= lr * float(np.mean(p - y))
    # back to the raw scale, as signals.score applies them
    raw = w / sd
    return {"bias": round(float(b - (raw * mu).sum()), 4), **{f: round(float(v), 4) for f, v in zip(FEATURES, raw)}}


def rates(X: np.ndarray, y: np.ndarray, weights: dict) -> dict:
    z = weights["bias"] + X @ np.array([weights[f] for f in FEATURES])
    ok = z >= 0
    ans, una = y == 1, y == 0
    return {"n": int(len(y)), "false_refusal_rate": round(float((~ok & ans).sum() / max(ans.sum(), 1)), 3),
            "refusal_accuracy": round(float((~ok & una).sum() / max(una.sum(), 1)), 3)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datasets", nargs="+", type=Path)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--index", type=Path, default=None)
    args = ap.parse_args(argv)
    from ..pipeline import KgRag
    from .dataset import load_dataset
    snap = KgRag.open(corpus=args.corpus, index=args.index, progress=False).snapshot()
    items = [it for d in args.datasets for it in load_dataset(d)]
    X, y, split = rows(snap, items)
    tune = np.array([s == "tune" for s in split])
    weights = fit(X[tune], y[tune])
    report = {"weights": weights, "tune": rates(X[tune], y[tune], weights),
              "heldout": rates(X[~tune], y[~tune], weights)}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
