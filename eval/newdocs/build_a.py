#!/usr/bin/env python3
"""Build the binary document of evaluation part A (invented province "tỉnh Hòa Lâm").

  a03_hd_sgddt_hoa_lam.docx - Word document (python-docx): Hướng dẫn số 1875/HD-SGDĐT của Sở Giáo
                              dục và Đào tạo về giáo dục kỹ năng số trong nhà trường, with Word's own
                              list numbering (List Number / List Bullet + numPr), roman-numbered
                              headings, a borderless two-column header, "Nơi nhận" and signature.

All text is invented and kept in this script.  Run with a scratch venv that has python-docx:
    python3 -m venv /tmp/venv_a && /tmp/venv_a/bin/pip install python-docx pypdf
    /tmp/venv_a/bin/python build_a.py
"""
import pathlib
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "corpus"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# a03: Hướng dẫn của Sở Giáo dục và Đào tạo tỉnh Hòa Lâm (DOCX with Word numbering)
# Items: ("title", text) ("subtitle", text) ("h1", heading with Word roman numbering)
#        ("h2", heading) ("num", numbered list item; a new list restarts after any other item)
#        ("bul", bullet item) ("p", plain paragraph)
# ---------------------------------------------------------------------------
A03_HEADER = (["UBND TỈNH HÒA LÂM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1875/HD-SGDĐT"],
              ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Hòa Lâm, ngày 18 tháng 8 năm 2025"])

A03_ITEMS = [
    ("title", "HƯỚNG DẪN"),
    ("subtitle", "Tổ chức giáo dục kỹ năng số cho học sinh trong các cơ sở giáo dục phổ thông "
                 "năm học 2025 - 2026"),
    ("p", "Thực hiện Chỉ thị số 19-CT/TU ngày 16/01/2025 của Tỉnh ủy Hòa Lâm về tăng cường sự lãnh "
          "đạo của Đảng đối với phát triển khoa học, công nghệ và đổi mới sáng tạo; căn cứ nhiệm vụ "
          "năm học 2025 - 2026 của ngành Giáo dục, Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo "
          "dục phổ thông trên địa bàn tỉnh tổ chức giáo dục kỹ năng số cho học sinh như sau:"),
    ("h1", "MỤC ĐÍCH, YÊU CẦU"),
    ("bul", "Trang bị cho học sinh kiến thức, kỹ năng cơ bản để học tập, giao tiếp và sinh hoạt an "
            "toàn, có trách nhiệm trong môi trường số; hình thành thói quen tự học suốt đời."),
    ("bul", "Giáo dục kỹ năng số được lồng ghép trong môn Tin học, các môn học khác và hoạt động "
            "trải nghiệm, không làm tăng thời lượng chính khóa, không gây quá tải cho học sinh."),
    ("bul", "Việc tổ chức phải phù hợp với điều kiện cơ sở vật chất của từng trường, chú trọng các "
            "trường vùng khó khăn, trường phổ thông dân tộc bán trú."),
    ("h1", "NỘI DUNG GIÁO DỤC KỸ NĂNG SỐ"),
    ("p", "Các nhà trường tập trung giáo dục sáu nhóm năng lực số sau:"),
    ("num", "Khai thác, đánh giá và quản lý dữ liệu, thông tin trên môi trường số."),
    ("num", "Giao tiếp và hợp tác trong môi trường số, ứng xử văn minh trên mạng xã hội."),
    ("num", "Sáng tạo nội dung số, tôn trọng bản quyền và quyền sở hữu trí tuệ."),
    ("num", "An toàn số: bảo vệ thông tin cá nhân, phòng tránh lừa đảo và bắt nạt trực tuyến."),
    ("num", "Giải quyết vấn đề bằng công cụ số và tư duy máy tính."),
    ("num", "Hiểu biết ban đầu về trí tuệ nhân tạo và sử dụng trí tuệ nhân tạo có trách nhiệm "
            "trong học tập."),
    ("h1", "HÌNH THỨC VÀ THỜI LƯỢNG TỔ CHỨC"),
    ("h2", "Cấp tiểu học"),
    ("bul", "Lồng ghép trong môn Tin học và Công nghệ và hoạt động trải nghiệm từ lớp 3 đến lớp 5, "
            "thời lượng tối thiểu 12 tiết/năm học; ưu tiên nội dung an toàn số và ứng xử trên mạng."),
    ("h2", "Cấp trung học cơ sở"),
    ("bul", "Tổ chức trong môn Tin học và hoạt động trải nghiệm, hướng nghiệp với thời lượng tối "
            "thiểu 18 tiết/năm học; mỗi trường thành lập ít nhất 01 câu lạc bộ STEM hoặc lập "
            "trình, rô-bốt."),
    ("h2", "Cấp trung học phổ thông"),
    ("bul", "Tổ chức theo chủ đề học tập, dự án học tập với thời lượng tối thiểu 20 tiết/năm học; "
            "khuyến khích học sinh tham gia Cuộc thi Sáng tạo thanh thiếu niên nhi đồng và Cuộc thi "
            "khoa học, kỹ thuật cấp tỉnh."),
    ("bul", "Các trường trung học phổ thông chuyên tổ chức thí điểm chuyên đề trí tuệ nhân tạo "
            "cho học sinh lớp 10 và lớp 11 từ học kỳ II năm học 2025 - 2026."),
    ("h1", "CHỈ TIÊU NĂM HỌC 2025 - 2026"),
    ("num", "100% trường phổ thông xây dựng kế hoạch giáo dục kỹ năng số trong kế hoạch giáo dục "
            "nhà trường."),
    ("num", "Ít nhất 90% giáo viên dạy Tin học, Công nghệ được bồi dưỡng về giáo dục kỹ năng số "
            "trước ngày 31/12/2025."),
    ("num", "Ít nhất 75% học sinh lớp 9 và lớp 12 đạt yêu cầu trong bài đánh giá năng lực số "
            "cuối năm học."),
    ("num", "Ít nhất 95% học sinh có tài khoản học tập trực tuyến trên hệ thống học liệu số của "
            "ngành."),
    ("h1", "TỔ CHỨC THỰC HIỆN"),
    ("h2", "Các phòng chuyên môn thuộc Sở"),
    ("bul", "Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Giáo dục Mầm non - Tiểu học "
            "biên soạn tài liệu hướng dẫn dạy học kỹ năng số, ban hành trước ngày 15/9/2025; tổ "
            "chức bồi dưỡng cốt cán cho giáo viên các cấp học."),
    ("bul", "Phòng Khảo thí và Kiểm định chất lượng giáo dục xây dựng bộ công cụ đánh giá năng lực "
            "số của học sinh lớp 9 và lớp 12, hoàn thành trong tháng 3/2026."),
    ("bul", "Phòng Kế hoạch - Tài chính tham mưu Giám đốc Sở bố trí kinh phí mua sắm thiết bị tin "
            "học, ưu tiên các trường chưa đạt chuẩn phòng học bộ môn Tin học."),
    ("bul", "Văn phòng Sở chủ trì vận hành hệ thống học liệu số của ngành, cấp tài khoản cho học "
            "sinh và giáo viên trước ngày 30/9/2025."),
    ("h2", "Các cơ sở giáo dục"),
    ("bul", "Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường "
            "xuyên xây dựng kế hoạch giáo dục kỹ năng số của đơn vị, gửi về Sở (qua Phòng Giáo dục "
            "Trung học) trước ngày 20/9/2025."),
    ("bul", "Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo các trường mầm non, tiểu học, trung "
            "học cơ sở trên địa bàn triển khai Hướng dẫn này; phối hợp với Đoàn Thanh niên cơ sở tổ "
            "chức các hoạt động ngoại khóa về an toàn số."),
    ("h2", "Chế độ báo cáo"),
    ("bul", "Các đơn vị báo cáo kết quả học kỳ I trước ngày 10/01/2026 và báo cáo tổng kết năm "
            "học trước ngày 25/5/2026 qua hệ thống quản lý văn bản điện tử của ngành."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Giáo "
          "dục và Đào tạo (qua Phòng Giáo dục Trung học) để được hướng dẫn, "
          "giải quyết./."),
]

A03_RECIPIENTS = ["Nơi nhận:", "UBND tỉnh (b/c);", "Bộ Giáo dục và Đào tạo (b/c);",
                  "Giám đốc, các Phó Giám đốc Sở;", "UBND các xã, phường;",
                  "Các trường THPT, trung tâm GDNN-GDTX;", "Lưu: VT, GDTrH."]
A03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Đinh Thị Hồng Nhung"]


def _numbering_defs(doc):
    """Add abstract numbering definitions (roman headings, decimal list, dash bullet) and
    return a factory that creates a fresh w:num (restarting at 1) for a given kind."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = doc.part.numbering_part.element
    formats = {"roman": ("upperRoman", "%1."), "decimal": ("decimal", "%1."), "bullet": ("bullet", "-")}
    abstract_ids = {}
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    next_abs = max(existing + [0]) + 1
    first_num = numbering.find(qn("w:num"))
    for kind, (fmt, lvltext) in formats.items():
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(next_abs))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", lvltext), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "720" if kind != "roman" else "360")
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
        # abstractNum elements must precede num elements
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        abstract_ids[kind] = next_abs
        next_abs += 1
    counter = {"n": max([int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))] + [0]) + 1}

    def new_num(kind):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(counter["n"]))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(abstract_ids[kind]))
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        counter["n"] += 1
        return num.get(qn("w:numId"))

    return new_num


def _set_num(paragraph, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)


def build_a03(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    new_num = _numbering_defs(doc)
    roman = new_num("roman")  # one running roman sequence for all H1 headings

    # header: borderless 2-column table, one paragraph per line inside each cell
    hdr = doc.add_table(rows=1, cols=2)
    _no_borders(hdr)
    for cell, lines in zip(hdr.rows[0].cells, A03_HEADER):
        cell.paragraphs[0].text = nfc(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in lines[1:]:
            p = cell.add_paragraph(nfc(line))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    current = {"kind": None, "id": None}
    for kind, text in A03_ITEMS:
        if kind == "title":
            p = doc.add_paragraph(nfc(text), style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "subtitle":
            p = doc.add_paragraph(nfc(text), style="Subtitle")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            p = doc.add_heading(nfc(text), level=1)
            _set_num(p, roman)
        elif kind == "h2":
            p = doc.add_heading(nfc(text), level=2)
        elif kind in ("num", "bul"):
            if current["kind"] != kind:
                current["kind"], current["id"] = kind, new_num("decimal" if kind == "num" else "bullet")
            p = doc.add_paragraph(nfc(text), style="List Number" if kind == "num" else "List Bullet")
            _set_num(p, current["id"])
            continue
        else:
            doc.add_paragraph(nfc(text))
        current["kind"] = None

    doc.add_paragraph("")
    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    left, right = sig.rows[0].cells
    left.paragraphs[0].text = nfc(A03_RECIPIENTS[0])
    rec = new_num("bullet")
    for line in A03_RECIPIENTS[1:]:
        p = left.add_paragraph(nfc(line), style="List Bullet")
        _set_num(p, rec)
    right.paragraphs[0].text = nfc(A03_SIGN[0])
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in A03_SIGN[1:]:
        p = right.add_paragraph(nfc(line))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(str(path))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build_a03(OUT / "a03_hd_sgddt_hoa_lam.docx")
    print("wrote", OUT / "a03_hd_sgddt_hoa_lam.docx")


if __name__ == "__main__":
    main()
