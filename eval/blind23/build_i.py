#!/usr/bin/env python3
"""Build script for eval/blind23 generated corpus files.

Run with: /work/main/.venv/bin/python /work/main/eval/blind23/build_i.py
 - corpus/i02_kh09_ttvhtt_ngoc_luong_ngay_hoi_sach.docx  (python-docx, Word list
   numbering via the built-in "List Number"/"List Bullet" styles, schedule table)
 - corpus/i04_hd04_pnv_ngoc_luong_chu_ky_so.txt  (hard-wrapped at 72 characters)
All text is held in this script. Does not import kg_rag.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- i02 (docx)
I02_HEADER_LEFT = ["UBND HUYỆN NGỌC LƯƠNG", "TRUNG TÂM VĂN HÓA - THỂ THAO", "Số: 09/KH-TTVHTT"]
I02_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Ngọc Lương, ngày 18 tháng 3 năm 2026"]
I02_TITLE = ["KẾ HOẠCH",
             "Tổ chức Ngày hội Sách và Văn hóa đọc huyện Ngọc Lương năm 2026"]
I02_INTRO = ("Căn cứ Quyết định số 1862/QĐ-TTg ngày 04/11/2021 của Thủ tướng Chính phủ về Ngày "
             "Sách và Văn hóa đọc Việt Nam; Kế hoạch số 61/KH-SVHTTDL ngày 02/3/2026 của Sở Văn "
             "hóa, Thể thao và Du lịch tỉnh Cao Phong Nam về tổ chức các hoạt động hưởng ứng Ngày "
             "Sách và Văn hóa đọc Việt Nam năm 2026; Kế hoạch số 58/KH-UBND ngày 26/02/2026 của "
             "UBND huyện Ngọc Lương về phát triển văn hóa đọc giai đoạn 2026 - 2030 và Thông báo "
             "số 57/TB-VP ngày 20/01/2026 của Văn phòng HĐND và UBND huyện, Trung tâm Văn hóa - "
             "Thể thao huyện xây dựng Kế hoạch tổ chức Ngày hội Sách và Văn hóa đọc huyện Ngọc "
             "Lương năm 2026 (sau đây gọi tắt là Ngày hội) như sau:")

# (kind, text): kind is "h" heading paragraph, "p" body, "n" numbered list item,
# "b" bullet list item, "table" marker
I02_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("n", "Tôn vinh giá trị của sách, khơi dậy phong trào đọc sách trong cán bộ, đảng viên, "
          "học sinh và Nhân dân; góp phần xây dựng xã hội học tập trên địa bàn huyện."),
    ("n", "Gắn hoạt động phát triển văn hóa đọc với chuyển đổi số, giới thiệu tới người dân "
          "các nền tảng đọc sách điện tử và phong trào \"Bình dân học vụ số\"."),
    ("n", "Các hoạt động tổ chức thiết thực, an toàn, tiết kiệm; huy động sự tham gia của các "
          "trường học, đoàn thể và doanh nghiệp trên địa bàn."),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM"),
    ("b", "Thời gian: từ ngày 20/4/2026 đến hết ngày 23/4/2026."),
    ("b", "Địa điểm chính: Quảng trường Trung tâm huyện Ngọc Lương; một số hoạt động tổ chức "
          "tại Nhà Văn hóa huyện và Thư viện huyện."),
    ("h", "III. NỘI DUNG HOẠT ĐỘNG"),
    ("n", "Trưng bày, giới thiệu và bán sách giảm giá với khoảng 3.000 cuốn sách tại 12 gian "
          "hàng, trong đó có 2 gian sách về khoa học, công nghệ và chuyển đổi số."),
    ("n", "Cuộc thi \"Đại sứ Văn hóa đọc\" cấp huyện dành cho học sinh trung học cơ sở; mỗi "
          "trường THCS cử 02 thí sinh tham gia vòng chung kết."),
    ("n", "Thi kể chuyện theo sách dành cho học sinh tiểu học; mỗi trường tiểu học cử 01 thí "
          "sinh."),
    ("n", "Tọa đàm \"Đọc sách trong thời đại số\" với sự tham gia của cán bộ thư viện, giáo "
          "viên và đại diện Hội Khuyến học huyện."),
    ("n", "Ra mắt \"Tủ sách số Ngọc Lương\" với 1.500 đầu sách điện tử, người dân tra cứu qua "
          "mã QR đặt tại gian hàng và tại nhà văn hóa các thôn, tổ dân phố."),
    ("n", "Phát động quyên góp sách, phấn đấu tiếp nhận ít nhất 2.000 cuốn sách để trao tặng "
          "6 điểm trường vùng cao thuộc các xã Tà Pình, Bản Chang và Lũng Mười."),
    ("n", "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và tra cứu dịch vụ công trực "
          "tuyến tại gian hàng \"Bình dân học vụ số\"."),
    ("h", "IV. LỊCH TRÌNH TỔ CHỨC"),
    ("table", None),
    ("h", "V. KINH PHÍ"),
    ("p", "Tổng kinh phí dự kiến là 185 triệu đồng, trong đó: ngân sách huyện 120 triệu đồng "
          "(từ dự toán năm 2026 giao cho Trung tâm); nguồn xã hội hóa 65 triệu đồng do các "
          "doanh nghiệp, nhà sách tài trợ."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("n", "Tổ Văn hóa - Thư viện thuộc Trung tâm Văn hóa - Thể thao huyện chủ trì xây dựng "
          "kịch bản chương trình, bố trí gian hàng, hoàn thành trước ngày 15/4/2026; tổng hợp "
          "báo cáo kết quả về UBND huyện trước ngày 30/4/2026."),
    ("n", "Phòng Giáo dục và Đào tạo chỉ đạo các trường tiểu học, THCS lựa chọn thí sinh, gửi "
          "danh sách về Trung tâm trước ngày 10/4/2026; phối hợp tổ chức các cuộc thi."),
    ("n", "Huyện đoàn Ngọc Lương phối hợp với Tổ công nghệ số cộng đồng thị trấn bố trí 10 "
          "đoàn viên hỗ trợ tại gian hàng \"Bình dân học vụ số\" trong suốt thời gian Ngày hội."),
    ("n", "Phòng Văn hóa, Khoa học và Thông tin thẩm định nội dung sách trưng bày; chỉ đạo "
          "Đài Truyền thanh huyện tuyên truyền về Ngày hội từ ngày 10/4/2026."),
    ("n", "Đề nghị Công an huyện bảo đảm an ninh, trật tự, an toàn giao thông khu vực Quảng "
          "trường trong thời gian tổ chức Ngày hội."),
    ("n", "UBND thị trấn Ngọc Lương bảo đảm mặt bằng, vệ sinh môi trường và điện chiếu sáng "
          "tại khu vực Quảng trường."),
    ("p", "Đầu mối liên hệ: ông Lục Văn Thành, Tổ trưởng Tổ Văn hóa - Thư viện, số điện thoại "
          "0389.552.170."),
    ("p", "Trên đây là Kế hoạch tổ chức Ngày hội Sách và Văn hóa đọc huyện Ngọc Lương năm 2026, "
          "đề nghị các cơ quan, đơn vị phối hợp thực hiện./."),
]

I02_TABLE_HEAD = ["Thời gian", "Hoạt động", "Địa điểm", "Đơn vị thực hiện"]
I02_TABLE = [
    ["7h30 ngày 20/4/2026", "Khai mạc Ngày hội, phát động quyên góp sách cho điểm trường vùng cao",
     "Quảng trường Trung tâm huyện", "Trung tâm Văn hóa - Thể thao huyện"],
    ["Từ 20/4 đến 23/4/2026", "Trưng bày, giới thiệu và bán sách tại 12 gian hàng",
     "Quảng trường Trung tâm huyện", "Tổ Văn hóa - Thư viện; Công ty CP Sách và Thiết bị trường học Cao Phong Nam"],
    ["14h00 ngày 20/4/2026", "Tọa đàm \"Đọc sách trong thời đại số\"",
     "Hội trường Thư viện huyện", "Thư viện huyện"],
    ["8h00 ngày 21/4/2026", "Thi kể chuyện theo sách cấp tiểu học",
     "Nhà Văn hóa huyện", "Phòng Giáo dục và Đào tạo"],
    ["8h00 ngày 22/4/2026", "Chung kết cuộc thi \"Đại sứ Văn hóa đọc\" cấp THCS",
     "Nhà Văn hóa huyện", "Phòng Giáo dục và Đào tạo; Huyện đoàn"],
    ["Từ 20/4 đến 23/4/2026", "Hướng dẫn cài đặt VNeID, ra mắt \"Tủ sách số Ngọc Lương\"",
     "Gian hàng \"Bình dân học vụ số\"", "Huyện đoàn; Tổ công nghệ số cộng đồng thị trấn"],
    ["16h30 ngày 23/4/2026", "Bế mạc, trao giải các cuộc thi, trao tặng sách cho 6 điểm trường",
     "Quảng trường Trung tâm huyện", "Trung tâm Văn hóa - Thể thao huyện"],
]

I02_SIGN = ["GIÁM ĐỐC", "Ma Thị Thu Hằng"]
I02_NOINHAN = ["Nơi nhận:", "- UBND huyện (b/c);", "- Sở VHTTDL tỉnh Cao Phong Nam (b/c);",
               "- Phòng VH, KH&TT huyện;", "- Phòng GD&ĐT huyện;", "- Huyện đoàn, Công an huyện;",
               "- UBND thị trấn Ngọc Lương;", "- Lưu: VT."]


def build_i02():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)

    hdr = doc.add_table(rows=3, cols=2)
    for i in range(3):
        hdr.cell(i, 0).text = nfc(I02_HEADER_LEFT[i])
        hdr.cell(i, 1).text = nfc(I02_HEADER_RIGHT[i])
    for t in I02_TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(t))
        r.bold = True
    doc.add_paragraph(nfc(I02_INTRO))
    numbering = doc.part.numbering_part.element
    base_num = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == "5"][0]
    abstract_id = base_num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = [100]
    current = [None]

    def new_num():
        # a fresh w:num instance so that each section's numbered list restarts at 1
        next_id[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_id[0]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), abstract_id)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return str(next_id[0])

    for kind, text in I02_BODY:
        if kind != "n":
            current[0] = None
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(nfc(text)).bold = True
        elif kind == "p":
            doc.add_paragraph(nfc(text))
        elif kind == "n":
            if current[0] is None:
                current[0] = new_num()
            p = doc.add_paragraph(nfc(text), style="List Number")
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), "0")
            numId = OxmlElement("w:numId")
            numId.set(qn("w:val"), current[0])
            numPr.append(ilvl)
            numPr.append(numId)
            pPr.append(numPr)
        elif kind == "b":
            doc.add_paragraph(nfc(text), style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=1 + len(I02_TABLE), cols=4)
            t.style = "Table Grid"
            for j, h in enumerate(I02_TABLE_HEAD):
                t.cell(0, j).text = nfc(h)
            for i, row in enumerate(I02_TABLE, start=1):
                for j, c in enumerate(row):
                    t.cell(i, j).text = nfc(c)
    for s in I02_SIGN:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(nfc(s)).bold = True
    for s in I02_NOINHAN:
        doc.add_paragraph(nfc(s))
    out = os.path.join(CORPUS, "i02_kh09_ttvhtt_ngoc_luong_ngay_hoi_sach.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- i04 (hard-wrapped txt)
I04_HEADER = """\
UBND HUYỆN NGỌC LƯƠNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   PHÒNG NỘI VỤ                    Độc lập - Tự do - Hạnh phúc

Số: 04/HD-PNV                Ngọc Lương, ngày 10 tháng 02 năm 2026

                             HƯỚNG DẪN
       Áp dụng chữ ký số trong xử lý, phát hành văn bản điện tử
            tại Ủy ban nhân dân các xã, thị trấn"""

# paragraphs; each is wrapped to 72 columns; "" = blank line
I04_PARAS = [
    "Căn cứ Luật Giao dịch điện tử ngày 22/6/2023; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 "
    "của Chính phủ về công tác văn thư; Nghị định số 23/2025/NĐ-CP ngày 21/02/2025 của Chính "
    "phủ quy định về chữ ký điện tử và dịch vụ tin cậy;",
    "Thực hiện Thông báo số 57/TB-VP ngày 20/01/2026 của Văn phòng HĐND và UBND huyện về kết "
    "luận của đồng chí Chủ tịch UBND huyện tại cuộc họp đánh giá công tác chuyển đổi số năm "
    "2025, Phòng Nội vụ hướng dẫn việc áp dụng chữ ký số tại UBND các xã, thị trấn như sau:",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Bảo đảm đến ngày 01/4/2026, 100% văn bản đi của UBND các xã, thị trấn (trừ văn bản "
    "có nội dung bí mật nhà nước) được ký số và phát hành trên Hệ thống quản lý văn bản và "
    "điều hành của tỉnh Cao Phong Nam.",
    "2. Văn bản điện tử được ký số đúng thẩm quyền, đúng thể thức, có giá trị pháp lý như "
    "văn bản giấy; giảm thời gian, chi phí in ấn, gửi văn bản.",
    "",
    "II. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG",
    "Hướng dẫn này áp dụng đối với UBND 14 xã, thị trấn; Chủ tịch, các Phó Chủ tịch UBND "
    "cấp xã; công chức Văn phòng - Thống kê và người làm công tác văn thư tại UBND cấp xã.",
    "",
    "III. CÁC BƯỚC THỰC HIỆN",
    "Bước 1. Rà soát, đăng ký chứng thư chữ ký số. Công chức Văn phòng - Thống kê cấp xã rà "
    "soát chứng thư số cá nhân của lãnh đạo UBND xã và chứng thư số của cơ quan; lập danh sách "
    "đề nghị cấp mới, gia hạn hoặc thu hồi theo Mẫu số 01 kèm theo Hướng dẫn này, gửi về "
    "Phòng Nội vụ qua Hệ thống quản lý văn bản trước ngày 25/02/2026.",
    "Bước 2. Tổng hợp, đề nghị cấp chứng thư. Phòng Nội vụ tổng hợp danh sách toàn huyện, "
    "gửi Sở Khoa học và Công nghệ tỉnh Cao Phong Nam để đề nghị Ban Cơ yếu Chính phủ cấp "
    "chứng thư số trước ngày 05/3/2026.",
    "Bước 3. Cài đặt và tập huấn. Phòng Văn hóa, Khoa học và Thông tin phối hợp với Viễn "
    "thông Ngọc Lương cài đặt phần mềm ký số, hướng dẫn sử dụng cho lãnh đạo và văn thư cấp "
    "xã theo hai đợt: đợt 1 vào ngày 16 và 17/3/2026 tại Hội trường UBND huyện cho 7 xã, thị "
    "trấn phía Bắc; đợt 2 vào ngày 19 và 20/3/2026 tại Hội trường UBND xã Thạch Bàn cho 7 xã "
    "phía Nam. Mỗi đơn vị cử 03 người tham dự, mang theo thiết bị ký số đã được cấp.",
    "Bước 4. Ký số văn bản. Người có thẩm quyền ký số vào văn bản bằng chứng thư số cá nhân; "
    "hình ảnh chữ ký số đặt tại vị trí ký của người có thẩm quyền. Văn thư ký số của cơ quan "
    "bằng chứng thư số của UBND xã; hình ảnh con dấu đặt trùm lên khoảng 1/3 hình ảnh chữ ký "
    "về phía bên trái. Đối với phụ lục kèm theo, văn thư ký số của cơ quan tại góc trên, bên "
    "phải trang đầu của phụ lục.",
    "Bước 5. Phát hành, lưu trữ. Văn bản sau khi ký số được phát hành trên Hệ thống quản lý "
    "văn bản và điều hành; không gửi kèm bản giấy, trừ văn bản gửi cơ quan, tổ chức, cá nhân "
    "chưa kết nối hệ thống. Văn bản điện tử được lưu trữ trên hệ thống, không in ra để lưu.",
    "",
    "IV. TRÁCH NHIỆM THỰC HIỆN",
    "1. Chủ tịch UBND các xã, thị trấn chỉ đạo việc ký số văn bản tại đơn vị; bảo đảm tỷ lệ "
    "ký số văn bản đi đạt 100% từ ngày 01/4/2026; chịu trách nhiệm về việc quản lý, sử dụng "
    "chứng thư số của cơ quan.",
    "2. Công chức Văn phòng - Thống kê cấp xã quản lý thiết bị ký số của cơ quan, không giao "
    "thiết bị và mã PIN cho người khác; báo cáo ngay về Phòng Nội vụ khi thiết bị bị mất "
    "hoặc hư hỏng.",
    "3. Phòng Văn hóa, Khoa học và Thông tin bảo đảm hạ tầng, duy trì Hệ thống quản lý văn "
    "bản và điều hành hoạt động thông suốt; hỗ trợ kỹ thuật cho các xã.",
    "4. Phòng Nội vụ kiểm tra việc thực hiện tại các xã, thị trấn trong tháng 5/2026, ưu tiên "
    "các xã Nà Lừ, Tà Pình, Khánh Đồi; tổng hợp kết quả báo cáo UBND huyện trước ngày "
    "15/6/2026.",
    "5. Định kỳ trước ngày 20 của tháng cuối quý, UBND các xã, thị trấn báo cáo tỷ lệ văn bản "
    "được ký số về Phòng Nội vụ theo Mẫu số 02.",
    "",
    "Trong quá trình thực hiện, nếu có vướng mắc về thủ tục, liên hệ bà Hoàng Thị Duyên, "
    "chuyên viên Phòng Nội vụ, số điện thoại 0976.318.245, thư điện tử "
    "duyenht.pnv@ngocluong.caophongnam.gov.vn; về kỹ thuật, liên hệ ông Nông Văn Lịch, "
    "Phòng Văn hóa, Khoa học và Thông tin, số điện thoại 0915.627.083.",
]

I04_TAIL = """\
Nơi nhận:                                   TRƯỞNG PHÒNG
- UBND huyện (b/c);
- Văn phòng HĐND và UBND huyện;
- Phòng VH, KH&TT huyện;
- UBND các xã, thị trấn;                    Sầm Văn Đức
- Lưu: VT."""


def build_i04():
    lines = [I04_HEADER, ""]
    for para in I04_PARAS:
        if not para:
            lines.append("")
            continue
        lines.extend(textwrap.wrap(para, width=72, break_long_words=False,
                                   break_on_hyphens=False))
    lines.append("")
    lines.append(I04_TAIL)
    out = os.path.join(CORPUS, "i04_hd04_pnv_ngoc_luong_chu_ky_so.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(lines) + "\n"))
    return out


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    print(build_i02())
    print(build_i04())
