"""The Milvus search backend (search/milvus.py, search/milvus_store.py).

Fast tests need no Milvus: filter expressions, term tokens, names, id <-> row mapping, and the
ranker and the sync against a small in-memory stand-in for the client. Slow tests run milvus-lite
for real: the dev-set evaluation through `kg-rag eval --gates` on both backends, the overlap of
Milvus's rankings with the local ones, and the collection mirroring the index as documents come
and go."""
from __future__ import annotations

import json
import re
import shutil
import time

import numpy as np
import pytest

from conftest import CORPUS, DEV, ROOT, load_jsonl
from kg_rag.errors import BadInput, KgRagError
from kg_rag.search import milvus_store
from kg_rag.search.milvus import MilvusRanker, filter_expr, rows_of_ids
from kg_rag.search.milvus_store import collection_name, live_ids, milvus_token, stored_ids, sync_milvus, year_of
from kg_rag.search.rankers import LocalRanker


# -- filters, tokens, names ---------------------------------------------------------------------------
def test_filter_expressions():
    assert filter_expr() == ""
    assert filter_expr({"b.txt", "a.txt"}) == 'source in ["a.txt", "b.txt"]'
    assert filter_expr(set()) == "source in []"
    assert filter_expr(['x"y\\z\n.txt']) == r'source in ["x\"y\\z\n.txt"]'
    assert filter_expr(doc_types=["Kế hoạch", "Hướng dẫn"]) == 'doc_type in ["Hướng dẫn", "Kế hoạch"]'
    assert filter_expr(years=2024) == "year >= 2024 and year <= 2024"
    assert filter_expr(years=(2020, None)) == "year >= 2020"
    assert filter_expr(["a.txt"], ["Kế hoạch"], (None, 2025)) == \
        'source in ["a.txt"] and doc_type in ["Kế hoạch"] and year <= 2025'
    for bad in ("2024", (2020, "2025"), (True, None)):
        with pytest.raises(BadInput):
            filter_expr(years=bad)


def test_tokens_survive_any_tokenizer_and_stay_distinct():
    terms = ["văn_hóa", "vănqxhóa", "~kinh", "kinh", "qfkinh", "dir:kl69", "kl69", "q", "qq", "2021-2025",
             "kh&cn", "Đảng", "đảng", "nghị_quyết", "~nghi", "x²"]
    tokens = [milvus_token(t) for t in terms]
    assert len(set(tokens)) == len(terms), tokens
    for tok in tokens:
        # whitespace, standard (\w+, or alphanumeric runs) and lower-casing all leave it whole
        assert tok and tok.isalnum() and tok.lower() == tok and re.fullmatch(r"[^\W_]+", tok), tok
    assert milvus_token("văn_hóa") == "vănqxhóa" and milvus_token("~kinh") == "qfkinh"
    assert milvus_token("dir:kl69") == "qdkl69"


def test_year_of_a_document_date():
    assert year_of("05/01/2023") == 2023 and year_of("../01/2024") == 2024
    assert year_of("") == 0 and year_of("ngày 11 tháng 01") == 0 and year_of("số 12345") == 0


def test_collection_name_follows_index_and_model(hash_rag, monkeypatch):
    monkeypatch.delenv("KG_RAG_MILVUS_COLLECTION", raising=False)
    view = hash_rag.snapshot().view
    name = collection_name(view)
    assert re.fullmatch(r"kg_rag_[0-9a-f]{10}_[0-9a-f]{8}", name) and collection_name(view) == name
    assert collection_name(view, "kg_prod").startswith("kg_prod_")
    monkeypatch.setitem(view.manifest, "model", "another/model")
    assert collection_name(view) != name and collection_name(view).rsplit("_", 1)[0] == name.rsplit("_", 1)[0]
    with pytest.raises(BadInput):
        collection_name(view, "1 bad-name")


# -- ids and rows -----------------------------------------------------------------------------------------
def test_ids_map_to_live_rows(hash_rag):
    view = hash_rag.snapshot().view
    ids = {view.record(r)["id"]: r for r in range(view.n_rows) if view.live[r]}
    assert rows_of_ids(view, list(ids) + ["0000000000000000"]) == ids
    assert live_ids(view) == ids
    assert sum(len(s.rows_of_ids()) for s in view.segments) == view.n_rows


def test_an_updated_document_maps_its_ids_to_the_new_rows(corpus_copy, tmp_path):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    rag = KgRag.open(corpus=corpus_copy, index=tmp_path / "index", embedder=HashEmbedder(), progress=False)
    name = sorted(p.name for p in corpus_copy.glob("*.txt"))[0]
    path = corpus_copy / name
    path.write_text(path.read_text(encoding="utf-8") + "\n\nMột đoạn mới thêm vào cuối văn bản.\n", encoding="utf-8")
    rag.refresh()
    view = rag.snapshot().view
    assert len(view.segments) == 2 and not view.live.all()
    old_rows = [r for r in range(view.bases[1]) if not view.live[r]]
    kept = [view.record(r)["id"] for r in old_rows]            # the same passages live on in segment 2
    got = rows_of_ids(view, kept)
    assert got and all(view.live[r] and r >= view.bases[1] for r in got.values())
    assert set(live_ids(view)) == {view.record(r)["id"] for r in np.flatnonzero(view.live)}


# -- the ranker and the sync against a stand-in client --------------------------------------------------
class FakeClient:
    """What the backend asks of pymilvus' MilvusClient, over a dict (search returns what it is told)."""

    def __init__(self, results=None):
        self.rows: dict[str, dict] = {}
        self.results, self.searches, self.calls = results or [], [], []

    def list_collections(self):
        return ["kg_rag_x_00000000"]

    def has_collection(self, name):
        return True

    def get_load_state(self, name):
        return {"state": "<LoadState: Loaded>"}

    def query(self, name, filter, output_fields, limit):
        prefix = re.fullmatch(r'id like "([0-9a-f]*)%"', filter).group(1)
        self.calls.append(prefix)
        got = [{k: r[k] for k in output_fields} for i, r in sorted(self.rows.items()) if i.startswith(prefix)]
        return got[:limit]

    def upsert(self, name, rows):
        self.rows.update({r["id"]: r for r in rows})

    def delete(self, name, ids):
        for i in ids:
            self.rows.pop(i, None)

    def flush(self, name):
        self.flushed = getattr(self, "flushed", 0) + 1

    def search(self, name, data, anns_field, limit, filter, search_params, output_fields):
        self.searches.append({"field": anns_field, "filter": filter, "metric": search_params["metric_type"],
                              "data": data, "limit": limit})
        return [self.results]


def test_sync_mirrors_the_view_idempotently(hash_rag):
    view = hash_rag.snapshot().view
    client = FakeClient()
    client.rows["ffffffffffffffff"] = {"id": "ffffffffffffffff", "doc_key": "old"}     # a passage since removed
    first = sync_milvus(view, client, "kg_rag_x_00000000", batch=7, page=4)
    assert (first.upserted, first.deleted, first.live) == (view.n_live, 1, view.n_live)
    assert set(client.rows) == set(live_ids(view))
    row = client.rows[view.record(0)["id"]]
    assert row["source"] == view.record(0)["source"] and row["year"] == year_of(view.metas()[row["source"]]["date"])
    assert len(row["dense"]) == view.manifest["dim"] and row["text"].split()[0] == milvus_token(view.record(0)["terms"][0])
    assert client.flushed == 1                 # sealed once after the changes: fresh collections rank as old ones
    client.calls.clear()
    again = sync_milvus(view, client, "kg_rag_x_00000000", batch=7, page=4)
    assert (again.upserted, again.deleted) == (0, 0) and client.flushed == 1
    assert len(client.calls) > 16            # pages of 4: the listing split by id prefix
    client.rows[view.record(1)["id"]]["doc_key"] = "an older version of the file"
    assert sync_milvus(view, client, "kg_rag_x_00000000").upserted == 1
    assert stored_ids(client, "kg_rag_x_00000000", page=3) == {i: r["doc_key"] for i, r in client.rows.items()}


def test_ranker_filters_in_milvus_and_maps_hits_to_rows(hash_rag):
    view = hash_rag.snapshot().view
    a, b = view.sources()[:2]
    ra, rb = view.rows_of(a), view.rows_of(b)
    hits = [{"id": view.record(ra[0])["id"], "distance": -3.5}, {"id": "not-in-this-index", "distance": -3.0},
            {"id": view.record(rb[0])["id"], "distance": -2.5}, {"id": view.record(ra[1])["id"], "distance": -1.0}]
    client = FakeClient(hits)
    ranker = MilvusRanker(view, client, collection="kg_test", sync=False)
    allowed = np.zeros(view.n_rows, dtype=bool)
    allowed[ra.start:ra.stop] = True
    lex = ranker.lexical(["văn_hóa", "~van", "dir:kl69"], 10, allowed)
    assert lex == {ra[0]: 3.5, ra[1]: 1.0}            # b's row and the unknown id are not returned
    s = client.searches[-1]
    assert s["field"] == "sparse" and s["metric"] == "BM25" and s["filter"] == f'source in ["{a}"]'
    assert s["data"] == ["vănqxhóa qfvan qdkl69"] and s["limit"] == 10
    client.results = [{"id": view.record(rb[0])["id"], "distance": 0.9}]
    assert ranker.dense(np.ones(view.manifest["dim"]), 5, None, doc_types=["Hướng dẫn"], years=2024) == {rb[0]: 0.9}
    assert client.searches[-1]["filter"] == 'doc_type in ["Hướng dẫn"] and year >= 2024 and year <= 2024'
    n = len(client.searches)
    assert ranker.dense(np.ones(3), 5, np.zeros(view.n_rows, dtype=bool)) == {}      # nothing allowed: no call
    assert ranker.lexical([], 5, None) == {} and len(client.searches) == n


def test_missing_pymilvus_says_how_to_install(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "pymilvus", None)
    monkeypatch.setattr(milvus_store, "_clients", {})
    with pytest.raises(KgRagError, match=r"pip install 'kg-rag\[milvus\]'"):
        milvus_store.milvus_client("http://127.0.0.1:19530")


def test_the_environment_chooses_the_backend(hash_rag, monkeypatch):
    from kg_rag import pipeline
    from kg_rag.search import milvus
    view = hash_rag.snapshot().view
    monkeypatch.delenv("KG_RAG_MILVUS_URI", raising=False)
    assert isinstance(pipeline._ranker(view), LocalRanker)
    made = []
    monkeypatch.setattr(milvus, "MilvusRanker", lambda v, uri: made.append((v, uri)) or "milvus")
    monkeypatch.setenv("KG_RAG_MILVUS_URI", "/tmp/x/kg.db")
    assert pipeline._ranker(view) == "milvus" and made == [(view, "/tmp/x/kg.db")]


# -- milvus-lite, for real ---------------------------------------------------------------------------------
FIGURES = ("citation_hit_rate", "evidence_recall", "recall@1", "recall@5", "mrr")


def _eval(index, capsys) -> dict:
    from kg_rag.ui.cli import main
    code = main(["eval", str(DEV), "--index", str(index), "-q", "--json",
                 "--gates", str(ROOT / "eval" / "gates.json")])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.slow
def test_dev_evaluation_passes_the_gates_on_milvus_lite(real_rag, tmp_path, monkeypatch, capsys):
    pytest.importorskip("milvus_lite", reason="pip install 'kg-rag[milvus]'")
    monkeypatch.delenv("KG_RAG_MILVUS_URI", raising=False)
    local = _eval(real_rag.index, capsys)
    calls = {"dense": 0, "lexical": 0}
    for name in calls:
        real = getattr(MilvusRanker, name)

        def counted(self, *a, _real=real, _name=name, **kw):
            calls[_name] += 1
            return _real(self, *a, **kw)
        monkeypatch.setattr(MilvusRanker, name, counted)
    monkeypatch.setenv("KG_RAG_MILVUS_URI", str(tmp_path / "milvus" / "kg.db"))
    remote = _eval(real_rag.index, capsys)
    assert calls["dense"] >= 18 and calls["lexical"] >= 18, calls       # the answers came through Milvus
    assert remote["n"] == 20 and remote["threshold_failures"] == []
    print("\nlocal :", {k: local[k] for k in FIGURES}, "\nmilvus:", {k: remote[k] for k in FIGURES})
    for k in FIGURES:                                   # one question of 18 is 0.056: within noise
        assert abs(local[k] - remote[k]) <= 0.06, (k, local[k], remote[k])


@pytest.mark.slow
def test_milvus_rankings_overlap_the_local_ones(real_rag, tmp_path):
    pytest.importorskip("milvus_lite", reason="pip install 'kg-rag[milvus]'")
    snap = real_rag.snapshot()
    view, local = snap.view, LocalRanker(snap.view)
    t0 = time.perf_counter()
    milvus = MilvusRanker(view, str(tmp_path / "kg.db"))
    assert milvus.sync_report.upserted == view.n_live and time.perf_counter() - t0 < 30
    overlap = {"dense": [], "lexical": []}
    took = {"local": [], "milvus": []}
    for it in load_jsonl(DEV):
        q = snap.read_query(it["question"])
        qv = real_rag.embedder.embed([q.search_text], kind="query")[0]
        for kind, arg in (("dense", qv), ("lexical", q.terms)):
            got = {}
            for who, r in (("local", local), ("milvus", milvus)):
                t = time.perf_counter()
                got[who] = getattr(r, kind)(arg, 10, None)
                took[who].append(time.perf_counter() - t)
            if got["local"]:
                overlap[kind].append(len(set(got["local"]) & set(got["milvus"])) / len(got["local"]))
    mean = {k: float(np.mean(v)) for k, v in overlap.items()}
    ms = {k: round(1000 * float(np.median(v)), 1) for k, v in took.items()}
    print(f"\ntop-10 overlap with the local ranker: {mean}; median ms per ranking: {ms}; "
          f"sync of {view.n_live} passages: {milvus.sync_report.seconds:.2f} s")
    assert len(overlap["dense"]) == 20 and mean["dense"] >= 0.9 and mean["lexical"] >= 0.9, mean


@pytest.mark.slow
def test_collection_mirrors_the_index_as_documents_come_and_go(corpus_copy, tmp_path, monkeypatch):
    pytest.importorskip("milvus_lite", reason="pip install 'kg-rag[milvus]'")
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    monkeypatch.setenv("KG_RAG_MILVUS_URI", str(tmp_path / "kg.db"))
    rag = KgRag.open(corpus=corpus_copy, index=tmp_path / "index", embedder=HashEmbedder(), progress=False)

    def mirrored():
        snap = rag.snapshot()
        ranker = snap.retriever.ranker
        assert isinstance(ranker, MilvusRanker)
        assert set(stored_ids(ranker.client, ranker.collection)) == set(live_ids(snap.view))
        return snap

    before = mirrored().view.n_live
    extra = tmp_path / "extra.txt"
    shutil.copy(sorted(CORPUS.glob("*.txt"))[0], extra)
    extra.write_text(extra.read_text(encoding="utf-8").replace("2024", "2026"), encoding="utf-8")
    up = rag.add_file(extra, name="moi.txt")
    snap = mirrored()
    assert snap.view.n_live > before
    hits = snap.search("công tác khoa giáo năm 2026", k=5, sources={up.name})
    assert hits and all(h.chunk.source == up.name for h in hits)
    rag.remove_file(up.name)
    assert mirrored().view.n_live == before
    assert rag.snapshot().retriever.ranker.sync_report.deleted > 0
