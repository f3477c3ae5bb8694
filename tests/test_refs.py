"""Directive references: regex extraction on the real documents, and what users type."""
import pytest

from kg_rag.text.refs import extract_refs
from kg_rag.text.user_refs import parse_user_refs, resolve


def keys(doc):
    return {r.key for r in doc.refs}


def test_two_36_nq_tw_told_apart_by_date(documents):
    all_refs = [r for d in documents.values() for r in d.refs if r.id == "36-NQ/TW"]
    assert {r.date for r in all_refs} == {"30/01/2023", "01/07/2014"}
    assert {r.key for r in all_refs} == {"36-NQ/TW@2023", "36-NQ/TW@2014"}
    both29 = {r.key for d in documents.values() for r in d.refs if r.id == "29-NQ/TW"}
    assert both29 == {"29-NQ/TW@2013", "29-NQ/TW@2022"}


def test_numbers_kept_whole_and_canonical():
    refs = extract_refs("theo Quyết định số 238- QĐ/TW ngày 30/9/2020 của Ban Bí thư khóa XII; "
                        "Chương trình hành động số 77 CT/TU, Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị")
    assert [(r.id, r.type, r.date, r.body) for r in refs] == [
        ("238-QĐ/TW", "Quyết định", "30/09/2020", "Ban Bí thư"),
        ("77-CTr/TU", "Chương trình hành động", "", ""),
        ("69-KL/TW", "Kết luận", "11/01/2024", "Bộ Chính trị")]


def test_offsets_point_at_the_reference(documents):
    for d in documents.values():
        for r in d.refs:
            assert r.number in d.text[r.start:r.end]


def test_short_form_in_same_text_gets_issuer_and_date():
    refs = extract_refs("Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị … nội dung cốt lõi của Kết luận số 69-KL, Kế hoạch")
    assert [r.key for r in refs] == ["69-KL/TW@2024", "69-KL/TW@2024"]


@pytest.mark.parametrize("typed", ["Kết luận 69", "KL 69", "kl69", "ket luan 69", "69-KL/TW", "Kết luận số 69-KL/TW",
                                   "kết luận số 69"])
def test_user_forms_of_kl69(typed, documents):
    (q,) = parse_user_refs(f"Ai phải làm gì theo {typed}?")
    assert (q.code, q.number) == ("KL", "69")
    known = [r for d in documents.values() for r in d.refs]
    assert [r.key for r in resolve(q, known)] == ["69-KL/TW@2024"]


@pytest.mark.parametrize("typed, code, number, year", [
    ("NQ 20", "NQ", "20", ""), ("nghi quyet 20 ve khoa hoc", "NQ", "20", ""),
    ("Nghị quyết 36-NQ/TW năm 2023", "NQ", "36", "2023"), ("Chỉ thị 25-CT/TW", "CT", "25", ""),
    ("Chương trình hành động số 56", "CTr", "56", "")])
def test_other_user_forms(typed, code, number, year):
    (q,) = parse_user_refs(typed)
    assert (q.code, q.number, q.year) == (code, number, year)


def test_year_picks_one_of_two_same_numbers(documents):
    known = [r for d in documents.values() for r in d.refs]
    (q,) = parse_user_refs("Nghị quyết 36 năm 2014")
    assert [r.key for r in resolve(q, known)] == ["36-NQ/TW@2014"]
    (q,) = parse_user_refs("NQ 36")
    assert [r.key for r in resolve(q, known)] == ["36-NQ/TW@2023", "36-NQ/TW@2014"]


def test_no_false_directives():
    assert extract_refs("năm 2024 có 15 năm thực hiện, trang 12 ABC") == []
    assert parse_user_refs("KH&CN năm 2024") == []


# ---- State numbers and users' short forms (issue: State-style numbers refused as unknown) ---------

STATE_TEXT = ("Căn cứ Luật số 93/2025/QH15 và Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ; "
              "Thông tư 01/2024/TT-BKHCN; thực hiện Chỉ thị số 19/CT-TTg ngày 03 tháng 6 năm 2024 của Thủ tướng "
              "Chính phủ, Quyết định số 749/QĐ-TTg, Kế hoạch số 112/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân "
              "tỉnh Hòa Lâm và Công văn số 418/SKHCN-QLKH; xem thêm 454/UBND-NCTH và 2983/STTTT-TTBCXB, "
              "Kế hoạch số 45-KH/TU. Hôm 15/4/2025 lúc 24/7, tỷ lệ 3/4.")


def test_state_numbers_are_found_with_their_type_date_and_body():
    refs = {r.id: r for r in extract_refs(STATE_TEXT)}
    assert set(refs) == {"93/2025/QH15", "13/2023/NĐ-CP", "01/2024/TT-BKHCN", "19/CT-TTg", "749/QĐ-TTg",
                         "112/KH-UBND", "418/SKHCN-QLKH", "454/UBND-NCTH", "2983/STTTT-TTBCXB", "45-KH/TU"}
    assert (refs["13/2023/NĐ-CP"].type, refs["13/2023/NĐ-CP"].date) == ("Nghị định", "17/04/2023")
    assert refs["19/CT-TTg"].date == "03/06/2024" and refs["19/CT-TTg"].body == "Thủ tướng Chính phủ"
    assert refs["112/KH-UBND"].body == "Ủy ban nhân dân tỉnh Hòa Lâm" and refs["112/KH-UBND"].key == "112/KH-UBND@2025"
    assert (refs["418/SKHCN-QLKH"].type, refs["418/SKHCN-QLKH"].code) == ("Công văn", "CV")
    assert refs["454/UBND-NCTH"].type == "Công văn" and refs["93/2025/QH15"].type == "Luật"
    assert refs["01/2024/TT-BKHCN"].key.endswith("@2024")
    for r in refs.values():
        assert STATE_TEXT[r.start:r.end].startswith((r.type, r.id.split("/")[0], r.number))


@pytest.mark.parametrize("typed, code, number, issuer", [
    ("KH 112", "KH", "112", ""), ("Kế hoạch 112/KH-UBND", "KH", "112", "UBND"), ("cv 418", "CV", "418", ""),
    ("công văn 2983", "CV", "2983", ""), ("QĐ 749", "QĐ", "749", ""), ("chỉ thị 19 của Thủ tướng", "CT", "19", "TTg"),
    ("nghi dinh 13", "NĐ", "13", ""), ("thông tư 01/2024/TT-BKHCN", "TT", "1", "BKHCN"),
    ("112/kh-ubnd", "KH", "112", "UBND"), ("418/SKHCN-QLKH", "CV", "418", "SKHCN-QLKH"),
])
def test_users_short_forms_of_state_numbers(typed, code, number, issuer):
    (q,) = parse_user_refs(f"Nội dung của {typed} là gì?")
    assert (q.code, q.number, q.issuer) == (code, number, issuer)
    known = extract_refs(STATE_TEXT)
    assert len(resolve(q, known)) >= 1


def test_a_party_number_and_a_state_number_with_the_same_code_both_resolve():
    known = extract_refs("Kế hoạch số 112-KH/TU ngày 02/01/2024; Kế hoạch số 112/KH-UBND ngày 05/3/2025.")
    (q,) = parse_user_refs("KH 112")
    assert [r.id for r in resolve(q, known)] == ["112/KH-UBND", "112-KH/TU"]      # newest first
