#!/usr/bin/env python3
"""Build script for eval/blind21 corpus files that are generated from text held here.

  d02_kh112_thpt_ta_xuyen_cds_stem.docx  -- python-docx, Word's own Heading/List styles + task table
  d05_cv1187_skhcn_hoa_toc_dang_ky_nv2026.txt -- hard-wrapped at ~70 characters

Run with: /work/main/.venv/bin/python /work/main/eval/blind21/build_d.py
(does not import kg_rag). d01, d03, d04 are hand-written text files in corpus/.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")

N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- d02 (.docx)
D02_HEADER = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VÂN ĐỒN TÂY",
    "TRƯỜNG THPT TÀ XUYÊN",
    "Số: 112/KH-THPTTX",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Tà Xuyên, ngày 16 tháng 9 năm 2025",
]
D02_TITLE = "KẾ HOẠCH"
D02_SUBTITLE = ("Ứng dụng công nghệ thông tin, chuyển đổi số và giáo dục STEM "
                "năm học 2025 - 2026")
D02_BASIS = [
    "Căn cứ Chương trình hành động số 41-CTr/TU ngày 14/3/2025 của Ban Chấp hành Đảng bộ tỉnh "
    "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị;",
    "Căn cứ Kế hoạch số 1364/KH-SGDĐT ngày 28/8/2025 của Sở Giáo dục và Đào tạo về nhiệm vụ "
    "chuyển đổi số ngành giáo dục năm học 2025 - 2026;",
    "Căn cứ Quyết định số 624/QĐ-UBND ngày 10/4/2025 của Ủy ban nhân dân huyện Tà Xuyên về việc "
    "thành lập Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện;",
    "Căn cứ Báo cáo số 18-BC/ĐTN ngày 26/5/2025 của Ban Chấp hành Đoàn trường về kết quả hoạt động "
    "Câu lạc bộ STEM - Robotics \"TX-Bot\" năm học 2024 - 2025;",
    "Trường THPT Tà Xuyên xây dựng Kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số và giáo dục "
    "STEM năm học 2025 - 2026 như sau:",
]
# (kind, text): kind in h1, h2, p, b (bullet)
D02_BODY = [
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "Nâng cao năng lực số của cán bộ, giáo viên, nhân viên và học sinh; ứng dụng hiệu quả công "
          "nghệ thông tin trong dạy học, kiểm tra, đánh giá và quản trị nhà trường."),
    ("b", "Tổ chức giáo dục STEM theo hướng trải nghiệm, gắn với thực tiễn địa phương; phát hiện, bồi "
          "dưỡng học sinh có năng khiếu nghiên cứu khoa học."),
    ("b", "Phân công rõ người phụ trách, thời gian hoàn thành từng việc; gắn kết quả thực hiện với "
          "đánh giá thi đua cuối năm học."),
    ("h1", "II. TÌNH HÌNH NHÀ TRƯỜNG"),
    ("p", "Năm học 2025 - 2026, nhà trường có 27 lớp với 1.046 học sinh, trong đó 312 học sinh dân tộc "
          "thiểu số; tổng số cán bộ, giáo viên, nhân viên là 68 người. Nhà trường có 03 phòng tin học "
          "với 105 máy tính, đường truyền cáp quang 300 Mbps; 27/27 phòng học có tivi thông minh. Thư "
          "viện chưa được số hóa; Câu lạc bộ \"TX-Bot\" chưa có phòng hoạt động riêng."),
    ("h1", "III. CHỈ TIÊU NĂM HỌC 2025 - 2026"),
    ("b", "100% giáo viên sử dụng sổ điểm điện tử và học bạ số; 100% học sinh được cấp tài khoản học "
          "tập trên hệ thống LMS của nhà trường."),
    ("b", "Mỗi tổ chuyên môn xây dựng ít nhất 02 chủ đề dạy học STEM; toàn trường có ít nhất 14 chủ "
          "đề, mỗi lớp được học ít nhất 04 chủ đề trong năm học."),
    ("b", "Có ít nhất 03 dự án dự thi khoa học kỹ thuật cấp tỉnh, phấn đấu 01 dự án đạt giải."),
    ("b", "Câu lạc bộ STEM - Robotics \"TX-Bot\" phát triển lên 55 thành viên."),
    ("b", "90% giáo viên hoàn thành khóa bồi dưỡng kỹ năng số và ứng dụng trí tuệ nhân tạo trong dạy học."),
    ("b", "Số hóa ít nhất 1.500 đầu sách, tài liệu của thư viện nhà trường."),
    ("h1", "IV. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h2", "1. Chuyển đổi số trong quản trị và dạy học"),
    ("p", "Cập nhật đầy đủ, chính xác dữ liệu học sinh, giáo viên trên cơ sở dữ liệu ngành; triển khai "
          "sổ điểm điện tử, học bạ số và thanh toán không dùng tiền mặt đối với các khoản thu. Mỗi giáo "
          "viên xây dựng ít nhất 02 bài giảng điện tử đưa lên kho học liệu của trường."),
    ("h2", "2. Giáo dục STEM và nghiên cứu khoa học"),
    ("p", "Cải tạo phòng thí nghiệm Hóa học cũ ở tầng 1 nhà B thành phòng STEM - Robotics, đáp ứng đề "
          "xuất của Đoàn trường. Ngày hội STEM cấp trường tổ chức vào sáng Chủ nhật, ngày 22/3/2026 "
          "tại sân trường, mỗi khối lớp có ít nhất 04 gian trưng bày sản phẩm."),
    ("p", "Phối hợp với Huyện đoàn Tà Xuyên và Trung tâm Viễn thông Tà Xuyên mời chuyên gia nói chuyện "
          "về trí tuệ nhân tạo, an toàn thông tin cho học sinh ít nhất 02 buổi trong năm học."),
    ("h2", "3. Kinh phí"),
    ("p", "Tổng kinh phí dự kiến 235 triệu đồng, gồm: ngân sách chi thường xuyên của nhà trường 150 "
          "triệu đồng; nguồn xã hội hóa 85 triệu đồng. Trong đó, mua sắm thiết bị phòng STEM - Robotics "
          "160 triệu đồng; số hóa thư viện 45 triệu đồng; tổ chức Ngày hội STEM và các cuộc thi 30 "
          "triệu đồng."),
    ("h1", "V. PHÂN CÔNG THỰC HIỆN"),
]
D02_TABLE = [
    ("TT", "Công việc", "Người phụ trách", "Thời gian"),
    ("1", "Cập nhật dữ liệu học sinh, giáo viên lên cơ sở dữ liệu ngành", "Cô Đặng Thị Thu Hà, Phó Hiệu trưởng", "Trước ngày 30/9/2025"),
    ("2", "Triển khai sổ điểm điện tử, học bạ số và hệ thống LMS", "Thầy Lục Minh Khang, Tổ trưởng tổ Tin học", "Từ tháng 10/2025"),
    ("3", "Xây dựng và duyệt 14 chủ đề dạy học STEM", "Các tổ trưởng chuyên môn", "Hoàn thành trước ngày 15/11/2025"),
    ("4", "Tuyển chọn, hướng dẫn dự án khoa học kỹ thuật", "Thầy Nguyễn Hữu Bằng, Tổ trưởng tổ Vật lý - Công nghệ", "Tháng 10 - 12/2025"),
    ("5", "Bồi dưỡng kỹ năng số, ứng dụng trí tuệ nhân tạo cho giáo viên", "Thầy Lục Minh Khang", "Tháng 11/2025"),
    ("6", "Số hóa tài liệu thư viện", "Cô Lương Thu Trang, nhân viên thư viện", "Trước ngày 31/12/2025"),
    ("7", "Mua sắm thiết bị, cải tạo phòng STEM - Robotics", "Cô Hà Thị Nguyệt, kế toán", "Quý I/2026"),
    ("8", "Tổ chức Ngày hội STEM cấp trường", "Cô Triệu Thị Mai Anh, Bí thư Đoàn trường", "Ngày 22/3/2026"),
    ("9", "Sơ kết học kỳ I, tổng kết năm học", "Ban Giám hiệu", "Tháng 01/2026 và tháng 5/2026"),
]
D02_TAIL_BODY = [
    ("h1", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "Hiệu trưởng chỉ đạo chung; Phó Hiệu trưởng Đặng Thị Thu Hà trực tiếp điều hành, đôn đốc "
          "việc thực hiện Kế hoạch."),
    ("b", "Các tổ trưởng chuyên môn đưa nội dung STEM vào kế hoạch giáo dục của tổ, báo cáo kết quả "
          "vào ngày 25 hằng tháng."),
    ("b", "Đoàn trường chủ trì duy trì hoạt động Câu lạc bộ \"TX-Bot\" và phong trào \"Mỗi gia đình "
          "một người thạo số\" trong học sinh."),
    ("b", "Nhà trường họp đánh giá giữa kỳ vào 14h00 ngày 15/01/2026 tại phòng Hội đồng; báo cáo kết "
          "quả gửi Sở Giáo dục và Đào tạo trước ngày 20/12/2025 và trước ngày 20/5/2026."),
    ("p", "Trên đây là Kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số và giáo dục STEM năm học "
          "2025 - 2026 của Trường THPT Tà Xuyên./."),
]
D02_SIGN = ["HIỆU TRƯỞNG", "(đã ký)", "Phan Thanh Tùng"]
D02_RECIP = [
    "Nơi nhận:",
    "- Sở GD&ĐT (b/c);",
    "- Ban Chỉ đạo KH, CN, ĐMST và CĐS huyện Tà Xuyên (b/c);",
    "- Ban Giám hiệu;",
    "- Các tổ chuyên môn, Đoàn trường;",
    "- Lưu: VT.",
]


def build_d02():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    for line in D02_HEADER:
        p = doc.add_paragraph(N(line))
        if line.startswith(("CỘNG HÒA", "Độc lập", "Tà Xuyên,")):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(N(D02_TITLE), level=0)
    p = doc.add_paragraph(N(D02_SUBTITLE))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in D02_BASIS:
        doc.add_paragraph(N(line))

    def body(items):
        for kind, text in items:
            if kind == "h1":
                doc.add_heading(N(text), level=1)
            elif kind == "h2":
                doc.add_heading(N(text), level=2)
            elif kind == "b":
                doc.add_paragraph(N(text), style="List Bullet")
            else:
                doc.add_paragraph(N(text))
    body(D02_BODY)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in D02_TABLE:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = N(v)
    body(D02_TAIL_BODY)
    for line in D02_SIGN:
        p = doc.add_paragraph(N(line))
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in D02_RECIP:
        doc.add_paragraph(N(line))
    out = os.path.join(CORPUS, "d02_kh112_thpt_ta_xuyen_cds_stem.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- d05 (hard-wrapped .txt)
D05_HEAD = """\
UBND TỈNH VÂN ĐỒN TÂY              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ                 Độc lập - Tự do - Hạnh phúc
Số: 1187/SKHCN-QLKH
V/v đăng ký đề xuất nhiệm vụ KH&CN   Vân Tây, ngày 04 tháng 6 năm 2025
cấp tỉnh thực hiện từ năm 2026

                              HỎA TỐC

Kính gửi: Ủy ban nhân dân các huyện, thành phố.
"""
D05_BODY = [
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Chương trình hành động số "
    "41-CTr/TU ngày 14/3/2025 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 58/KH-UBND ngày 02/4/2025 "
    "của Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ đang tổng hợp danh mục đề xuất nhiệm vụ khoa "
    "học và công nghệ cấp tỉnh để trình Ủy ban nhân dân tỉnh phê duyệt, thực hiện từ năm 2026.",
    "Do thời gian trình Hội đồng tư vấn xác định nhiệm vụ rất gấp, Sở Khoa học và Công nghệ đề nghị "
    "Ủy ban nhân dân các huyện, thành phố khẩn trương thực hiện một số nội dung sau:",
    "1. Nội dung đề xuất",
    "a) Tổ chức rà soát nhu cầu ứng dụng khoa học và công nghệ của các phòng, ban, đơn vị sự nghiệp, "
    "Ủy ban nhân dân các xã, thị trấn, trường học và doanh nghiệp trên địa bàn; lựa chọn các vấn đề "
    "cấp thiết để đề xuất thành nhiệm vụ cấp tỉnh.",
    "b) Ưu tiên các lĩnh vực: chuyển đổi số trong quản lý nhà nước và dịch vụ công; nông nghiệp công "
    "nghệ cao gắn với sản phẩm OCOP; bảo tồn, phát triển cây dược liệu bản địa; cảnh báo sớm thiên "
    "tai, sạt lở đất ở vùng cao; giáo dục STEM và phát triển nhân lực số.",
    "c) Mỗi huyện, thành phố đề xuất không quá 03 nhiệm vụ, sắp xếp theo thứ tự ưu tiên. Phòng Văn "
    "hóa và Thông tin các huyện, thành phố là đầu mối tham mưu tổng hợp đề xuất của địa phương.",
    "2. Điều kiện đối với nhiệm vụ đề xuất",
    "a) Có địa chỉ ứng dụng cụ thể và văn bản cam kết tiếp nhận, sử dụng kết quả của cơ quan, đơn vị "
    "ứng dụng.",
    "b) Không trùng lặp với nhiệm vụ khoa học và công nghệ đã hoặc đang thực hiện bằng ngân sách nhà "
    "nước.",
    "c) Thời gian thực hiện không quá 24 tháng; kinh phí đề nghị hỗ trợ từ ngân sách sự nghiệp khoa "
    "học và công nghệ của tỉnh không quá 1,5 tỷ đồng cho một nhiệm vụ.",
    "d) Có phương án đối ứng kinh phí tối thiểu 30% tổng kinh phí đối với nhiệm vụ do doanh nghiệp đề "
    "xuất hoặc chủ trì.",
    "3. Hồ sơ và thời hạn gửi",
    "a) Hồ sơ gồm: Phiếu đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh theo Mẫu A1-ĐXNV ban hành "
    "kèm theo Công văn này; văn bản tổng hợp danh mục đề xuất của Ủy ban nhân dân huyện, thành phố; "
    "văn bản cam kết của địa chỉ ứng dụng.",
    "b) Hồ sơ gửi 01 bản giấy về Sở Khoa học và Công nghệ (qua Phòng Quản lý khoa học), số 18 đường "
    "Bờ Sông, phường Tân Phong, thành phố Vân Tây, đồng thời gửi bản điện tử (định dạng .docx và .pdf) "
    "qua địa chỉ thư điện tử qlkh.skhcn@vandontay.gov.vn.",
    "c) Thời hạn gửi hồ sơ: chậm nhất 16 giờ 30 phút ngày 12/6/2025 (thứ Năm). Sở Khoa học và Công "
    "nghệ sẽ không tổng hợp các đề xuất gửi sau thời hạn nêu trên.",
    "4. Tổ chức xét chọn",
    "Sở Khoa học và Công nghệ dự kiến thành lập Hội đồng tư vấn xác định nhiệm vụ và tổ chức họp từ "
    "ngày 23/6/2025 đến ngày 27/6/2025; kết quả được thông báo cho các đơn vị đề xuất trước ngày "
    "15/7/2025. Đại diện đơn vị đề xuất được mời tham dự để trình bày, giải trình khi Hội đồng yêu cầu.",
    "Trung tâm Thông tin và Ứng dụng khoa học công nghệ có trách nhiệm đăng tải Công văn này và Mẫu "
    "A1-ĐXNV trên Trang thông tin điện tử của Sở trong ngày 04/6/2025.",
    "5. Thông tin liên hệ",
    "Mọi vướng mắc trong quá trình thực hiện, đề nghị liên hệ bà Vũ Thị Lan Phương, Phó Trưởng phòng "
    "Quản lý khoa học, điện thoại 0209.3852.417, di động 0912.604.385.",
    "Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các huyện, thành phố quan tâm, chỉ đạo thực hiện "
    "đúng thời hạn./.",
]
D05_TAIL = """\
                                               KT. GIÁM ĐỐC
                                               PHÓ GIÁM ĐỐC

                                                 (đã ký)

                                            Hoàng Thị Bích Ngà

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc Sở (b/c);
- Phòng VH&TT các huyện, thành phố;
- Trung tâm Thông tin và Ứng dụng KHCN;
- Lưu: VT, QLKH.
"""


def build_d05():
    lines = [D05_HEAD]
    for para in D05_BODY:
        lines.append(textwrap.fill(para, width=70, break_on_hyphens=False,
                                   break_long_words=False) + "\n")
    lines.append(D05_TAIL)
    out = os.path.join(CORPUS, "d05_cv1187_skhcn_hoa_toc_dang_ky_nv2026.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write(N("\n".join(lines)))
    return out


if __name__ == "__main__":
    print(build_d02())
    print(build_d05())
