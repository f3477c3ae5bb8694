"""The index on disk: incremental updates, bad files, corruption, staleness."""

import numpy as np
import pytest

from kg_rag.index.embed import HashEmbedder
from kg_rag.errors import CorruptIndex, DocumentError
from kg_rag.index.ingest import ingest, is_stale
from kg_rag.pipeline import KgRag
from kg_rag.index import layout
from kg_rag.index.ingest import open_current

EMB = HashEmbedder()


def live_records(idx):
    v = open_current(idx)
    return [v.record(r) for r in range(v.n_rows) if v.live[r]]


def test_incremental_update(corpus_copy, tmp_path):
    idx = tmp_path / "index"
    first = ingest(corpus_copy, idx, EMB, progress=False)
    assert len(first.added) == 5 and first.embedded == first.chunks > 100
    assert not is_stale(corpus_copy, idx, EMB.model_id)
    again = ingest(corpus_copy, idx, EMB, progress=False)
    assert again.embedded == 0 and len(again.unchanged) == 5
    # edit one paragraph of one file: only that file's changed passages are embedded
    p = corpus_copy / "001_598d0e0f78c856f0.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("Website ĐUK", "Trang thông tin ĐUK"), encoding="utf-8")
    assert is_stale(corpus_copy, idx, EMB.model_id)
    edit = ingest(corpus_copy, idx, EMB, progress=False)
    assert edit.updated == ["001_598d0e0f78c856f0.txt"] and 1 <= edit.embedded <= 3
    # remove a file: it leaves the index
    (corpus_copy / "003_d3e4a11f6ac37c1f.txt").unlink()
    rem = ingest(corpus_copy, idx, EMB, progress=False)
    assert rem.removed == ["003_d3e4a11f6ac37c1f.txt"]
    assert {r["source"] for r in live_records(idx)} == {p.name for p in corpus_copy.glob("*.txt")}


def test_inserted_line_re_embeds_only_changed_passages(corpus_copy, tmp_path):
    idx = tmp_path / "index"
    ingest(corpus_copy, idx, EMB, progress=False)
    p = corpus_copy / "004_57220ce583489b87.txt"
    text = p.read_text(encoding="utf-8")
    anchor = "II. NỘI DUNG TUYÊN TRUYỀN"
    assert anchor in text
    p.write_text(text.replace(anchor, "Một đoạn mới chen vào giữa văn bản để thử.\n\n" + anchor), encoding="utf-8")
    rep = ingest(corpus_copy, idx, EMB, progress=False)   # every later passage moved, none changed
    assert rep.updated == [p.name] and 1 <= rep.embedded <= 2


def test_manifest_is_versioned(hash_rag):
    gen = layout.read_pointer(hash_rag.index)
    m = hash_rag.manifest
    assert m["format"] == "kg-rag-index" and m["layout"] == 2 and m["generation"] == gen and m["model"] == "hash/v1"
    assert set(m["files"]) == {p.name for p in hash_rag.corpus.glob("*.txt")}
    assert all(len(f["sha256"]) == 64 and f["size"] > 0 and f["mtime_ns"] > 0 for f in m["files"].values())
    view = hash_rag.snapshot().view
    assert m["dim"] == 256 and view.n_live == m["stats"]["rows"] == sum(s.n_rows for s in view.segments)


@pytest.mark.parametrize("name, data, why", [
    ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "binary"),
    ("empty.md", b"", "no readable text"),
    ("latin1.txt", "Ph\xf2ng Kinh t\xe9".encode("latin-1") * 20, "not UTF-8"),
    ("broken.docx", b"not a zip file at all" * 10, "Word"),
    ("scan.pdf", b"%PDF-1.4 garbage", "PDF"),
])
def test_bad_file_is_skipped_and_others_indexed(corpus_copy, tmp_path, name, data, why):
    (corpus_copy / name).write_bytes(data)
    rep = ingest(corpus_copy, tmp_path / "index", EMB, progress=False)
    assert name in rep.skipped and why.lower() in rep.skipped[name].lower()
    assert len(rep.added) == 5
    assert not is_stale(corpus_copy, tmp_path / "index", EMB.model_id)   # a skipped file is remembered


def test_windows_1258_and_utf16_are_read(corpus_copy, tmp_path):
    text = (corpus_copy / "002_50cfeafd4e4b0251.txt").read_text(encoding="utf-8")
    (corpus_copy / "utf16.txt").write_bytes(text.encode("utf-16"))
    rep = ingest(corpus_copy, tmp_path / "index", EMB, progress=False)
    assert "utf16.txt" in rep.added
    view = open_current(tmp_path / "index")
    assert view.document("utf16.txt").text == view.document("002_50cfeafd4e4b0251.txt").text


def _segment(idx):
    (seg,) = (idx / "segments").iterdir()
    return seg


@pytest.mark.parametrize("damage", ["vectors", "records", "manifest", "pointer", "manifest-list", "manifest-null",
                                    "manifest-types"])
def test_corrupt_index_is_detected_and_rebuilt(corpus_copy, tmp_path, damage):
    import json
    idx = tmp_path / "index"
    ingest(corpus_copy, idx, EMB, progress=False)
    gen = idx / layout.read_pointer(idx) / "manifest.json"
    m = json.loads(gen.read_text(encoding="utf-8"))
    if damage == "vectors":
        np.save(_segment(idx) / "vectors.npy", np.zeros((3, 3), dtype=np.float32))
    elif damage == "records":
        (_segment(idx) / "records.sqlite").write_bytes(b"garbage" * 100)
    elif damage == "manifest":
        gen.write_text("{not json", encoding="utf-8")
    elif damage == "pointer":
        (idx / layout.POINTER).write_text("[]", encoding="utf-8")
    elif damage == "manifest-list":
        gen.write_text("[]", encoding="utf-8")
    elif damage == "manifest-null":
        gen.write_text("null", encoding="utf-8")
    else:
        gen.write_text(json.dumps({**m, "files": {"a.txt": {"sha256": 5}}, "segments": "x"}), encoding="utf-8")
    with pytest.raises(CorruptIndex, match="rebuilt|rebuild|damaged|cannot be read|unreadable"):
        open_current(idx)
    rag = KgRag.open(corpus=corpus_copy, index=idx, embedder=EMB, progress=False)   # every command recovers
    assert len(rag.chunks) > 100 and rag.search("Kết luận 69")
    assert ingest(corpus_copy, idx, EMB, progress=False).embedded == 0        # and ingest finds it whole


def test_model_change_rebuilds(corpus_copy, tmp_path):
    idx = tmp_path / "index"
    first = ingest(corpus_copy, idx, EMB, progress=False)
    assert is_stale(corpus_copy, idx, "another/model") and not is_stale(corpus_copy, idx, EMB.model_id)
    other = HashEmbedder(dim=64)
    other.model_id = "hash/other"
    report = ingest(corpus_copy, idx, other, progress=False)
    view = open_current(idx)
    assert report.rebuilt and report.embedded == first.chunks == view.n_live   # every passage again
    assert view.manifest["model"] == "hash/other" and view.segments[0].vectors.shape == (first.chunks, 64)


def test_add_file_refuses_bad_and_keeps_index(corpus_copy, tmp_path):
    rag = KgRag.open(corpus=corpus_copy, index=tmp_path / "index", embedder=EMB, progress=False)
    n = len(rag.chunks)
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\x00\xff" * 100)
    with pytest.raises(DocumentError):
        rag.add_file(bad)
    assert len(rag.chunks) == n and not (corpus_copy / "x.txt").exists()
    good = tmp_path / "moi.txt"
    good.write_text("KẾ HOẠCH\nvề chuyển đổi số\n\nI. NỘI DUNG\n\n1. Phòng Nội vụ triển khai ứng dụng "
                    "trí tuệ nhân tạo trong cải cách hành chính.\n", encoding="utf-8")
    rag.add_file(good)
    assert len(rag.chunks) > n and rag.search("trí tuệ nhân tạo", k=1)[0].chunk.source == "moi.txt"


def test_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        ingest(tmp_path / "nope", tmp_path / "index", EMB, progress=False)


def test_analyzer_change_recomputes_terms_but_keeps_vectors(corpus_copy, tmp_path, monkeypatch):
    from kg_rag.index import lexical
    idx = tmp_path / "index"
    ingest(corpus_copy, idx, EMB, progress=False)
    monkeypatch.setattr(lexical, "ANALYZER_VERSION", "test-next")
    monkeypatch.setattr(lexical, "analyze", lambda text, query=False: ["only-new"])
    assert is_stale(corpus_copy, idx, EMB.model_id)
    rep = ingest(corpus_copy, idx, EMB, progress=False)
    assert rep.embedded == 0 and all(r["terms"] == ["only-new"] for r in live_records(idx))


def test_concurrent_questions_while_a_file_is_added(corpus_copy, tmp_path):
    """Several officers ask while another uploads: nobody gets an error or a broken citation."""
    import threading
    rag = KgRag.open(corpus=corpus_copy, index=tmp_path / "index", embedder=EMB, progress=False)
    errors, answers = [], []
    qs = ["Ai phải làm gì theo Kết luận 69?", "Nghị quyết 45-NQ/TW về vấn đề gì?", "ai ky huong dan tuyen truyen ket luan 69"]

    def ask():
        try:
            for q in qs * 3:
                answers.append(rag.ask(q))
        except Exception as e:   # noqa: BLE001 — the test reports any failure
            errors.append(e)

    new = tmp_path / "them.txt"
    new.write_text("KẾ HOẠCH\nvề chuyển đổi số\n\nI. NỘI DUNG\n\n1. Phòng Nội vụ triển khai chữ ký số.\n", encoding="utf-8")
    threads = [threading.Thread(target=ask) for _ in range(4)] + [threading.Thread(target=rag.add_file, args=(new,))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors and len(answers) == 36
    for a in answers:
        for c in a.citations:
            assert c.quote in c.text and rag.documents[c.source].text[c.start:c.end] == c.text
    assert "them.txt" in rag.documents
