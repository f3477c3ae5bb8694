"""`kg-rag eval`: grade cited answers on an evaluation set (docs/contracts.md, "Evaluation report").

    kg-rag eval                               # ask kg_rag every question of eval/dev.jsonl
    kg-rag eval eval/extra.jsonl --json --out report.json
    kg-rag eval --answers other_system.jsonl  # grade answers made elsewhere (Answer JSON lines,
                                              # in dataset order): an LLM, another RAG system …
    kg-rag eval --min-citation-hit-rate 0.9 --max-false-refusal-rate 0.1   # exit 1 on regression
    kg-rag eval --gates eval/gates.json       # the gates CI applies to this dataset

Only the source documents are needed to grade answers made elsewhere; asking kg_rag also
measures retrieval (recall@1/5/10, MRR of `rag.search(question, k=10)`) and latency of `ask`.
Reading sets: dataset.py; metrics: metrics.py and claims.py; the support judge: support.py;
gates: gates.py.
"""
from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

from ..answer import answer_question
from ..answer.followup import rewrite
from ..locations import default_corpus, default_dataset
from ..types import as_in_source
from ..snapshot import Snapshot
from . import metrics
from .dataset import combined_corpus, dataset_problems, half, load_answers, load_dataset, load_documents
from .who_gold import evaluate_who_what, format_who_report, load_gold
from .gates import add_arguments, apply_gates, check_thresholds  # noqa: F401  (add_arguments: the CLI's hook)

SEARCH_K = 10

def ask_all(snap: Snapshot, items: list[dict], quiet: bool = True):
    """Answers, top-k passage texts and ask latencies of kg_rag for every question."""
    answers, retrieved, latencies = [], [], []
    answer_question(snap, items[0]["question"])   # warm-up: lazy model and segmenter loading is not latency
    for i, it in enumerate(items, start=1):
        if not quiet:
            print(f"\rkg-rag: eval: asking {i}/{len(items)}", end="", file=sys.stderr, flush=True)
        history = it.get("history") or None           # a follow-up is asked after its first question
        retrieved.append([h.chunk.text for h in snap.search(rewrite(it["question"], history), k=SEARCH_K)])
        t = time.perf_counter()
        answers.append(answer_question(snap, it["question"], history=history).to_dict())
        latencies.append(time.perf_counter() - t)
    if not quiet:
        print(file=sys.stderr)
    return answers, retrieved, latencies


def evaluate(items: list[dict], answers: list[dict], docs: dict[str, str],
             retrieved: list[list[str]] | None = None, latencies: list[float] | None = None) -> dict:
    rows = [metrics.grade(it, a, docs, retrieved[i] if retrieved else None,
                          latencies[i] if latencies else None) for i, (it, a) in enumerate(zip(items, answers))]
    report = metrics.summarize(rows)
    report["dataset_problems"] = dataset_problems(items, docs)
    report["items"] = rows
    return report


def _severity(row: dict) -> tuple:
    heavy = sum(f.startswith(("refused", "answered", "no evidence", "citation [")) for f in row["failures"])
    return (-heavy, -len(row["failures"]), row.get("citation_precision", 1.0))


def format_report(report: dict, worst: int = 5) -> str:
    lines = [f"{report.get('dataset', 'dataset')}: {report['n']} questions ({report['n_answerable']} answerable, "
             f"{report['n_unanswerable']} unanswerable), answers from {report.get('answers_from', 'kg_rag')}", ""]
    for key in ("citation_hit_rate", "evidence_recall", "citation_precision", "supported_sentence_rate",
                "quote_validity", "quote_verified_rate", "keyword_coverage", "refusal_accuracy",
                "false_refusal_rate", "recall@1", "recall@5", "recall@10", "mrr", "latency_p50_s", "latency_p95_s"):
        if key in report:
            lines.append(f"  {key:<26}{report[key]:>8.3f}")
    qs = report["quote_status"]
    lines.append(f"  citations: {report['n_citations']}  ({qs['verified']} verified, {qs['repaired']} repaired, "
                 f"{qs['unverified']} unverified)")
    lines += ["", f"  {'id':<8}{'kind':<16}{'ground':>7}{'hit':>5}{'ev':>6}{'kw':>6}{'sup':>6}{'prec':>6}"
                  f"{'quotes':>8}{'rank':>6}  failures"]
    for r in report["items"]:
        ev = f"{r['evidence_found']}/{r['evidence_total']}" if r["answerable"] else "-"
        kw = f"{len(r['keywords_found'])}/{len(r['keywords_found']) + len(r['keywords_missing'])}" \
            if r["answerable"] else "-"
        hit = ("yes" if r["citation_hit"] else "NO") if r["answerable"] else "-"
        sup = f"{r['supported_sentence_rate']:.2f}" if "supported_sentence_rate" in r else "-"
        prec = f"{r['citation_precision']:.2f}" if "citation_precision" in r else "-"
        rank = r.get("retrieval_rank") or ("-" if "retrieval_rank" not in r else ">10")
        lines.append(f"  {str(r['id'])[:7]:<8}{str(r['kind'])[:15]:<16}{'yes' if r['grounded'] else 'no':>7}{hit:>5}"
                     f"{ev:>6}{kw:>6}{sup:>6}{prec:>6}{r['n_valid_quotes']:>4}/{r['n_citations']:<3}{rank!s:>6}"
                     f"  {len(r['failures'])}")
    bad = sorted((r for r in report["items"] if r["failures"]), key=_severity)[:worst]
    if bad:
        lines += ["", "Worst questions:"]
        for r in bad:
            lines.append(f"  {r['id']} ({r['kind']}): {r['question'][:90]}")
            lines += [f"      - {f}" for f in r["failures"][:6]]
    for p in report.get("dataset_problems", []):
        lines.append(f"  dataset problem: {p}")
    return "\n".join(lines)


def run_cli(args, open_rag) -> int:
    dataset = args.who_what or args.dataset or default_dataset()
    items = [] if args.who_what else load_dataset(dataset)
    if getattr(args, "split", None):
        items = [it for it in items if half(it["id"]) == args.split]
    apply_gates(args, dataset)
    if getattr(args, "with_corpus", None):
        base = args.corpus or default_corpus()
        work = Path(tempfile.gettempdir()) / "kg-rag-eval" / hashlib.sha256(
            "|".join(str(Path(p).resolve()) for p in [base, *args.with_corpus]).encode()).hexdigest()[:12]
        args.corpus = combined_corpus([base, *args.with_corpus], work)
        args.index = args.index or work / "index"
    if getattr(args, "who_what", None):
        return _who_what(args, open_rag)
    if args.answers:
        answers = load_answers(args.answers, items)
        docs, retrieved, latencies = load_documents(args.corpus or default_corpus()), None, None
        source = str(args.answers)
    else:
        snap = open_rag().snapshot()
        docs = {s: as_in_source(s, d.text) for s, d in snap.documents.items()}      # (as citations quote them)
        answers, retrieved, latencies = ask_all(snap, items, quiet=getattr(args, "quiet", False))
        source = "kg_rag"
    report = {"dataset": str(dataset), "answers_from": source, **evaluate(items, answers, docs, retrieved, latencies)}
    fails = check_thresholds(report, args)
    report["threshold_failures"] = fails
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_report(report, args.worst))
    for f in fails:
        print(f"kg-rag: eval: {f}", file=sys.stderr)
    return 1 if fails else 0


def _who_what(args, open_rag) -> int:
    gold = load_gold(args.who_what)
    if getattr(args, "split", None):
        gold = [g for g in gold if half(g.get("id", g["source"])) == args.split]
    report = {"dataset": str(args.who_what), **evaluate_who_what(gold, open_rag().snapshot().documents)}
    fails = check_thresholds(report, args)
    report["threshold_failures"] = fails
    if args.out:
        Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_who_report(report))
    for f in fails:
        print(f"kg-rag: eval: {f}", file=sys.stderr)
    return 1 if fails else 0
