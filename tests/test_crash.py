"""Crash safety of the index: kill an update at every step of publishing a new generation, and the
next command still answers from a complete index (the old one or the new one) and re-embeds only
what changed; readers racing a writer never see a missing or mixed index."""
import json
import os
import subprocess
import sys
import threading

import pytest

from kg_rag.index import layout
from kg_rag.index.embed import HashEmbedder
from kg_rag.index.ingest import ingest, open_current
from kg_rag.pipeline import KgRag

STEPS = ["before-segment", "before-manifest", "before-pointer", "after-pointer"]
DOC = "004_57220ce583489b87.txt"


def kg(*args, fault=None, cwd=None):
    env = dict(os.environ, KG_RAG_EMBED_MODEL="hash", KG_RAG_QUIET="1")
    env.pop("KG_RAG_FAULT", None)
    if fault:
        env["KG_RAG_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "kg_rag", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


@pytest.mark.parametrize("step", STEPS)
def test_killed_update_leaves_a_complete_index(corpus_copy, tmp_path, step):
    idx = tmp_path / "index"
    assert kg("ingest", "--corpus", corpus_copy, "--index", idx).returncode == 0
    before = layout.read_pointer(idx)
    p = corpus_copy / DOC
    p.write_text(p.read_text(encoding="utf-8").replace("Ban Tuyên giáo Huyện ủy hướng dẫn",
                                                       "Ban Tuyên giáo Huyện ủy chỉ đạo", 1), encoding="utf-8")
    killed = kg("ingest", "--corpus", corpus_copy, "--index", idx, fault=step)
    assert killed.returncode == 75, killed.stderr                       # it really died at that step
    gen = layout.read_pointer(idx)
    assert gen == (before if step != "after-pointer" else gen) and open_current(idx).n_live > 100
    r = kg("ask", "Ai ký hướng dẫn tuyên truyền Kết luận 69?", "--json", "--corpus", corpus_copy, "--index", idx)
    assert r.returncode == 0 and json.loads(r.stdout)["grounded"], r.stderr
    rep = ingest(corpus_copy, idx, HashEmbedder(), progress=False)      # nothing unchanged is embedded again
    assert rep.embedded <= 2 and open_current(idx).n_live == rep.chunks
    assert not [p for p in idx.iterdir() if p.name.startswith(".tmp-")]  # leftovers of the killed run are gone


def test_first_layout_leftovers_are_cleaned_and_replaced(corpus_copy, tmp_path):
    idx = tmp_path / "index"
    idx.mkdir()
    (idx / "manifest.json").write_text(json.dumps({"format": "kg-rag-index", "version": 1}), encoding="utf-8")
    (idx / "chunks.jsonl").write_text("{}\n", encoding="utf-8")
    stranded = tmp_path / ".index.old-123-456"
    stranded.mkdir()
    (tmp_path / ".index.tmp-1-2").mkdir()
    rep = ingest(corpus_copy, idx, HashEmbedder(), progress=False)
    assert rep.chunks > 100 and layout.read_pointer(idx)
    assert not (idx / "chunks.jsonl").exists() and not stranded.exists() and not (tmp_path / ".index.tmp-1-2").exists()


def test_readers_never_see_a_missing_or_mixed_index(corpus_copy, tmp_path):
    idx = tmp_path / "index"
    rag = KgRag.open(corpus=corpus_copy, index=idx, embedder=HashEmbedder(), progress=False)
    stop, errors, seen = threading.Event(), [], set()

    def read():
        reader = KgRag(corpus=corpus_copy, index=idx, embedder=HashEmbedder(), progress=False)
        while not stop.is_set():
            try:
                reader._load()
                snap = reader.snapshot()
                seen.add(snap.view.generation)
                assert snap.view.n_live == snap.view.manifest["stats"]["rows"] > 100
                assert all(snap.documents[s].source == s for s in list(snap.documents)[:2])
            except Exception as e:  # noqa: BLE001 — any failure is the finding
                errors.append(repr(e))
                return
    threads = [threading.Thread(target=read, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    p = corpus_copy / DOC
    text = p.read_text(encoding="utf-8")
    try:
        for i in range(6):                               # six publications, each cleaning up the older ones
            p.write_text(text + f"\nGhi chú bổ sung lần {i}.\n", encoding="utf-8")
            rag.refresh()
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
    assert not errors, errors[:3]
    assert len(seen) >= 2


def test_unwritable_index_answers_from_the_old_one_with_a_warning(corpus_copy, tmp_path, monkeypatch, caplog):
    """A read-only index folder (or a full disk) after the corpus changed: ingest fails with an
    OSError (simulated: CI runs as root, which file permissions do not stop)."""
    idx = tmp_path / "index"
    KgRag.open(corpus=corpus_copy, index=idx, embedder=HashEmbedder(), progress=False)
    (corpus_copy / "moi.txt").write_text("KẾ HOẠCH\nvề chữ ký số\n\nI. NỘI DUNG\n\n1. Phòng Nội vụ triển khai chữ ký số.\n",
                                         encoding="utf-8")
    import kg_rag.pipeline as pipeline

    def read_only(*a, **k):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(pipeline, "ingest", read_only)
    rag = KgRag.open(corpus=corpus_copy, index=idx, embedder=HashEmbedder(), progress=False)
    assert "moi.txt" not in rag.documents and rag.ask("Kết luận 69 về vấn đề gì?").grounded
    assert "cannot update the index" in caplog.text
