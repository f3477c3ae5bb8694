# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind43 (tỉnh Lộc Ninh Hạ).

All text is invented. Run:  /work/main/.venv/bin/python build_qs.py
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# qs01 - Kế hoạch, UBND huyện Ngư Lạc (.docx, Word list numbering + task table)
# markup: "#c " centered bold, "#b " bold, "1) " List Number, "- " List Bullet,
#         "TABLE" inserts the task table, "#r " right aligned, plain = Normal
# ---------------------------------------------------------------------------
QS01 = """#b UBND HUYỆN NGƯ LẠC
#b Số: 27/KH-UBND
#c CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
#c Độc lập - Tự do - Hạnh phúc
#r Ngư Lạc, ngày 12 tháng 01 năm 2026
#c KẾ HOẠCH
#c Chuyển đổi số trong giáo dục và đào tạo huyện Ngư Lạc năm 2026
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Kế hoạch số 94/KH-UBND ngày 05/11/2025 của UBND tỉnh Lộc Ninh Hạ về chuyển đổi số tỉnh Lộc Ninh Hạ giai đoạn 2026 - 2030;
Xét đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 08/TTr-PGDĐT ngày 06/01/2026, UBND huyện Ngư Lạc ban hành Kế hoạch chuyển đổi số trong giáo dục và đào tạo năm 2026 với các nội dung sau:
#b I. MỤC ĐÍCH, YÊU CẦU
#b 1. Mục đích
- Đẩy mạnh ứng dụng công nghệ số trong quản lý, dạy và học tại 41 cơ sở giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn huyện, từng bước hình thành mô hình "trường học số".
- Nâng cao năng lực số cho đội ngũ 1.260 cán bộ quản lý, giáo viên, nhân viên; tạo điều kiện để học sinh tiếp cận học liệu số một cách bình đẳng, nhất là học sinh vùng khó khăn của các xã Sơn Vỹ, Đồi Dẻ và Lệ Trạch.
#b 2. Yêu cầu
- Các nhiệm vụ phải cụ thể, có địa chỉ chịu trách nhiệm, thời hạn hoàn thành và sản phẩm đầu ra rõ ràng; gắn với nhiệm vụ năm học 2025 - 2026 và 2026 - 2027.
- Việc triển khai phải bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh, giáo viên; không làm phát sinh hồ sơ giấy song song với hồ sơ điện tử.
#b II. CHỈ TIÊU CHỦ YẾU NĂM 2026
1) 100% cơ sở giáo dục sử dụng hồ sơ điện tử (sổ điểm điện tử, học bạ số) kết nối với cơ sở dữ liệu ngành giáo dục.
1) Tối thiểu 85% giáo viên hoàn thành bồi dưỡng kỹ năng số cơ bản trước ngày 31/8/2026.
1) 12 trường THCS triển khai bài giảng điện tử trên hệ thống quản lý học tập (LMS) dùng chung của huyện.
1) 100% học sinh lớp 9 có tài khoản học tập trực tuyến để ôn thi vào lớp 10.
1) 100% trường học thực hiện thu các khoản phí, lệ phí không dùng tiền mặt chậm nhất đến hết quý III/2026.
#b III. NHIỆM VỤ VÀ GIẢI PHÁP
#b 1. Hoàn thiện hạ tầng số
Nâng cấp đường truyền internet tốc độ tối thiểu 100 Mbps cho 41 trường; trang bị 36 màn hình tương tác cho các trường THCS, ưu tiên trường có lớp 9; rà soát, thay thế máy tính hết khấu hao tại các phòng tin học.
#b 2. Phát triển học liệu số
Xây dựng kho học liệu số dùng chung của huyện với tối thiểu 600 bài giảng điện tử, 250 đề kiểm tra trực tuyến do tổ chuyên môn thẩm định. Mỗi trường THCS đóng góp ít nhất 30 bài giảng điện tử vào kho học liệu.
#b 3. Bồi dưỡng năng lực số
Tổ chức 06 lớp bồi dưỡng kỹ năng số cho giáo viên (mỗi lớp khoảng 45 học viên) tại Trung tâm GDNN-GDTX huyện; nội dung gồm khai thác LMS, thiết kế bài giảng điện tử, sử dụng trí tuệ nhân tạo hỗ trợ soạn giảng và an toàn thông tin.
#b 4. Thi đua, khen thưởng
Tổ chức Hội thi "Giáo viên sáng tạo bài giảng số" cấp huyện trong tháng 10/2026; chọn 05 bài giảng xuất sắc nhất tham gia hội thi cấp tỉnh.
#b 5. Bảo đảm an toàn thông tin
Triển khai phần mềm phòng chống mã độc cho 100% máy tính tại bộ phận văn phòng các trường; phân quyền tài khoản quản trị LMS theo từng cấp (huyện, trường, tổ chuyên môn).
#b IV. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch năm 2026 là 2.450.000.000 đồng (Hai tỷ, bốn trăm năm mươi triệu đồng), trong đó: ngân sách huyện 1.900.000.000 đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 550.000.000 đồng. Kinh phí mua sắm màn hình tương tác là 1.188.000.000 đồng (33.000.000 đồng/màn hình).
#b V. PHÂN CÔNG NHIỆM VỤ CỤ THỂ
TABLE
#b VI. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo là cơ quan thường trực, chủ trì tham mưu UBND huyện triển khai Kế hoạch; hướng dẫn các trường xây dựng kế hoạch chuyển đổi số của đơn vị trước ngày 28/02/2026; tổng hợp, báo cáo kết quả về UBND huyện định kỳ hằng quý, trước ngày 20 của tháng cuối quý.
2. Giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với các doanh nghiệp viễn thông trên địa bàn nâng cấp đường truyền internet cho các trường; hướng dẫn, kiểm tra công tác bảo đảm an toàn thông tin đối với hệ thống LMS dùng chung.
3. Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 15/02/2026; hướng dẫn các trường thanh quyết toán theo quy định.
4. Giao Trung tâm GDNN-GDTX huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tổ chức 06 lớp bồi dưỡng kỹ năng số cho giáo viên, hoàn thành trước ngày 31/8/2026.
5. Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền về mô hình trường học số trên hệ thống truyền thanh và trang thông tin điện tử huyện, định kỳ hằng quý.
6. Đề nghị Hội khuyến học huyện vận động nguồn xã hội hóa hỗ trợ thiết bị học tập trực tuyến cho học sinh có hoàn cảnh khó khăn, phấn đấu trao tặng 300 máy tính bảng trong năm 2026.
7. UBND các xã, thị trấn phối hợp với nhà trường rà soát học sinh chưa có thiết bị học tập; hỗ trợ mặt bằng lắp đặt trạm phát sóng tại các thôn còn "vùng lõm" sóng di động.
8. Hiệu trưởng các trường mầm non, tiểu học, THCS có trách nhiệm xây dựng kế hoạch chuyển đổi số của đơn vị, cử giáo viên tham gia bồi dưỡng đầy đủ và cập nhật hồ sơ điện tử đúng thời hạn.
Đầu mối liên hệ: ông Lại Văn Khởi, Phó Trưởng phòng Giáo dục và Đào tạo, điện thoại 0912 447 305, e-mail: khoilv.pgd@ngulac.edu.vn.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời về UBND huyện (qua Phòng Giáo dục và Đào tạo) để xem xét, giải quyết./.
#b Nơi nhận:
Sở GD&ĐT tỉnh Lộc Ninh Hạ (để b/c);
Thường trực Huyện ủy, Thường trực HĐND huyện;
Chủ tịch, các Phó Chủ tịch UBND huyện;
Các cơ quan, đơn vị tại mục VI;
Lưu: VT, PGDĐT.
#r TM. UBND HUYỆN
#r KT. CHỦ TỊCH
#r PHÓ CHỦ TỊCH
#r (đã ký)
#r Quách Thị Nhạn
"""

QS01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Nâng cấp đường truyền internet tối thiểu 100 Mbps cho 41 trường",
     "Phòng Văn hóa và Thông tin", "Phòng GD&ĐT; doanh nghiệp viễn thông", "Trước ngày 30/6/2026"],
    ["2", "Mua sắm, lắp đặt 36 màn hình tương tác cho các trường THCS",
     "Phòng Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch", "Quý III/2026"],
    ["3", "Xây dựng kho học liệu số dùng chung (600 bài giảng, 250 đề kiểm tra)",
     "Phòng Giáo dục và Đào tạo", "Các trường THCS", "Trước ngày 15/11/2026"],
    ["4", "Tổ chức 06 lớp bồi dưỡng kỹ năng số cho giáo viên",
     "Trung tâm GDNN-GDTX huyện", "Phòng Giáo dục và Đào tạo", "Trước ngày 31/8/2026"],
    ["5", "Thẩm định, bố trí kinh phí thực hiện Kế hoạch",
     "Phòng Tài chính - Kế hoạch", "Phòng Giáo dục và Đào tạo", "Trước ngày 15/02/2026"],
    ["6", "Tổ chức Hội thi \"Giáo viên sáng tạo bài giảng số\" cấp huyện",
     "Phòng Giáo dục và Đào tạo", "Công đoàn ngành Giáo dục huyện", "Tháng 10/2026"],
    ["7", "Tuyên truyền về mô hình trường học số",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Các trường học", "Định kỳ hằng quý"],
]


def build_qs01(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    in_noi_nhan = False
    for line in nfc(QS01).splitlines():
        if not line.strip():
            continue
        if line == "TABLE":
            t = d.add_table(rows=0, cols=5)
            t.style = "Table Grid"
            for r in QS01_TABLE:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = nfc(v)
            continue
        if line.startswith("#c "):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line[3:]).bold = True
        elif line.startswith("#r "):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(line[3:]).bold = not line.startswith("#r (")
        elif line.startswith("#b "):
            p = d.add_paragraph()
            p.add_run(line[3:]).bold = True
            in_noi_nhan = line[3:].startswith("Nơi nhận")
        elif line.startswith("1) "):
            d.add_paragraph(line[3:], style="List Number")
        elif line.startswith("- ") or in_noi_nhan:
            d.add_paragraph(line[2:] if line.startswith("- ") else line, style="List Bullet")
        else:
            d.add_paragraph(line)
    d.save(path)


# ---------------------------------------------------------------------------
# qs02 - Quyết định + Thể lệ, Sở KH&CN tỉnh (.pdf, text layer)
# ---------------------------------------------------------------------------
QS02_HEAD = [
    ("UBND TỈNH LỘC NINH HẠ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 316/QĐ-SKHCN", "Đài Sơn, ngày 03 tháng 3 năm 2026"),
]
QS02 = """#c QUYẾT ĐỊNH
#c Về việc ban hành Thể lệ Cuộc thi "Ý tưởng sáng tạo số tuổi trẻ Lộc Ninh Hạ" năm 2026
#c GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ
Căn cứ Quyết định số 1208/QĐ-UBND ngày 14/7/2025 của UBND tỉnh Lộc Ninh Hạ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Kế hoạch số 94/KH-UBND ngày 05/11/2025 của UBND tỉnh về chuyển đổi số tỉnh Lộc Ninh Hạ giai đoạn 2026 - 2030;
Theo đề nghị của Trưởng phòng Quản lý khoa học và Đổi mới sáng tạo.
#c QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Thể lệ Cuộc thi "Ý tưởng sáng tạo số tuổi trẻ Lộc Ninh Hạ" năm 2026.
Điều 2. Giao Phòng Quản lý khoa học và Đổi mới sáng tạo chủ trì, phối hợp với Tỉnh đoàn Lộc Ninh Hạ và Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tổ chức Cuộc thi theo đúng Thể lệ; Văn phòng Sở có trách nhiệm bảo đảm kinh phí, cơ sở vật chất phục vụ Cuộc thi. Kinh phí tổ chức Cuộc thi là 185.000.000 đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2026 của Sở.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học và Đổi mới sáng tạo, Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
#b Nơi nhận:
- Như Điều 3;
- UBND tỉnh (để b/c);
- Tỉnh đoàn Lộc Ninh Hạ;
- Sở Giáo dục và Đào tạo;
- Lưu: VT, QLKH.
#r GIÁM ĐỐC
#r (đã ký)
#r Khổng Minh Luận
#p
#c THỂ LỆ
#c Cuộc thi "Ý tưởng sáng tạo số tuổi trẻ Lộc Ninh Hạ" năm 2026
#c (Ban hành kèm theo Quyết định số 316/QĐ-SKHCN ngày 03/3/2026 của Giám đốc Sở Khoa học và Công nghệ)
#b Điều 1. Mục đích
Phát hiện, khuyến khích các ý tưởng ứng dụng công nghệ số giải quyết vấn đề thực tiễn của địa phương; khơi dậy tinh thần khởi nghiệp đổi mới sáng tạo trong thanh niên, học sinh, sinh viên; lựa chọn các ý tưởng tiềm năng để hỗ trợ ươm tạo, thương mại hóa.
#b Điều 2. Đối tượng dự thi
1. Công dân Việt Nam từ đủ 15 tuổi đến 35 tuổi đang học tập, làm việc hoặc cư trú trên địa bàn tỉnh Lộc Ninh Hạ.
2. Thí sinh dự thi theo cá nhân hoặc theo nhóm; mỗi nhóm không quá 05 người. Mỗi cá nhân, nhóm gửi tối đa 02 ý tưởng.
3. Thành viên Ban Tổ chức, Ban Giám khảo, Tổ thư ký không tham gia dự thi.
#b Điều 3. Lĩnh vực dự thi
Ý tưởng thuộc một trong các lĩnh vực: a) Nông nghiệp số và truy xuất nguồn gốc nông sản; b) Giáo dục số, học tập suốt đời; c) Y tế số, chăm sóc sức khỏe cộng đồng; d) Du lịch thông minh, số hóa di sản văn hóa; đ) Quản lý tài nguyên, môi trường và ứng phó thiên tai; e) Dịch vụ công trực tuyến, chính quyền số cấp xã.
#b Điều 4. Hồ sơ dự thi
1. Phiếu đăng ký dự thi (theo mẫu); bản thuyết minh ý tưởng không quá 15 trang khổ A4; video giới thiệu dài không quá 03 phút (nếu có); bản sao thẻ căn cước của các thành viên.
2. Thời gian nhận hồ sơ: từ ngày 15/3/2026 đến 17 giờ 00 ngày 31/5/2026. Hồ sơ nộp sau thời hạn trên không được xét.
3. Hình thức nộp: trực tuyến tại cổng thông tin cuộc thi ytuongso.locninhha.gov.vn hoặc nộp trực tiếp, qua bưu chính tại Trung tâm Ứng dụng tiến bộ khoa học và công nghệ, số 52 đường Lý Tự Trọng, phường Đài Sơn, thành phố Đài Sơn.
#b Điều 5. Các vòng thi
1. Vòng sơ khảo (từ ngày 01/6 đến ngày 30/6/2026): Ban Giám khảo chấm hồ sơ, chọn tối đa 20 ý tưởng vào vòng chung khảo. Kết quả công bố trên cổng thông tin cuộc thi trước ngày 05/7/2026.
2. Vòng chung khảo (ngày 25/7/2026): thí sinh thuyết trình trực tiếp không quá 10 phút và trả lời câu hỏi của Ban Giám khảo tại Hội trường Trung tâm Hội nghị tỉnh. Lễ tổng kết, trao giải tổ chức ngay sau vòng chung khảo.
#b Điều 6. Tiêu chí chấm điểm (thang điểm 100)
a) Tính mới, tính sáng tạo: 30 điểm; b) Tính khả thi về kỹ thuật và nguồn lực: 30 điểm; c) Hiệu quả kinh tế - xã hội, khả năng nhân rộng: 25 điểm; d) Chất lượng thuyết minh, trình bày: 15 điểm. Ý tưởng đạt dưới 50 điểm ở vòng sơ khảo không được xét vào vòng chung khảo.
#b Điều 7. Cơ cấu giải thưởng
1. 01 giải Nhất: 30.000.000 đồng; 02 giải Nhì, mỗi giải 20.000.000 đồng; 03 giải Ba, mỗi giải 10.000.000 đồng; 05 giải Khuyến khích, mỗi giải 3.000.000 đồng. Tổng giá trị giải thưởng là 115.000.000 đồng.
2. Ý tưởng đoạt giải Nhất, giải Nhì được xem xét hỗ trợ ươm tạo miễn phí tại Trung tâm Ứng dụng tiến bộ khoa học và công nghệ trong thời gian tối đa 12 tháng.
3. Đơn vị có nhiều ý tưởng chất lượng tham gia dự thi được tặng Giấy khen của Giám đốc Sở (tối đa 03 tập thể).
#b Điều 8. Ban Tổ chức và Ban Giám khảo
1. Ban Tổ chức do một Phó Giám đốc Sở làm Trưởng ban, đại diện lãnh đạo Tỉnh đoàn làm Phó Trưởng ban; thành viên là đại diện các đơn vị liên quan.
2. Ban Giám khảo gồm 07 thành viên là nhà khoa học, chuyên gia công nghệ, nhà đầu tư khởi nghiệp do Giám đốc Sở quyết định thành lập.
#b Điều 9. Quyền sở hữu trí tuệ
Thí sinh chịu trách nhiệm về bản quyền của ý tưởng dự thi. Ý tưởng vi phạm quyền sở hữu trí tuệ bị hủy kết quả và thu hồi giải thưởng. Ban Tổ chức có quyền sử dụng thông tin tóm tắt về ý tưởng để tuyên truyền, không sử dụng vào mục đích thương mại.
#b Điều 10. Trách nhiệm của các cơ quan, đơn vị
1. Phòng Quản lý khoa học và Đổi mới sáng tạo là thường trực Ban Tổ chức, tiếp nhận, phân loại hồ sơ và tổng hợp kết quả chấm.
2. Tỉnh đoàn Lộc Ninh Hạ có trách nhiệm phát động Cuộc thi trong đoàn viên, thanh niên; vận động mỗi huyện, thị xã có ít nhất 10 ý tưởng dự thi.
3. Đề nghị Sở Giáo dục và Đào tạo phổ biến Thể lệ đến các trường THPT, trung tâm GDNN-GDTX trước ngày 31/3/2026.
4. Đề nghị UBND các huyện, thị xã giao cơ quan chuyên môn tuyên truyền Cuộc thi trên hệ thống thông tin cơ sở.
5. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chuẩn bị địa điểm, thiết bị cho vòng chung khảo và tổ chức ươm tạo các ý tưởng đoạt giải.
#b Điều 11. Thông tin liên hệ
Bà Diệp Thanh Mai, chuyên viên Phòng Quản lý khoa học và Đổi mới sáng tạo; điện thoại 0232 3861 479; e-mail: ytuongso@skhcn.locninhha.gov.vn.
"""


def build_qs02(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for left, right in QS02_HEAD:
        pdf.set_font("DV", "B" if "Số:" not in left else "", 10.5)
        pdf.cell(w * 0.42, 6, nfc(left), align="C")
        pdf.set_font("DV", "B" if "ngày" not in right else "", 10.5)
        pdf.cell(w * 0.58, 6, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for line in nfc(QS02).splitlines():
        if not line.strip():
            continue
        if line == "#p":
            pdf.add_page()
            continue
        if line.startswith("#c "):
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(w, 6.5, line[3:], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif line.startswith("#r "):
            pdf.set_font("DV", "B" if not line.startswith("#r (") else "", 11.5)
            pdf.multi_cell(w, 6.5, line[3:], align="R", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("#b "):
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(w, 6.5, line[3:], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 11.5)
            pdf.multi_cell(w, 6.5, line, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
    pdf.output(path)


# ---------------------------------------------------------------------------
# qs03 - Công văn, Ban Tuyên giáo và Dân vận Huyện ủy (.txt, two-column header,
#        body hard-wrapped at 72 characters as if copied from a PDF)
# ---------------------------------------------------------------------------
QS03_HEAD = """   HUYỆN ỦY NGƯ LẠC                       ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO VÀ DÂN VẬN                 ---------------------
         *                          Ngư Lạc, ngày 20 tháng 3 năm 2026
   Số 145-CV/BTGDVHU
V/v tuyên truyền chuyển đổi số,
khoa học, công nghệ và Cuộc thi
ý tưởng sáng tạo số năm 2026

                         Kính gửi:
          - Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy;
          - Phòng Văn hóa và Thông tin huyện;
          - Trung tâm Văn hóa, Thông tin và Thể thao huyện;
          - UBMTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội
            huyện.
"""
QS03_BODY = [
    "Thực hiện Kế hoạch số 27/KH-UBND ngày 12/01/2026 của UBND huyện về chuyển đổi số trong giáo dục và đào tạo huyện Ngư Lạc năm 2026 và Quyết định số 316/QĐ-SKHCN ngày 03/3/2026 của Sở Khoa học và Công nghệ tỉnh Lộc Ninh Hạ ban hành Thể lệ Cuộc thi \"Ý tưởng sáng tạo số tuổi trẻ Lộc Ninh Hạ\" năm 2026; theo ý kiến của Thường trực Huyện ủy tại cuộc họp ngày 16/3/2026, Ban Tuyên giáo và Dân vận Huyện ủy Ngư Lạc đề nghị các cơ quan, đơn vị thực hiện tốt một số nội dung sau:",
    "Năm 2025, các cơ quan báo chí, truyền thông của huyện đăng tải 312 tin, bài, phóng sự về khoa học, công nghệ và chuyển đổi số; tuy nhiên, nội dung tuyên truyền ở một số xã còn đơn điệu, chưa gắn với lợi ích thiết thực của người dân; tỷ lệ người dân cài đặt ứng dụng định danh điện tử ở các thôn vùng sâu còn thấp.",
    "1. Nội dung tuyên truyền",
    "a) Quan điểm, mục tiêu của Đảng về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; vai trò của người dân, doanh nghiệp trong xây dựng chính quyền số, kinh tế số, xã hội số trên địa bàn huyện.",
    "b) Các chỉ tiêu chuyển đổi số trong giáo dục năm 2026 của huyện, nhất là mô hình \"trường học số\", học bạ số, thanh toán không dùng tiền mặt trong trường học; phong trào trao tặng máy tính bảng cho học sinh có hoàn cảnh khó khăn do Hội khuyến học huyện phát động.",
    "c) Thể lệ, thời hạn nhận hồ sơ (đến 17 giờ 00 ngày 31/5/2026) và cơ cấu giải thưởng của Cuộc thi \"Ý tưởng sáng tạo số tuổi trẻ Lộc Ninh Hạ\" năm 2026.",
    "d) Cảnh báo các thủ đoạn lừa đảo trên không gian mạng; hướng dẫn người dân cài đặt, sử dụng an toàn ứng dụng định danh điện tử và ứng dụng \"Lộc Ninh Hạ số\" của tỉnh.",
    "2. Hình thức tuyên truyền",
    "a) Trên Trang thông tin điện tử huyện, Fanpage \"Ngư Lạc hôm nay\" và các nhóm Zalo của thôn, tổ dân phố.",
    "b) Trên hệ thống truyền thanh cơ sở của 14 xã, thị trấn với tần suất tối thiểu 02 lần/tuần trong tháng 4 và tháng 5/2026.",
    "c) Treo 25 băng rôn, khẩu hiệu tại trung tâm các xã, thị trấn và cổng các trường THCS.",
    "d) Thông qua Hội nghị báo cáo viên quý II/2026, dự kiến tổ chức vào 8 giờ 00 ngày 16/4/2026 tại Hội trường Huyện ủy; thông qua sinh hoạt chi bộ định kỳ và sinh hoạt của các đoàn thể.",
    "3. Tổ chức thực hiện",
    "3.1. Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy quán triệt nội dung Công văn này đến cán bộ, đảng viên; đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ tháng 4/2026.",
    "3.2. Đề nghị Phòng Văn hóa và Thông tin huyện mở chuyên mục \"Ngư Lạc chuyển đổi số\" trên Trang thông tin điện tử huyện trước ngày 10/4/2026; hướng dẫn nội dung tuyên truyền trên hệ thống truyền thanh cơ sở.",
    "3.3. Trung tâm Văn hóa, Thông tin và Thể thao huyện có trách nhiệm sản xuất tối thiểu 08 tin, bài, phóng sự về chuyển đổi số; hoàn thành treo 25 băng rôn trước ngày 05/4/2026.",
    "3.4. Đề nghị UBMTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện lồng ghép tuyên truyền trong hội viên, đoàn viên. Trong đó, Huyện đoàn vận động đoàn viên, thanh niên tham gia Cuộc thi, phấn đấu huyện có tối thiểu 15 ý tưởng dự thi; Hội Nông dân huyện tuyên truyền, hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử; Hội Liên hiệp Phụ nữ huyện tổ chức 03 buổi tập huấn \"Phụ nữ với kỹ năng số\" tại các xã Sơn Vỹ, Mai Lĩnh và Xuân Húc trong quý II/2026.",
    "3.5. Các cơ quan, đơn vị báo cáo kết quả thực hiện về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 15/6/2026 (qua Hệ thống thông tin điều hành tác nghiệp và e-mail tuyengiao.ngulac@locninhha.org.vn) để tổng hợp, báo cáo Thường trực Huyện ủy.",
    "Quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí Lò Văn Tiệp, chuyên viên Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0978 215 630.",
]
QS03_FOOT = """
Nơi nhận:                                          K/T TRƯỞNG BAN
- Như kính gửi;                                    PHÓ TRƯỞNG BAN
- Thường trực Huyện ủy (b/c);
- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);            (đã ký)
- Lưu: VT.
                                                   Đinh Thị Ngát
"""


def build_qs03(path):
    out = [QS03_HEAD, ""]
    for para in QS03_BODY:
        wrapped = textwrap.wrap(para, width=72, break_long_words=False,
                                break_on_hyphens=False)
        out.append("\n".join(wrapped))
    out.append(QS03_FOOT)
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)))


# ---------------------------------------------------------------------------
# qs04 - Báo cáo, Hội khuyến học xã Lệ Trạch (.md with Markdown tables)
# ---------------------------------------------------------------------------
QS04 = """HỘI KHUYẾN HỌC HUYỆN NGƯ LẠC
**HỘI KHUYẾN HỌC XÃ LỆ TRẠCH**
Số: 09/BC-HKH

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Lệ Trạch, ngày 22 tháng 01 năm 2026*

# BÁO CÁO

## Kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025 và phương hướng, nhiệm vụ năm 2026

Thực hiện Công văn số 04/HKH ngày 08/01/2026 của Hội khuyến học huyện Ngư Lạc về việc báo cáo tổng kết năm 2025, Ban Thường vụ Hội khuyến học xã Lệ Trạch báo cáo như sau:

### I. ĐẶC ĐIỂM TÌNH HÌNH

Xã Lệ Trạch có 7 thôn với 2.318 hộ, 9.146 nhân khẩu; trên địa bàn có 04 trường học (01 trường mầm non, 02 trường tiểu học, 01 trường THCS) với tổng số 1.872 học sinh. Hội khuyến học xã có 7 chi hội thôn, 5 chi hội trường học và 1 chi hội cơ quan, tổng số 2.046 hội viên, chiếm 22,4% dân số.

### II. KẾT QUẢ THỰC HIỆN NĂM 2025

**1. Công tác tổ chức, phát triển hội viên**

Trong năm, Hội kết nạp thêm 138 hội viên mới; thành lập mới Chi hội khuyến học tại Hợp tác xã chè Đình Thượng (thuộc chi hội cơ quan). Ban Thường vụ duy trì giao ban hằng quý với các chi hội vào ngày 25 của tháng cuối quý.

**2. Xây dựng quỹ khuyến học và các danh hiệu học tập**

Tổng quỹ khuyến học huy động năm 2025 là 233.000.000 đồng, tăng 18,6% so với năm trước. Kết quả cụ thể theo từng chi hội:

| TT | Chi hội | Số hội viên | Quỹ huy động (đồng) | "Gia đình học tập" | "Dòng họ học tập" |
|---|---|---|---|---|---|
| 1 | Thôn Đình Thượng | 312 | 48.500.000 | 186 | 3 |
| 2 | Thôn Cây Thị | 268 | 36.200.000 | 151 | 2 |
| 3 | Thôn Ao Sen | 241 | 31.700.000 | 139 | 2 |
| 4 | Thôn Bờ Tre | 197 | 22.400.000 | 104 | 1 |
| 5 | Thôn Gò Đình | 226 | 28.900.000 | 122 | 2 |
| 6 | Thôn Dốc Đỏ | 183 | 19.600.000 | 97 | 1 |
| 7 | Thôn Hạ Trạch | 174 | 18.300.000 | 92 | 1 |
| 8 | Các chi hội trường học và cơ quan | 445 | 27.400.000 | - | - |
|  | Tổng cộng | 2.046 | 233.000.000 | 891 | 12 |

**3. Sử dụng quỹ khuyến học**

Năm 2025, Hội trao 214 suất học bổng, phần thưởng với tổng số tiền 157.200.000 đồng; số dư quỹ chuyển sang năm 2026 là 75.800.000 đồng. Chi tiết:

| Hình thức | Số suất | Mức (đồng/suất) | Thành tiền (đồng) |
|---|---|---|---|
| Học bổng "Vượt khó học giỏi" | 36 | 1.000.000 | 36.000.000 |
| Thưởng học sinh giỏi cấp huyện, cấp tỉnh | 58 | 600.000 | 34.800.000 |
| Thưởng tân sinh viên | 42 | 1.500.000 | 63.000.000 |
| Thưởng học sinh tiên tiến | 78 | 300.000 | 23.400.000 |
| Cộng | 214 |  | 157.200.000 |

**4. Xây dựng xã hội học tập**

Trung tâm học tập cộng đồng xã tổ chức 26 chuyên đề với 1.430 lượt người tham gia; phối hợp với Trung tâm GDNN-GDTX huyện mở 04 lớp "Kỹ năng số cho người dân" cho 162 học viên. Cuối năm 2025, toàn xã có 891 "Gia đình học tập", 12 "Dòng họ học tập", 7/7 thôn là "Cộng đồng học tập" và 2 "Đơn vị học tập".

**5. Hưởng ứng chuyển đổi số trong giáo dục**

Ngay sau khi UBND huyện ban hành Kế hoạch số 27/KH-UBND ngày 12/01/2026 về chuyển đổi số trong giáo dục và đào tạo, ngày 19/01/2026 Hội tiếp nhận và trao 14 máy tính bảng cho học sinh có hoàn cảnh khó khăn của Trường THCS Lệ Trạch (trị giá 4.200.000 đồng/máy) do Công ty TNHH Thiết bị số Hưng Long tài trợ.

**6. Hạn chế**

Quỹ khuyến học của thôn Dốc Đỏ và thôn Hạ Trạch còn thấp; tỷ lệ hội viên trên dân số (22,4%) chưa đạt chỉ tiêu 25% do Hội khuyến học huyện giao; một số chi hội trường học sinh hoạt chưa đều.

### III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Phấn đấu đạt 2.200 hội viên (24% dân số); huy động quỹ khuyến học 260.000.000 đồng; có 950 "Gia đình học tập".
2. Vận động thêm 20 máy tính bảng cho học sinh Trường THCS Lệ Trạch, hoàn thành trước ngày 31/8/2026.
3. Phối hợp với Trung tâm học tập cộng đồng xã mở 06 lớp kỹ năng số cho người dân, ưu tiên người cao tuổi và phụ nữ.
4. Tổ chức Đại hội Hội khuyến học xã nhiệm kỳ 2026 - 2031 trong tháng 5/2026.
5. Các chi hội khuyến học thôn có trách nhiệm rà soát, hướng dẫn các hộ đăng ký danh hiệu "Gia đình học tập", gửi danh sách về Ban Thường vụ trước ngày 30/9/2026.
6. Chi hội trường THCS phối hợp với Ban đại diện cha mẹ học sinh lập danh sách học sinh chưa có thiết bị học trực tuyến, gửi Ban Thường vụ Hội trước ngày 15/3/2026.

### IV. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Hội khuyến học huyện ưu tiên phân bổ máy tính bảng từ nguồn vận động theo Kế hoạch số 27/KH-UBND cho học sinh xã Lệ Trạch.
2. Đề nghị Đảng ủy, UBND xã Lệ Trạch bố trí 30.000.000 đồng từ ngân sách xã hỗ trợ hoạt động của Hội năm 2026.

Mọi thông tin xin liên hệ bà Nông Thị Huệ, Phó Chủ tịch kiêm Thư ký Hội, điện thoại 0389 602 174.

**Nơi nhận:**
- Hội khuyến học huyện (b/c);
- Đảng ủy, UBND xã (b/c);
- Các chi hội;
- Lưu: VP Hội.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
(đã ký)
Vi Đức Thắng
"""


def build_qs04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(QS04))


# ---------------------------------------------------------------------------
# qs05 - Thông báo tuyển sinh, Trung tâm GDNN-GDTX huyện Hàm Khê (.txt,
#        two-column header typed with spaces, Markdown schedule table)
# ---------------------------------------------------------------------------
QS05 = """UBND HUYỆN HÀM KHÊ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM GDNN - GDTX                     Độc lập - Tự do - Hạnh phúc
Số: 52/TB-TTGDNN-GDTX              Hàm Khê, ngày 02 tháng 4 năm 2026

                              THÔNG BÁO
     Tuyển sinh các lớp bồi dưỡng kỹ năng số và tin học ứng dụng
                          năm 2026 (đợt 1)

Căn cứ Kế hoạch số 41/KH-UBND ngày 20/02/2026 của UBND huyện Hàm Khê về phổ cập kỹ năng số cho người dân năm 2026;
Căn cứ kế hoạch hoạt động năm học 2025 - 2026 của Trung tâm,
Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Hàm Khê thông báo tuyển sinh các lớp bồi dưỡng như sau:

1. Các lớp tuyển sinh
a) Lớp "Kỹ năng số cho người dân": thời lượng 40 giờ; mở 04 lớp, mỗi lớp 35 học viên; đối tượng là người dân từ 16 tuổi trở lên có nhu cầu sử dụng dịch vụ công trực tuyến, thanh toán điện tử, phòng tránh lừa đảo trên mạng; miễn học phí (ngân sách huyện hỗ trợ theo Kế hoạch số 41/KH-UBND).
b) Lớp "Tin học ứng dụng cơ bản": thời lượng 60 giờ (lý thuyết và thực hành), ôn luyện theo chuẩn kỹ năng sử dụng công nghệ thông tin cơ bản; mở 02 lớp; học phí 650.000 đồng/học viên/khóa; lệ phí thi chứng chỉ 300.000 đồng.
c) Lớp "Bán hàng trên nền tảng số": dành cho hộ kinh doanh, thành viên hợp tác xã, tổ hợp tác; thời lượng 24 giờ; mở 01 lớp 30 học viên; học phí 350.000 đồng/học viên/khóa. Giảm 50% học phí cho hội viên Hội Nông dân, người thuộc hộ nghèo, hộ cận nghèo.

2. Hồ sơ đăng ký
- Phiếu đăng ký học (theo mẫu, nhận tại Trung tâm hoặc tải trên trang thông tin điện tử của Trung tâm);
- Bản sao thẻ căn cước;
- 02 ảnh 3x4 (chỉ áp dụng với lớp "Tin học ứng dụng cơ bản");
- Giấy xác nhận hộ nghèo, hộ cận nghèo (nếu có).

3. Thời gian, địa điểm nhận hồ sơ
Thời gian: từ ngày 06/4/2026 đến hết ngày 24/4/2026, trong giờ hành chính từ thứ Hai đến thứ Sáu (sáng từ 7 giờ 30 đến 11 giờ 00, chiều từ 13 giờ 30 đến 17 giờ 00).
Địa điểm: tại Phòng Tuyển sinh, tầng 1, Trung tâm GDNN-GDTX huyện Hàm Khê, số 8 đường Võ Thị Sáu, thị trấn Hàm Khê. Người học cũng có thể đăng ký trực tuyến bằng cách quét mã QR đăng tải trên trang thông tin điện tử của Trung tâm.

4. Lịch khai giảng dự kiến

| Lớp | Ngày khai giảng | Thời gian học | Địa điểm |
|---|---|---|---|
| Kỹ năng số cho người dân (lớp 1, lớp 2) | 04/5/2026 | Tối thứ Hai, thứ Tư, thứ Sáu (18 giờ 30 - 20 giờ 30) | Trung tâm GDNN-GDTX huyện |
| Kỹ năng số cho người dân (lớp 3, lớp 4) | 09/5/2026 | Sáng thứ Bảy, Chủ nhật (7 giờ 30 - 10 giờ 30) | Nhà văn hóa xã Thác Bưởi |
| Tin học ứng dụng cơ bản | 11/5/2026 | Chiều thứ Ba, thứ Năm (14 giờ 00 - 16 giờ 30) | Phòng máy số 2 của Trung tâm |
| Bán hàng trên nền tảng số | 16/5/2026 | Sáng thứ Bảy (8 giờ 00 - 11 giờ 00) | Hội trường UBND xã Phố Rèn |

5. Quyền lợi của người học
Học viên hoàn thành khóa học được cấp Giấy chứng nhận của Trung tâm. Học viên lớp "Tin học ứng dụng cơ bản" đủ điều kiện được dự thi chứng chỉ ứng dụng công nghệ thông tin cơ bản dự kiến vào ngày 27/6/2026. Trong thời gian học, học viên được sử dụng máy tính của Trung tâm; người học đăng ký trước ngày 15/4/2026 được tặng tài khoản học tập trực tuyến 06 tháng.

6. Tổ chức thực hiện
- Đề nghị UBND các xã, thị trấn thông báo rộng rãi nội dung tuyển sinh trên hệ thống truyền thanh cơ sở ít nhất 03 lần trước ngày 20/4/2026.
- Đề nghị Hội Nông dân huyện và Hội Liên hiệp Phụ nữ huyện giới thiệu hội viên tham gia lớp "Bán hàng trên nền tảng số".
- Giao Tổ Tuyển sinh - Đào tạo tiếp nhận hồ sơ, lập danh sách học viên, báo cáo Giám đốc Trung tâm trước ngày 28/4/2026.
- Tổ Hành chính - Kế toán có trách nhiệm thu học phí qua tài khoản số 8801 2046 7735 của Trung tâm tại Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Hàm Khê; không thu tiền mặt.

7. Thông tin liên hệ
Thầy Mạc Quang Tuyến, Tổ trưởng Tổ Tuyển sinh - Đào tạo, điện thoại 0345 118 926; e-mail: tuyensinh.ttgdnnhamkhe@gmail.com.

Trung tâm GDNN-GDTX huyện Hàm Khê trân trọng thông báo./.

Nơi nhận:                                                 GIÁM ĐỐC
- UBND huyện (b/c);
- Phòng GD&ĐT, Phòng Văn hóa và Thông tin huyện;          (đã ký)
- UBND các xã, thị trấn;
- Hội Nông dân, Hội LHPN huyện;
- Đăng trang thông tin điện tử Trung tâm;              Bế Thị Xoan
- Lưu: VT, TS-ĐT.
"""


def build_qs05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(QS05))


FILES = {
    "qs01_kh_cds_giaoduc.docx": build_qs01,
    "qs02_qd_cuocthi_ytuongso.pdf": build_qs02,
    "qs03_cv_tuyentruyen_cds.txt": build_qs03,
    "qs04_bc_khuyenhoc.md": build_qs04,
    "qs05_tb_tuyensinh_kns.txt": build_qs05,
}

if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
