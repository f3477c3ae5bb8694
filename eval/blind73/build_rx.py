# -*- coding: utf-8 -*-
"""Build the blind73 corpus (rx01..rx05). All text invented for this test set."""
import os, textwrap, unicodedata
from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
os.makedirs(CORPUS, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- rx01 (docx)
# markup: "H:" heading para (bold), "P:" plain para, "1:" List Number, "-:" List Bullet,
# "T:" table row (cells split by " | "), blank line ends a table.
RX01 = """P:UỶ BAN NHÂN DÂN HUYỆN ĐIỆP SƠN
P:Số: 61/KH-UBND
P:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
P:Độc lập - Tự do - Hạnh phúc
P:Điệp Sơn, ngày 08 tháng 5 năm 2026
H:KẾ HOẠCH
H:Tổ chức diễn tập phòng, tránh thiên tai và truyền thông trong trường học trước mùa mưa bão năm 2026
P:Căn cứ Luật Phòng, chống thiên tai năm 2013 (sửa đổi, bổ sung năm 2020); Căn cứ Kế hoạch số 33/KH-BCH ngày 15/4/2026 của Ban Chỉ huy phòng thủ dân sự tỉnh Hạc Xuyên về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026; Căn cứ Công văn số 318/SGDĐT-CTTT ngày 03/3/2026 của Sở Giáo dục và Đào tạo tỉnh Hạc Xuyên; Ủy ban nhân dân huyện Điệp Sơn ban hành Kế hoạch tổ chức diễn tập và truyền thông trong trường học trước mùa mưa bão năm 2026 như sau:
H:I. MỤC ĐÍCH, YÊU CẦU
-:Nâng cao nhận thức, kỹ năng tự bảo vệ của học sinh, giáo viên và nhân viên trước bão, lũ quét, sạt lở đất và ngập úng; hình thành thói quen ứng xử an toàn khi có cảnh báo thiên tai.
-:Kiểm tra tính khả thi của phương án sơ tán tại chỗ và sơ tán khỏi khu vực nguy hiểm của từng trường; phát hiện, khắc phục kịp thời các điểm yếu về cơ sở vật chất.
-:Diễn tập bảo đảm an toàn tuyệt đối, sát thực tế địa bàn, không phô trương, hình thức; tối thiểu 85% học sinh của trường tham gia buổi diễn tập.
H:II. NỘI DUNG
P:1. Hoạt động truyền thông trước mùa mưa bão
1:Tổ chức chuyên đề "Em biết ứng phó với thiên tai" dưới cờ vào sáng thứ Hai đầu tiên của tháng 6/2026 tại tất cả các trường mầm non, tiểu học và trung học cơ sở trên địa bàn huyện.
1:Phát 9.000 tờ rơi và dán 140 áp phích hướng dẫn kỹ năng "Chằng - Chống - Sơ tán" tại cổng trường, nhà văn hóa thôn, khu dân cư gần trường.
1:Phát sóng 12 bản tin chuyên đề trên hệ thống loa truyền thanh cơ sở của 07 xã, thị trấn, mỗi bản tin thời lượng 5 phút, từ ngày 15/5/2026 đến ngày 15/6/2026.
1:Lồng ghép nội dung biến đổi khí hậu, bảo vệ môi trường vào tiết Hoạt động trải nghiệm và môn Khoa học tự nhiên trong tháng 5/2026.
P:2. Diễn tập tại trường học
P:Mỗi buổi diễn tập kéo dài 90 phút, gồm 03 phần: phát hiệu lệnh báo động bằng kẻng và còi; sơ tán học sinh đến điểm tập kết an toàn; sơ cứu người bị thương và điểm danh. Thời gian sơ tán mục tiêu không quá 8 phút đối với trường tiểu học và trung học cơ sở, không quá 10 phút đối với trường mầm non. Lịch diễn tập cụ thể như sau:
T:TT | Trường | Xã, thị trấn | Ngày diễn tập | Kịch bản | Học sinh dự kiến
T:1 | Trường THCS Cỏ Mây | xã Cỏ Mây | Sáng 27/5/2026, từ 7 giờ 30 | Bão mạnh cấp 10 kèm ngập úng | 412
T:2 | Trường Tiểu học Lam Điền | xã Lam Điền | Sáng 29/5/2026, từ 7 giờ 30 | Sạt lở đất sau mưa lớn | 365
T:3 | Trường THCS Đào Viên | xã Đào Viên | Sáng 02/6/2026, từ 8 giờ 00 | Lũ quét từ khe suối đầu nguồn | 388
T:4 | Trường TH&THCS Ghềnh Bạc | xã Ghềnh Bạc | Sáng 04/6/2026, từ 8 giờ 00 | Dông, sét và sạt lở taluy | 240
T:5 | Trường Tiểu học Thùy Dương | xã Thùy Dương | Chiều 06/6/2026, từ 14 giờ 00 | Ngập sâu do nước sông dâng | 510
T:6 | Trường Mầm non Trúc Khê | xã Trúc Khê | Sáng 09/6/2026, từ 8 giờ 30 | Sơ tán trẻ khi có bão | 156

H:III. KINH PHÍ
P:Tổng kinh phí thực hiện Kế hoạch là 186 triệu đồng, bố trí từ nguồn ngân sách huyện năm 2026 giao cho Phòng Giáo dục và Đào tạo, trong đó: in ấn tờ rơi, áp phích 38 triệu đồng; hỗ trợ 06 buổi diễn tập, mỗi buổi 15 triệu đồng; mua sắm bổ sung áo phao, loa cầm tay 58 triệu đồng. Hội Chữ thập đỏ huyện hỗ trợ 120 túi sơ cứu từ nguồn vận động xã hội hóa.
H:IV. TỔ CHỨC THỰC HIỆN
T:TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
T:1 | Xây dựng kịch bản diễn tập cho từng trường | Phòng Giáo dục và Đào tạo | Ban Chỉ huy Quân sự huyện | Trước ngày 20/5/2026
T:2 | Cung cấp bản đồ vùng nguy cơ sạt lở, ngập lụt | Phòng Nông nghiệp và Môi trường | UBND các xã, thị trấn | Trước ngày 18/5/2026
T:3 | Tập huấn sơ cấp cứu cho giáo viên | Hội Chữ thập đỏ huyện | Trung tâm Y tế huyện | Trước ngày 25/5/2026
T:4 | Thông tin, tuyên truyền trên loa truyền thanh và mạng xã hội | Phòng Văn hóa, Khoa học và Thông tin | Huyện đoàn Điệp Sơn | Từ 15/5 đến 15/6/2026
T:5 | Báo cáo kết quả diễn tập | Các trường có tên trong lịch | Phòng Giáo dục và Đào tạo | Trước ngày 15/6/2026

P:1. Ban Chỉ huy phòng thủ dân sự huyện là cơ quan thường trực, theo dõi tiến độ thực hiện Kế hoạch, tổng hợp những khó khăn phát sinh và báo cáo Chủ tịch UBND huyện trước ngày 20/6/2026.
P:2. Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện xây dựng kịch bản diễn tập phù hợp với đặc điểm từng trường; thẩm định phương án sơ tán; cử cán bộ trực tiếp dự và đánh giá từng buổi diễn tập.
P:3. Phòng Nông nghiệp và Môi trường có trách nhiệm cung cấp bản đồ vùng nguy cơ sạt lở, ngập lụt cho các trường, khuyến cáo vị trí điểm tập kết an toàn và rà soát cây xanh có nguy cơ gãy đổ trong khuôn viên trường học.
P:4. Phòng Văn hóa, Khoa học và Thông tin chủ trì biên tập bản tin, đăng tải tin bài trên Trang thông tin điện tử huyện và hướng dẫn các xã, thị trấn phát sóng trên loa truyền thanh cơ sở.
P:5. Huyện đoàn Điệp Sơn thành lập 06 đội thanh niên tình nguyện, mỗi đội 15 đoàn viên, hỗ trợ các trường dọn dẹp, chằng chống phòng học và dẫn đường sơ tán trong ngày diễn tập.
P:6. Hội Chữ thập đỏ huyện tập huấn sơ cấp cứu cho 60 giáo viên phụ trách y tế trường học và cấp phát túi sơ cứu cho các trường trong lịch diễn tập.
P:7. Trung tâm Y tế huyện bố trí 01 kíp cấp cứu gồm bác sĩ, điều dưỡng và xe cứu thương trực tại mỗi buổi diễn tập.
P:8. UBND các xã, thị trấn chỉ đạo lực lượng dân quân, công an xã phối hợp bảo đảm an ninh trật tự, phân luồng giao thông khu vực trường học trong ngày diễn tập.
P:9. Các trường có tên trong lịch diễn tập xây dựng phương án chi tiết, thông báo cho cha mẹ học sinh trước ít nhất 03 ngày và gửi báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/6/2026.
P:Đầu mối liên hệ: ông Phạm Đức Vinh, chuyên viên Phòng Giáo dục và Đào tạo huyện, điện thoại 0912 448 317, thư điện tử vinhpd.pgd@diepson.hacxuyen.gov.vn.
P:Nơi nhận:
-:Ban Chỉ huy phòng thủ dân sự tỉnh (để b/c);
-:Sở Giáo dục và Đào tạo tỉnh (để b/c);
-:Thường trực Huyện ủy, HĐND huyện;
-:Các phòng, ban, đoàn thể có liên quan;
-:Lưu: VT, GDĐT.
P:KT. CHỦ TỊCH
P:PHÓ CHỦ TỊCH
P:Nguyễn Hữu Thắng
"""


def build_docx(text, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    rows = []

    def flush():
        if not rows:
            return
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
        rows.clear()

    for line in N(text).splitlines():
        if line.startswith("T:"):
            rows.append([c.strip() for c in line[2:].split(" | ")])
            continue
        flush()
        if not line.strip():
            continue
        tag, body = line[:2], line[2:]
        if tag == "H:":
            p = doc.add_paragraph()
            p.add_run(body).bold = True
        elif tag == "1:":
            doc.add_paragraph(body, style="List Number")
        elif tag == "-:":
            doc.add_paragraph(body, style="List Bullet")
        else:
            doc.add_paragraph(body)
    flush()
    doc.save(path)


# ---------------------------------------------------------------- rx02 (txt, hard-wrapped)
RX02_HEAD = """UBND TỈNH HẠC XUYÊN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                    Độc lập - Tự do - Hạnh phúc
Số: 318/SGDĐT-CTTT
V/v triển khai giảm thiểu rác thải      Hạc Xuyên, ngày 03 tháng 3 năm 2026
nhựa trong trường học năm 2026
"""
RX02_BODY = """Kính gửi:
- Phòng Giáo dục và Đào tạo các huyện, thành phố;
- Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trực thuộc Sở.

Thực hiện chủ trương của Ủy ban nhân dân tỉnh về giảm thiểu chất thải nhựa và phân loại chất thải rắn sinh hoạt tại nguồn, nhằm xây dựng môi trường học đường xanh, sạch, an toàn trước biến đổi khí hậu, Sở Giáo dục và Đào tạo tỉnh Hạc Xuyên đề nghị các đơn vị triển khai một số nội dung sau:

1. Từ ngày 01/4/2026, không sử dụng ống hút nhựa, cốc nhựa, hộp xốp và túi ni lông khó phân hủy trong các hội nghị, lễ khai giảng, lễ tổng kết, hoạt động ngoại khóa và tại căng tin, bếp ăn bán trú của nhà trường.

2. Mỗi trường bố trí ít nhất 01 "Góc tái chế" và 02 bộ thùng phân loại rác tại nguồn loại 3 ngăn (rác hữu cơ, rác tái chế, rác còn lại) tại khu vực sân trường, căng tin; hoàn thành trước ngày 30/4/2026. Khuyến khích học sinh tự thiết kế thùng, biển chỉ dẫn từ vật liệu tái sử dụng.

3. Tổ chức "Ngày thứ Bảy không nhựa" định kỳ mỗi tháng một lần vào thứ Bảy cuối tháng; lồng ghép nội dung giảm thiểu rác thải nhựa vào môn Khoa học, môn Công nghệ, môn Giáo dục địa phương và hoạt động trải nghiệm, hướng nghiệp.

4. Giao Đoàn Thanh niên các trường trung học phổ thông chủ trì phong trào "Đổi chai nhựa lấy cây xanh", cứ 20 chai nhựa sạch đổi được 01 cây giống; số cây giống do Sở Nông nghiệp và Môi trường hỗ trợ thông qua Tỉnh đoàn Hạc Xuyên. Cây nhận được trồng trong khuôn viên trường hoặc tại khu dân cư nơi học sinh sinh sống.

5. Phòng Giáo dục và Đào tạo các huyện, thành phố có trách nhiệm hướng dẫn, kiểm tra các trường mầm non, tiểu học, trung học cơ sở trực thuộc thực hiện các nội dung trên; tổng hợp số liệu của cấp học mình quản lý theo biểu mẫu.

6. Chế độ báo cáo: các đơn vị gửi phiếu đăng ký theo Mẫu 01 (Đăng ký chỉ tiêu giảm thiểu rác thải nhựa) trước ngày 25/3/2026 và báo cáo kết quả theo Mẫu 02 (Kết quả thực hiện học kỳ II năm học 2025-2026) trước ngày 31/5/2026. Văn bản gửi qua Hệ thống quản lý văn bản điều hành, đồng thời gửi bản mềm định dạng Excel về địa chỉ thư điện tử cttt@hacxuyen.edu.vn. Mẫu 01 và Mẫu 02 đăng tải tại mục "Văn bản chỉ đạo" trên cổng thông tin điện tử của Sở.

7. Kết quả thực hiện là một trong các tiêu chí xét công nhận danh hiệu "Trường học xanh" năm học 2025-2026 và tiêu chí thi đua của tập thể, cá nhân trong năm học. Đơn vị không gửi báo cáo đúng hạn sẽ bị trừ điểm thi đua theo quy định.

Sở Giáo dục và Đào tạo đề nghị Sở Nông nghiệp và Môi trường hỗ trợ tài liệu tuyên truyền về phân loại rác tại nguồn và cử báo cáo viên tham gia các buổi sinh hoạt chuyên đề; đề nghị Tỉnh đoàn Hạc Xuyên phối hợp tiếp nhận, phân bổ cây giống cho phong trào "Đổi chai nhựa lấy cây xanh" và chỉ đạo cơ sở Đoàn trong trường học tham gia.

Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ bà Trương Thu Hằng, chuyên viên Phòng Chính trị tư tưởng và Công tác học sinh, điện thoại 0225 3 812 559 hoặc 0986 117 402, thư điện tử hangtt@hacxuyen.edu.vn để phối hợp giải quyết.

Sở Giáo dục và Đào tạo đề nghị các đơn vị nghiêm túc triển khai thực hiện./.
"""
RX02_TAIL = """Nơi nhận:                                   KT. GIÁM ĐỐC
- Như trên;                                  PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Sở Nông nghiệp và Môi trường;
- Tỉnh đoàn Hạc Xuyên;                        (đã ký)
- Giám đốc Sở (để b/c);
- Lưu: VT, CTTT.                            Lương Minh Triết
"""


def wrap_text(body, width=74):
    out = []
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if para.startswith("Kính gửi"):
            out.append(para)
            continue
        out.append("\n".join(textwrap.wrap(" ".join(lines), width=width,
                                           break_long_words=False, break_on_hyphens=False)))
    return "\n\n".join(out)


# ---------------------------------------------------------------- rx03 (pdf)
RX03_HEAD = ["UỶ BAN NHÂN DÂN TỈNH HẠC XUYÊN", "Số: 1174/QĐ-UBND",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Hạc Xuyên, ngày 22 tháng 4 năm 2026"]
RX03_PARAS = [
    ("B", "QUYẾT ĐỊNH"),
    ("B", "Về việc công nhận danh hiệu \"Trường học xanh\" năm học 2025-2026"),
    ("B", "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH HẠC XUYÊN"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ("P", "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;"),
    ("P", "Căn cứ Quyết định số 2609/QĐ-UBND ngày 14/10/2025 của Ủy ban nhân dân tỉnh ban hành Bộ tiêu chí \"Trường học xanh\" tỉnh Hạc Xuyên giai đoạn 2025-2030;"),
    ("P", "Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 96/TTr-SGDĐT ngày 10/4/2026 và ý kiến thống nhất của Sở Nông nghiệp và Môi trường tại Công văn số 741/SNNMT-MT ngày 16/4/2026."),
    ("B", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Công nhận danh hiệu \"Trường học xanh\" năm học 2025-2026 cho 14 trường học trên địa bàn tỉnh (có danh sách kèm theo), trong đó 04 trường đạt mức Xuất sắc và 10 trường đạt mức Đạt. Các trường được công nhận đều đạt từ 75 điểm trở lên theo thang điểm 100 của Bộ tiêu chí, không có tiêu chí thành phần bị điểm liệt."),
    ("P", "Điều 2. Khen thưởng và thời hạn của danh hiệu"),
    ("P", "1. Trường đạt mức Xuất sắc được tặng Bằng công nhận kèm theo tiền thưởng 15.000.000 đồng/trường; trường đạt mức Đạt được tặng Bằng công nhận kèm theo tiền thưởng 8.000.000 đồng/trường. Tổng kinh phí khen thưởng là 140.000.000 đồng (Một trăm bốn mươi triệu đồng), chi từ nguồn sự nghiệp bảo vệ môi trường năm 2026 của tỉnh."),
    ("P", "2. Danh hiệu có giá trị trong 03 năm học kể từ ngày ký Quyết định này. Hết thời hạn, nhà trường phải đăng ký đánh giá lại. Trường hợp trường vi phạm nghiêm trọng quy định về bảo vệ môi trường, an toàn trường học hoặc để xảy ra sự cố môi trường thì bị thu hồi danh hiệu."),
    ("P", "Điều 3. Tổ chức thực hiện"),
    ("P", "1. Sở Giáo dục và Đào tạo chủ trì tổ chức trao Bằng công nhận tại Hội nghị tổng kết năm học 2025-2026 của ngành (dự kiến trong tháng 8/2026); hướng dẫn các trường duy trì, nâng cao chất lượng các tiêu chí và nhân rộng mô hình trong năm học 2026-2027."),
    ("P", "2. Sở Tài chính thẩm định, bố trí kinh phí khen thưởng cho Sở Giáo dục và Đào tạo trước ngày 30/6/2026."),
    ("P", "3. Sở Nông nghiệp và Môi trường phối hợp với Sở Giáo dục và Đào tạo kiểm tra định kỳ hằng năm việc duy trì các tiêu chí về phân loại rác tại nguồn, cây xanh, tiết kiệm nước và năng lượng tại các trường được công nhận."),
    ("P", "4. Sở Khoa học và Công nghệ hỗ trợ các trường đạt mức Xuất sắc xây dựng mô hình ứng dụng điện mặt trời mái nhà và hệ thống thu gom nước mưa phục vụ dạy học STEM, hoàn thành trong năm 2026."),
    ("P", "5. Báo và Phát thanh, Truyền hình Hạc Xuyên xây dựng chuyên mục giới thiệu các mô hình \"Trường học xanh\" tiêu biểu, phát sóng ít nhất 02 kỳ mỗi quý."),
    ("P", "6. UBND các huyện, thành phố quan tâm bố trí quỹ đất, kinh phí trồng cây xanh và hỗ trợ các trường trên địa bàn duy trì danh hiệu; khuyến khích các trường chưa đạt đăng ký xét công nhận năm học 2026-2027."),
    ("P", "Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Giáo dục và Đào tạo, Tài chính, Nông nghiệp và Môi trường, Khoa học và Công nghệ; Chủ tịch UBND các huyện, thành phố; Hiệu trưởng các trường có tên tại Điều 1 và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
]
RX03_SIGN = ["Nơi nhận:", "- Như Điều 4;", "- Bộ Giáo dục và Đào tạo (để b/c);",
             "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
             "- Lưu: VT, KGVX.",
             "TM. UỶ BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Hà Quốc Doanh"]
RX03_LIST_TITLE = ["DANH SÁCH CÁC TRƯỜNG ĐẠT DANH HIỆU \"TRƯỜNG HỌC XANH\" NĂM HỌC 2025-2026",
                   "(Kèm theo Quyết định số 1174/QĐ-UBND ngày 22/4/2026 của UBND tỉnh Hạc Xuyên)"]
RX03_LIST = [
    ("TT", "Tên trường", "Huyện, thành phố", "Tổng điểm", "Mức đạt"),
    ("1", "Trường THPT Nghênh Phong", "huyện Nghênh Phong", "94", "Xuất sắc"),
    ("2", "Trường THCS Cỏ Mây", "huyện Điệp Sơn", "92", "Xuất sắc"),
    ("3", "Trường Tiểu học Thùy Dương", "huyện Điệp Sơn", "91", "Xuất sắc"),
    ("4", "Trường Mầm non Hoa Sữa", "thành phố Hoài Viễn", "90", "Xuất sắc"),
    ("5", "Trường THPT Ba Vách", "huyện Ba Vách", "88", "Đạt"),
    ("6", "Trường Tiểu học Lam Điền", "huyện Điệp Sơn", "86", "Đạt"),
    ("7", "Trường THCS Lý Tự Trọng", "thành phố Hoài Viễn", "85", "Đạt"),
    ("8", "Trường THCS Đào Viên", "huyện Điệp Sơn", "84", "Đạt"),
    ("9", "Trường Mầm non Sen Trắng", "huyện Nghênh Phong", "83", "Đạt"),
    ("10", "Trường Tiểu học Rạch Cói", "huyện Ba Vách", "81", "Đạt"),
    ("11", "Trường THCS Nghênh Phong", "huyện Nghênh Phong", "80", "Đạt"),
    ("12", "Trường TH&THCS Suối Bạc", "huyện Ba Vách", "79", "Đạt"),
    ("13", "Trường Mầm non Trúc Khê", "huyện Điệp Sơn", "77", "Đạt"),
    ("14", "Trường THPT chuyên Hoài Viễn", "thành phố Hoài Viễn", "76", "Đạt"),
]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    w = pdf.w - 38
    pdf.set_font("DV", "B", 11)
    pdf.cell(w / 2, 6, N(RX03_HEAD[0]), align="C")
    pdf.cell(w / 2, 6, N(RX03_HEAD[2]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11)
    pdf.cell(w / 2, 6, N(RX03_HEAD[1]), align="C")
    pdf.cell(w / 2, 6, N(RX03_HEAD[3]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 8, N(RX03_HEAD[4]), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, txt in RX03_PARAS:
        if kind == "B":
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(w, 7, N(txt), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 11)
            pdf.multi_cell(w, 6, N(txt), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(4)
    pdf.set_font("DV", "", 10)
    for s in RX03_SIGN:
        pdf.multi_cell(w, 5.5, N(s), new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    for s in RX03_LIST_TITLE:
        pdf.multi_cell(w, 6, N(s), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 10)
    widths = [12, 66, 46, 22, 26]
    for i, row in enumerate(RX03_LIST):
        pdf.set_font("DV", "B" if i == 0 else "", 10)
        for cw, c in zip(widths, row):
            pdf.cell(cw, 7, N(c), border=1)
        pdf.ln(7)
    pdf.ln(4)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(w, 5.5, N("Danh sách gồm 14 trường: huyện Điệp Sơn 05 trường, huyện Nghênh Phong 03 trường, huyện Ba Vách 03 trường, thành phố Hoài Viễn 03 trường."),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- rx04 (txt, biên bản)
RX04 = """UBND HUYỆN ĐIỆP SƠN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ HUY PHÒNG THỦ DÂN SỰ                  Độc lập - Tự do - Hạnh phúc
Số: 09/BB-BCH
                                        Điệp Sơn, ngày 28 tháng 5 năm 2026

BIÊN BẢN
Cuộc họp Ban Chỉ huy phòng thủ dân sự huyện về tiến độ diễn tập phòng, tránh thiên tai trong trường học

I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN

Thời gian: bắt đầu lúc 14 giờ 00 phút, ngày 28/5/2026.
Địa điểm: Phòng họp số 2, trụ sở UBND huyện Điệp Sơn.
Chủ trì: ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND huyện, Phó Trưởng ban thường trực Ban Chỉ huy phòng thủ dân sự huyện.
Thư ký: bà Đặng Thu Trang, chuyên viên Văn phòng HĐND và UBND huyện.
Thành phần: 17/19 thành viên Ban Chỉ huy có mặt (vắng 02 thành viên, có lý do); đại diện lãnh đạo Phòng Giáo dục và Đào tạo, Phòng Nông nghiệp và Môi trường, Phòng Văn hóa, Khoa học và Thông tin, Ban Chỉ huy Quân sự huyện, Trung tâm Y tế huyện, Huyện đoàn, Hội Chữ thập đỏ huyện; Chủ tịch UBND 07 xã, thị trấn; Hiệu trưởng 06 trường có tên trong Kế hoạch số 61/KH-UBND ngày 08/5/2026 của UBND huyện.

II. NỘI DUNG CUỘC HỌP

1. Phòng Giáo dục và Đào tạo báo cáo tiến độ thực hiện Kế hoạch số 61/KH-UBND: 06 kịch bản diễn tập hoàn thành ngày 19/5/2026. Trường THCS Cỏ Mây diễn tập ngày 27/5/2026 với 398/412 học sinh tham gia, đạt 96,6%; thời gian sơ tán toàn trường là 7 phút 40 giây, đạt yêu cầu. Tồn tại: hiệu lệnh kẻng ở dãy phòng học phía sau chưa nghe rõ; 02 lớp tập kết sai vị trí.

2. Ý kiến các thành viên:
- Đại diện Phòng Nông nghiệp và Môi trường cho biết qua rà soát sau đợt mưa lớn ngày 21-22/5/2026, phát hiện 03 điểm có nguy cơ sạt lở mới tại xã Ghềnh Bạc, trong đó có taluy dương phía sau điểm trường thôn Cò Noi của Trường TH&THCS Ghềnh Bạc; bản đồ vùng nguy cơ gửi các trường ngày 17/5/2026.
- Đại diện Hội Chữ thập đỏ huyện báo cáo đã tập huấn sơ cấp cứu cho 58/60 giáo viên, kết thúc ngày 25/5/2026; 120 túi sơ cứu sẵn sàng cấp phát; 02 giáo viên vắng sẽ học bù cùng đợt tập huấn của huyện Nghênh Phong.
- Đại diện Huyện đoàn cho biết 06 đội thanh niên tình nguyện với 90 đoàn viên sẵn sàng; đề nghị được cấp thêm 30 áo phao cho đội hỗ trợ Trường Tiểu học Thùy Dương vì địa bàn ven sông.
- Hiệu trưởng Trường TH&THCS Ghềnh Bạc đề nghị lùi ngày diễn tập từ 04/6/2026 sang 05/6/2026 để hoàn thành di dời lớp học tại điểm trường thôn Cò Noi.
- Đại diện Trung tâm Y tế huyện xác nhận bố trí đủ kíp cấp cứu cho các buổi còn lại; đề nghị các trường báo trước danh sách học sinh có bệnh lý nền.

III. KẾT LUẬN CỦA CHỦ TRÌ

Đồng chí chủ trì ghi nhận sự chuẩn bị tích cực của các đơn vị và kết luận:
1. Đồng ý lùi lịch diễn tập của Trường TH&THCS Ghềnh Bạc sang ngày 05/6/2026; các trường còn lại giữ nguyên lịch theo Kế hoạch số 61/KH-UBND.
2. UBND xã Ghềnh Bạc hoàn thành việc di dời 02 lớp học của điểm trường thôn Cò Noi sang nhà văn hóa thôn trước ngày 01/6/2026, bảo đảm điều kiện dạy học tối thiểu.
3. Phòng Nông nghiệp và Môi trường cắm biển cảnh báo tại 03 điểm nguy cơ sạt lở ở xã Ghềnh Bạc trước ngày 03/6/2026 và tiếp tục theo dõi sau mỗi đợt mưa lớn.
4. Ban Chỉ huy Quân sự huyện bố trí 01 trung đội dân quân cơ động hỗ trợ xã Ghềnh Bạc trong thời gian di dời và trong ngày diễn tập.
5. Giao Phòng Tài chính - Kế hoạch tham mưu bổ sung 24 triệu đồng mua 30 áo phao cho đội thanh niên tình nguyện hỗ trợ Trường Tiểu học Thùy Dương, trình UBND huyện trước ngày 02/6/2026.
6. Phòng Giáo dục và Đào tạo hướng dẫn các trường khắc phục tồn tại về hiệu lệnh báo động, bổ sung loa cầm tay cho các dãy phòng học xa.
7. Phòng Văn hóa, Khoa học và Thông tin đưa tin về buổi diễn tập tại Trường THCS Cỏ Mây trên Trang thông tin điện tử huyện để các trường khác tham khảo.

Cuộc họp kết thúc lúc 16 giờ 30 phút cùng ngày. Biên bản lập thành 03 bản, thông qua cho các thành viên dự họp nghe và thống nhất.

THƯ KÝ                                          CHỦ TRÌ
(đã ký)                                         (đã ký)
Đặng Thu Trang                                  Nguyễn Hữu Thắng
"""

# ---------------------------------------------------------------- rx05 (md, báo cáo)
RX05 = """| BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH HUYỆN ĐIỆP SƠN | ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH |
|---|---|
| Số: 47-BC/HĐTN | Điệp Sơn, ngày 12 tháng 6 năm 2026 |

# BÁO CÁO

## Kết quả phong trào "Mầm xanh vì cộng đồng" và lớp kỹ năng ứng phó thiên tai 6 tháng đầu năm 2026

Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2026, Kế hoạch số 61/KH-UBND ngày 08/5/2026 của UBND huyện Điệp Sơn về diễn tập phòng, tránh thiên tai trong trường học và Công văn số 318/SGDĐT-CTTT của Sở Giáo dục và Đào tạo tỉnh về giảm thiểu rác thải nhựa, Ban Thường vụ Huyện đoàn Điệp Sơn báo cáo kết quả 6 tháng đầu năm 2026 như sau:

### I. KẾT QUẢ THỰC HIỆN

**1. Công tác tuyên truyền.** Huyện đoàn phối hợp với Phòng Văn hóa, Khoa học và Thông tin thực hiện 26 tin, bài và 04 video ngắn về trồng cây, phân loại rác và kỹ năng thoát hiểm, thu hút hơn 41.000 lượt xem trên trang Fanpage "Tuổi trẻ Điệp Sơn". Các cơ sở Đoàn tổ chức 19 buổi sinh hoạt chuyên đề về biến đổi khí hậu cho đoàn viên, thanh niên.

**2. Trồng cây xanh và thu gom rác thải nhựa.** Hưởng ứng Tết trồng cây và phong trào "Đổi chai nhựa lấy cây xanh", toàn huyện trồng mới 19.500 cây xanh các loại (lim xanh, sao đen, muồng hoàng yến, tre chắn sóng), đạt 65% chỉ tiêu cả năm là 30.000 cây; thu gom 1.280 kg chai, lọ nhựa để tái chế. Phòng Nông nghiệp và Môi trường huyện hỗ trợ 12.000 cây giống; số còn lại do cơ sở Đoàn vận động xã hội hóa với tổng giá trị 212 triệu đồng.

**3. Lớp kỹ năng ứng phó thiên tai.** Huyện đoàn phối hợp với Hội Chữ thập đỏ huyện mở 42 lớp kỹ năng (bơi an toàn, sơ cấp cứu, thoát hiểm khi lũ quét, sạt lở) với 1.788 lượt học viên là thiếu nhi và đoàn viên; 06 đội thanh niên tình nguyện tham gia hỗ trợ diễn tập tại các trường học theo Kế hoạch số 61/KH-UBND.

**4. Kết quả cụ thể theo từng xã, thị trấn:**

| TT | Xã, thị trấn | Cây xanh trồng mới (cây) | Số lớp kỹ năng (lớp) | Lượt học viên | Nhựa thu gom (kg) |
|---|---|---|---|---|---|
| 1 | Thị trấn Điệp Sơn | 3.450 | 9 | 412 | 320 |
| 2 | Xã Cỏ Mây | 2.180 | 6 | 275 | 190 |
| 3 | Xã Lam Điền | 4.020 | 7 | 301 | 145 |
| 4 | Xã Đào Viên | 1.760 | 5 | 198 | 210 |
| 5 | Xã Thùy Dương | 2.905 | 8 | 356 | 260 |
| 6 | Xã Trúc Khê | 1.315 | 4 | 142 | 95 |
| 7 | Xã Ghềnh Bạc | 3.870 | 3 | 104 | 60 |
| | **Tổng cộng** | **19.500** | **42** | **1.788** | **1.280** |

### II. HẠN CHẾ, NGUYÊN NHÂN

- Xã Ghềnh Bạc trồng nhiều cây nhưng chỉ mở được 3 lớp kỹ năng do địa bàn chia cắt, thiếu người hướng dẫn bơi an toàn và chưa có bể bơi di động.
- Xã Trúc Khê có số cây trồng mới thấp nhất huyện; một số cơ sở Đoàn chưa cập nhật số liệu kịp thời, báo cáo còn chậm.
- Tỷ lệ cây sống sau 3 tháng tại các khu vực ven sông mới đạt khoảng 78% do ảnh hưởng của đợt nắng nóng kéo dài.

### III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2026

1. Trồng thêm 10.500 cây xanh để hoàn thành chỉ tiêu 30.000 cây; ưu tiên trồng tre chắn sóng dọc bờ sông đoạn qua xã Thùy Dương.
2. Mở thêm 18 lớp kỹ năng, nâng tổng số lớp cả năm lên 60 lớp; ưu tiên xã Ghềnh Bạc và xã Trúc Khê.
3. Tổ chức "Ngày hội Thanh niên xanh" vào ngày 26/7/2026 tại sân vận động xã Lam Điền, gồm trưng bày sản phẩm tái chế và thi kỹ năng sơ cấp cứu.

### IV. ĐỀ XUẤT, KIẾN NGHỊ

- Đề nghị UBND huyện hỗ trợ 50 triệu đồng cho việc mua bể bơi di động và áo phao phục vụ lớp bơi an toàn.
- Đề nghị Phòng Giáo dục và Đào tạo huyện bố trí sân trường, phòng học cho các lớp kỹ năng trong dịp nghỉ hè.
- Đề nghị Hội Chữ thập đỏ huyện tiếp tục cử hướng dẫn viên sơ cấp cứu cho các lớp mở mới.
- Các Đoàn xã, thị trấn có trách nhiệm báo cáo số liệu định kỳ hằng quý về Văn phòng Huyện đoàn trước ngày 20 của tháng cuối quý.

Đầu mối tổng hợp: đồng chí Vi Thị Hạnh, Phó Bí thư Huyện đoàn, điện thoại 0978 205 664, thư điện tử huyendoandiepson@gmail.com.

**Nơi nhận:**
- Ban Thường vụ Tỉnh đoàn (b/c);
- Thường trực Huyện ủy (b/c);
- UBND huyện;
- Các Đoàn xã, thị trấn;
- Lưu: VP Huyện đoàn.

T/M BAN THƯỜNG VỤ HUYỆN ĐOÀN
BÍ THƯ
(đã ký)
Sầm Văn Lực
"""

FILES = {
    "rx01": "rx01_kh_dien_tap_mua_bao.docx",
    "rx02": "rx02_cv_giam_rac_nhua.txt",
    "rx03": "rx03_qd_truong_hoc_xanh.pdf",
    "rx04": "rx04_bb_hop_bch_pths.txt",
    "rx05": "rx05_bc_mam_xanh_huyen_doan.md",
}


def main():
    build_docx(RX01, os.path.join(CORPUS, FILES["rx01"]))
    rx02 = N(RX02_HEAD + "\n" + wrap_text(RX02_BODY.strip()) + "\n\n" + RX02_TAIL)
    open(os.path.join(CORPUS, FILES["rx02"]), "w", encoding="utf-8").write(rx02)
    build_pdf(os.path.join(CORPUS, FILES["rx03"]))
    open(os.path.join(CORPUS, FILES["rx04"]), "w", encoding="utf-8").write(N(RX04))
    open(os.path.join(CORPUS, FILES["rx05"]), "w", encoding="utf-8").write(N(RX05))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()


# ================================================================ questions + who-what
import json
A, B, C, D, E = (FILES[k] for k in ("rx01", "rx02", "rx03", "rx04", "rx05"))
QS = []


def q(question, kind, ev=(), kw=(), hist=None, actors=None, ans=True):
    d = {"id": "rx%03d" % (len(QS) + 1), "question": N(question), "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": N(t)} for s, t in ev], "keywords": [N(k) for k in kw]}
    if hist is not None:
        d["history"] = [N(hist["question"])]
    if actors:
        d["actors"] = [N(a) for a in actors]
    QS.append(d)
    return d


def u(question, kind="unanswerable", hist=None):
    return q(question, kind, ans=False, hist=hist)


# ---- rx01 KH 61/KH-UBND
a1 = q("Kế hoạch diễn tập phòng tránh thiên tai ở trường học huyện Điệp Sơn tổng kinh phí bao nhiêu?", "factoid",
       [(A, "Tổng kinh phí thực hiện Kế hoạch là 186 triệu đồng")], ["186 triệu đồng"])
q("Riêng khoản in tờ rơi, áp phích hết bao nhiêu?", "follow-up",
  [(A, "in ấn tờ rơi, áp phích 38 triệu đồng")], ["38 triệu đồng"], hist=a1)
a4 = q("thoi gian so tan toi da cho truong mam non khi dien tap la bao nhieu phut", "no-diacritics",
       [(A, "không quá 10 phút đối với trường mầm non")], ["10 phút"])
q("Còn trường tiểu học với THCS thì sao?", "follow-up",
  [(A, "không quá 8 phút đối với trường tiểu học và trung học cơ sở")], ["8 phút"], hist=a4)
q("Phòng Nông nghiệp và Môi trường huyện phải làm gì cho đợt diễn tập ở trường, hạn khi nào?", "who-what",
  [(A, "Phòng Nông nghiệp và Môi trường có trách nhiệm cung cấp bản đồ vùng nguy cơ sạt lở, ngập lụt cho các trường"),
   (A, "Trước ngày 18/5/2026")], ["bản đồ vùng nguy cơ sạt lở", "18/5/2026"], actors=["Phòng Nông nghiệp và Môi trường"])
q("Huyện đoàn Điệp Sơn được giao nhiệm vụ gì trong kế hoạch diễn tập?", "who-what",
  [(A, "Huyện đoàn Điệp Sơn thành lập 06 đội thanh niên tình nguyện, mỗi đội 15 đoàn viên")], ["06 đội", "15 đoàn viên"],
  actors=["Huyện đoàn Điệp Sơn"])
q("Hội Chữ thập đỏ huyện phải làm gì theo kế hoạch 61?", "who-what",
  [(A, "Hội Chữ thập đỏ huyện tập huấn sơ cấp cứu cho 60 giáo viên phụ trách y tế trường học")], ["60 giáo viên"],
  actors=["Hội Chữ thập đỏ huyện"])
q("KH 61/KH-UBND giao TTYT huyện việc gì?", "abbreviation",
  [(A, "Trung tâm Y tế huyện bố trí 01 kíp cấp cứu gồm bác sĩ, điều dưỡng và xe cứu thương")], ["kíp cấp cứu"])
q("Đơn vị nào làm thường trực theo dõi kế hoạch diễn tập và phải báo cáo chủ tịch huyện trước ngày nào?", "who-what",
  [(A, "Ban Chỉ huy phòng thủ dân sự huyện là cơ quan thường trực"),
   (A, "báo cáo Chủ tịch UBND huyện trước ngày 20/6/2026")], ["20/6/2026"],
  actors=["Ban Chỉ huy phòng thủ dân sự huyện"])
q("can hoi ve lich dien tap o truong thi lien he ai, sdt bao nhieu", "no-diacritics",
  [(A, "ông Phạm Đức Vinh, chuyên viên Phòng Giáo dục và Đào tạo huyện, điện thoại 0912 448 317")],
  ["Phạm Đức Vinh", "0912 448 317"])
q("Kế hoạch diễn tập trường học trước mùa mưa bão 2026 của huyện Điệp Sơn là số mấy, ban hành ngày nào?", "metadata",
  [(A, "Điệp Sơn, ngày 08 tháng 5 năm 2026"), (D, "Kế hoạch số 61/KH-UBND ngày 08/5/2026 của UBND huyện")],
  ["61/KH-UBND", "08/5/2026"])
q("Theo KH 61, P.VHKH&TT tuyên truyền trên những kênh nào?", "abbreviation",
  [(A, "đăng tải tin bài trên Trang thông tin điện tử huyện và hướng dẫn các xã, thị trấn phát sóng trên loa truyền thanh cơ sở")],
  ["Trang thông tin điện tử huyện", "loa truyền thanh cơ sở"])
q("Các trường có tên trong lịch diễn tập phải làm những gì, nộp báo cáo trước ngày nào?", "who-what",
  [(A, "Các trường có tên trong lịch diễn tập xây dựng phương án chi tiết, thông báo cho cha mẹ học sinh trước ít nhất 03 ngày"),
   (A, "gửi báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/6/2026")], ["03 ngày", "15/6/2026"],
  actors=["Các trường có tên trong lịch diễn tập"])
q("KH 61 UBND huyện ĐS phát mấy bản tin trên loa truyền thanh, mỗi bản tin dài bao lâu?", "abbreviation",
  [(A, "Phát sóng 12 bản tin chuyên đề trên hệ thống loa truyền thanh cơ sở của 07 xã, thị trấn, mỗi bản tin thời lượng 5 phút")],
  ["12 bản tin", "5 phút"])
u("Kế hoạch 61 của huyện Điệp Sơn bố trí bao nhiêu kinh phí cho diễn tập ở trường năm 2027?")
u("Trường THCS Nghênh Phong diễn tập phòng tránh thiên tai ngày nào theo lịch của huyện?")
u("Ban Chỉ huy Quân sự huyện được hỗ trợ bao nhiêu tiền xăng xe cho các buổi diễn tập?")
u("truong THPT Diep Son dien tap kich ban gi, ngay nao")
u("Kế hoạch diễn tập 61 giao Hội Cựu chiến binh huyện phụ trách phần việc gì?")

# ---- rx02 CV 318/SGDĐT-CTTT
b2 = q("CV 318 của Sở GDĐT yêu cầu mỗi trường đặt mấy bộ thùng phân loại rác?", "abbreviation",
       [(B, "02 bộ thùng phân loại rác tại nguồn loại 3 ngăn")], ["02 bộ", "3 ngăn"])
q("Hạn xong việc đó là khi nào?", "follow-up", [(B, "hoàn thành trước ngày 30/4/2026")], ["30/4/2026"], hist=b2)
b4 = q("bao nhieu chai nhua thi doi duoc 1 cay giong", "no-diacritics",
       [(B, "cứ 20 chai nhựa sạch đổi được 01 cây giống")], ["20 chai"])
q("Cây giống lấy từ đâu ra?", "follow-up",
  [(B, "số cây giống do Sở Nông nghiệp và Môi trường hỗ trợ thông qua Tỉnh đoàn Hạc Xuyên")],
  ["Sở Nông nghiệp và Môi trường", "Tỉnh đoàn Hạc Xuyên"], hist=b4)
b6 = q("Phiếu đăng ký chỉ tiêu giảm rác thải nhựa (Mẫu 01) phải gửi trước ngày nào?", "factoid",
       [(B, "Mẫu 01 (Đăng ký chỉ tiêu giảm thiểu rác thải nhựa) trước ngày 25/3/2026")], ["25/3/2026"])
q("Thế Mẫu 02?", "follow-up",
  [(B, "báo cáo kết quả theo Mẫu 02 (Kết quả thực hiện học kỳ II năm học 2025-2026) trước ngày 31/5/2026")],
  ["31/5/2026"], hist=b6)
q("gui ban mem bao cao rac thai nhua ve email nao", "no-diacritics",
  [(B, "gửi bản mềm định dạng Excel về địa chỉ thư điện tử cttt@hacxuyen.edu.vn")], ["cttt@hacxuyen.edu.vn"])
q("Phòng Giáo dục và Đào tạo các huyện phải làm gì theo công văn giảm rác thải nhựa?", "who-what",
  [(B, "Phòng Giáo dục và Đào tạo các huyện, thành phố có trách nhiệm hướng dẫn, kiểm tra các trường mầm non, tiểu học, trung học cơ sở")],
  ["hướng dẫn, kiểm tra"], actors=["Phòng Giáo dục và Đào tạo các huyện, thành phố"])
q("Đoàn Thanh niên ở các trường cấp 3 được giao chủ trì phong trào gì?", "who-what",
  [(B, "Giao Đoàn Thanh niên các trường trung học phổ thông chủ trì phong trào \"Đổi chai nhựa lấy cây xanh\"")],
  ["Đổi chai nhựa lấy cây xanh"], actors=["Đoàn Thanh niên các trường trung học phổ thông"])
q("Sở GD&ĐT đề nghị Tỉnh đoàn phối hợp làm gì trong việc giảm rác nhựa?", "who-what",
  [(B, "đề nghị Tỉnh đoàn Hạc Xuyên phối hợp tiếp nhận, phân bổ cây giống")], ["phân bổ cây giống"],
  actors=["Tỉnh đoàn Hạc Xuyên"])
q("Công văn về giảm thiểu rác thải nhựa trong trường học năm 2026 của Sở có số hiệu gì, ngày mấy?", "metadata",
  [(B, "Số: 318/SGDĐT-CTTT V/v triển khai giảm thiểu rác thải"),
   (A, "Căn cứ Công văn số 318/SGDĐT-CTTT ngày 03/3/2026")], ["318/SGDĐT-CTTT", "03/3/2026"])
q("Ai ký công văn giảm rác thải nhựa gửi các trường?", "metadata",
  [(B, "Lưu: VT, CTTT. Lương Minh Triết")], ["Lương Minh Triết"])
q("CV 318 SGDĐT: đơn vị nào ko nộp BC đúng hạn thì bị gì?", "abbreviation",
  [(B, "Đơn vị không gửi báo cáo đúng hạn sẽ bị trừ điểm thi đua")], ["trừ điểm thi đua"])
q("so dien thoai chi Truong Thu Hang o So giao duc la gi", "no-diacritics",
  [(B, "bà Trương Thu Hằng, chuyên viên Phòng Chính trị tư tưởng và Công tác học sinh, điện thoại 0225 3 812 559 hoặc 0986 117 402")],
  ["0225 3 812 559", "0986 117 402"])
q("goc tai che moi truong phai co it nhat may goc", "no-diacritics",
  [(B, "Mỗi trường bố trí ít nhất 01 \"Góc tái chế\"")], ["ít nhất 01"])
q("CV 318 yêu cầu lồng ghép giảm rác nhựa vào những môn nào?", "abbreviation",
  [(B, "lồng ghép nội dung giảm thiểu rác thải nhựa vào môn Khoa học, môn Công nghệ, môn Giáo dục địa phương")],
  ["môn Khoa học", "môn Công nghệ", "môn Giáo dục địa phương"])
u("Theo CV 318, mỗi trường được cấp bao nhiêu tiền để mua thùng phân loại rác 3 ngăn?")
u("Mẫu 03 trong công văn giảm rác thải nhựa phải nộp trước ngày nào?")
u("cong van 455/SGDDT-CTTT ve rac thai nhua ban hanh ngay nao")
u("Báo cáo giảm rác thải nhựa học kỳ I năm học 2026-2027 hạn chót là khi nào?")

# ---- rx03 QĐ 1174/QĐ-UBND
q("Quyết định công nhận Trường học xanh năm học 2025-2026 số mấy, ký ngày nào?", "metadata",
  [(C, "Kèm theo Quyết định số 1174/QĐ-UBND ngày 22/4/2026")], ["1174/QĐ-UBND", "22/4/2026"])
q("Ai ký QĐ công nhận trường học xanh?", "metadata",
  [(C, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Hà Quốc Doanh")], ["Hà Quốc Doanh"])
c3 = q("Năm học 2025-2026 tỉnh công nhận bao nhiêu trường học xanh, mấy trường xuất sắc?", "factoid",
       [(C, "14 trường học trên địa bàn tỉnh (có danh sách kèm theo), trong đó 04 trường đạt mức Xuất sắc")],
       ["14 trường", "04 trường"])
c4 = q("Mỗi trường xuất sắc được thưởng bao nhiêu tiền?", "follow-up",
       [(C, "Trường đạt mức Xuất sắc được tặng Bằng công nhận kèm theo tiền thưởng 15.000.000 đồng/trường")],
       ["15.000.000 đồng"], hist=c3)
q("Còn mức Đạt?", "follow-up",
  [(C, "trường đạt mức Đạt được tặng Bằng công nhận kèm theo tiền thưởng 8.000.000 đồng/trường")],
  ["8.000.000 đồng"], hist=c4)
q("Danh hiệu THX theo QĐ 1174 có giá trị mấy năm?", "abbreviation",
  [(C, "Danh hiệu có giá trị trong 03 năm học kể từ ngày ký Quyết định này")], ["03 năm học"])
q("truong nao diem cao nhat trong danh sach truong hoc xanh", "no-diacritics",
  [(C, "Trường THPT Nghênh Phong huyện Nghênh Phong 94 Xuất sắc")], ["Trường THPT Nghênh Phong", "94"])
q("Huyện Điệp Sơn có những trường nào được công nhận Trường học xanh?", "list",
  [(C, "huyện Điệp Sơn 05 trường"), (C, "Trường THCS Cỏ Mây huyện Điệp Sơn 92 Xuất sắc"),
   (C, "Trường Tiểu học Thùy Dương huyện Điệp Sơn 91 Xuất sắc"), (C, "Trường Tiểu học Lam Điền huyện Điệp Sơn 86 Đạt"),
   (C, "Trường THCS Đào Viên huyện Điệp Sơn 84 Đạt"), (C, "Trường Mầm non Trúc Khê huyện Điệp Sơn 77 Đạt")],
  ["Cỏ Mây", "Thùy Dương", "Trúc Khê"])
q("Sở Tài chính phải làm gì theo quyết định công nhận trường học xanh, hạn khi nào?", "who-what",
  [(C, "Sở Tài chính thẩm định, bố trí kinh phí khen thưởng cho Sở Giáo dục và Đào tạo trước ngày 30/6/2026")],
  ["30/6/2026"], actors=["Sở Tài chính"])
q("Sở KH&CN hỗ trợ gì cho các trường học xanh loại xuất sắc?", "who-what",
  [(C, "Sở Khoa học và Công nghệ hỗ trợ các trường đạt mức Xuất sắc xây dựng mô hình ứng dụng điện mặt trời mái nhà và hệ thống thu gom nước mưa")],
  ["điện mặt trời mái nhà", "thu gom nước mưa"], actors=["Sở Khoa học và Công nghệ"])
q("Đài báo tỉnh được giao việc gì trong QĐ trường học xanh?", "who-what",
  [(C, "Báo và Phát thanh, Truyền hình Hạc Xuyên xây dựng chuyên mục giới thiệu các mô hình"),
   (C, "phát sóng ít nhất 02 kỳ mỗi quý")], ["02 kỳ mỗi quý"], actors=["Báo và Phát thanh, Truyền hình Hạc Xuyên"])
c13 = q("Sở Giáo dục và Đào tạo chủ trì việc gì trong QĐ 1174, khi nào trao bằng?", "who-what",
        [(C, "Sở Giáo dục và Đào tạo chủ trì tổ chức trao Bằng công nhận tại Hội nghị tổng kết năm học 2025-2026 của ngành (dự kiến trong tháng 8/2026)")],
        ["tháng 8/2026"], actors=["Sở Giáo dục và Đào tạo"])
q("Còn Sở Nông nghiệp và Môi trường thì sao?", "follow-up",
  [(C, "Sở Nông nghiệp và Môi trường phối hợp với Sở Giáo dục và Đào tạo kiểm tra định kỳ hằng năm")],
  ["định kỳ hằng năm"], hist=c13, actors=["Sở Nông nghiệp và Môi trường"])
q("Muốn được công nhận trường học xanh thì phải đạt tối thiểu bao nhiêu điểm theo bộ TC?", "abbreviation",
  [(C, "đạt từ 75 điểm trở lên theo thang điểm 100")], ["75 điểm"])
q("truong hoc xanh bi thu hoi danh hieu trong truong hop nao", "no-diacritics",
  [(C, "vi phạm nghiêm trọng quy định về bảo vệ môi trường, an toàn trường học hoặc để xảy ra sự cố môi trường thì bị thu hồi danh hiệu")],
  ["thu hồi danh hiệu"])
u("Trường học xanh mức \"Đặc biệt xuất sắc\" được thưởng bao nhiêu tiền?")
u("Huyện Thủy Nguyệt có trường nào đạt Trường học xanh năm học 2025-2026 không?")
u("Tờ trình 96/TTr-SGDĐT đề nghị công nhận tổng cộng bao nhiêu trường?")
u("truong hoc xanh nam hoc 2024-2025 tinh Hac Xuyen cong nhan bao nhieu truong")
u("Trường THCS Cỏ Mây được thưởng bao nhiêu tiền trường học xanh năm học 2026-2027?")

# ---- rx04 Biên bản 09/BB-BCH
q("Cuộc họp Ban Chỉ huy phòng thủ dân sự huyện ngày 28/5 do ai chủ trì, ai làm thư ký?", "metadata",
  [(D, "Chủ trì: ông Nguyễn Hữu Thắng, Phó Chủ tịch UBND huyện"), (D, "Thư ký: bà Đặng Thu Trang")],
  ["Nguyễn Hữu Thắng", "Đặng Thu Trang"])
d3 = q("Buổi diễn tập ở THCS Cỏ Mây có bao nhiêu em tham gia, sơ tán mất bao lâu?", "factoid",
       [(D, "Trường THCS Cỏ Mây diễn tập ngày 27/5/2026 với 398/412 học sinh tham gia, đạt 96,6%; thời gian sơ tán toàn trường là 7 phút 40 giây")],
       ["398/412", "7 phút 40 giây"])
q("Có tồn tại gì không?", "follow-up",
  [(D, "hiệu lệnh kẻng ở dãy phòng học phía sau chưa nghe rõ; 02 lớp tập kết sai vị trí")],
  ["chưa nghe rõ", "02 lớp tập kết sai vị trí"], hist=d3)
d5 = q("Lịch diễn tập của trường TH&THCS Ghềnh Bạc có bị đổi không?", "factoid",
       [(D, "Đồng ý lùi lịch diễn tập của Trường TH&THCS Ghềnh Bạc sang ngày 05/6/2026")], ["05/6/2026"])
q("Vì sao phải lùi?", "follow-up",
  [(D, "để hoàn thành di dời lớp học tại điểm trường thôn Cò Noi")], ["di dời lớp học", "Cò Noi"], hist=d5)
q("UBND xã Ghềnh Bạc phải làm gì sau cuộc họp, hạn khi nào?", "who-what",
  [(D, "UBND xã Ghềnh Bạc hoàn thành việc di dời 02 lớp học của điểm trường thôn Cò Noi sang nhà văn hóa thôn trước ngày 01/6/2026")],
  ["01/6/2026", "nhà văn hóa thôn"], actors=["UBND xã Ghềnh Bạc"])
d8 = q("Phòng Tài chính - Kế hoạch được giao việc gì trong kết luận cuộc họp?", "who-what",
       [(D, "Giao Phòng Tài chính - Kế hoạch tham mưu bổ sung 24 triệu đồng mua 30 áo phao")],
       ["24 triệu đồng", "30 áo phao"], actors=["Phòng Tài chính - Kế hoạch"])
d9 = q("Số áo phao đó dùng cho ai?", "follow-up",
       [(D, "mua 30 áo phao cho đội thanh niên tình nguyện hỗ trợ Trường Tiểu học Thùy Dương")], ["Thùy Dương"], hist=d8)
u("Thế UBND huyện duyệt khoản đó vào ngày nào?", kind="follow-up", hist=d9)
q("phong nong nghiep va moi truong phai cam bien canh bao o may diem, han nao", "no-diacritics",
  [(D, "Phòng Nông nghiệp và Môi trường cắm biển cảnh báo tại 03 điểm nguy cơ sạt lở ở xã Ghềnh Bạc trước ngày 03/6/2026")],
  ["03 điểm", "03/6/2026"])
q("BCH Quân sự huyện phải bố trí lực lượng gì hỗ trợ xã Ghềnh Bạc?", "abbreviation",
  [(D, "Ban Chỉ huy Quân sự huyện bố trí 01 trung đội dân quân cơ động hỗ trợ xã Ghềnh Bạc")],
  ["01 trung đội dân quân"])
d12 = q("hoi chu thap do da tap huan so cap cuu duoc bao nhieu giao vien", "no-diacritics",
        [(D, "đã tập huấn sơ cấp cứu cho 58/60 giáo viên, kết thúc ngày 25/5/2026")], ["58/60"])
q("Mấy người vắng thì học bù ở đâu?", "follow-up",
  [(D, "02 giáo viên vắng sẽ học bù cùng đợt tập huấn của huyện Nghênh Phong")], ["Nghênh Phong"], hist=d12)
q("Theo BB họp ngày 28/5, TTYT huyện đề nghị các trường điều gì?", "abbreviation",
  [(D, "đề nghị các trường báo trước danh sách học sinh có bệnh lý nền")], ["bệnh lý nền"])
q("Phòng Giáo dục và Đào tạo được giao gì trong kết luận cuộc họp ngày 28/5?", "who-what",
  [(D, "Phòng Giáo dục và Đào tạo hướng dẫn các trường khắc phục tồn tại về hiệu lệnh báo động, bổ sung loa cầm tay")],
  ["loa cầm tay"], actors=["Phòng Giáo dục và Đào tạo"])
u("Trong cuộc họp ngày 28/5, Trường Mầm non Trúc Khê xin lùi diễn tập sang ngày nào?")
u("Hai thành viên Ban Chỉ huy vắng mặt trong cuộc họp ngày 28/5 là ai?")
u("bien ban hop ngay 28/5 co dai bieu Hoi Nong dan huyen phat bieu gi khong")
u("Biên bản số 10/BB-BCH của Ban Chỉ huy phòng thủ dân sự huyện họp ngày nào?")

# ---- rx05 Báo cáo 47-BC/HĐTN
q("6 tháng đầu năm 2026 huyện Điệp Sơn trồng được bao nhiêu cây xanh, đạt bao nhiêu % chỉ tiêu?", "factoid",
  [(E, "toàn huyện trồng mới 19.500 cây xanh các loại"), (E, "đạt 65% chỉ tiêu cả năm là 30.000 cây")],
  ["19.500", "65%", "30.000"])
e2 = q("xa nao trong nhieu cay nhat", "no-diacritics",
       [(E, "Xã Lam Điền | 4.020 | 7 | 301 | 145")], ["Lam Điền", "4.020"])
e4 = q("Xã Ghềnh Bạc mở được mấy lớp kỹ năng, bao nhiêu lượt học viên?", "factoid",
       [(E, "Xã Ghềnh Bạc | 3.870 | 3 | 104 | 60")], ["104"])
q("Sao ít vậy?", "follow-up",
  [(E, "chỉ mở được 3 lớp kỹ năng do địa bàn chia cắt, thiếu người hướng dẫn bơi an toàn")],
  ["địa bàn chia cắt"], hist=e4)
e7 = q("Ngày hội Thanh niên xanh tổ chức khi nào, ở đâu?", "factoid",
       [(E, "Tổ chức \"Ngày hội Thanh niên xanh\" vào ngày 26/7/2026 tại sân vận động xã Lam Điền")],
       ["26/7/2026", "Lam Điền"])
u("Có bao nhiêu đội đăng ký thi sơ cấp cứu ở đó?", kind="follow-up", hist=e7)
q("huyen doan de nghi ubnd huyen ho tro bao nhieu tien, de lam gi", "no-diacritics",
  [(E, "Đề nghị UBND huyện hỗ trợ 50 triệu đồng cho việc mua bể bơi di động và áo phao")], ["50 triệu đồng", "bể bơi di động"])
q("Các Đoàn xã, thị trấn phải báo cáo số liệu cho Huyện đoàn thế nào?", "who-what",
  [(E, "Các Đoàn xã, thị trấn có trách nhiệm báo cáo số liệu định kỳ hằng quý về Văn phòng Huyện đoàn trước ngày 20 của tháng cuối quý")],
  ["hằng quý", "ngày 20"], actors=["Các Đoàn xã, thị trấn"])
q("Huyện đoàn kiến nghị phòng giáo dục huyện điều gì?", "who-what",
  [(E, "Đề nghị Phòng Giáo dục và Đào tạo huyện bố trí sân trường, phòng học cho các lớp kỹ năng trong dịp nghỉ hè")],
  ["nghỉ hè"], actors=["Phòng Giáo dục và Đào tạo huyện"])
q("BC 47 của HĐ Điệp Sơn: 6 tháng đầu năm thu gom bao nhiêu kg nhựa?", "abbreviation",
  [(E, "thu gom 1.280 kg chai, lọ nhựa để tái chế")], ["1.280 kg"])
q("Phòng NN&MT huyện hỗ trợ Huyện đoàn bao nhiêu cây giống?", "abbreviation",
  [(E, "Phòng Nông nghiệp và Môi trường huyện hỗ trợ 12.000 cây giống")], ["12.000 cây giống"])
q("Báo cáo kết quả phong trào Mầm xanh vì cộng đồng có số hiệu gì, ngày nào?", "metadata",
  [(E, "Số: 47-BC/HĐTN | Điệp Sơn, ngày 12 tháng 6 năm 2026")], ["47-BC/HĐTN", "12 tháng 6 năm 2026"])
q("Ai ký báo cáo 6 tháng của Huyện đoàn?", "metadata",
  [(E, "BÍ THƯ (đã ký) Sầm Văn Lực")], ["Sầm Văn Lực"])
q("Huyện đoàn kiến nghị Hội Chữ thập đỏ huyện làm gì tiếp theo?", "who-what",
  [(E, "Đề nghị Hội Chữ thập đỏ huyện tiếp tục cử hướng dẫn viên sơ cấp cứu cho các lớp mở mới")],
  ["hướng dẫn viên sơ cấp cứu"], actors=["Hội Chữ thập đỏ huyện"])
q("lien he ai o huyen doan de nop so lieu", "no-diacritics",
  [(E, "đồng chí Vi Thị Hạnh, Phó Bí thư Huyện đoàn, điện thoại 0978 205 664")], ["Vi Thị Hạnh", "0978 205 664"])
q("bao nhieu luot xem video tren fanpage tuoi tre diep son", "no-diacritics",
  [(E, "thu hút hơn 41.000 lượt xem trên trang Fanpage")], ["41.000"])
q("BC 47-BC/HĐTN: TT Điệp Sơn trồng bao nhiêu cây, mở mấy lớp?", "abbreviation",
  [(E, "Thị trấn Điệp Sơn | 3.450 | 9 | 412 | 320")], ["3.450", "9"])
u("Thị trấn Điệp Sơn 6 tháng đầu năm 2025 trồng được bao nhiêu cây xanh?")
u("Xã Vũng Tràm của huyện Điệp Sơn mở được mấy lớp kỹ năng ứng phó thiên tai?")
u("Ngày hội Thanh niên xanh có giải đặc biệt trị giá bao nhiêu?")
u("huyen doan trong duoc bao nhieu cay tre chan song o xa Thuy Duong")

# ---- corpus
q("Có mấy văn bản liên quan đến việc diễn tập phòng tránh thiên tai trong trường học?", "corpus",
  [(A, "Tổ chức diễn tập phòng, tránh thiên tai và truyền thông trong trường học trước mùa mưa bão năm 2026"),
   (D, "Kế hoạch số 61/KH-UBND ngày 08/5/2026 của UBND huyện"),
   (E, "Kế hoạch số 61/KH-UBND ngày 08/5/2026 của UBND huyện Điệp Sơn về diễn tập phòng, tránh thiên tai trong trường học")],
  ["61/KH-UBND"])
q("Công văn nào của Sở GD&ĐT tỉnh được các văn bản khác dẫn chiếu?", "corpus",
  [(A, "Căn cứ Công văn số 318/SGDĐT-CTTT ngày 03/3/2026"),
   (E, "Công văn số 318/SGDĐT-CTTT của Sở Giáo dục và Đào tạo tỉnh về giảm thiểu rác thải nhựa")], ["318/SGDĐT-CTTT"])
q("Trong kho có văn bản nào do UBND tỉnh ban hành không?", "corpus",
  [(C, "Kèm theo Quyết định số 1174/QĐ-UBND ngày 22/4/2026 của UBND tỉnh")], ["1174/QĐ-UBND"])
q("Những văn bản nào có nhắc tới Trường Tiểu học Thùy Dương?", "corpus",
  [(A, "Trường Tiểu học Thùy Dương"), (C, "Trường Tiểu học Thùy Dương huyện Điệp Sơn 91 Xuất sắc"),
   (D, "áo phao cho đội hỗ trợ Trường Tiểu học Thùy Dương")], ["Thùy Dương"])
q("Có bao nhiêu văn bản do Huyện đoàn Điệp Sơn ban hành, là văn bản gì?", "corpus",
  [(E, "Số: 47-BC/HĐTN | Điệp Sơn, ngày 12 tháng 6 năm 2026")], ["47-BC/HĐTN"])

# ---- who-what gold
WW = [
    {"id": "wrx01", "directive": "KH 61/KH-UBND", "source": A, "actors": [
        {"name": "Ban Chỉ huy phòng thủ dân sự huyện", "role": "thường trực", "deadline": "trước ngày 20/6/2026",
         "task_quote": "Ban Chỉ huy phòng thủ dân sự huyện là cơ quan thường trực, theo dõi tiến độ thực hiện Kế hoạch"},
        {"name": "Phòng Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "Trước ngày 20/5/2026",
         "task_quote": "Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện xây dựng kịch bản diễn tập"},
        {"name": "Ban Chỉ huy Quân sự huyện", "role": "phối hợp", "deadline": "Trước ngày 20/5/2026",
         "task_quote": "Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện xây dựng kịch bản diễn tập"},
        {"name": "Phòng Nông nghiệp và Môi trường", "role": "chủ trì", "deadline": "Trước ngày 18/5/2026",
         "task_quote": "Phòng Nông nghiệp và Môi trường có trách nhiệm cung cấp bản đồ vùng nguy cơ sạt lở, ngập lụt cho các trường"},
        {"name": "Phòng Văn hóa, Khoa học và Thông tin", "role": "chủ trì", "deadline": "Từ 15/5 đến 15/6/2026",
         "task_quote": "Phòng Văn hóa, Khoa học và Thông tin chủ trì biên tập bản tin, đăng tải tin bài trên Trang thông tin điện tử huyện"},
        {"name": "Huyện đoàn Điệp Sơn", "role": "phối hợp", "deadline": None,
         "task_quote": "Huyện đoàn Điệp Sơn thành lập 06 đội thanh niên tình nguyện, mỗi đội 15 đoàn viên"},
        {"name": "Hội Chữ thập đỏ huyện", "role": "chủ trì", "deadline": "Trước ngày 25/5/2026",
         "task_quote": "Hội Chữ thập đỏ huyện tập huấn sơ cấp cứu cho 60 giáo viên phụ trách y tế trường học"},
        {"name": "Trung tâm Y tế huyện", "role": "phối hợp", "deadline": None,
         "task_quote": "Trung tâm Y tế huyện bố trí 01 kíp cấp cứu gồm bác sĩ, điều dưỡng và xe cứu thương"},
        {"name": "UBND các xã, thị trấn", "role": "phối hợp", "deadline": None,
         "task_quote": "UBND các xã, thị trấn chỉ đạo lực lượng dân quân, công an xã phối hợp bảo đảm an ninh trật tự"},
        {"name": "Các trường có tên trong lịch diễn tập", "role": None, "deadline": "trước ngày 15/6/2026",
         "task_quote": "Các trường có tên trong lịch diễn tập xây dựng phương án chi tiết, thông báo cho cha mẹ học sinh"}],
     "intruders": ["Nguyễn Hữu Thắng", "Ban Chỉ huy phòng thủ dân sự tỉnh (để b/c)", "Sở Giáo dục và Đào tạo tỉnh (để b/c)",
                   "Thường trực Huyện ủy, HĐND huyện", "Lưu: VT, GDĐT", "Phạm Đức Vinh"]},
    {"id": "wrx02", "directive": "CV 318/SGDĐT-CTTT", "source": B, "actors": [
        {"name": "Phòng Giáo dục và Đào tạo các huyện, thành phố", "role": None, "deadline": "trước ngày 31/5/2026",
         "task_quote": "Phòng Giáo dục và Đào tạo các huyện, thành phố có trách nhiệm hướng dẫn, kiểm tra các trường mầm non, tiểu học, trung học cơ sở"},
        {"name": "Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trực thuộc Sở",
         "role": None, "deadline": "trước ngày 30/4/2026",
         "task_quote": "Mỗi trường bố trí ít nhất 01 \"Góc tái chế\" và 02 bộ thùng phân loại rác tại nguồn loại 3 ngăn"},
        {"name": "Đoàn Thanh niên các trường trung học phổ thông", "role": "chủ trì", "deadline": None,
         "task_quote": "Giao Đoàn Thanh niên các trường trung học phổ thông chủ trì phong trào \"Đổi chai nhựa lấy cây xanh\""},
        {"name": "Sở Nông nghiệp và Môi trường", "role": None, "deadline": None,
         "task_quote": "đề nghị Sở Nông nghiệp và Môi trường hỗ trợ tài liệu tuyên truyền về phân loại rác tại nguồn"},
        {"name": "Tỉnh đoàn Hạc Xuyên", "role": "phối hợp", "deadline": None,
         "task_quote": "đề nghị Tỉnh đoàn Hạc Xuyên phối hợp tiếp nhận, phân bổ cây giống"}],
     "intruders": ["Lương Minh Triết", "UBND tỉnh (để b/c)", "Giám đốc Sở (để b/c)", "Lưu: VT, CTTT", "Trương Thu Hằng"]},
    {"id": "wrx03", "directive": "QĐ 1174/QĐ-UBND", "source": C, "actors": [
        {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "dự kiến trong tháng 8/2026",
         "task_quote": "Sở Giáo dục và Đào tạo chủ trì tổ chức trao Bằng công nhận tại Hội nghị tổng kết năm học"},
        {"name": "Sở Tài chính", "role": None, "deadline": "trước ngày 30/6/2026",
         "task_quote": "Sở Tài chính thẩm định, bố trí kinh phí khen thưởng cho Sở Giáo dục và Đào tạo"},
        {"name": "Sở Nông nghiệp và Môi trường", "role": "phối hợp", "deadline": "định kỳ hằng năm",
         "task_quote": "Sở Nông nghiệp và Môi trường phối hợp với Sở Giáo dục và Đào tạo kiểm tra định kỳ hằng năm"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": "trong năm 2026",
         "task_quote": "Sở Khoa học và Công nghệ hỗ trợ các trường đạt mức Xuất sắc xây dựng mô hình ứng dụng điện mặt trời mái nhà"},
        {"name": "Báo và Phát thanh, Truyền hình Hạc Xuyên", "role": None, "deadline": None,
         "task_quote": "Báo và Phát thanh, Truyền hình Hạc Xuyên xây dựng chuyên mục giới thiệu các mô hình"},
        {"name": "UBND các huyện, thành phố", "role": None, "deadline": None,
         "task_quote": "UBND các huyện, thành phố quan tâm bố trí quỹ đất, kinh phí trồng cây xanh"}],
     "intruders": ["Hà Quốc Doanh", "Bộ Giáo dục và Đào tạo (để b/c)", "TT Tỉnh ủy, TT HĐND tỉnh",
                   "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, KGVX"]},
    {"id": "wrx04", "directive": "BB 09/BB-BCH", "source": D, "actors": [
        {"name": "UBND xã Ghềnh Bạc", "role": None, "deadline": "trước ngày 01/6/2026",
         "task_quote": "UBND xã Ghềnh Bạc hoàn thành việc di dời 02 lớp học của điểm trường thôn Cò Noi sang nhà văn hóa thôn"},
        {"name": "Phòng Nông nghiệp và Môi trường", "role": None, "deadline": "trước ngày 03/6/2026",
         "task_quote": "Phòng Nông nghiệp và Môi trường cắm biển cảnh báo tại 03 điểm nguy cơ sạt lở ở xã Ghềnh Bạc"},
        {"name": "Ban Chỉ huy Quân sự huyện", "role": None, "deadline": None,
         "task_quote": "Ban Chỉ huy Quân sự huyện bố trí 01 trung đội dân quân cơ động hỗ trợ xã Ghềnh Bạc"},
        {"name": "Phòng Tài chính - Kế hoạch", "role": None, "deadline": "trước ngày 02/6/2026",
         "task_quote": "Giao Phòng Tài chính - Kế hoạch tham mưu bổ sung 24 triệu đồng mua 30 áo phao"},
        {"name": "Phòng Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "Phòng Giáo dục và Đào tạo hướng dẫn các trường khắc phục tồn tại về hiệu lệnh báo động"},
        {"name": "Phòng Văn hóa, Khoa học và Thông tin", "role": None, "deadline": None,
         "task_quote": "Phòng Văn hóa, Khoa học và Thông tin đưa tin về buổi diễn tập tại Trường THCS Cỏ Mây"}],
     "intruders": ["Đặng Thu Trang", "Nguyễn Hữu Thắng", "THƯ KÝ", "CHỦ TRÌ"]},
    {"id": "wrx05", "directive": "BC 47-BC/HĐTN", "source": E, "actors": [
        {"name": "UBND huyện", "role": None, "deadline": None,
         "task_quote": "Đề nghị UBND huyện hỗ trợ 50 triệu đồng cho việc mua bể bơi di động và áo phao"},
        {"name": "Phòng Giáo dục và Đào tạo huyện", "role": None, "deadline": "trong dịp nghỉ hè",
         "task_quote": "Đề nghị Phòng Giáo dục và Đào tạo huyện bố trí sân trường, phòng học cho các lớp kỹ năng"},
        {"name": "Hội Chữ thập đỏ huyện", "role": None, "deadline": None,
         "task_quote": "Đề nghị Hội Chữ thập đỏ huyện tiếp tục cử hướng dẫn viên sơ cấp cứu cho các lớp mở mới"},
        {"name": "Các Đoàn xã, thị trấn", "role": None, "deadline": "định kỳ hằng quý",
         "task_quote": "Các Đoàn xã, thị trấn có trách nhiệm báo cáo số liệu định kỳ hằng quý về Văn phòng Huyện đoàn"}],
     "intruders": ["Sầm Văn Lực", "Ban Thường vụ Tỉnh đoàn (b/c)", "Thường trực Huyện ủy (b/c)", "Lưu: VP Huyện đoàn",
                   "Vi Thị Hạnh"]},
]


def write_qa():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for d in QS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for d in WW:
            d = json.loads(N(json.dumps(d, ensure_ascii=False)))
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("questions", len(QS), "who_what", len(WW))


if __name__ == "__main__":
    write_qa()
