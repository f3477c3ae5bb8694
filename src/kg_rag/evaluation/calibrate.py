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
import re
import sys
from pathlib import Path

import numpy as np

from ..answer.followup import rewrite
from ..answer.signals import SOFT, Signals, answerable, signals
from ..text.normalize import fold
from .dataset import combined_corpus, half

FEATURES = list(SOFT)
ALL = list(Signals.__dataclass_fields__)


def rows(snap, items: list[dict]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    X, y, split = [], [], []
    for it in items:
        q = rewrite(it["question"], it.get("history"))
        query = snap.read_query(q)
        scope = snap.view.sources_naming(query.refs) if query.refs else None     # as answer/grounded.py does
        hits = snap.search(query, k=8, sources=scope or None)
        s = signals(snap, query, hits) if hits else Signals(0.0, 1.0, 0.0, 1.0, len(query.unresolved), 0.0)
        X.append([float(v) for v in s.to_dict().values()])
        y.append(1.0 if it.get("answerable", True) else 0.0)
        split.append(half(it["id"]))
    return np.array(X), np.array(y), split


_SWAPS = [  # (what the question names, a stand-in the corpus must not contain)
    (re.compile(r"\b(huyện|tỉnh|xã|thành phố|thị xã)\s+((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s?){1,2})"), ["Đông Hưng", "Ngọc Lâm", "Bắc Hà Mỹ"]),
    (re.compile(r"\b(20[12]\d)\b"), ["2017", "2031"]),
    (re.compile(r"\b(Kế hoạch|Công văn|Quyết định|Thông báo|Hướng dẫn|Báo cáo|KH|CV|QĐ|TB|HD|BC)\s+(?:số\s+)?(\d{1,4})\b"),
     ["947", "3061"]),
]


def perturbed(items: list[dict], corpus_folded: str) -> list[dict]:
    """Near-miss questions made from answerable ones by naming a place, a year or a document
    number the corpus does not have — unanswerable by construction."""
    out = []
    for it in items:
        if not it.get("answerable", True) or it.get("history"):
            continue
        q = it["question"]
        for rx, stand_ins in _SWAPS:
            m = rx.search(q)
            if not m:
                continue
            new = next((s for s in stand_ins if fold(s) not in corpus_folded), None)
            if new is None:
                continue
            span = m.span(m.lastindex)
            out.append({"id": f"{it['id']}~{len(out)}", "question": q[:span[0]] + new + q[span[1]:],
                        "answerable": False, "evidence": [], "keywords": []})
            break
    return out


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


def rates(X: np.ndarray, y: np.ndarray, weights: dict | None) -> dict:
    """The whole rule (hard parts and the soft part with `weights`, or the thresholds if None)."""
    from ..answer.grounded import MAX_UNKNOWN, MIN_QUESTION_COVERAGE
    w = weights or {"bias": 0.0, **{f: 0.0 for f in FEATURES}}
    ok = np.array([answerable(Signals(**dict(zip(ALL, row))), MIN_QUESTION_COVERAGE, MAX_UNKNOWN, w) for row in X])
    ans, una = y == 1, y == 0
    return {"n": int(len(y)), "false_refusal_rate": round(float((~ok & ans).sum() / max(ans.sum(), 1)), 3),
            "refusal_accuracy": round(float((~ok & una).sum() / max(una.sum(), 1)), 3)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datasets", nargs="+", type=Path, help="sets split into tune and held-out halves")
    ap.add_argument("--also", action="append", type=Path, default=[],
                    help="a set used whole for tuning (e.g. eval/dev.jsonl; it is not the held-out half)")
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--index", type=Path, default=None)
    ap.add_argument("--with-corpus", action="append", type=Path, default=[])
    ap.add_argument("--perturb", action="store_true", help="add near-miss negatives made from tune questions")
    args = ap.parse_args(argv)
    from ..pipeline import KgRag
    if args.with_corpus:
        import tempfile
        work = Path(tempfile.gettempdir()) / "kg-rag-calibrate"
        args.corpus = combined_corpus([args.corpus, *args.with_corpus], work)
        args.index = args.index or work / "index"
    from .dataset import load_dataset
    snap = KgRag.open(corpus=args.corpus, index=args.index, progress=False).snapshot()
    items = [it for d in args.datasets for it in load_dataset(d)]
    extra = [it for d in args.also for it in load_dataset(d)]
    if args.perturb:        # near-misses of the tune questions only: the held-out half stays unseen
        folded = " ".join(fold(snap.documents[s].text) for s in snap.documents)
        extra += perturbed([it for it in items if half(it["id"]) == "tune"] + extra, folded)
    X, y, split = rows(snap, items + extra)
    tune = np.array([s == "tune" for s in split[:len(items)]] + [True] * len(extra))
    # the soft part decides only what the hard rules let through: fit it on those rows
    soft = tune & (X[:, ALL.index("unresolved")] == 0) & (X[:, ALL.index("missing")] == 0)
    weights = fit(X[soft][:, [ALL.index(f) for f in FEATURES]], y[soft])
    report = {"weights": weights,
              "thresholds": {"tune": rates(X[tune], y[tune], None), "heldout": rates(X[~tune], y[~tune], None)},
              "fitted": {"tune": rates(X[tune], y[tune], weights), "heldout": rates(X[~tune], y[~tune], weights)}}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
