"""Pure pieces: sentence spans, fusion, BM25, coverage, diacritic restoration."""
import pytest

from kg_rag.search.coverage import coverage
from kg_rag.index.grams import gram_table
from kg_rag.search.diacritics import Restorer, phrase_seen
from kg_rag.search.fusion import ranking, rrf, top
from kg_rag.index.lexical import BM25, analyze
from kg_rag.text.sentences import clauses, sentences


def test_sentences_keep_numbers_and_markers():
    t = ("3. Kết luận 69-KL/TW, Kế hoạch số 116-KH/TU phải được phổ biến. Việc triển khai ngày 01/11/2012 cần tiến hành."
         "\n- Dòng khác")
    assert [t[a:b] for a, b in sentences(t)] == [
        "3. Kết luận 69-KL/TW, Kế hoạch số 116-KH/TU phải được phổ biến.",
        "Việc triển khai ngày 01/11/2012 cần tiến hành.", "- Dòng khác"]


def test_clauses_split_long_sentences_on_semicolons():
    t = "Chủ động nghiên cứu xây dựng cơ chế, chính sách mới; tăng cường chỉ đạo, nâng cao chất lượng các chương trình."
    assert [t[a:b] for a, b in clauses(t, min_len=20)] == [
        "Chủ động nghiên cứu xây dựng cơ chế, chính sách mới;", "tăng cường chỉ đạo, nâng cao chất lượng các chương trình."]


def test_rrf_known_answer():
    s = rrf([["a", "b", "c"], ["b", "c", "a"]], k=60)
    assert s["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert s["a"] == pytest.approx(1 / 61 + 1 / 63)
    assert [x for x, _ in top(s, 3)] == ["b", "a", "c"]
    assert rrf([["a"], ["b"]], weights=[2, 1])["a"] == pytest.approx(2 / 61)
    assert ranking([0.1, 0.5, 0.5, 0.2]) == [1, 2, 3, 0]


def test_bm25_known_answer():
    docs = [["khoa_học", "công_nghệ"], ["giáo_dục"], ["khoa_học", "khoa_học", "giáo_dục"]]
    bm = BM25(docs)
    s = bm.scores(["công_nghệ"])
    assert s[0] > 0 and s[1] == 0 and s[2] == 0
    assert bm.idf("công_nghệ") == pytest.approx(__import__("math").log(1 + (3 - 1 + 0.5) / 1.5))
    assert list(bm.scores(["khoa_học"]).argsort()[::-1][:1]) == [2]


def test_analyze_keeps_directives_whole_and_folds():
    t = analyze("Phòng Kinh tế và Hạ tầng theo Kết luận số 69-KL/TW của Sở KH&CN")
    assert "dir:kl69" in t and "69" not in t and "tw" not in t
    assert {"kinh_tế", "~kinh", "~te", "khoa_học", "công_nghệ"} <= set(t)
    assert "và" not in t
    q = analyze("ket luan 69 phong kinh te", query=True)
    assert "dir:kl69" in q and {"~kinh", "~te", "~phong"} <= set(q)
    assert analyze("KL 69", query=True)[0] == "dir:kl69"


def test_coverage_known_answer():
    w = {"giá_vé": 3.0, "tàu": 1.0}
    assert coverage(w, {"tàu"}) == pytest.approx(0.25)
    assert coverage(w, set(), "gia ve tau") == pytest.approx(0.75)   # syllables in a row
    assert coverage({"~gia_ve": 2.0}, set(), "mua gia ve") == 1.0       # a folded phrase
    assert coverage({}, {"x"}) == 0.0


def test_restorer_uses_corpus_vocabulary():
    texts = ["Hướng dẫn tuyên truyền Kết luận số 69-KL/TW", "Người ký văn bản", "kỳ họp", "ký văn bản"]
    table = gram_table(texts, [["hướng_dẫn", "tuyên_truyền", "kết_luận"]])
    r = Restorer(table.get)
    assert r.restore("huong dan tuyen truyen ket luan 69") == "hướng dẫn tuyên truyền kết luận 69"
    assert r.restore("ai ky van ban") == "ai ký văn bản"          # "ky van" was seen as "ký văn": context wins
    assert r.restore("đã có dấu") == "đã có dấu"
    assert phrase_seen("nguoi ky van", table.get) and not phrase_seen("van nguoi", table.get)


def test_folded_units_of_an_unaccented_question():
    from kg_rag.index.lexical import folded_units
    terms = [["văn_hóa"] * 3, ["thông_tin"], ["phòng_văn_hóa"], ["kinh_tế"], ["~van"], ["tuyển_giáo"],
             ["tuyên_giáo"] * 2, ["tuyên_giáo"] * 2]
    vocab = {k[2:]: form for k, (form, _) in gram_table([], terms).items() if k.startswith("w:")}
    assert vocab["tuyen_giao"] == "tuyên_giáo" and "van" not in vocab
    assert folded_units("ket luan 69 giao phong van hoa va thong tin lam gi", vocab) == [
        "~giao", "phòng_văn_hóa", "thông_tin"]
    # unknown runs stay one phrase, frames and function words end them
    assert folded_units("gia ve tau cao toc bac nam la bao nhieu", vocab) == ["~gia", "~tau_cao_toc_bac"]


def test_refusal_on_unaccented_questions(hash_rag):
    assert hash_rag.ask("gia ve tau cao toc bac nam la bao nhieu").grounded is False
    assert hash_rag.ask("quy dinh xu phat vi pham giao thong duong bo").grounded is False
    a = hash_rag.ask("phong kinh te va ha tang phai lam gi")
    assert a.grounded and any("Phòng Kinh tế và Hạ tầng" in c.text or "Phòng Kinh tế" in c.section for c in a.citations)
