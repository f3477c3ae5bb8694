"""kg-rag only ever writes into a folder that is its own index (or a new or empty one): a wrong
--index / KG_RAG_INDEX is refused with exit 2 and loses nothing (issue: data loss)."""
import json

import pytest

from kg_rag.errors import BadInput
from kg_rag.index.ingest import ingest
from kg_rag.index.embed import HashEmbedder
from kg_rag.index.layout import check_index_location
from kg_rag.ui.cli import main

pytestmark = pytest.mark.usefixtures("hash_model")


@pytest.fixture
def hash_model(monkeypatch):
    monkeypatch.setenv("KG_RAG_EMBED_MODEL", "hash")


def files_of(folder):
    return sorted((p.relative_to(folder).as_posix(), p.read_bytes()) for p in folder.rglob("*") if p.is_file())


def run(capsys, *argv):
    code = main([*map(str, argv)])
    return code, capsys.readouterr().err


def test_existing_folder_that_is_not_an_index_is_refused(corpus_copy, tmp_path, capsys):
    mine = tmp_path / "tai-lieu"
    (mine / "sub").mkdir(parents=True)
    (mine / "bao-cao.docx").write_bytes(b"PK important")
    (mine / "sub" / "ghi-chu.txt").write_text("của tôi", encoding="utf-8")
    before = files_of(mine)
    for cmd in (["ingest"], ["ask", "Kết luận 69?"], ["search", "KL 69"]):
        code, err = run(capsys, *cmd, "--corpus", corpus_copy, "--index", mine, "-q")
        assert code == 2 and "not a kg-rag index" in err and str(mine) in err, err
    assert files_of(mine) == before


def test_env_index_pointing_at_the_corpus_is_refused(corpus_copy, monkeypatch, capsys):
    before = files_of(corpus_copy)
    monkeypatch.setenv("KG_RAG_INDEX", str(corpus_copy))
    code, err = run(capsys, "ingest", "--corpus", corpus_copy, "-q")
    assert code == 2 and "corpus" in err
    assert files_of(corpus_copy) == before


def test_index_inside_corpus_or_corpus_inside_index_is_refused(corpus_copy, tmp_path, capsys):
    before = files_of(corpus_copy)
    code, err = run(capsys, "ingest", "--corpus", corpus_copy, "--index", corpus_copy / "index", "-q")
    assert code == 2 and "inside the corpus" in err and not (corpus_copy / "index").exists()
    code, err = run(capsys, "ingest", "--corpus", corpus_copy, "--index", corpus_copy.parent, "-q")
    assert code == 2 and "inside the index" in err
    assert files_of(corpus_copy) == before


def test_a_file_given_as_index_is_refused(corpus_copy, tmp_path, capsys):
    f = tmp_path / "index.txt"
    f.write_text("not a folder", encoding="utf-8")
    code, err = run(capsys, "ingest", "--corpus", corpus_copy, "--index", f, "-q")
    assert code == 2 and "is a file" in err and f.read_text(encoding="utf-8") == "not a folder"


def test_new_empty_and_own_index_folders_are_used(corpus_copy, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(capsys, "ingest", "--corpus", corpus_copy, "--index", empty, "-q")[0] == 0
    assert run(capsys, "ingest", "--corpus", corpus_copy, "--index", empty, "-q")[0] == 0   # its own index
    assert run(capsys, "ingest", "--corpus", corpus_copy, "--index", tmp_path / "new" / "idx", "-q")[0] == 0


def test_write_index_never_replaces_a_foreign_folder(tmp_path):
    mine = tmp_path / "photos"
    mine.mkdir()
    (mine / "a.jpg").write_bytes(b"\xff\xd8")
    (mine / "manifest.json").write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    with pytest.raises(BadInput, match="not a kg-rag index"):
        check_index_location(mine)
    with pytest.raises(BadInput):
        ingest(tmp_path, mine, HashEmbedder(), progress=False)
    assert files_of(mine) == [("a.jpg", b"\xff\xd8"), ("manifest.json", b'{"format": "something-else"}')]
