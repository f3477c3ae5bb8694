"""An upload never overwrites a document silently; removing one keeps it (issue: silent replacement)."""
import json

import pytest

from kg_rag.errors import BadInput
from kg_rag.index.embed import HashEmbedder
from kg_rag.pipeline import KgRag

DOC = ("KẾ HOẠCH\nvề chuyển đổi số năm 2025\n\nI. NỘI DUNG\n\n1. Phòng Nội vụ triển khai ứng dụng "
       "trí tuệ nhân tạo trong cải cách hành chính.\n")
OTHER = DOC.replace("trí tuệ nhân tạo", "chữ ký số")


@pytest.fixture
def rag(corpus_copy, tmp_path):
    return KgRag.open(corpus=corpus_copy, index=tmp_path / "index", embedder=HashEmbedder(), progress=False)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def journal(corpus):
    return [json.loads(l) for l in (corpus / ".versions" / "journal.jsonl").read_text(encoding="utf-8").splitlines()]


def test_same_name_other_content_is_kept_apart_and_same_content_is_reported(rag, corpus_copy, tmp_path):
    first = rag.add_file(write(tmp_path / "kh.txt", DOC))
    assert first.status == "added" and first.report is not None
    (tmp_path / "up").mkdir()
    second = rag.add_file(write(tmp_path / "up" / "kh.txt", OTHER))
    assert second.status == "renamed" and second.name == "kh (2).txt"
    assert (corpus_copy / "kh.txt").read_text(encoding="utf-8") == DOC            # the original is untouched
    again = rag.add_file(write(tmp_path / "copy.txt", DOC))
    assert again.status == "exists" and again.previous == "kh.txt" and not (corpus_copy / "copy.txt").exists()
    cited = {c.source for c in rag.ask("Phòng Nội vụ ứng dụng chữ ký số hay trí tuệ nhân tạo?").citations}
    assert {"kh.txt", "kh (2).txt"} & cited
    assert [e["event"] for e in journal(corpus_copy)] == ["added", "renamed"]


def test_replace_keeps_the_old_version_and_logs_it(rag, corpus_copy, tmp_path):
    rag.add_file(write(tmp_path / "kh.txt", DOC))
    (tmp_path / "new").mkdir()
    up = rag.add_file(write(tmp_path / "new" / "kh.txt", OTHER), replace=True)
    assert up.status == "replaced" and (corpus_copy / "kh.txt").read_text(encoding="utf-8") == OTHER
    kept = [p for p in (corpus_copy / ".versions").iterdir() if p.name.endswith("kh.txt")]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == DOC and str(kept[0]) == up.previous
    assert journal(corpus_copy)[-1]["event"] == "replaced"
    assert "kh.txt" in rag.documents and "chữ ký số" in rag.documents["kh.txt"].text


def test_remove_keeps_the_file_and_updates_the_index(rag, corpus_copy):
    name = "003_d3e4a11f6ac37c1f.txt"
    original = (corpus_copy / name).read_bytes()
    report = rag.remove_file(name)
    assert name in report.removed and name not in rag.documents
    assert not (corpus_copy / name).exists()
    (kept,) = [p for p in (corpus_copy / ".versions").iterdir() if p.name.endswith(name)]
    assert kept.read_bytes() == original and journal(corpus_copy)[-1]["event"] == "removed"
    assert len(rag.documents) == 4                    # nothing else lost
    with pytest.raises(BadInput, match="no such document"):
        rag.remove_file(name)


@pytest.mark.parametrize("name", [".an.txt", "~$khoa.docx", "   ", "../.x.txt"])
def test_hidden_and_empty_names_are_refused(rag, tmp_path, name):
    with pytest.raises(BadInput):
        rag.add_file(write(tmp_path / "x.txt", DOC), name=name)
