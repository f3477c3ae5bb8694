# -*- coding: utf-8 -*-
"""Build the blind63 corpus (tỉnh Lục Yên Đông, huyện Sìn Pao).

Writes corpus/rn01..rn05 from the text held in this file:
  rn01  Chỉ thị của UBND huyện   -> .txt hard-wrapped, two-column header
  rn02  Kế hoạch của Hội NCT     -> .docx, header in a table, List Number/Bullet, task table
  rn03  Thông báo của TTYT huyện -> .md with Markdown schedule table
  rn04  Công văn của Sở Y tế     -> .pdf (fpdf2 + DejaVuSans), text layer
  rn05  Báo cáo của UBND xã      -> .txt with Markdown results table
Run: /work/main/.venv/bin/python build_rn.py
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


# ---------------------------------------------------------------- rn01
RN01_HEADER = """\
UBND HUYỆN SÌN PAO                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 03/CT-UBND
                                   Sìn Pao, ngày 26 tháng 01 năm 2026
"""

RN01_BODY = [
    "CHỈ THỊ",
    "Về tăng cường công tác truyền thông giáo dục sức khỏe, chăm sóc sức khỏe người cao tuổi và chuyển đổi số y tế cơ sở năm 2026",
    "Năm 2025, công tác chăm sóc sức khỏe nhân dân trên địa bàn huyện có nhiều chuyển biến tích cực: 14/14 xã, thị trấn duy trì Bộ tiêu chí quốc gia về y tế xã; tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ các loại vắc xin đạt 93,6%; 71,4% dân số có hồ sơ sức khỏe điện tử; mạng lưới 126 nhân viên y tế thôn, bản hoạt động thường xuyên. Hoạt động truyền thông giáo dục sức khỏe tiếp tục đổi mới về hình thức, bước đầu ứng dụng nền tảng số.",
    "Tuy nhiên, công tác y tế cơ sở vẫn còn hạn chế: tỷ lệ tiêm vắc xin sởi - rubella tại các xã vùng cao Thồ Vạn, Mỏ Nhài chỉ đạt dưới 85%; 02 trạm y tế chưa kết nối phần mềm quản lý khám, chữa bệnh với Trung tâm Y tế huyện; nội dung truyền thông chưa phong phú, ít sử dụng tiếng dân tộc; tỷ lệ người cao tuổi khám sức khỏe định kỳ mới đạt 46%; một bộ phận người dân, nhất là người cao tuổi, còn lúng túng khi sử dụng dịch vụ công trực tuyến và ứng dụng VNeID.",
    "Thực hiện Công văn số 1127/SYT-NVY ngày 12/01/2026 của Sở Y tế tỉnh Lục Yên Đông về việc tổ chức Cuộc thi \"Sáng kiến truyền thông sức khỏe cộng đồng\" và Tháng cao điểm tiêm chủng năm 2026; để nâng cao chất lượng chăm sóc sức khỏe nhân dân gắn với chuyển đổi số y tế cơ sở, Chủ tịch UBND huyện chỉ thị:",
    "1. Trung tâm Y tế huyện chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin và UBND các xã, thị trấn tổ chức Tháng cao điểm tiêm chủng từ ngày 01/3/2026 đến ngày 31/3/2026, bảo đảm tỷ lệ tiêm bù, tiêm vét vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi đạt từ 95% trở lên; tổ chức điểm tiêm lưu động tại các thôn cách trạm y tế trên 10 km. Mở các lớp tập huấn kỹ năng truyền thông giáo dục sức khỏe và sử dụng Sổ sức khỏe điện tử cho cán bộ trạm y tế, nhân viên y tế thôn, bản, giáo viên phụ trách y tế trường học, hoàn thành trước ngày 20/3/2026. Hướng dẫn các Trạm Y tế xây dựng sản phẩm dự thi Cuộc thi \"Sáng kiến truyền thông sức khỏe cộng đồng\" của Sở Y tế.",
    "2. Phòng Giáo dục và Đào tạo có trách nhiệm chỉ đạo các trường mầm non, tiểu học, trung học cơ sở rà soát sổ tiêm chủng của học sinh ngay từ đầu học kỳ II năm học 2025-2026, lập danh sách học sinh chưa tiêm đủ mũi gửi Trạm Y tế xã; phối hợp với Trung tâm Y tế huyện khám sức khỏe học sinh và lồng ghép nội dung phòng, chống đuối nước, dinh dưỡng học đường vào các tiết sinh hoạt dưới cờ. Phát động cuộc thi vẽ tranh \"Em là tuyên truyền viên sức khỏe nhí\" dành cho học sinh THCS, tổng hợp kết quả trước ngày 15/5/2026.",
    "3. Phòng Văn hóa, Khoa học và Thông tin chỉ đạo Trung tâm Văn hóa, Thông tin và Thể thao huyện duy trì chuyên mục \"Sức khỏe cho mọi nhà\" phát sóng 02 kỳ mỗi tuần bằng tiếng phổ thông, tiếng Mông và tiếng Dao; hướng dẫn các xã, thị trấn phát tin, bài trên hệ thống loa truyền thanh thông minh; phối hợp với Công an huyện hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2 và tích hợp Sổ sức khỏe điện tử trên ứng dụng VNeID.",
    "4. Phòng Tài chính - Kế hoạch tham mưu bố trí 480 triệu đồng từ ngân sách huyện năm 2026 cho các hoạt động truyền thông, tập huấn, hội thi theo Chỉ thị này, trong đó 45 triệu đồng hỗ trợ Hội thi \"Sống vui, sống khỏe, sống số\" của Hội Người cao tuổi huyện; hướng dẫn các đơn vị thanh, quyết toán kinh phí đúng quy định.",
    "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện tăng cường tuyên truyền, vận động đoàn viên, hội viên đưa trẻ đi tiêm chủng đúng lịch, tham gia khám sức khỏe định kỳ. Trong đó:",
    "a) Hội Chữ thập đỏ huyện tổ chức tập huấn sơ cấp cứu ban đầu cho 200 tình nguyện viên; vận động 300 suất quà tặng trẻ em vùng cao hoàn thành tiêm chủng, mỗi suất trị giá 200.000 đồng;",
    "b) Hội Người cao tuổi huyện tổ chức Hội thi \"Sống vui, sống khỏe, sống số\" trong quý II năm 2026; phối hợp với Trạm Y tế xã lập danh sách người cao tuổi cần khám sức khỏe định kỳ;",
    "c) Huyện đoàn thành lập ít nhất 14 đội thanh niên tình nguyện \"Bình dân học vụ số\", hướng dẫn người cao tuổi cài đặt, sử dụng ứng dụng VNeID và đặt lịch khám bệnh trực tuyến.",
    "6. UBND các xã, thị trấn kiện toàn Ban chỉ đạo chăm sóc sức khỏe nhân dân cấp xã trước ngày 15/02/2026; chỉ đạo Trạm Y tế rà soát, lập danh sách trẻ em chưa tiêm đủ mũi và người cao tuổi chưa khám sức khỏe định kỳ; tổ chức khám sức khỏe cho người cao tuổi, bảo đảm đến hết năm 2026 tỷ lệ khám định kỳ đạt từ 65% trở lên; báo cáo kết quả định kỳ hằng quý, trước ngày 15 của tháng đầu quý sau, về UBND huyện qua Trung tâm Y tế huyện.",
    "7. Trạm Y tế các xã, thị trấn chịu trách nhiệm trực tiếp tổ chức tiêm chủng, quản lý đối tượng; cập nhật đầy đủ dữ liệu lên Hệ thống quản lý thông tin tiêm chủng quốc gia trong vòng 24 giờ sau mỗi buổi tiêm; mỗi trạm xây dựng ít nhất 02 sản phẩm truyền thông bằng tiếng dân tộc phù hợp với địa bàn.",
    "8. Tổ chức thực hiện: Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn nghiêm túc thực hiện Chỉ thị này. Giao Trung tâm Y tế huyện là cơ quan thường trực, theo dõi, kiểm tra việc thực hiện, tổng hợp kết quả báo cáo Chủ tịch UBND huyện trước ngày 15/12/2026. Đầu mối liên hệ: ông Vi Văn Lực, Trưởng khoa Kiểm soát bệnh tật và HIV/AIDS, Trung tâm Y tế huyện, điện thoại 0912 447 360, thư điện tử ksbt.ttytsinpao@lucyendong.gov.vn.",
    "Chỉ thị này có hiệu lực kể từ ngày ký./.",
]

RN01_FOOTER = """\
                                                        CHỦ TỊCH
                                                        (Đã ký)
                                                    Đinh Công Tráng
Nơi nhận:
- Sở Y tế tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);
- Chủ tịch, các PCT UBND huyện;
- Ủy ban MTTQ Việt Nam huyện;
- Các cơ quan, đơn vị nêu tại Chỉ thị;
- UBND các xã, thị trấn;
- Lưu: VT, TTYT.
"""


def build_rn01():
    out = [RN01_HEADER.rstrip("\n"), ""]
    for p in RN01_BODY:
        out.append(textwrap.fill(p, width=72, break_long_words=False, break_on_hyphens=False))
    out.append("")
    out.append(RN01_FOOTER.rstrip("\n"))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- rn02
RN02_LEFT = ["HỘI NGƯỜI CAO TUỔI TỈNH LỤC YÊN ĐÔNG", "BAN ĐẠI DIỆN HUYỆN SÌN PAO", "Số: 14/KH-BĐD"]
RN02_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "Sìn Pao, ngày 09 tháng 02 năm 2026"]

# (style, text) ; style None = Normal, "H" = bold heading
RN02_PARTS = [
    ("TITLE", "KẾ HOẠCH"),
    ("SUB", "Tổ chức Hội thi \"Sống vui, sống khỏe, sống số\" dành cho người cao tuổi huyện Sìn Pao năm 2026"),
    (None, "Căn cứ Chỉ thị số 03/CT-UBND ngày 26/01/2026 của Chủ tịch UBND huyện Sìn Pao về tăng cường công tác truyền thông giáo dục sức khỏe, chăm sóc sức khỏe người cao tuổi và chuyển đổi số y tế cơ sở năm 2026;"),
    (None, "Căn cứ Hướng dẫn số 05/HD-HNCT ngày 06/01/2026 của Hội Người cao tuổi tỉnh về tổ chức các hoạt động chăm sóc, phát huy vai trò người cao tuổi năm 2026;"),
    (None, "Ban Đại diện Hội Người cao tuổi huyện Sìn Pao xây dựng Kế hoạch tổ chức Hội thi như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("List Bullet", "Nâng cao kiến thức tự chăm sóc sức khỏe, phòng bệnh không lây nhiễm cho người cao tuổi; khuyến khích người cao tuổi tham gia khám sức khỏe định kỳ tại trạm y tế."),
    ("List Bullet", "Giúp người cao tuổi làm quen với kỹ năng số cơ bản: sử dụng điện thoại thông minh, ứng dụng VNeID, tra cứu Sổ sức khỏe điện tử, nhận diện cuộc gọi và tin nhắn lừa đảo."),
    ("List Bullet", "Hội thi tổ chức thiết thực, tiết kiệm, an toàn; thu hút 14 đội thi của 14 xã, thị trấn trong huyện."),
    ("H", "II. NỘI DUNG"),
    ("H2", "1. Đối tượng, thành phần đội thi"),
    (None, "Mỗi xã, thị trấn thành lập 01 đội thi gồm 06 hội viên Hội Người cao tuổi từ đủ 60 tuổi trở lên, trong đó có ít nhất 02 hội viên nữ; khuyến khích đội thi có hội viên là người dân tộc thiểu số, người từ 75 tuổi trở lên. Mỗi đội có 01 trưởng đội là lãnh đạo Chi hội hoặc Hội Người cao tuổi xã, thị trấn."),
    ("H2", "2. Nội dung thi"),
    ("List Number", "Phần thi chào hỏi \"Khỏe để vui\": giới thiệu đội và mô hình chăm sóc sức khỏe tại địa phương, thời gian không quá 05 phút."),
    ("List Number", "Phần thi kiến thức: trả lời 20 câu hỏi trắc nghiệm về phòng, chống tăng huyết áp, đái tháo đường, té ngã, dinh dưỡng người cao tuổi và lợi ích của tiêm chủng cho người lớn."),
    ("List Number", "Phần thi kỹ năng số: mỗi đội cử 02 thành viên thực hành cài đặt ứng dụng VNeID, tra cứu Sổ sức khỏe điện tử, đặt lịch khám bệnh trực tuyến trong thời gian 10 phút."),
    ("List Number", "Phần thi năng khiếu: trình diễn bài dưỡng sinh hoặc tiết mục văn nghệ có nội dung tuyên truyền sức khỏe, thời gian không quá 07 phút."),
    ("H2", "3. Thời gian, địa điểm"),
    ("List Bullet", "Đăng ký dự thi: các xã, thị trấn gửi danh sách đội thi về Văn phòng Ban Đại diện Hội Người cao tuổi huyện trước ngày 31/3/2026."),
    ("List Bullet", "Vòng sơ khảo cụm 1 gồm 7 xã, thị trấn, tổ chức ngày 16/4/2026 tại Nhà văn hóa xã Pù Lình."),
    ("List Bullet", "Vòng sơ khảo cụm 2 gồm 7 xã còn lại, tổ chức ngày 17/4/2026 tại Nhà văn hóa xã Mỏ Nhài."),
    ("List Bullet", "Vòng chung kết: 06 đội có điểm cao nhất của hai cụm, tổ chức từ 7 giờ 30 phút ngày 08/5/2026 tại Hội trường Trung tâm Văn hóa, Thông tin và Thể thao huyện, thị trấn Sìn Pao."),
    ("H2", "4. Cơ cấu giải thưởng"),
    ("List Bullet", "01 giải Nhất: 3.000.000 đồng;"),
    ("List Bullet", "02 giải Nhì: mỗi giải 2.000.000 đồng;"),
    ("List Bullet", "03 giải Ba: mỗi giải 1.500.000 đồng;"),
    ("List Bullet", "04 giải Khuyến khích: mỗi giải 700.000 đồng;"),
    ("List Bullet", "01 giải phụ \"Tiết mục dưỡng sinh đẹp nhất\": 500.000 đồng."),
    (None, "Các đội không đạt giải nhận hỗ trợ 300.000 đồng/đội. Ban Tổ chức trao giấy chứng nhận cho tất cả hội viên tham gia vòng chung kết."),
    ("H2", "5. Kinh phí"),
    (None, "Tổng kinh phí dự kiến 62.500.000 đồng, gồm: ngân sách huyện hỗ trợ theo Chỉ thị số 03/CT-UBND là 45.000.000 đồng; Hội Chữ thập đỏ huyện hỗ trợ 5.000.000 đồng; nguồn vận động xã hội hóa 12.500.000 đồng. Kinh phí đi lại, ăn nghỉ của đội thi do xã, thị trấn bảo đảm."),
    ("H", "III. TỔ CHỨC THỰC HIỆN"),
    ("H2", "1. Phân công nhiệm vụ"),
    ("TABLE", None),
    ("H2", "2. Trách nhiệm của các đơn vị"),
    ("List Number", "Đề nghị Trung tâm Y tế huyện cử 02 bác sĩ tham gia Ban Giám khảo phần thi kiến thức và biên soạn ngân hàng 100 câu hỏi trắc nghiệm, gửi Ban Tổ chức trước ngày 20/3/2026."),
    ("List Number", "Đề nghị Phòng Văn hóa, Khoa học và Thông tin chủ trì xây dựng đề thực hành kỹ năng số, bố trí 06 điện thoại thông minh dự phòng tại mỗi vòng thi."),
    ("List Number", "Hội Người cao tuổi các xã, thị trấn có trách nhiệm lựa chọn, thành lập đội thi, phối hợp với Trạm Y tế xã ôn luyện kiến thức cho hội viên; lập danh sách hội viên chưa khám sức khỏe định kỳ gửi Trạm Y tế xã trước ngày 30/4/2026."),
    ("List Number", "Huyện đoàn phân công các đội thanh niên tình nguyện \"Bình dân học vụ số\" hỗ trợ hội viên luyện tập phần thi kỹ năng số tại cơ sở."),
    ("List Number", "Các Ban chuyên môn của Ban Đại diện Hội Người cao tuổi huyện theo chức năng, nhiệm vụ phối hợp triển khai Kế hoạch; báo cáo kết quả về Ban Đại diện trước ngày 30/5/2026 để tổng hợp báo cáo Hội Người cao tuổi tỉnh và UBND huyện."),
    ("H2", "3. Thông tin liên hệ"),
    (None, "Mọi thông tin chi tiết xin liên hệ bà Lò Thị Én, Phó Trưởng ban Ban Đại diện, Trưởng Ban Tổ chức Hội thi, điện thoại 0986 215 733, e-mail: hnct.sinpao@gmail.com."),
    ("SIGN", None),
]

RN02_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng ngân hàng câu hỏi phần thi kiến thức sức khỏe", "Trung tâm Y tế huyện", "Ban Đại diện Hội Người cao tuổi huyện", "Trước ngày 20/3/2026"],
    ["2", "Xây dựng đề thi kỹ năng số; chuẩn bị thiết bị thực hành", "Phòng Văn hóa, Khoa học và Thông tin", "Huyện đoàn; Bưu điện huyện Sìn Pao", "Trước ngày 25/3/2026"],
    ["3", "Thành lập đội thi, gửi đăng ký", "Hội Người cao tuổi các xã, thị trấn", "UBND các xã, thị trấn", "Trước ngày 31/3/2026"],
    ["4", "Tổ chức vòng sơ khảo hai cụm", "Hội Người cao tuổi xã Pù Lình, Hội Người cao tuổi xã Mỏ Nhài", "Trạm Y tế xã; Đoàn TNCS Hồ Chí Minh xã", "Ngày 16/4 và 17/4/2026"],
    ["5", "Bảo đảm sơ cấp cứu tại các vòng thi", "Hội Chữ thập đỏ huyện", "Trung tâm Y tế huyện", "Từ 16/4 đến 08/5/2026"],
    ["6", "Tổ chức chung kết, trao giải", "Ban Đại diện Hội Người cao tuổi huyện", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Ngày 08/5/2026"],
    ["7", "Tổng kết, báo cáo kết quả Hội thi", "Ban Đại diện Hội Người cao tuổi huyện", "Các Ban chuyên môn", "Trước ngày 30/5/2026"],
]

RN02_SIGN_LEFT = ["Nơi nhận:", "- Hội Người cao tuổi tỉnh (b/c);", "- TT Huyện ủy, UBND huyện (b/c);",
                  "- Ủy ban MTTQ Việt Nam huyện;", "- Trung tâm Y tế huyện;", "- Hội Chữ thập đỏ huyện;",
                  "- Hội NCT các xã, thị trấn;", "- Lưu: VT."]
RN02_SIGN_RIGHT = ["TM. BAN ĐẠI DIỆN", "TRƯỞNG BAN", "(Đã ký)", "", "Lù Văn Pảo"]


def build_rn02(path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def fill_cell(cell, lines, bold_first=2):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(line)
            r.bold = i < bold_first
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    numbered = []
    t = d.add_table(rows=1, cols=2)
    fill_cell(t.rows[0].cells[0], RN02_LEFT)
    fill_cell(t.rows[0].cells[1], RN02_RIGHT)

    for style, text in RN02_PARTS:
        if style == "TITLE":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif style == "SUB":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif style in ("H", "H2"):
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif style == "TABLE":
            tb = d.add_table(rows=0, cols=5)
            tb.style = "Table Grid"
            for ri, row in enumerate(RN02_TABLE):
                cells = tb.add_row().cells
                for ci, val in enumerate(row):
                    cells[ci].text = val
                    if ri == 0:
                        for r in cells[ci].paragraphs[0].runs:
                            r.bold = True
        elif style == "SIGN":
            tb = d.add_table(rows=1, cols=2)
            lc, rc = tb.rows[0].cells
            lc.paragraphs[0].text = ""
            for i, line in enumerate(RN02_SIGN_LEFT):
                p = lc.paragraphs[0] if i == 0 else lc.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(11)
                r.bold = i == 0
            fill_cell(rc, RN02_SIGN_RIGHT)
        elif style is None:
            d.add_paragraph(text)
        else:
            p = d.add_paragraph(text, style=style)
            if style == "List Number":
                numbered.append(p)
    # second numbered list ("2. Trách nhiệm của các đơn vị") restarts at 1
    restart_numbering(d, numbered[4:])
    d.save(path)


def restart_numbering(d, paras):
    """Give paras a new w:num (same abstract list as 'List Number') that starts again at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = d.part.numbering_part.element
    style_numid = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_numid):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    for p in paras:
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(new_id))
        numPr.append(il)
        numPr.append(ni)
        pPr.append(numPr)


# ---------------------------------------------------------------- rn03
RN03 = """\
**TRUNG TÂM Y TẾ HUYỆN SÌN PAO**
Số: 41/TB-TTYT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Sìn Pao, ngày 23 tháng 02 năm 2026*

# THÔNG BÁO

## Lịch tập huấn kỹ năng truyền thông giáo dục sức khỏe và sử dụng Sổ sức khỏe điện tử năm 2026

Thực hiện Chỉ thị số 03/CT-UBND ngày 26/01/2026 của Chủ tịch UBND huyện Sìn Pao về tăng cường công tác truyền thông giáo dục sức khỏe, chăm sóc sức khỏe người cao tuổi và chuyển đổi số y tế cơ sở năm 2026, Trung tâm Y tế huyện thông báo lịch tập huấn như sau:

### I. Lịch các lớp tập huấn

| Lớp | Đối tượng | Thời gian | Địa điểm | Số học viên | Giảng viên chính |
|---|---|---|---|---|---|
| 1 | Viên chức Trạm Y tế các xã, thị trấn | 08h00 ngày 03/3/2026 đến hết ngày 04/3/2026 | Hội trường Trung tâm Y tế huyện | 42 | BS. Vi Văn Lực |
| 2 | Nhân viên y tế thôn, bản cụm Pù Lình - Thồ Vạn | 07h30 ngày 05/3/2026 | Trạm Y tế xã Pù Lình | 56 | YS. Sầm Thị Nhung |
| 3 | Nhân viên y tế thôn, bản cụm Mỏ Nhài - Chu Hạ | 07h30 ngày 06/3/2026 | Trạm Y tế xã Mỏ Nhài | 61 | YS. Sầm Thị Nhung |
| 4 | Giáo viên phụ trách y tế trường học | 13h30 ngày 13/3/2026 | Trường THCS thị trấn Sìn Pao | 38 | BS. Mạc Thị Tươi |
| 5 | Cộng tác viên Hội Chữ thập đỏ và Hội Người cao tuổi | 08h00 ngày 17/3/2026 | Hội trường UBND thị trấn Sìn Pao | 45 | ThS. Lương Văn Khiêm |

Tổng số: 05 lớp, 242 học viên. Lớp 1 học 02 ngày; các lớp còn lại học 01 ngày.

### II. Nội dung tập huấn

1. Kỹ năng truyền thông trực tiếp tại hộ gia đình, tư vấn nhóm nhỏ; cách sử dụng tranh lật, tờ rơi song ngữ tiếng phổ thông - tiếng Mông.
2. Truyền thông về tiêm chủng mở rộng, Tháng cao điểm tiêm chủng từ ngày 01/3/2026 đến ngày 31/3/2026, xử trí phản ứng sau tiêm.
3. Chăm sóc sức khỏe người cao tuổi: phát hiện sớm tăng huyết áp, đái tháo đường, phòng té ngã.
4. Hướng dẫn người dân kích hoạt, tra cứu Sổ sức khỏe điện tử trên ứng dụng VNeID; cập nhật dữ liệu lên Hệ thống quản lý thông tin tiêm chủng quốc gia.
5. Kỹ năng sản xuất video ngắn dưới 3 phút bằng điện thoại, viết tin bài phát thanh cho loa truyền thanh thông minh.

### III. Thành phần và yêu cầu đối với học viên

- Trạm Y tế các xã, thị trấn cử 03 viên chức/trạm dự Lớp 1, gồm trạm trưởng, 01 viên chức phụ trách tiêm chủng và 01 viên chức phụ trách công nghệ thông tin; gửi danh sách học viên các lớp 1, 2, 3 về Trung tâm Y tế huyện trước ngày 28/02/2026.
- Phòng Giáo dục và Đào tạo huyện cử giáo viên phụ trách y tế của 38 trường mầm non, tiểu học, THCS dự Lớp 4, mỗi trường 01 người.
- Hội Chữ thập đỏ huyện và Hội Người cao tuổi huyện lựa chọn cộng tác viên dự Lớp 5, gửi danh sách trước ngày 10/3/2026.
- Học viên mang theo điện thoại thông minh có cài ứng dụng VNeID, căn cước công dân; có mặt trước giờ khai giảng 15 phút.

### IV. Kinh phí

Kinh phí tổ chức các lớp tập huấn lấy từ nguồn 480 triệu đồng ngân sách huyện bố trí theo Chỉ thị số 03/CT-UBND. Học viên được hỗ trợ tiền ăn 100.000 đồng/người/ngày; học viên ở xã cách địa điểm tập huấn từ 15 km trở lên được thanh toán tiền đi lại theo quy định. Tổng dự toán kinh phí các lớp tập huấn là 38.720.000 đồng.

### V. Tổ chức thực hiện

1. Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì chuẩn bị tài liệu, giảng viên, điểm danh học viên; phối hợp với Phòng Tài chính - Kế toán Trung tâm thanh toán chế độ cho học viên ngay trong ngày học.
2. Trạm Y tế xã Pù Lình và Trạm Y tế xã Mỏ Nhài bố trí hội trường, máy chiếu, loa máy cho các lớp 2 và 3.
3. Đề nghị UBND thị trấn Sìn Pao bố trí hội trường cho Lớp 5; đề nghị Trường THCS thị trấn Sìn Pao bố trí phòng học có kết nối internet cho Lớp 4.
4. Sau tập huấn, mỗi Trạm Y tế xây dựng ít nhất 02 sản phẩm truyền thông (video ngắn hoặc bài phát thanh tiếng dân tộc) và gửi về Trung tâm Y tế huyện trước ngày 05/4/2026 để lựa chọn gửi dự thi Cuộc thi "Sáng kiến truyền thông sức khỏe cộng đồng" của Sở Y tế.
5. Học viên tham dự đủ thời gian và đạt bài kiểm tra cuối khóa được cấp giấy chứng nhận.

Thông tin liên hệ: YS. Sầm Thị Nhung, Phó trưởng khoa Kiểm soát bệnh tật và HIV/AIDS, điện thoại 0978 630 114, e-mail: truyenthong.ttytsinpao@gmail.com.

Trung tâm Y tế huyện thông báo để các đơn vị biết, phối hợp thực hiện./.

**Nơi nhận:**
- UBND huyện (b/c);
- Phòng Giáo dục và Đào tạo huyện;
- Hội Chữ thập đỏ huyện, Hội Người cao tuổi huyện;
- Trạm Y tế các xã, thị trấn;
- Lưu: VT, KSBT.

**GIÁM ĐỐC**

(Đã ký)

BSCKII. Nguyễn Thị Thu Hiền
"""


# ---------------------------------------------------------------- rn04
RN04_HEAD_L = ["UBND TỈNH LỤC YÊN ĐÔNG", "SỞ Y TẾ", "Số: 1127/SYT-NVY",
               "V/v tổ chức Cuộc thi \"Sáng kiến truyền thông", "sức khỏe cộng đồng\" và Tháng cao điểm",
               "tiêm chủng năm 2026"]
RN04_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
               "Lục Yên Đông, ngày 12 tháng 01 năm 2026"]

RN04_BODY = [
    ("B", "Kính gửi:"),
    ("I", "- UBND các huyện, thị xã, thành phố;"),
    ("I", "- Sở Giáo dục và Đào tạo;"),
    ("I", "- Sở Khoa học và Công nghệ;"),
    ("I", "- Hội Chữ thập đỏ tỉnh;"),
    ("I", "- Trung tâm Kiểm soát bệnh tật tỉnh;"),
    ("I", "- Trung tâm Y tế các huyện, thị xã, thành phố."),
    (None, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    (None, "Căn cứ Kế hoạch số 212/KH-UBND ngày 18/12/2025 của UBND tỉnh Lục Yên Đông về đẩy mạnh truyền thông y tế và chuyển đổi số ngành y tế giai đoạn 2026 - 2027;"),
    (None, "Nhằm khơi dậy tinh thần sáng tạo của đội ngũ y tế cơ sở, giáo viên, học sinh và người dân trong truyền thông nâng cao sức khỏe, đồng thời nâng tỷ lệ tiêm chủng tại vùng cao, Sở Y tế đề nghị các cơ quan, đơn vị triển khai một số nội dung sau:"),
    ("B", "1. Tổ chức Cuộc thi \"Sáng kiến truyền thông sức khỏe cộng đồng\" năm 2026"),
    (None, "a) Đối tượng dự thi: Bảng A dành cho tập thể (trạm y tế, trường học, tổ chức đoàn thể, câu lạc bộ); Bảng B dành cho cá nhân là công dân từ đủ 16 tuổi trở lên đang sinh sống, học tập, làm việc trên địa bàn tỉnh. Thành viên Ban Tổ chức, Ban Giám khảo không tham gia dự thi."),
    (None, "b) Sản phẩm dự thi gồm một trong các loại: video ngắn không quá 3 phút; ấn phẩm đồ họa thông tin (infographic); bài phát thanh bằng tiếng dân tộc thiểu số có phụ đề tiếng Việt; ứng dụng, trợ lý ảo hoặc chatbot hỗ trợ người dân tra cứu thông tin sức khỏe. Mỗi tập thể, cá nhân gửi tối đa 02 sản phẩm; sản phẩm chưa từng đạt giải tại cuộc thi khác."),
    (None, "c) Thời gian nhận sản phẩm: từ ngày 01/3/2026 đến 17 giờ 00 ngày 30/4/2026, qua Cổng thông tin cuộc thi tại địa chỉ https://thitruyenthong.syt.lucyendong.gov.vn hoặc gửi bản lưu trên USB về Phòng Nghiệp vụ Y, Sở Y tế. Chấm sơ khảo trong tháng 5/2026; chấm chung khảo và bình chọn trực tuyến từ ngày 01/6/2026 đến ngày 15/6/2026; lễ tổng kết, trao giải dự kiến tổ chức ngày 26/6/2026 tại Hội trường Sở Y tế."),
    (None, "d) Cơ cấu giải thưởng cho mỗi bảng: 01 giải Nhất trị giá 10.000.000 đồng; 02 giải Nhì, mỗi giải 6.000.000 đồng; 03 giải Ba, mỗi giải 4.000.000 đồng; 05 giải Khuyến khích, mỗi giải 1.500.000 đồng. Ngoài ra có 01 giải \"Sản phẩm được yêu thích nhất\" theo kết quả bình chọn trực tuyến, trị giá 3.000.000 đồng. Tổng giá trị giải thưởng của hai bảng là 83.000.000 đồng, chưa kể giải bình chọn."),
    ("B", "2. Tháng cao điểm tiêm chủng năm 2026"),
    (None, "Tháng cao điểm tiêm chủng tổ chức từ ngày 01/3/2026 đến ngày 31/3/2026 trên phạm vi toàn tỉnh, tập trung tiêm bù, tiêm vét vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi và vắc xin uốn ván - bạch hầu giảm liều cho học sinh lớp 2; mục tiêu tỷ lệ tiêm đạt từ 95% trở lên tại mỗi xã, phường, thị trấn. Ưu tiên tổ chức điểm tiêm lưu động tại thôn, bản vùng cao, vùng đặc biệt khó khăn. Kết quả Tháng cao điểm gửi về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 10/4/2026."),
    ("B", "3. Trách nhiệm của các cơ quan, đơn vị"),
    (None, "3.1. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo các phòng chuyên môn, UBND cấp xã phổ biến Cuộc thi tới người dân; bố trí kinh phí địa phương cho truyền thông và tổ chức tiêm chủng lưu động; khen thưởng tập thể, cá nhân có sản phẩm đạt giải."),
    (None, "3.2. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục phổ biến Cuộc thi, tạo điều kiện cho giáo viên, học sinh trung học phổ thông tham gia Bảng B; phối hợp với ngành y tế rà soát tình trạng tiêm chủng của học sinh lớp 1 và lớp 2 trước ngày 25/02/2026."),
    (None, "3.3. Đề nghị Sở Khoa học và Công nghệ cử 02 chuyên gia tham gia Ban Giám khảo đối với sản phẩm là ứng dụng, trợ lý ảo hoặc chatbot; xem xét hỗ trợ sản phẩm đạt giải Nhất Bảng A tham gia Chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo của tỉnh."),
    (None, "3.4. Đề nghị Hội Chữ thập đỏ tỉnh vận động hội viên, tình nguyện viên tham gia Cuộc thi và hỗ trợ 500 suất quà cho trẻ em vùng cao hoàn thành lịch tiêm chủng trong Tháng cao điểm."),
    (None, "3.5. Trung tâm Kiểm soát bệnh tật tỉnh có trách nhiệm cung ứng đủ vắc xin, vật tư tiêm chủng cho các huyện trước ngày 25/02/2026; tập huấn giám sát phản ứng sau tiêm; là đầu mối kỹ thuật của Cuộc thi về nội dung chuyên môn."),
    (None, "3.6. Trung tâm Y tế các huyện, thị xã, thành phố là đơn vị thường trực tại địa phương, tham mưu UBND cấp huyện ban hành văn bản chỉ đạo; tổ chức tập huấn cho trạm y tế, nhân viên y tế thôn, bản; tổng hợp, lựa chọn tối thiểu 05 sản phẩm tiêu biểu của địa phương gửi dự thi."),
    (None, "3.7. Đề nghị Báo và Phát thanh, Truyền hình Lục Yên Đông mở chuyên mục giới thiệu các sản phẩm dự thi, đưa tin về Tháng cao điểm tiêm chủng."),
    ("B", "4. Thông tin liên hệ"),
    (None, "Phòng Nghiệp vụ Y, Sở Y tế: bà Phạm Thanh Duyên, chuyên viên, điện thoại 0214 3825 690, di động 0904 118 562, thư điện tử nvy.syt@lucyendong.gov.vn."),
    (None, "Thể lệ chi tiết của Cuộc thi đăng tải trên Cổng thông tin cuộc thi. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Sở Y tế để phối hợp giải quyết./."),
]
RN04_SIGN_L = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
               "- Cổng TTĐT Sở Y tế;", "- Lưu: VT, NVY."]
RN04_SIGN_R = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "", "Vương Đình Khải"]


def build_rn04(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    # two-column header
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 10)
    for i, line in enumerate(RN04_HEAD_L):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_xy(22, y0 + i * 5.5)
        pdf.cell(75, 5.5, line, align="C")
    for i, line in enumerate(RN04_HEAD_R):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_xy(100, y0 + i * 5.5)
        pdf.cell(92, 5.5, line, align="C")
    pdf.set_xy(22, y0 + len(RN04_HEAD_L) * 5.5 + 6)
    pdf.set_font("DejaVu", "", 11)
    for style, text in RN04_BODY:
        if style == "B":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 11)
        elif style == "I":
            pdf.set_x(40)
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 6.5, "      " + text, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(1.2)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > 230:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, line in enumerate(RN04_SIGN_L):
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
        pdf.set_xy(22, y0 + i * 5)
        pdf.cell(80, 5, line)
    for i, line in enumerate(RN04_SIGN_R):
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_xy(110, y0 + i * 6)
        pdf.cell(80, 6, line, align="C")
    pdf.output(path)


# ---------------------------------------------------------------- rn05
RN05 = """\
UBND HUYỆN SÌN PAO
UBND XÃ PÙ LÌNH

Số: 58/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Pù Lình, ngày 15 tháng 4 năm 2026

BÁO CÁO
Kết quả thực hiện Chỉ thị số 03/CT-UBND của Chủ tịch UBND huyện quý I năm 2026 về truyền thông giáo dục sức khỏe, tiêm chủng và chuyển đổi số y tế cơ sở

Kính gửi: UBND huyện Sìn Pao (qua Trung tâm Y tế huyện).

Thực hiện Chỉ thị số 03/CT-UBND ngày 26/01/2026 của Chủ tịch UBND huyện Sìn Pao, UBND xã Pù Lình báo cáo kết quả thực hiện quý I năm 2026 như sau:

I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI

UBND xã ban hành Kế hoạch số 07/KH-UBND ngày 05/02/2026 thực hiện Chỉ thị; kiện toàn Ban chỉ đạo chăm sóc sức khỏe nhân dân xã gồm 11 thành viên do bà Thào Thị Dợ, Phó Chủ tịch UBND xã, làm Trưởng ban. Xã tổ chức 01 hội nghị quán triệt cho trưởng thôn, nhân viên y tế thôn và chi hội trưởng các đoàn thể của 9 thôn vào ngày 10/02/2026.

Trạm Y tế xã cử 03 viên chức dự lớp tập huấn tại Trung tâm Y tế huyện ngày 03 và 04/3/2026; 100% nhân viên y tế thôn của xã dự lớp tập huấn cụm Pù Lình - Thồ Vạn tổ chức tại Trạm Y tế xã ngày 05/3/2026.

II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU

| TT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |
|----|----------|---------:|----------:|----------:|
| 1 | Trẻ 1-5 tuổi tiêm bù, tiêm vét vắc xin sởi - rubella | 412 | 396 | 96,1 |
| 2 | Người cao tuổi khám sức khỏe định kỳ | 530 | 318 | 60,0 |
| 3 | Người dân kích hoạt Sổ sức khỏe điện tử trên VNeID | 3.200 | 2.254 | 70,4 |
| 4 | Buổi truyền thông trực tiếp tại thôn | 24 | 27 | 112,5 |
| 5 | Tin, bài phát trên loa truyền thanh thông minh | 60 | 74 | 123,3 |
| 6 | Sản phẩm gửi Cuộc thi Sáng kiến truyền thông | 2 | 3 | 150,0 |

1. Tiêm chủng: trong Tháng cao điểm, Trạm Y tế xã tổ chức 06 buổi tiêm lưu động tại thôn Sáng Pả, thôn Séo Lủng và thôn Cán Tỷ; không ghi nhận trường hợp phản ứng nặng sau tiêm. Dữ liệu tiêm chủng cập nhật lên hệ thống quốc gia trong ngày. Còn 16 trẻ chưa tiêm do gia đình đi làm ăn xa, Trạm Y tế tiếp tục theo dõi để tiêm bổ sung.

2. Truyền thông: xã phát 74 tin, bài bằng tiếng phổ thông và tiếng Mông trên hệ thống loa truyền thanh thông minh; Trạm Y tế xã phối hợp với Trường THCS Pù Lình tổ chức 02 buổi ngoại khóa về phòng, chống đuối nước cho 286 học sinh. Trạm Y tế gửi 03 sản phẩm (02 video ngắn, 01 bài phát thanh tiếng Mông) tham dự Cuộc thi "Sáng kiến truyền thông sức khỏe cộng đồng".

3. Chuyển đổi số: Đoàn TNCS Hồ Chí Minh xã thành lập 02 đội thanh niên tình nguyện "Bình dân học vụ số" với 18 đoàn viên, hỗ trợ 1.126 lượt người dân kích hoạt tài khoản định danh điện tử và Sổ sức khỏe điện tử.

4. Chăm sóc người cao tuổi: Hội Người cao tuổi xã thành lập đội thi gồm 06 hội viên tham gia Hội thi "Sống vui, sống khỏe, sống số"; xã chuẩn bị Nhà văn hóa xã để đăng cai vòng sơ khảo cụm 1 ngày 16/4/2026.

5. Kinh phí: tổng kinh phí thực hiện trong quý I là 38.600.000 đồng, gồm ngân sách huyện hỗ trợ 25.000.000 đồng, ngân sách xã 9.600.000 đồng và Hội Chữ thập đỏ huyện hỗ trợ 4.000.000 đồng để mua quà tặng trẻ em hoàn thành tiêm chủng.

III. TỒN TẠI, HẠN CHẾ

- Thôn Séo Lủng và thôn Cán Tỷ chưa có sóng điện thoại di động ổn định, việc kích hoạt Sổ sức khỏe điện tử gặp khó khăn.
- Còn 31 người cao tuổi chưa có điện thoại thông minh; tỷ lệ người cao tuổi khám sức khỏe định kỳ mới đạt 60,0%, thấp hơn mục tiêu 65% của huyện.
- Nhân viên y tế thôn Cán Tỷ nghỉ việc từ tháng 02/2026, chưa có người thay thế.

IV. NHIỆM VỤ QUÝ II VÀ ĐỀ XUẤT

1. Giao Trạm Y tế xã chủ trì, phối hợp với Hội Người cao tuổi xã tổ chức khám sức khỏe cho người cao tuổi, bảo đảm tỷ lệ khám định kỳ từ 65% trở lên trước ngày 30/6/2026.
2. Công chức Văn hóa - Xã hội xã phối hợp với Đoàn TNCS Hồ Chí Minh xã duy trì các đội "Bình dân học vụ số", hỗ trợ thêm 900 người dân kích hoạt Sổ sức khỏe điện tử trong quý II.
3. Trưởng các thôn Sáng Pả, Séo Lủng, Cán Tỷ có trách nhiệm lựa chọn, giới thiệu người thay thế nhân viên y tế thôn Cán Tỷ trước ngày 15/5/2026.
4. Đề nghị Trung tâm Y tế huyện tăng cường 01 bác sĩ luân phiên về Trạm Y tế xã trong tháng 5 và tháng 6/2026.
5. Đề nghị UBND huyện hỗ trợ xã 15 cụm loa truyền thanh thông minh cho các thôn chưa có loa, với dự toán khoảng 135.000.000 đồng.

Đầu mối liên hệ: ông Hầu A Chứ, công chức Văn hóa - Xã hội xã, điện thoại 0389 552 046.

UBND xã Pù Lình trân trọng báo cáo./.

Nơi nhận:
- Như trên;
- Trung tâm Y tế huyện;
- TT Đảng ủy, TT HĐND xã;
- Lưu: VT.

TM. UBND XÃ
CHỦ TỊCH
(Đã ký)
Giàng A Sử
"""


FILES = {
    "rn01": "rn01_chithi_yte_cdso.txt",
    "rn02": "rn02_kh_hoithi_nct.docx",
    "rn03": "rn03_tb_taphuan_ttyt.md",
    "rn04": "rn04_cv_cuocthi_tiemchung.pdf",
    "rn05": "rn05_bc_xa_pulinh.txt",
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    with open(os.path.join(CORPUS, FILES["rn01"]), "w", encoding="utf-8") as f:
        f.write(nfc(build_rn01()))
    build_rn02(os.path.join(CORPUS, FILES["rn02"]))
    with open(os.path.join(CORPUS, FILES["rn03"]), "w", encoding="utf-8") as f:
        f.write(nfc(RN03))
    build_rn04(os.path.join(CORPUS, FILES["rn04"]))
    with open(os.path.join(CORPUS, FILES["rn05"]), "w", encoding="utf-8") as f:
        f.write(nfc(RN05))
    print("built", ", ".join(FILES.values()))


if __name__ == "__main__":
    main()
