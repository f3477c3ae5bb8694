"""Known-answer tests for who-what classes read off eval/blind16 and 17: a task table whose actor
column is "Khoa/Phòng thực hiện" or "Người phụ trách" ("Thời gian thực hiện" stays the deadline);
a Party cell's resolution that gives each task to a named comrade ("Đồng chí …, Bí thư Chi bộ,
phụ trách …"); "Công đoàn", "Liên đội", "Chi ủy", "Khoa" as bodies. Each rule is shown on a
hospital plan and a Chi bộ resolution written for this file."""
from __future__ import annotations

import pytest

from kg_rag.directives.task_table import row_fields

HOSPITAL_PLAN = """SỞ Y TẾ TỈNH AN GIANG THƯỢNG
BỆNH VIỆN ĐA KHOA KHU VỰC NAM SƠN
Số: 41/KH-BV                              Nam Sơn, ngày 05 tháng 5 năm 2026

KẾ HOẠCH
Ứng dụng bệnh án điện tử năm 2026

I. MỤC TIÊU

Đến hết năm 2026, 100% khoa lâm sàng dùng bệnh án điện tử.

II. NHIỆM VỤ

| TT | Nhiệm vụ | Khoa/Phòng thực hiện | Thời gian thực hiện |
|---|---|---|---|
| 1 | Nâng cấp máy chủ lưu trữ hồ sơ bệnh án | Phòng Công nghệ thông tin | Quý II/2026 |
| 2 | Thí điểm bệnh án điện tử nội trú | Khoa Nhi | Tháng 7/2026 |
| 3 | Tập huấn ký số cho điều dưỡng | Phòng Điều dưỡng | Tháng 8/2026 |

| TT | Công việc | Người phụ trách | Thời hạn |
|---|---|---|---|
| 1 | Rà soát danh mục phần mềm đang dùng | Cô Nông Thị Hảo | 30/5/2026 |

III. TỔ CHỨC THỰC HIỆN

1. Khoa Dược cập nhật danh mục thuốc trên phần mềm quản lý bệnh viện trước ngày 15/6/2026.

2. Phòng Tài chính kế toán bố trí kinh phí mua chữ ký số cho bác sĩ.

3. Đồng chí Nông Văn Bình, Trưởng phòng Công nghệ thông tin, điện thoại 0912 111 222, là đầu mối liên hệ
của Bệnh viện.

Nơi nhận:                                   GIÁM ĐỐC
- Sở Y tế;
- Lưu: VT.                                  Bế Văn Quang
"""

CELL_RESOLUTION = """ĐẢNG BỘ XÃ NẬM CHÀ
CHI BỘ TRƯỜNG THCS NẬM CHÀ
Số 03-NQ/CB                                Nậm Chà, ngày 10 tháng 3 năm 2026

NGHỊ QUYẾT
Về nâng cao kỹ năng số cho giáo viên và học sinh năm 2026

I. MỤC TIÊU

Năm 2026, 100% giáo viên sử dụng thành thạo học bạ số.

II. PHÂN CÔNG THỰC HIỆN

1. Đồng chí Hà Văn Tuyên, Bí thư Chi bộ, Hiệu trưởng phụ trách chung, chỉ đạo xây dựng kế hoạch năm học.

2. Đồng chí Lường Thị Yến, chi ủy viên, Tổ trưởng Tổ Tin học phụ trách phòng máy và tập huấn học bạ số cho giáo viên.

3. Công đoàn trường vận động giáo viên tham gia lớp bồi dưỡng kỹ năng số; Liên đội trường tổ chức cuộc thi "Em yêu công nghệ" trong tháng 4/2026.

III. TỔ CHỨC THỰC HIỆN

Chi ủy cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng.

Nơi nhận:                                   T/M CHI BỘ
- Đảng ủy xã (b/c);                           BÍ THƯ
- Lưu Chi bộ.
                                             Hà Văn Tuyên
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("who_people_corpus")
    (corpus / "kh_41.md").write_text(HOSPITAL_PLAN, encoding="utf-8")
    (corpus / "nq_03.txt").write_text(CELL_RESOLUTION, encoding="utf-8")
    rag = KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("who_people") / "index",
                     embedder=HashEmbedder(), progress=False)
    return rag.snapshot().documents


def _actors(doc) -> dict[str, str]:
    from kg_rag.directives.assignments import doc_assignments
    return {d.actor: d.task.text for d in doc_assignments(doc)}


def test_the_actor_column_is_who_carries_it_out_or_is_in_charge():
    cols = ("TT", "Nhiệm vụ", "Khoa/Phòng thực hiện", "Thời gian thực hiện")
    row = "| 2 | Thí điểm bệnh án điện tử nội trú | Khoa Nhi | Tháng 7/2026 |"
    f = row_fields(cols, row)
    assert row[slice(*f["actor"])] == "Khoa Nhi" and row[slice(*f["deadline"])] == "Tháng 7/2026"
    cols = ("TT", "Công việc", "Người phụ trách", "Thời hạn")
    row = "| 1 | Rà soát danh mục phần mềm đang dùng | Cô Nông Thị Hảo | 30/5/2026 |"
    assert row[slice(*row_fields(cols, row)["actor"])] == "Cô Nông Thị Hảo"
    cols = ("TT", "Nội dung thực hiện", "Kết quả thực hiện", "Thời gian thực hiện")     # no actor column at all
    assert "actor" not in row_fields(cols, "| 1 | Rà soát | Đã xong | Quý I |")


def test_a_hospital_task_table_gives_its_departments_and_people(docs):
    actors = _actors(docs["kh_41.md"])
    # (a person given work is named by name: "Cô Nông Thị Hảo" -> "Nông Thị Hảo")
    assert {"Phòng Công nghệ thông tin", "Khoa Nhi", "Phòng Điều dưỡng", "Nông Thị Hảo", "Khoa Dược"} <= set(actors), actors
    assert actors["Khoa Nhi"].startswith("Thí điểm bệnh án điện tử")
    assert "Bế Văn Quang" not in actors and "Sở Y tế" not in actors
    assert not any("Nông Văn Bình" in a for a in actors), actors       # a contact, not put in charge of anything


def test_a_cells_resolution_gives_tasks_to_comrades_and_its_own_bodies(docs):
    actors = _actors(docs["nq_03.txt"])
    names = " | ".join(actors)
    assert "Hà Văn Tuyên" in names and "Lường Thị Yến" in names, actors
    assert {"Công đoàn trường", "Liên đội trường", "Chi ủy"} <= set(actors), actors
    assert "Đảng ủy xã (b/c)" not in actors
