#!/usr/bin/env python3
"""Build the generated corpus files of eval/blind28.

- qd03: plain text, hard-wrapped at 66 characters (textwrap), from QD03 below.
- qd05: Word .docx (python-docx) with Word list numbering and a table, from QD05 below.

Run with: /work/main/.venv/bin/python /work/main/eval/blind28/build_qd.py
Does not import kg_rag. All text is invented.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")

# ---------------------------------------------------------------- qd03
# Lines starting with "=" are kept as-is (header/tail); other paragraphs are
# wrapped at 66 characters. Blank line separates paragraphs.
QD03 = """\
=UBND TỈNH PHƯỚC SƠN ĐÔNG
=SỞ THÔNG TIN VÀ TRUYỀN THÔNG
=
=Số: 112/STTTT-CĐS
=V/v đôn đốc đẩy mạnh cung cấp, sử dụng
=dịch vụ công trực tuyến năm 2025
=
=CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
=Độc lập - Tự do - Hạnh phúc
=
=Phước Sơn, ngày 18 tháng 02 năm 2025
=
=Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia; Kế hoạch số 27/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số tỉnh Phước Sơn Đông năm 2025, trong đó giao chỉ tiêu tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt tối thiểu 60% vào cuối năm 2025.

Theo số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đến hết ngày 14/02/2025, tỷ lệ hồ sơ trực tuyến toàn trình chung của cấp huyện mới đạt 38,4%, thấp hơn 6,2 điểm phần trăm so với cùng kỳ năm 2024; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 33,2%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 52,7%.

Kết quả cụ thể của từng địa phương như sau: thành phố Phước Sơn đạt 58,2%, thị xã Phước Hưng đạt 49,6%, huyện Ngọc Tuyền đạt 44,1%, huyện Đá Mài đạt 31,5%, huyện Cát Trinh đạt 27,8%, huyện Thạch Bàn đạt 22,6% và huyện Lũng Cao chỉ đạt 19,4%. Riêng tỷ lệ thanh toán trực tuyến của huyện Lũng Cao mới đạt 9,7%, thấp nhất toàn tỉnh.

Như vậy, ba huyện Lũng Cao, Thạch Bàn và Cát Trinh có tỷ lệ hồ sơ trực tuyến toàn trình dưới 30%, tiến độ chậm, ảnh hưởng đến kết quả chung của tỉnh. Nguyên nhân chủ yếu là Bộ phận Một cửa cấp huyện, cấp xã còn tiếp nhận hồ sơ giấy khi người dân có thể nộp trực tuyến; chưa phát huy vai trò của Tổ công nghệ số cộng đồng; một số thủ tục hành chính chưa được cấu hình quy trình điện tử.

Để bảo đảm hoàn thành chỉ tiêu năm 2025, Sở Thông tin và Truyền thông đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố quan tâm chỉ đạo thực hiện một số nội dung sau:

1. Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo rà soát toàn bộ thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình, hoàn thành cấu hình quy trình điện tử trên Hệ thống trước ngày 10/3/2025.

2. Chỉ đạo Bộ phận Một cửa cấp huyện, cấp xã bố trí ít nhất 01 công chức hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại chỗ; hạn chế tối đa tiếp nhận hồ sơ giấy đối với thủ tục đã cung cấp trực tuyến toàn trình.

3. Phát huy Tổ công nghệ số cộng đồng tại thôn, tổ dân phố; tăng thời lượng tuyên truyền về dịch vụ công trực tuyến trên hệ thống truyền thanh cơ sở, tối thiểu 02 lần mỗi tuần.

4. Ủy ban nhân dân các huyện Lũng Cao, Thạch Bàn, Cát Trinh báo cáo bằng văn bản nguyên nhân chậm tiến độ và giải pháp khắc phục về Sở Thông tin và Truyền thông trước ngày 28/02/2025; phấn đấu đến ngày 31/3/2025 đạt tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 35%.

5. Định kỳ trước ngày 25 hằng tháng, Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

Sở Thông tin và Truyền thông giao Trung tâm Chuyển đổi số tỉnh cử cán bộ kỹ thuật hỗ trợ trực tiếp các huyện Lũng Cao, Thạch Bàn, Cát Trinh trong tháng 3/2025 về cấu hình quy trình và tích hợp thanh toán trực tuyến.

Sở Thông tin và Truyền thông sẽ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh xem xét, đánh giá mức độ hoàn thành nhiệm vụ của người đứng đầu các địa phương tại phiên họp thường kỳ tháng 4/2025.

Thông tin chi tiết liên hệ: ông Lương Văn Thành, Phó Trưởng phòng Chuyển đổi số, Sở Thông tin và Truyền thông; điện thoại 0238.3856.120; thư điện tử cds.stttt@phuocsondong.gov.vn.

Rất mong nhận được sự quan tâm, phối hợp của Ủy ban nhân dân các huyện, thị xã, thành phố./.

=KT. GIÁM ĐỐC
=PHÓ GIÁM ĐỐC
=
=Trần Hữu Nghĩa
=
=Nơi nhận:
=- Như trên;
=- UBND tỉnh (để báo cáo);
=- Văn phòng UBND tỉnh;
=- Giám đốc Sở (để báo cáo);
=- Trung tâm Chuyển đổi số tỉnh;
=- Lưu: VT, CĐS.
"""


def build_qd03():
    out = []
    for block in QD03.split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith("=") or not l for l in lines):
            out.extend(l[1:] for l in lines if l)
        else:
            out.extend(textwrap.wrap(" ".join(l.strip() for l in lines), width=66,
                                     break_long_words=False, break_on_hyphens=False))
        out.append("")
    path = os.path.join(CORPUS, "qd03_cv112_stttt_dvc_truc_tuyen.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")
    return path


# ---------------------------------------------------------------- qd05
Q5_HEAD = [
    ("UBND HUYỆN NGỌC TUYỀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 23/BC-TTTTVH", "Ngọc Tuyền, ngày 20 tháng 5 năm 2025"),
]
Q5_TITLE = ["BÁO CÁO",
            "Kết quả hoạt động thông tin cơ sở 5 tháng đầu năm 2025 và đề xuất nâng cấp hệ thống loa truyền thanh"]
Q5_INTRO = ("Thực hiện Kế hoạch số 58/KH-UBND ngày 06/3/2025 của Ủy ban nhân dân huyện về "
            "nâng cao hiệu quả hoạt động thông tin cơ sở năm 2025 và Công văn số 112/STTTT-CĐS "
            "ngày 18/02/2025 của Sở Thông tin và Truyền thông, Trung tâm Truyền thông và Văn hóa "
            "huyện Ngọc Tuyền báo cáo kết quả như sau:")
Q5_S1 = "I. KẾT QUẢ THỰC HIỆN"
Q5_S1_1 = "1. Hệ thống loa truyền thanh cơ sở"
Q5_S1_1_P = [
    "Đến ngày 15/5/2025, toàn huyện có 64 cụm loa truyền thanh thông minh ứng dụng công nghệ "
    "thông tin - viễn thông, tăng 18 cụm so với cuối năm 2024, và 97 cụm loa không dây FM. "
    "Số thôn, tổ dân phố có loa truyền thanh đạt 81/92 thôn, tổ dân phố, tương đương 88,0%; "
    "còn 11 thôn chưa có loa, tập trung ở xã Khe Tre (05 thôn) và xã Suối Mơ (04 thôn).",
    "Thị trấn Ngọc Tuyền là đơn vị đầu tiên hoàn thành chuyển đổi toàn bộ sang loa thông minh "
    "với 14 cụm; xã Tân Ngọc có 11 cụm loa thông minh. Trong số 97 cụm loa FM, có 23 cụm bị "
    "hư hỏng, nhiễu sóng, phải ngừng hoạt động từ 01 tháng trở lên.",
    "Số liệu cụ thể theo từng xã, thị trấn tại bảng sau:",
]
Q5_TABLE = [
    ("Xã, thị trấn", "Cụm loa thông minh", "Cụm loa FM", "Số kỳ bản tin", "Thôn chưa có loa"),
    ("Thị trấn Ngọc Tuyền", "14", "0", "15", "0"),
    ("Xã Tân Ngọc", "11", "9", "14", "0"),
    ("Xã Ngọc Lâm", "9", "14", "12", "1"),
    ("Xã Đá Bạc", "8", "13", "12", "0"),
    ("Xã An Tuyền", "7", "12", "10", "1"),
    ("Xã Bằng Lăng", "6", "15", "9", "0"),
    ("Xã Suối Mơ", "5", "16", "5", "4"),
    ("Xã Khe Tre", "4", "18", "4", "5"),
    ("Tổng cộng", "64", "97", "81", "11"),
]
Q5_S1_2 = "2. Bản tin thông tin cơ sở và nội dung tuyên truyền"
Q5_S1_2_P = [
    "Trong 5 tháng, Trung tâm biên tập, phát hành 20 kỳ Bản tin Ngọc Tuyền (bản in và bản điện tử) "
    "với 1.600 bản in phát tới các thôn; các xã, thị trấn phát hành tổng cộng 81 kỳ bản tin cơ sở. "
    "Hệ thống loa thông minh phát 3.420 giờ, trong đó 2.150 giờ tiếp âm chương trình của "
    "Đài Tiếng nói Việt Nam và Đài Phát thanh và Truyền hình tỉnh.",
    "Trung tâm đã phát 12 tin, bài tuyên truyền Cuộc thi trực tuyến tìm hiểu Nghị quyết 57-NQ/TW "
    "theo Kế hoạch số 45-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy; xây dựng chuyên mục \"Dịch vụ công "
    "trong tầm tay\" phát 02 lần mỗi tuần vào 6 giờ 30 sáng thứ Ba và thứ Sáu.",
    "Thực hiện Quyết định số 415/QĐ-UBND ngày 24/4/2025 của Ủy ban nhân dân huyện, Trung tâm "
    "đã phát danh sách các gia đình, dòng họ học tập năm 2024 trên hệ thống truyền thanh của 06 xã "
    "có tên trong Quyết định.",
]
Q5_S2 = "II. KHÓ KHĂN, HẠN CHẾ"
Q5_S2_L = [
    "Cụm loa FM được đầu tư từ năm 2014 - 2016 đã xuống cấp, chi phí sửa chữa bình quân "
    "2.500.000 đồng mỗi cụm, trong khi kinh phí bảo trì năm 2025 của toàn huyện chỉ có 45 triệu đồng.",
    "Nhân lực phụ trách đài truyền thanh cấp xã đều kiêm nhiệm, 05/08 xã, thị trấn chưa có cán bộ "
    "được tập huấn sử dụng phần mềm quản lý loa thông minh.",
    "Xã Khe Tre và xã Suối Mơ có địa hình chia cắt, sóng di động yếu nên loa thông minh thường "
    "xuyên mất kết nối; bản tin cơ sở của hai xã phát hành không đều.",
]
Q5_S3 = "III. ĐỀ XUẤT, KIẾN NGHỊ"
Q5_S3_L = [
    "Đề nghị Ủy ban nhân dân huyện bố trí 640 triệu đồng từ nguồn ngân sách huyện năm 2025 để "
    "lắp đặt 16 cụm loa thông minh cho 11 thôn chưa có loa và thay thế cụm loa FM hư hỏng tại "
    "xã Khe Tre, xã Suối Mơ, hoàn thành trước ngày 30/9/2025.",
    "Đề nghị Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Trung tâm tổ chức tập huấn "
    "sử dụng phần mềm quản lý loa thông minh cho cán bộ cấp xã trong tháng 6/2025.",
    "Đề nghị Ủy ban nhân dân các xã, thị trấn giao 01 công chức văn hóa - xã hội theo dõi hoạt động "
    "truyền thanh; gửi nội dung bản tin cơ sở về Trung tâm trước ngày 05 hằng tháng để tổng hợp.",
    "Đề nghị Viễn thông Ngọc Tuyền khảo sát, bổ sung trạm phát sóng tại xã Khe Tre trong quý III/2025.",
]
Q5_S4 = "IV. PHƯƠNG HƯỚNG 7 THÁNG CUỐI NĂM 2025"
Q5_S4_P = [
    "Trung tâm tiếp tục duy trì Bản tin Ngọc Tuyền 04 kỳ mỗi tháng; phấn đấu đến ngày 31/12/2025 "
    "100% thôn, tổ dân phố có loa truyền thanh và 100% xã, thị trấn phát hành bản tin cơ sở đều đặn "
    "hằng tháng.",
    "Đầu mối liên hệ: bà Hứa Thị Ngân, Phó Giám đốc Trung tâm, điện thoại 0975.218.664.",
]
Q5_TAIL = ["GIÁM ĐỐC", "Vũ Đức Hạnh"]
Q5_NOI_NHAN = ["Nơi nhận:", "- UBND huyện (để báo cáo);", "- Phòng Văn hóa và Thông tin huyện;",
               "- UBND các xã, thị trấn;", "- Lưu: VT."]


def build_qd05():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    head = doc.add_table(rows=len(Q5_HEAD), cols=2)
    for i, (l, r) in enumerate(Q5_HEAD):
        head.cell(i, 0).text = l
        head.cell(i, 1).text = r
    for i, t in enumerate(Q5_TITLE):
        p = doc.add_paragraph()
        run = p.add_run(t)
        run.bold = i == 0
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(Q5_INTRO)
    doc.add_heading(Q5_S1, level=2)
    doc.add_heading(Q5_S1_1, level=3)
    for t in Q5_S1_1_P:
        doc.add_paragraph(t)
    tbl = doc.add_table(rows=len(Q5_TABLE), cols=len(Q5_TABLE[0]))
    tbl.style = "Table Grid"
    for i, row in enumerate(Q5_TABLE):
        for j, v in enumerate(row):
            tbl.cell(i, j).text = v
    doc.add_heading(Q5_S1_2, level=3)
    for t in Q5_S1_2_P:
        doc.add_paragraph(t)
    doc.add_heading(Q5_S2, level=2)
    for t in Q5_S2_L:
        doc.add_paragraph(t, style="List Number")
    doc.add_heading(Q5_S3, level=2)
    for t in Q5_S3_L:
        doc.add_paragraph(t, style="List Number 2")
    doc.add_heading(Q5_S4, level=2)
    for t in Q5_S4_P:
        doc.add_paragraph(t)
    for t in Q5_TAIL:
        p = doc.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t in Q5_NOI_NHAN:
        doc.add_paragraph(t)
    path = os.path.join(CORPUS, "qd05_bc23_tttt_vh_ngoc_tuyen_thong_tin_co_so.docx")
    doc.save(path)
    return path


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    print(build_qd03())
    print(build_qd05())
