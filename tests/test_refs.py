"""Directive references: regex extraction on the real documents, and what users type."""
import pytest

from kg_rag.text.refs import extract_refs, parse_user_refs, resolve


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
