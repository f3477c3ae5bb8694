"""Metrics: hand-computed known answers on tiny inputs, doctored answers that must lower the
relevant figure, and agreement with an independent implementation of the evidence-matching
contract (tests/reference_scorer.py, written from docs/contracts.md, not from our code)."""
import copy
import json
from pathlib import Path

from kg_rag.evaluation import metrics as M
from kg_rag.text.normalize import normalize_document
from kg_rag.documents.readers import read_document

ROOT = Path(__file__).resolve().parents[1]
DOCS = {p.name: normalize_document(read_document(p)) for p in sorted((ROOT / "corpus").glob("*.txt"))}
S3, S2 = "003_d3e4a11f6ac37c1f.txt", "002_50cfeafd4e4b0251.txt"
Q25 = "Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của y tế cơ sở"
QBCV = "chú trọng phát huy vai trò báo cáo viên, tuyên truyền viên trong tuyên truyền miệng"


def cite(n, source, quote):
    """A contract-shaped citation of the paragraph (line) of the real document that holds `quote`."""
    doc = DOCS[source]
    i = doc.index(quote)
    start, end = doc.rfind("\n", 0, i) + 1, doc.index("\n", i)
    return {"n": n, "source": source, "doc_title": "", "section": "", "text": doc[start:end], "quote": quote,
            "start": start, "end": end, "score": 0.5}


ITEMS = [
    {"id": "a", "question": "Chỉ thị 25-CT/TW của Ban Bí thư về vấn đề gì?", "answerable": True, "kind": "factoid",
     "evidence": [{"source": S3, "quote": Q25}], "keywords": ["y tế cơ sở"]},
    {"id": "b", "question": "Các chi bộ cần phát huy vai trò của ai?", "answerable": True, "kind": "who-what",
     "evidence": [{"source": S2, "quote": QBCV}], "keywords": ["báo cáo viên", "tuyên truyền viên"]},
    {"id": "c", "question": "Giá vé tàu cao tốc Bắc – Nam là bao nhiêu?", "answerable": False, "kind": "unanswerable",
     "evidence": [], "keywords": []},
]
GOOD = [
    {"question": ITEMS[0]["question"], "grounded": True, "citations": [cite(1, S3, Q25)],
     "answer": f"Theo Hướng dẫn công tác khoa giáo năm 2024:\n- {Q25} [1]"},
    {"question": ITEMS[1]["question"], "grounded": True, "citations": [cite(1, S2, QBCV)],
     "answer": "Các chi bộ, đảng ủy cơ sở chú trọng phát huy vai trò báo cáo viên, tuyên truyền viên "
               "trong tuyên truyền miệng. [1]"},
    {"question": ITEMS[2]["question"], "grounded": False, "citations": [],
     "answer": "Không tìm thấy thông tin trả lời câu hỏi này trong các văn bản hiện có."},
]
DESIGN_KEYS = ["n", "citation_hit_rate", "evidence_recall", "citation_precision", "quote_validity",
               "supported_sentence_rate", "keyword_coverage", "refusal_accuracy", "false_refusal_rate"]


def summary(answers, items=ITEMS):
    return M.summarize([M.grade(it, a, DOCS) for it, a in zip(items, answers)])


# ---- known answers ---------------------------------------------------------------------------------

def test_good_answers_score_perfectly():
    s = summary(GOOD)
    assert {k: s[k] for k in DESIGN_KEYS} == {
        "n": 3, "citation_hit_rate": 1.0, "evidence_recall": 1.0, "citation_precision": 1.0, "quote_validity": 1.0,
        "supported_sentence_rate": 1.0, "keyword_coverage": 1.0, "refusal_accuracy": 1.0, "false_refusal_rate": 0.0}


def test_evidence_matching_is_normalised_substring():
    ev = [{"source": S3, "quote": "CHỈ THỊ SỐ 25-CT/TW  ngày 25/10/2023"}, {"source": S3, "quote": "không có đâu"}]
    assert M.evidence_found(ev, ["x", "- Tổ chức triển khai thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 …"]) == ev[:1]
    assert M.first_rank(ev, ["a", "b", "Chỉ thị số 25-CT/TW ngày 25/10/2023"]) == 3
    assert M.first_rank(ev, ["a"]) is None


def test_keywords_compare_without_diacritics_and_case():
    assert M.keyword_hits(["Báo cáo viên", "trí thức", "2012"], "bao cao vien nam 2012") == \
        (["Báo cáo viên", "2012"], ["trí thức"])


def test_quote_status_labels():
    c = cite(1, S3, Q25)
    assert M.quote_status(c, DOCS[S3])[0] == M.VERIFIED
    assert M.quote_status(dict(c, quote=Q25.upper()), DOCS[S3])[0] == M.REPAIRED
    assert M.quote_status(dict(c, quote=Q25.replace(" của ", "  của\n ")), DOCS[S3])[0] == M.VERIFIED  # ws runs
    assert M.quote_status(dict(c, quote=Q25.replace("của Ban", "củaBan")), DOCS[S3])[0] == M.REPAIRED
    assert M.quote_status(dict(c, quote=Q25.replace("25/10", "26/10")), DOCS[S3]) == \
        (M.UNVERIFIED, "quote is not in text", True)
    assert M.quote_status(dict(c, quote=""), DOCS[S3])[0] == M.UNVERIFIED
    fake = dict(c, text=c["text"] + " Ban Bí thư giao 10 tỷ đồng.")
    assert M.quote_status(fake, DOCS[S3]) == (M.UNVERIFIED, "text is not in the source document", False)
    assert M.quote_status(c, None)[0] == M.UNVERIFIED


def test_claims_split_inherit_markers_and_skip_lead_ins():
    ans = ("Theo Hướng dẫn số 171-HD/BTGTU:\n- Câu một. Câu hai [2][3]\n- Câu ba không có.\n"
           "Phòng Y tế:\n- ĐẢNG ỦY KHỐI\nTỈNH BÌNH ĐỊNH [4, 5]\n- Dòng khác\nCâu bốn [6]")
    got = [(c.text, c.cites, c.lead_in) for c in M.claims(ans, {4: "ĐẢNG ỦY KHỐI\nTỈNH BÌNH ĐỊNH"})]
    assert got == [("Theo Hướng dẫn số 171-HD/BTGTU:", (), True), ("Câu một.", (2, 3), False),
                   ("Câu hai", (2, 3), False), ("Câu ba không có.", (), False), ("Phòng Y tế:", (), True),
                   ("ĐẢNG ỦY KHỐI", (4, 5), False), ("TỈNH BÌNH ĐỊNH", (4, 5), False),
                   ("Dòng khác", (), False), ("Câu bốn", (6,), False)]


def test_support_of_known_answer():
    p1, p2 = cite(1, S3, Q25)["text"], cite(2, S2, QBCV)["text"]
    ans = (f"Theo Hướng dẫn:\n- {Q25} [1][2]\n- Các chi bộ chú trọng phát huy vai trò báo cáo viên [2]\n"
           "- Ban Bí thư giao 10 tỷ đồng cho y tế cơ sở [1]")
    s = M.support_of(ans, {1: p1, 2: p2})
    # 3 claims, 2 supported; citation uses: [1] precise, [2] unneeded, [2] precise, [1] of an unsupported claim
    assert (s["n_claims"], s["n_supported"], s["n_cites"], s["n_precise"]) == (3, 2, 4, 2)
    assert s["supported_sentence_rate"] == round(2 / 3, 4) and s["citation_precision"] == 0.5
    assert s["sentences"][0]["imprecise"] == [2]


def test_lead_in_naming_an_unknown_directive_is_an_unsupported_claim():
    p1 = cite(1, S3, Q25)["text"]
    ok = M.support_of(f"Theo Hướng dẫn số 85-HD/BTGTU:\n- {Q25} [1]", {1: p1}, [DOCS[S3]])
    bad = M.support_of(f"Theo Hướng dẫn số 999-HD/BTGTU:\n- {Q25} [1]", {1: p1}, [DOCS[S3]])
    assert (ok["n_claims"], ok["supported_sentence_rate"]) == (1, 1.0)
    assert (bad["n_claims"], bad["supported_sentence_rate"]) == (2, 0.5)


def test_rate_percentile_mean():
    assert M.rate(1, 4) == 0.25 and M.rate(0, 0) == 1.0 and M.rate(0, 0, 0.0) == 0.0
    assert M.percentile([0.3, 0.1, 0.2, 0.4], 50) == 0.2 and M.percentile([0.3, 0.1, 0.2, 0.4], 95) == 0.4
    assert M.percentile([], 50) == 0.0 and M.mean([1.0, 0.5]) == 0.75


def test_retrieval_recall_and_mrr_known_answer():
    t = cite(1, S3, Q25)["text"]
    rows = [M.grade(ITEMS[0], GOOD[0], DOCS, retrieved=["x", t]),       # rank 2
            M.grade(ITEMS[1], GOOD[1], DOCS, retrieved=["x"] * 10),     # not found
            M.grade(ITEMS[2], GOOD[2], DOCS, retrieved=["x"])]          # unanswerable: not counted
    s = M.summarize(rows)
    assert (s["recall@1"], s["recall@5"], s["recall@10"], s["mrr"]) == (0.0, 0.5, 0.5, 0.25)
    assert "recall@1" not in summary(GOOD)      # not measured when answers come from elsewhere


# ---- doctored answers lower the figures ----------------------------------------------------------

def test_fabricated_quote_lowers_quote_validity_and_support():
    bad = copy.deepcopy(GOOD)
    bad[0]["citations"][0]["text"] = bad[0]["citations"][0]["text"].replace("y tế cơ sở", "giáo dục đại học")
    bad[0]["citations"][0]["quote"] = Q25.replace("y tế cơ sở", "giáo dục đại học")
    bad[0]["answer"] = bad[0]["answer"].replace("y tế cơ sở", "giáo dục đại học")
    s, row = summary(bad), M.grade(ITEMS[0], bad[0], DOCS)
    assert s["quote_validity"] == 0.5 and s["supported_sentence_rate"] < 1.0 and s["citation_hit_rate"] == 0.5
    assert any("unverified" in f for f in row["failures"])


def test_citations_swapped_between_questions():
    bad = copy.deepcopy(GOOD)
    bad[0]["citations"], bad[1]["citations"] = bad[1]["citations"], bad[0]["citations"]
    s = summary(bad)
    assert s["citation_hit_rate"] == 0.0 and s["evidence_recall"] == 0.0
    assert s["supported_sentence_rate"] == 0.0 and s["citation_precision"] == 0.0
    assert s["quote_validity"] == 1.0          # the quotes themselves are still real


def test_confident_answer_to_unanswerable_question():
    bad = copy.deepcopy(GOOD)
    bad[2] = {"grounded": True, "citations": [], "answer": "Giá vé tàu cao tốc Bắc – Nam là 1,5 triệu đồng."}
    s, row = summary(bad), M.grade(ITEMS[2], bad[2], DOCS)
    assert s["refusal_accuracy"] == 0.0 and s["supported_sentence_rate"] < 1.0
    assert "answered an unanswerable question" in row["failures"]


def test_unsupported_extra_sentence_and_unneeded_citation():
    bad = copy.deepcopy(GOOD)
    bad[1]["answer"] += "\n- Các chi bộ được cấp 500 triệu đồng mỗi năm cho công tác này. [1]"
    assert summary(bad)["supported_sentence_rate"] == 0.75          # (1 + 1/2) / 2
    bad = copy.deepcopy(GOOD)
    bad[0]["citations"].append(cite(2, S2, QBCV))
    bad[0]["answer"] += "[2]"
    assert summary(bad)["citation_precision"] == 0.75               # (1/2 + 1) / 2


def test_refusing_an_answerable_question_and_missing_keywords():
    bad = copy.deepcopy(GOOD)
    bad[1] = dict(GOOD[2], question=ITEMS[1]["question"])
    s = summary(bad)
    assert s["false_refusal_rate"] == 0.5 and s["citation_hit_rate"] == 0.5 and s["keyword_coverage"] == round(1 / 3, 4)
    bad = copy.deepcopy(GOOD)
    bad[1]["answer"] = bad[1]["answer"].replace("tuyên truyền viên", "người tuyên truyền")
    assert summary(bad)["keyword_coverage"] == round(2 / 3, 4)


def test_garbage_answers_score_zero_and_name_why():
    junk = [{"answer": "", "grounded": True, "citations": [{"n": 7, "source": "nope.txt", "text": "", "quote": ""}]},
            {"answer": "[3] [4]", "citations": []}, {"answer": "Có.", "grounded": True}]
    rows = [M.grade(it, a, DOCS) for it, a in zip(ITEMS, junk)]
    s = M.summarize(rows)
    assert {k: s[k] for k in DESIGN_KEYS} == {
        "n": 3, "citation_hit_rate": 0.0, "evidence_recall": 0.0, "citation_precision": 0.0, "quote_validity": 0.0,
        "supported_sentence_rate": 0.0, "keyword_coverage": 0.0, "refusal_accuracy": 0.0, "false_refusal_rate": 0.0}
    assert "citation [7] unverified: source 'nope.txt' is not in the corpus" in rows[0]["failures"]
    assert "grounded answer with no claims" in rows[1]["failures"]
    assert "answered an unanswerable question" in rows[2]["failures"]


# ---- agreement with the independent scorer ---------------------------------------------------------

def test_matching_agrees_with_reference_scorer():
    import reference_scorer as sd
    texts = [l for d in DOCS.values() for l in d.split("\n") if l.strip()]
    texts += [l for p in sorted((ROOT / "corpus").glob("*.txt")) for l in p.read_text(encoding="utf-8").split("\n")]
    texts += ["Tỉnh uỷ hoà bình [bookmark: x] **đậm** \\- KHOÁ", "ÐẢNG  ủy"]
    for t in texts:
        assert M.norm(t) == sd.norm(t), t
        assert M.fold_match(t) == sd.fold(t), t
    for path in (ROOT / "eval" / "dev.jsonl", ROOT / "eval" / "extra.jsonl"):
        for it in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            assert M.evidence_found(it["evidence"], texts) == sd.found(it, texts)
