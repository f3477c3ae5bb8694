"""Who must do what: known-answer tables read off the organisation sections by hand."""
import json

import pytest

from kg_rag.directives.actors import actor_key
from kg_rag.directives.assignments import assignments_for, doc_assignments
from kg_rag.directives.export import format_who_what
from kg_rag.errors import BadInput

D000, D001, D002, D003, D004 = ("000_be8e4c97cec46f5d.txt", "001_598d0e0f78c856f0.txt", "002_50cfeafd4e4b0251.txt",
                                "003_d3e4a11f6ac37c1f.txt", "004_57220ce583489b87.txt")
PHONG = ["Phòng Kinh tế và Hạ tầng", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo", "Phòng Y tế",
         "Phòng Văn hóa và Thông tin", "Phòng Tài chính và Kế hoạch"]
SHARED = ["Chủ động nghiên cứu xây dựng cơ chế", "Tăng cường chỉ đạo, nâng cao chất lượng",
          "Tổ chức quán triệt các quan điểm"]
GROUP = "; ".join(PHONG)

# actor -> the opening words of each of its tasks, in document order (read from the documents)
EXPECTED = {
    D000: {"Các phòng, đơn vị trực thuộc Sở": ["Căn cứ vào nhiệm vụ trọng tâm năm 2024"],
           "Văn phòng Sở": ["Chủ trì, theo dõi, kiểm tra, giám sát", "Tổng hợp báo cáo kết quả"]},
    D001: {"Ban Tuyên giáo Đảng ủy Khối": ["Tham mưu Ban Thường vụ Đảng ủy Khối theo dõi"],
           "Cấp ủy các chi, đảng bộ cơ sở": ["Tổ chức phổ biến, triển khai thực hiện Kế hoạch này"]},
    D002: {"Ban Tuyên giáo Đảng ủy Khối": ["Đôn đốc các chi bộ, đảng ủy cơ sở"],
           "Các chi bộ, đảng ủy cơ sở": ["Theo chức năng, nhiệm vụ thực hiện tốt"],
           "Các đoàn thể trực thuộc": ["Căn cứ chức năng, nhiệm vụ chỉ đạo"]},
    D003: {"Ban Tuyên giáo Huyện ủy": ["Chủ trì, phối hợp với các cơ quan, đơn vị"],
           "Tuyên giáo các xã, thị trấn": ["Chủ động tham mưu cho cấp ủy"],
           "Các cơ quan, đơn vị trong khối khoa giáo huyện": ["Bám sát các yêu cầu, nhiệm vụ"]},
    D004: {"Các Tổ chức cơ sở đảng trực thuộc Huyện ủy": ["Tổ chức nghiên cứu, quán triệt", "Chỉ đạo việc xây dựng"],
           "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội của huyện":
               ["Xây dựng Kế hoạch phổ biến", "Tổ chức các diễn đàn khoa học"],
           GROUP: list(SHARED),
           "Phòng Kinh tế và Hạ tầng": ["Chủ động phối hợp với các ngành, địa phương"],
           "Phòng Văn hóa và Thông tin": ["Chỉ đạo hệ thống thông tin cơ sở"],
           "Trung tâm Văn hóa, Thông tin và Thể thao": ["Chủ động xây dựng kế hoạch tuyên truyền",
                                                         "Nâng cao chất lượng thông tin dự báo"],
           "Ban Tuyên giáo Huyện ủy": ["Hướng dẫn, tổ chức phổ biến", "Chủ động nắm bắt tình hình tư tưởng"]},
}


def table(duties):
    out: dict[str, list[str]] = {}
    for d in duties:
        out.setdefault(d.actor, []).append(d.task.text)
    return out


@pytest.mark.parametrize("src", sorted(EXPECTED))
def test_known_actor_task_tables(documents, src):
    got = table(doc_assignments(documents[src]))
    assert list(got) == list(EXPECTED[src])          # the same actors, in document order
    for actor, starts in EXPECTED[src].items():
        assert len(got[actor]) == len(starts), actor
        for text, start in zip(got[actor], starts):
            assert text.startswith(start), (actor, text[:60])


def test_group_heading_and_named_member_bullet(documents):
    duties = doc_assignments(documents[D004])
    group = [d for d in duties if d.actor == GROUP]
    assert len(group) == 3 and all(d.members == tuple(PHONG) for d in group)       # shared: once, with members
    own = {d.task.text[:40]: d.actor for d in duties if d.actor in PHONG}
    assert own == {"Chủ động phối hợp với các ngành, địa phư": "Phòng Kinh tế và Hạ tầng",
                   "Chỉ đạo hệ thống thông tin cơ sở tăng cư": "Phòng Văn hóa và Thông tin"}


def test_citations_are_verbatim(hash_rag):
    docs = hash_rag.documents
    n = 0
    for a in assignments_for(hash_rag.snapshot()):
        for t in a.tasks:
            c = t.to_dict()["citation"]
            assert c["quote"] in c["text"]
            assert docs[c["source"]].text[c["start"]:c["end"]] == c["text"]
            assert docs[c["source"]].text[c["quote_start"]:c["quote_end"]] == c["quote"]
            assert c["section"].split(" › ")[0].upper().endswith("TỔ CHỨC THỰC HIỆN")
            n += 1
    assert n == 24       # 3 + 2 + 3 + 3 + 13 tasks; a group's shared task counted once


def test_same_body_in_two_documents_is_listed_once(hash_rag):
    by_actor = {a.actor: a for a in assignments_for(hash_rag.snapshot())}
    assert by_actor["Ban Tuyên giáo Huyện ủy"].sources == (D003, D004)
    assert len(by_actor["Ban Tuyên giáo Huyện ủy"].tasks) == 3
    assert by_actor["Ban Tuyên giáo Đảng ủy Khối"].sources == (D001, D002)
    assert actor_key("Uỷ ban Mặt trận Tổ quốc") == actor_key("Ủy ban Mặt trận Tổ quốc")
    assert actor_key("Giao Ban Tuyên giáo Đảng ủy Khối:") == actor_key("Ban Tuyên giáo Đảng ủy Khối")
    assert actor_key("UBND huyện") == actor_key("Ủy ban nhân dân huyện")


def test_assignments_for_filters(hash_rag):
    found = assignments_for(hash_rag.snapshot(), actor="phong van hoa")
    assert [(a.actor, len(a.tasks)) for a in found] == [(GROUP, 3), ("Phòng Văn hóa và Thông tin", 1)]
    only = assignments_for(hash_rag.snapshot(), sources={D000})
    assert [a.actor for a in only] == ["Các phòng, đơn vị trực thuộc Sở", "Văn phòng Sở"]
    assert assignments_for(hash_rag.snapshot(), sources={D000}, actor="Phòng Y tế") == []


@pytest.mark.parametrize("typed", ["KL 69", "Kết luận 69", "69-KL/TW", "kl69"])
def test_who_what_kl69(hash_rag, typed):
    r = hash_rag.who_what(typed)
    assert set(r) >= {"directive", "documents", "assignments"}
    assert {k: r["directive"][k] for k in ("id", "type", "number", "issuer", "date")} == \
        {"id": "69-KL/TW", "type": "Kết luận", "number": "69", "issuer": "Bộ Chính trị", "date": "11/01/2024"}
    assert [(d["source"], d["relation"]) for d in r["documents"]] == [(D004, "guides"), (D002, "implements")]
    actors = {a["actor"] for a in r["assignments"]}
    assert actors == set(EXPECTED[D002]) | set(EXPECTED[D004])
    # nothing leaks from the unrelated plans (000 Bắc Giang, 001 Bình Định, 003 huyện khoa giáo)
    assert not actors & {"Văn phòng Sở", "Cấp ủy các chi, đảng bộ cơ sở", "Tuyên giáo các xã, thị trấn"}
    for a in r["assignments"]:
        assert set(a) >= {"actor", "source", "tasks"} and a["source"] in (D002, D004)
        for t in a["tasks"]:
            assert set(t["citation"]) >= {"source", "section", "text", "quote", "start", "end"}
            assert t["citation"]["source"] in (D002, D004)
    # the Bình Định tasks of "Ban Tuyên giáo Đảng ủy Khối" are not under KL 69
    (btg,) = [a for a in r["assignments"] if a["actor"] == "Ban Tuyên giáo Đảng ủy Khối"]
    assert [t["citation"]["source"] for t in btg["tasks"]] == [D002]
    json.dumps(r, ensure_ascii=False)


def test_who_what_other_directives(hash_rag):
    r = hash_rag.who_what("HD 85")                    # 001 and 003 implement Hướng dẫn 85-HD/BTGTU
    assert {a["source"] for a in r["assignments"]} == {D001, D003}
    r = hash_rag.who_what("NQ 36 năm 2014")          # only cited: no assignments invented
    assert r["assignments"] == [] and {d["relation"] for d in r["documents"]} == {"cites"}
    assert "Không tìm thấy phân công" in format_who_what(r)
    with pytest.raises(BadInput):
        hash_rag.who_what("NQ 36")


def test_format_who_what_table(hash_rag):
    out = format_who_what(hash_rag.who_what("KL 69"))
    assert out.startswith("Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị")
    assert "implements (qua 56-CTr/TU)" in out
    lines = out.splitlines()
    row = next(l for l in lines if l.startswith("Trung tâm Văn hóa, Thông tin và Thể thao"))
    assert "Chủ động xây dựng kế hoạch tuyên truyền" in row and row.rstrip().endswith("› 4. Trung tâm Văn hóa, …")
    assert sum("Chủ động nghiên cứu xây dựng cơ chế" in l for l in lines) == 1   # a shared task is shown once


def test_cli_who_what(tmp_path, monkeypatch, capsys, corpus_dir):
    from kg_rag.ui.cli import main
    monkeypatch.setenv("KG_RAG_EMBED_MODEL", "hash")
    args = ["who-what", "KL 69", "--json", "-q", "--corpus", str(corpus_dir), "--index", str(tmp_path / "ix")]
    assert main(args) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["directive"]["id"] == "69-KL/TW" and len(r["assignments"]) == 10   # 3 in 002 + 7 in 004 (the six Phòng as one group)
    assert main(["who-what", "NQ 36", "-q", "--corpus", str(corpus_dir), "--index", str(tmp_path / "ix")]) == 2
    assert "năm" in capsys.readouterr().err
