"""`kg-rag eval`: grade cited answers on an evaluation set (DESIGN.md, "Evaluation report").

    kg-rag eval                               # ask kg_rag every question of eval/dev.jsonl
    kg-rag eval eval/extra.jsonl --json --out report.json
    kg-rag eval --answers other_system.jsonl  # grade answers made elsewhere (Answer JSON lines,
                                              # in dataset order): an LLM, another RAG system …
    kg-rag eval --min-citation-hit-rate 0.9 --max-false-refusal-rate 0.1   # exit 1 on regression

Only the source documents are needed to grade answers made elsewhere; asking kg_rag also
measures retrieval (recall@1/5/10, MRR of `rag.search(question, k=10)`) and latency of `ask`.
The metrics themselves are in metrics.py, the support judge in support.py.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from ..answer import answer_question
from ..snapshot import Snapshot
from . import metrics
from ..errors import BadInput, DocumentError
from ..text.normalize import normalize_document

# (report key, "min" or "max"): each becomes a flag --min-citation-hit-rate, --max-false-refusal-rate …
THRESHOLDS = [("citation_hit_rate", "min"), ("evidence_recall", "min"), ("citation_precision", "min"),
              ("quote_validity", "min"), ("supported_sentence_rate", "min"), ("keyword_coverage", "min"),
              ("refusal_accuracy", "min"), ("false_refusal_rate", "max"), ("recall@1", "min"),
              ("recall@5", "min"), ("recall@10", "min"), ("mrr", "min"), ("latency_p95_s", "max")]
SEARCH_K = 10


def _flag(key: str, kind: str) -> tuple[str, str]:
    name = key.replace("@", "_at_").rstrip("_")
    return f"--{kind}-{name.replace('_', '-')}", f"{kind}_{name}"


def add_arguments(p) -> None:
    g = p.add_argument_group("quality thresholds (exit code 1 when one is not met)")
    for key, kind in THRESHOLDS:
        flag, dest = _flag(key, kind)
        g.add_argument(flag, dest=dest, type=float, default=None, metavar="X",
                       help=f"fail if {key} is {'below' if kind == 'min' else 'above'} X")
    p.add_argument("--worst", type=int, default=5, help="how many worst questions to list (default 5)")


# ---- input ---------------------------------------------------------------------------------------

def default_dataset() -> Path:
    from ..pipeline import PROJECT_ROOT
    here = Path("eval") / "dev.jsonl"
    return here if here.is_file() else PROJECT_ROOT / "eval" / "dev.jsonl"


def read_jsonl(path: Path, what: str) -> list:
    if not Path(path).is_file():
        raise BadInput(f"{path}: no such {what} file")
    out = []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadInput(f"{path}, line {i}: invalid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise BadInput(f"{path}, line {i}: expected a JSON object, got {type(obj).__name__}")
        out.append((i, obj))
    return out


def load_dataset(path: Path) -> list[dict]:
    items = []
    for i, it in read_jsonl(path, "dataset"):
        if not isinstance(it.get("question"), str) or not it["question"].strip():
            raise BadInput(f"{path}, line {i}: an item needs a non-empty \"question\"")
        if not isinstance(it.get("evidence", []), list) or not isinstance(it.get("keywords", []), list):
            raise BadInput(f"{path}, line {i}: \"evidence\" and \"keywords\" must be lists")
        if any(not isinstance(e, dict) or not isinstance(e.get("quote"), str) for e in it.get("evidence", [])):
            raise BadInput(f"{path}, line {i}: each evidence item needs a \"quote\" string")
        it.setdefault("id", f"line{i}")
        it.setdefault("answerable", True)
        items.append(it)
    if not items:
        raise BadInput(f"{path}: the dataset is empty")
    return items


def load_answers(path: Path, items: list[dict]) -> list[dict]:
    rows = read_jsonl(path, "answers")
    if len(rows) != len(items):
        raise BadInput(f"{path}: {len(rows)} answers for {len(items)} dataset questions "
                       "(one Answer JSON object per line, in dataset order)")
    for (i, a), it in zip(rows, items):
        if not isinstance(a.get("answer", ""), str) or not isinstance(a.get("citations", []), list):
            raise BadInput(f"{path}, line {i}: \"answer\" must be text and \"citations\" a list")
        q = a.get("question")
        if isinstance(q, str) and metrics.norm(q) != metrics.norm(it["question"]):
            raise BadInput(f"{path}, line {i}: answers a different question than dataset item "
                           f"{it['id']} (answers must be in dataset order)")
    return [a for _, a in rows]


def load_documents(corpus: Path) -> dict[str, str]:
    """source -> normalised text of every readable document in the corpus folder."""
    from ..documents.readers import SUFFIXES, read_document
    docs = {}
    for p in sorted(Path(corpus).iterdir()) if Path(corpus).is_dir() else []:
        if p.suffix.lower() in SUFFIXES and not p.name.startswith("."):
            try:
                docs[p.name] = normalize_document(read_document(p))
            except DocumentError as e:
                print(f"kg-rag: eval: skipping {e}", file=sys.stderr)
    if not docs:
        raise BadInput(f"{corpus}: no readable documents to check citations against")
    return docs


def dataset_problems(items: list[dict], docs: dict[str, str]) -> list[str]:
    """Evidence that cannot be matched: unknown source, or a quote that is not in its document."""
    out = []
    for it in items:
        if it.get("answerable") and not it.get("evidence"):
            out.append(f"{it['id']}: answerable but has no evidence")
        for e in it.get("evidence") or []:
            d = docs.get(e.get("source"))
            if d is None:
                out.append(f"{it['id']}: evidence source {e.get('source')!r} is not in the corpus")
            elif metrics.norm(e["quote"]) not in metrics.norm(d):
                out.append(f"{it['id']}: evidence quote not in {e['source']}: {e['quote'][:60]}")
    return out


# ---- running and reporting -----------------------------------------------------------------------

def ask_all(snap: Snapshot, items: list[dict], quiet: bool = True):
    """Answers, top-k passage texts and ask latencies of kg_rag for every question."""
    answers, retrieved, latencies = [], [], []
    answer_question(snap, items[0]["question"])   # warm-up: lazy model and segmenter loading is not latency
    for i, it in enumerate(items, start=1):
        if not quiet:
            print(f"\rkg-rag: eval: asking {i}/{len(items)}", end="", file=sys.stderr, flush=True)
        retrieved.append([h.chunk.text for h in snap.search(it["question"], k=SEARCH_K)])
        t = time.perf_counter()
        answers.append(answer_question(snap, it["question"]).to_dict())
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


def check_thresholds(report: dict, args) -> list[str]:
    fails = []
    for key, kind in THRESHOLDS:
        flag, dest = _flag(key, kind)
        limit = getattr(args, dest, None)
        if limit is None:
            continue
        if key not in report:
            print(f"kg-rag: eval: {flag}: {key} is not measured here (only when kg-rag answers)", file=sys.stderr)
            continue
        value = report[key]
        if (kind == "min" and value < limit) or (kind == "max" and value > limit):
            fails.append(f"{key} = {value:.3f} is {'below' if kind == 'min' else 'above'} {flag} {limit}")
    return fails


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
    dataset = args.dataset or default_dataset()
    items = load_dataset(dataset)
    for key, kind in THRESHOLDS:
        v = getattr(args, _flag(key, kind)[1], None)
        if v is not None and not (0 <= v <= 1 or key.startswith("latency")):
            raise BadInput(f"{_flag(key, kind)[0]} {v}: a rate threshold must be between 0 and 1")
    if args.answers:
        answers = load_answers(args.answers, items)
        from ..pipeline import default_corpus
        docs, retrieved, latencies = load_documents(args.corpus or default_corpus()), None, None
        source = str(args.answers)
    else:
        snap = open_rag().snapshot()
        docs = {s: d.text for s, d in snap.documents.items()}
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
