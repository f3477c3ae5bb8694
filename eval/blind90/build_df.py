# -*- coding: utf-8 -*-
"""Build the 5 corpus files of the blind90 set (tỉnh Bình Giang, invented data).

All text lives in this script.  Run:  /work/main/.venv/bin/python build_df.py
Outputs (corpus/):
  df01_kh_nhanhieu.docx  Kế hoạch (UBND tỉnh)            - Word numbering + tables
  df02_hd_temqr.pdf      Hướng dẫn (Chi cục TĐC)          - PDF with text layer
  df03_cv_hoicho.txt     Công văn (Sở KH&CN)              - hard-wrapped, 2-column header
  df04_qd_danhmuc.md     Quyết định (UBND huyện)          - Markdown appendix table
  df05_bc_ctr14.txt      Báo cáo (Huyện ủy, Party)        - Markdown results table
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
# df01 - Kế hoạch 86/KH-UBND (docx)
# ---------------------------------------------------------------------------
DF01_HEADER = [
    ("UBND TỈNH BÌNH GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 86/KH-UBND", "Thuận Giang, ngày 14 tháng 3 năm 2026"),
]

DF01_BLOCKS = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Hỗ trợ xác lập, quản lý và phát triển nhãn hiệu tập thể, nhãn hiệu chứng nhận, "
                 "chỉ dẫn địa lý cho sản phẩm đặc trưng của tỉnh Bình Giang giai đoạn 2026 - 2028"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát "
          "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Thực hiện Kế hoạch số 31-KH/TU ngày 18 tháng 9 năm 2025 của Ban Thường vụ Tỉnh ủy về phát "
          "triển tài sản trí tuệ gắn với sản phẩm chủ lực, sản phẩm OCOP của tỉnh đến năm 2030;"),
    ("p", "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 27/TTr-SKHCN ngày 02 tháng "
          "3 năm 2026, UBND tỉnh ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "Mục đích"),
    ("bul", [
        "Hình thành hệ thống nhãn hiệu tập thể, nhãn hiệu chứng nhận và chỉ dẫn địa lý cho các sản phẩm "
        "có lợi thế của tỉnh; gắn quản lý tài sản trí tuệ với truy xuất nguồn gốc và áp dụng tiêu chuẩn.",
    ]),
    ("h2", "Yêu cầu"),
    ("bul", [
        "Sau khi được cấp văn bằng bảo hộ, chủ thể phải duy trì việc sử dụng tem truy xuất nguồn gốc có "
        "mã QR trên bao bì sản phẩm.",
    ]),
    ("h", "II. MỤC TIÊU ĐẾN NĂM 2028"),
    ("bul", [
        "Hỗ trợ nộp đơn và được cấp văn bằng bảo hộ cho ít nhất 06 nhãn hiệu tập thể, nhãn hiệu chứng "
        "nhận và 02 chỉ dẫn địa lý theo danh mục tại Mục IV Kế hoạch này.",
        "100% sản phẩm được hỗ trợ có tem truy xuất nguồn gốc kết nối với Cổng truy xuất nguồn gốc của tỉnh.",
    ]),
    ("h", "III. NỘI DUNG HỖ TRỢ"),
    ("num", [
        "Hỗ trợ tư vấn lập hồ sơ, phí và lệ phí đăng ký nhãn hiệu tập thể, nhãn hiệu chứng nhận; điều tra, "
        "khảo sát, lập bản đồ khu vực địa lý đối với sản phẩm đăng ký chỉ dẫn địa lý.",
        "Hỗ trợ xây dựng quy chế quản lý, sử dụng nhãn hiệu; thiết kế mẫu nhãn, bao bì và tem truy xuất.",
        "Hỗ trợ xây dựng, công bố tiêu chuẩn cơ sở và thử nghiệm các chỉ tiêu chất lượng của sản phẩm lần đầu.",
        "Tập huấn, quảng bá sản phẩm mang nhãn hiệu tại hội chợ và trên sàn thương mại điện tử.",
    ]),
    ("p", "Mức hỗ trợ tối đa cho mỗi sản phẩm được quy định tại Mục IV; riêng sản phẩm đăng ký chỉ dẫn "
          "địa lý, mức hỗ trợ không quá 450 triệu đồng/sản phẩm."),
    ("h", "IV. DANH MỤC SẢN PHẨM VÀ MỨC HỖ TRỢ"),
    ("table", [
        ["TT", "Sản phẩm", "Loại đăng ký", "Địa bàn", "Tổ chức đứng tên (dự kiến)", "Mức hỗ trợ (triệu đồng)", "Năm nộp đơn"],
        ["1", "Bưởi đường Nhật Quang", "Chỉ dẫn địa lý", "Huyện Nhật Quang", "UBND tỉnh (giao Sở KH&CN quản lý)", "450", "2026"],
        ["2", "Quế Hoài Trung", "Chỉ dẫn địa lý", "Xã Hoài Trung, xã Mậu Xuyên (huyện Nhật Quang)", "UBND tỉnh (giao Sở KH&CN quản lý)", "420", "2027"],
        ["3", "Gạo nếp cái Tràng Bạch", "Nhãn hiệu chứng nhận", "Huyện Tràng Bạch", "UBND huyện Tràng Bạch", "180", "2026"],
        ["4", "Miến dong Khánh Lưu", "Nhãn hiệu tập thể", "Xã Khánh Lưu, huyện Nhật Quang", "HTX Miến dong Khánh Lưu", "120", "2026"],
        ["5", "Chè búp Ô Khê", "Nhãn hiệu tập thể", "Xã Ô Khê, huyện Tràng Bạch", "Hội Nông dân xã Ô Khê", "115", "2027"],
        ["6", "Mật ong hoa nhãn Lưu Kiệt", "Nhãn hiệu tập thể", "Xã Lưu Kiệt, huyện Nhật Quang", "HTX Ong mật Lưu Kiệt", "110", "2027"],
        ["7", "Cam sành Đỗ Xá", "Nhãn hiệu chứng nhận", "Xã Đỗ Xá, huyện Nhật Quang", "UBND huyện Nhật Quang", "160", "2027"],
        ["8", "Cá lăng Vọng Giang", "Nhãn hiệu tập thể", "Thị xã Vọng Giang", "HTX Thủy sản Bến Vọng", "130", "2028"],
        ["", "Cộng", "", "", "", "1.685", ""],
    ]),
    ("h", "V. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch dự kiến là 2.150 triệu đồng từ nguồn sự nghiệp khoa học và "
          "công nghệ của ngân sách tỉnh, trong đó: 1.685 triệu đồng hỗ trợ trực tiếp cho các sản phẩm tại "
          "Mục IV; 465 triệu đồng cho tập huấn, tuyên truyền, quảng bá và kiểm tra, giám sát."),
    ("p", "Phân kỳ theo năm: năm 2026 là 820 triệu đồng; năm 2027 là 905 triệu đồng; năm 2028 là 425 triệu "
          "đồng. Chi phí duy trì hiệu lực văn bằng bảo hộ sau khi được cấp do tổ chức đứng tên nhãn hiệu tự "
          "bảo đảm."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("num", [
        "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì tổ chức thực hiện Kế hoạch; hướng dẫn "
        "lập hồ sơ, thẩm định nội dung hỗ trợ; giao Chi cục Tiêu chuẩn Đo lường Chất lượng ban hành hướng "
        "dẫn sử dụng tem truy xuất nguồn gốc có mã QR trước ngày 15/4/2026; tổng hợp, báo cáo UBND tỉnh "
        "kết quả thực hiện trước ngày 10/12 hằng năm.",
        "Sở Nông nghiệp và Môi trường phối hợp xác định vùng nguyên liệu, cấp mã số vùng trồng; cung cấp "
        "số liệu diện tích, sản lượng phục vụ hồ sơ chỉ dẫn địa lý.",
        "Sở Tài chính tham mưu bố trí kinh phí hằng năm; hướng dẫn thanh toán, quyết toán theo quy định.",
        "Sở Công Thương lồng ghép quảng bá sản phẩm mang nhãn hiệu tập thể, chỉ dẫn địa lý vào chương trình "
        "xúc tiến thương mại của tỉnh.",
        "UBND các huyện, thị xã, thành phố giao Phòng Kinh tế hoặc Phòng Kinh tế và Hạ tầng làm đầu mối; "
        "rà soát, đề xuất sản phẩm bổ sung vào danh mục trước ngày 30/6 hằng năm; phê duyệt danh mục sản "
        "phẩm hỗ trợ và bố trí ngân sách cấp huyện hỗ trợ thêm cho các chủ thể trên địa bàn.",
        "Đề nghị Liên minh Hợp tác xã tỉnh hỗ trợ thành lập, củng cố hợp tác xã đáp ứng điều kiện đứng tên "
        "nhãn hiệu tập thể; tư vấn xây dựng quy chế quản lý nội bộ cho hợp tác xã.",
        "Đề nghị Hội Nông dân tỉnh tuyên truyền, hướng dẫn hội viên tham gia tổ hợp tác, hợp tác xã; tham "
        "gia kiểm soát việc sử dụng nhãn hiệu tập thể tại cơ sở.",
        "Các sở, ban, ngành, đoàn thể tỉnh và UBND cấp huyện định kỳ 6 tháng (trước ngày 15/6) và hằng năm "
        "(trước ngày 30/11) gửi báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp.",
    ]),
    ("h", "VII. PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
    ("table", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Ban hành hướng dẫn sử dụng tem truy xuất nguồn gốc có mã QR", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Sở Nông nghiệp và Môi trường", "Trước ngày 15/4/2026"],
        ["2", "Lập hồ sơ đăng ký chỉ dẫn địa lý Bưởi đường Nhật Quang", "Sở Khoa học và Công nghệ", "UBND huyện Nhật Quang", "Quý IV/2026"],
        ["3", "Xây dựng quy chế quản lý nhãn hiệu tập thể cho các hợp tác xã", "Liên minh Hợp tác xã tỉnh", "Sở Khoa học và Công nghệ, UBND cấp huyện", "Trước ngày 31/8/2026"],
        ["4", "Tổ chức Hội chợ Sản phẩm chất lượng và Thương hiệu Bình Giang", "Sở Khoa học và Công nghệ", "Sở Công Thương, Liên minh Hợp tác xã tỉnh", "Tháng 10/2026"],
        ["5", "Lập hồ sơ đăng ký chỉ dẫn địa lý Quế Hoài Trung", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường, UBND huyện Nhật Quang", "Quý III/2027"],
        ["6", "Sơ kết, tổng kết việc thực hiện Kế hoạch", "Sở Khoa học và Công nghệ", "Các sở, ngành, UBND cấp huyện", "Sơ kết tháng 12/2027; tổng kết tháng 12/2028"],
    ]),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị liên hệ Sở Khoa học và Công "
          "nghệ (Phòng Quản lý chuyên ngành, ông Tạ Minh Khoa, điện thoại 0912 638 507, e-mail: "
          "tmkhoa.skhcn@binhgiang.gov.vn) để phối hợp giải quyết."),
    ("sign", ["TM. UBND TỈNH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đinh Quang Huấn"]),
    ("p", "Nơi nhận:"),
    ("plain", [
        "- Bộ Khoa học và Công nghệ (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Các sở: KH&CN, NN&MT, TC, CT;",
        "- Liên minh HTX tỉnh, Hội Nông dân tỉnh;",
        "- UBND các huyện, thị xã, thành phố;",
        "- Lưu: VT, KGVX.",
    ]),
]


def build_docx(path):
    import copy
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    # header as a borderless 2-column table
    t = doc.add_table(rows=len(DF01_HEADER), cols=2)
    for i, row in enumerate(DF01_HEADER):
        t.cell(i, 0).text = row[0]
        t.cell(i, 1).text = row[1]
        for extra in row[2:]:
            t.cell(i, 1).add_paragraph(extra)
        for c in (0, 1):
            for p in t.cell(i, c).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.bold = (i == 0)

    # numbering: find abstractNum used by 'List Number'
    numbering = doc.part.numbering_part.element
    ln_style = doc.styles["List Number"]
    ln_numid = ln_style.element.pPr.numPr.numId.val
    abs_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(ln_numid):
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    max_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num")))

    def new_num():
        nonlocal max_id
        max_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(max_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), abs_id)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return max_id

    def set_num(p, numid):
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(numid))
        numPr.append(il)
        numPr.append(ni)
        pPr.append(numPr)

    sub_counter = {"n": 0}
    for kind, val in DF01_BLOCKS:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(val).bold = True
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(val).bold = True
        elif kind == "h":
            p = doc.add_paragraph()
            p.add_run(val).bold = True
            sub_counter["n"] = 0
        elif kind == "h2":
            sub_counter["n"] += 1
            p = doc.add_paragraph()
            p.add_run("%d. %s" % (sub_counter["n"], val)).bold = True
        elif kind == "p":
            p = doc.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "bul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "num":
            nid = new_num()
            for item in val:
                p = doc.add_paragraph(item, style="List Number")
                set_num(p, nid)
        elif kind == "table":
            tb = doc.add_table(rows=len(val), cols=len(val[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = cell
                    if i == 0:
                        for run in tb.cell(i, j).paragraphs[0].runs:
                            run.bold = True
        elif kind == "sign":
            for line in val:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(line).bold = not line.startswith("(")
        elif kind == "plain":
            for line in val:
                doc.add_paragraph(line)
    doc.save(path)


# ---------------------------------------------------------------------------
# df02 - Hướng dẫn 58/HD-TĐC (pdf)
# ---------------------------------------------------------------------------
DF02_HEADER = [
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 58/HD-TĐC", "Thuận Giang, ngày 06 tháng 4 năm 2026"),
]
DF02_BLOCKS = [
    ("title", "HƯỚNG DẪN"),
    ("subtitle", "Áp dụng tem truy xuất nguồn gốc có mã QR đối với sản phẩm, hàng hóa của tổ chức, cá nhân "
                 "sản xuất, kinh doanh trên địa bàn tỉnh Bình Giang"),
    ("p", "Thực hiện Kế hoạch số 86/KH-UBND ngày 14/3/2026 của UBND tỉnh về hỗ trợ xác lập, quản lý và "
          "phát triển nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý giai đoạn 2026 - 2028, Chi cục "
          "Tiêu chuẩn Đo lường Chất lượng (sau đây gọi là Chi cục) hướng dẫn việc đăng ký, cấp và sử dụng "
          "tem truy xuất nguồn gốc có mã QR (sau đây gọi là tem QR) như sau:"),
    ("h", "I. ĐỐI TƯỢNG, PHẠM VI ÁP DỤNG"),
    ("p", "1. Hướng dẫn này áp dụng đối với hợp tác xã, tổ hợp tác, doanh nghiệp, hộ kinh doanh và chủ thể "
          "OCOP có sản phẩm sản xuất, chế biến trên địa bàn tỉnh; ưu tiên các sản phẩm thuộc danh mục hỗ trợ "
          "của Kế hoạch số 86/KH-UBND và sản phẩm OCOP đạt từ 3 sao trở lên."),
    ("p", "2. Việc sử dụng tem QR là tự nguyện, trừ các sản phẩm nhận hỗ trợ từ ngân sách nhà nước theo Kế "
          "hoạch số 86/KH-UBND thì bắt buộc phải sử dụng tem QR trong thời gian tối thiểu 03 năm kể từ ngày "
          "nhận hỗ trợ."),
    ("p", "3. Tem QR được quản lý trên Cổng thông tin truy xuất nguồn gốc sản phẩm tỉnh Bình Giang tại địa "
          "chỉ https://truyxuat.binhgiang.gov.vn (sau đây gọi là Cổng truy xuất)."),
    ("h", "II. CÁC BƯỚC THỰC HIỆN"),
    ("p", "Bước 1. Đăng ký tài khoản: Chủ thể truy cập Cổng truy xuất, chọn mục \"Đăng ký cơ sở sản xuất\", "
          "khai báo tên cơ sở, mã số thuế hoặc số giấy chứng nhận đăng ký hộ kinh doanh, số điện thoại và "
          "thư điện tử. Tài khoản được kích hoạt trong vòng 02 ngày làm việc."),
    ("p", "Bước 2. Khai báo thông tin sản phẩm: tên sản phẩm, thành phần, quy cách đóng gói, hạn sử dụng, "
          "tiêu chuẩn công bố áp dụng, địa điểm sản xuất; đối với nông sản tươi phải khai báo mã số vùng "
          "trồng hoặc vùng nuôi (nếu có)."),
    ("p", "Bước 3. Nộp hồ sơ điện tử: tải lên các tài liệu quy định tại Mục III. Chi cục kiểm tra và phản "
          "hồi kết quả trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
    ("p", "Bước 4. Cấp mã và in tem: Sau khi hồ sơ được duyệt, chủ thể lựa chọn tự in tem từ tệp mã do hệ "
          "thống cấp hoặc đăng ký mua tem in sẵn tại Chi cục. Mỗi lô sản phẩm được gắn một mã định danh riêng."),
    ("p", "Bước 5. Gắn tem và cập nhật nhật ký: Tem được dán tại vị trí dễ quét trên bao bì; chủ thể cập "
          "nhật nhật ký sản xuất, thông tin lô hàng lên Cổng truy xuất ít nhất 01 lần/tháng và trước mỗi lần "
          "xuất bán lô hàng mới."),
    ("h", "III. THÀNH PHẦN HỒ SƠ"),
    ("p", "1. Giấy chứng nhận đăng ký doanh nghiệp, hợp tác xã hoặc hộ kinh doanh (bản chụp)."),
    ("p", "2. Giấy chứng nhận cơ sở bảo đảm an toàn thực phẩm hoặc bản cam kết sản xuất thực phẩm an toàn "
          "đối với cơ sở không thuộc diện cấp giấy chứng nhận."),
    ("p", "3. Phiếu kết quả thử nghiệm các chỉ tiêu chất lượng, an toàn của sản phẩm do phòng thử nghiệm "
          "được công nhận cấp trong thời hạn 12 tháng trước ngày nộp hồ sơ."),
    ("p", "4. Bản tiêu chuẩn cơ sở hoặc bản công bố tiêu chuẩn áp dụng; mẫu nhãn hàng hóa đang sử dụng."),
    ("p", "5. Giấy chứng nhận VietGAP, hữu cơ, ISO 22000 hoặc văn bằng bảo hộ nhãn hiệu (nếu có)."),
    ("h", "IV. PHÍ, GIÁ TEM VÀ CHÍNH SÁCH HỖ TRỢ"),
    ("p", "1. Đăng ký tài khoản, khai báo thông tin và tra cứu trên Cổng truy xuất: miễn phí."),
    ("p", "2. Giá tem in sẵn tại Chi cục: tem giấy decal kích thước 2 x 2 cm là 250 đồng/tem; tem vỡ chống "
          "bóc kích thước 3 x 2 cm là 420 đồng/tem; tem 7 màu chống giả là 650 đồng/tem. Mỗi đơn đặt hàng "
          "tối thiểu 1.000 tem."),
    ("p", "3. Sản phẩm thuộc danh mục hỗ trợ của Kế hoạch số 86/KH-UBND và sản phẩm OCOP đạt từ 3 sao trở "
          "lên được hỗ trợ 100% giá tem trong năm đầu tiên, tối đa 20.000 tem/chủ thể. Các chủ thể khác được "
          "hỗ trợ 50% giá tem, tối đa 10.000 tem/chủ thể/năm."),
    ("p", "4. Chi phí thử nghiệm mẫu do chủ thể tự chi trả; chủ thể thuộc danh mục hỗ trợ được xem xét hỗ "
          "trợ theo quyết định phê duyệt của UBND cấp huyện."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Quản lý Tiêu chuẩn Chất lượng thuộc Chi cục có trách nhiệm tiếp nhận, kiểm tra hồ sơ "
          "trên Cổng truy xuất; cấp phát tem in sẵn; kiểm tra ngẫu nhiên việc cập nhật nhật ký tối thiểu 02 "
          "lần/năm đối với mỗi chủ thể."),
    ("p", "2. Đề nghị UBND các huyện, thị xã, thành phố giao Phòng Kinh tế hoặc Phòng Kinh tế và Hạ tầng "
          "hướng dẫn chủ thể trên địa bàn đăng ký tài khoản; tổng hợp danh sách chủ thể có nhu cầu sử dụng "
          "tem gửi Chi cục trước ngày 15 hằng tháng."),
    ("p", "3. UBND các xã, phường, thị trấn phối hợp xác nhận địa điểm sản xuất, vùng nguyên liệu của chủ "
          "thể khi có yêu cầu."),
    ("p", "4. Đề nghị Liên minh Hợp tác xã tỉnh và Hội Nông dân tỉnh phổ biến Hướng dẫn này tới các hợp tác "
          "xã thành viên, hội viên; hỗ trợ các hợp tác xã chưa có cán bộ công nghệ thông tin khai báo dữ liệu."),
    ("p", "5. Tổ chức, cá nhân sử dụng tem QR chịu trách nhiệm về tính chính xác của thông tin khai báo; "
          "không chuyển nhượng mã, tem cho sản phẩm khác. Trường hợp vi phạm, Chi cục khóa tài khoản và thu "
          "hồi tem chưa sử dụng."),
    ("p", "Đầu mối liên hệ: Phòng Quản lý Tiêu chuẩn Chất lượng, Chi cục Tiêu chuẩn Đo lường Chất lượng, số "
          "45 đường Lý Thái Tổ, thành phố Thuận Giang; bà Đặng Thu Hằng, Phó Trưởng phòng, điện thoại 0915 "
          "306 472, thư điện tử: truyxuat.tdc@binhgiang.gov.vn. Bộ phận hỗ trợ kỹ thuật của Cổng truy xuất làm "
          "việc từ 7h30 đến 17h00 các ngày làm việc trong tuần."),
    ("sign", ["CHI CỤC TRƯỞNG", "(Đã ký)", "Phan Đức Thiện"]),
    ("p", "Nơi nhận:"),
    ("plain", [
        "- Sở KH&CN (b/c);",
        "- UBND các huyện, thị xã, thành phố;",
        "- Phòng Kinh tế, Phòng KT&HT các huyện, thị xã, thành phố;",
        "- Liên minh HTX tỉnh, Hội Nông dân tỉnh;",
        "- Lưu: VT, QLTCCL.",
    ]),
]


def build_pdf(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for i, (l, r) in enumerate(DF02_HEADER):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 9.5)
        pdf.cell(w * 0.48, 5.5, l, align="C")
        pdf.cell(w * 0.52, 5.5, r, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if i == 1:
            pdf.ln(2)
    pdf.ln(4)
    for kind, val in DF02_BLOCKS:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 12)
            pdf.cell(w, 7, val, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 5.5, val, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.6, val, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "sign":
            pdf.ln(3)
            for line in val:
                pdf.set_font("DejaVu", "" if line.startswith("(") else "B", 10.5)
                pdf.set_x(pdf.l_margin + w * 0.55)
                pdf.cell(w * 0.45, 6, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "plain":
            pdf.set_font("DejaVu", "", 9.5)
            for line in val:
                pdf.cell(w, 5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)


# ---------------------------------------------------------------------------
# df03 - Công văn 637/SKHCN-TĐC (txt, hard-wrapped as copied from a PDF)
# ---------------------------------------------------------------------------
DF03_HEAD = """UBND TỈNH BÌNH GIANG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ                  Độc lập - Tự do - Hạnh phúc

Số: 637/SKHCN-TĐC                 Thuận Giang, ngày 20 tháng 7 năm 2026
V/v đăng ký sản phẩm tham dự Hội chợ
Sản phẩm chất lượng và Thương hiệu
Bình Giang năm 2026
"""

DF03_BODY = [
    "Kính gửi:",
    "- UBND các huyện, thị xã, thành phố;",
    "- Liên minh Hợp tác xã tỉnh;",
    "- Hội Nông dân tỉnh;",
    "- Các hợp tác xã, doanh nghiệp, cơ sở sản xuất có sản phẩm OCOP.",
    "",
    "Thực hiện Kế hoạch số 86/KH-UBND ngày 14/3/2026 của UBND tỉnh về hỗ trợ xác lập, quản lý và phát "
    "triển nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý giai đoạn 2026 - 2028, Sở Khoa học và "
    "Công nghệ phối hợp với Sở Công Thương tổ chức Hội chợ Sản phẩm chất lượng và Thương hiệu Bình Giang "
    "năm 2026 (sau đây gọi là Hội chợ), cụ thể như sau:",
    "1. Thời gian, địa điểm: từ ngày 16/10/2026 đến hết ngày 19/10/2026 tại Khu triển lãm Công viên Đồi "
    "Thông, phường Trấn Giang, thành phố Thuận Giang. Lễ khai mạc vào lúc 08h00 ngày 16/10/2026.",
    "2. Quy mô: 160 gian hàng tiêu chuẩn (3 m x 3 m), gồm khu trưng bày sản phẩm OCOP; khu sản phẩm mang "
    "nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý; khu trình diễn quét mã truy xuất nguồn gốc "
    "và khu tư vấn sở hữu trí tuệ, đo lường, chất lượng.",
    "3. Điều kiện tham gia: (a) sản phẩm được sản xuất trên địa bàn tỉnh, có nhãn hàng hóa đúng quy định; "
    "(b) có tem truy xuất nguồn gốc theo Hướng dẫn số 58/HD-TĐC ngày 06/4/2026 của Chi cục Tiêu chuẩn Đo "
    "lường Chất lượng; (c) có bản công bố tiêu chuẩn áp dụng hoặc phiếu kết quả thử nghiệm còn hiệu lực.",
    "4. Chi phí: Ban Tổ chức miễn phí gian hàng, điện chiếu sáng và vệ sinh cho chủ thể có sản phẩm OCOP "
    "từ 3 sao trở lên hoặc sản phẩm thuộc danh mục hỗ trợ của Kế hoạch số 86/KH-UBND; các chủ thể khác nộp "
    "1.200.000 đồng/gian hàng cho cả 04 ngày. Chi phí vận chuyển, ăn ở do chủ thể tự chi trả.",
    "5. Bình chọn: trong thời gian Hội chợ, Ban Tổ chức tổ chức bình chọn \"Sản phẩm chất lượng tiêu biểu\" "
    "với 01 giải nhất, 02 giải nhì, 03 giải ba và 10 giải khuyến khích; kết quả được công bố tại lễ bế mạc "
    "lúc 16h00 ngày 19/10/2026.",
    "Nhằm bảo đảm Hội chợ được tổ chức đúng kế hoạch, Sở Khoa học và Công nghệ đề nghị:",
    "1. UBND các huyện, thị xã, thành phố giao Phòng Kinh tế (Phòng Kinh tế và Hạ tầng) thông báo tới các "
    "chủ thể trên địa bàn; lựa chọn, giới thiệu mỗi địa phương ít nhất 10 chủ thể, ưu tiên sản phẩm trong "
    "danh mục hỗ trợ; tổng hợp Phiếu đăng ký gửi về Sở Khoa học và Công nghệ trước 17h00 ngày 25/8/2026.",
    "2. Liên minh Hợp tác xã tỉnh lựa chọn, giới thiệu tối thiểu 15 hợp tác xã thành viên tham gia; phối "
    "hợp bố trí khu gian hàng chung của các hợp tác xã.",
    "3. Hội Nông dân tỉnh thông tin tới hội viên; hỗ trợ hội viên có sản phẩm đạt chuẩn đăng ký tham gia và "
    "dự Hội nghị kết nối cung cầu nông sản vào chiều ngày 17/10/2026.",
    "4. Các chủ thể sản xuất, kinh doanh hoàn thiện Phiếu đăng ký theo mẫu kèm theo, gửi qua Phòng Kinh "
    "tế cấp huyện hoặc gửi trực tiếp về Sở Khoa học và Công nghệ trước ngày 25/8/2026; chuẩn bị tối thiểu "
    "05 mẫu sản phẩm để Ban Tổ chức kiểm tra nhãn, tem trước khi trưng bày; chịu trách nhiệm về chất lượng, "
    "nguồn gốc sản phẩm.",
    "5. Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra nhãn hàng hóa, tem truy xuất của sản phẩm đăng ký, "
    "hoàn thành danh sách sản phẩm đạt yêu cầu trưng bày trước ngày 30/9/2026; bố trí 02 điểm cân đối "
    "chứng tại Hội chợ.",
    "Ban Tổ chức sẽ thông báo danh sách chủ thể được bố trí gian hàng trước ngày 05/10/2026. Thông tin chi "
    "tiết xin liên hệ bà Quách Thị Ngân, chuyên viên Chi cục Tiêu chuẩn Đo lường Chất lượng, điện thoại "
    "0983 417 226, thư điện tử hoicho2026.skhcn@binhgiang.gov.vn.",
    "Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
    "",
    "@@PAGE 2",
    "                                                KT. GIÁM ĐỐC",
    "                                                PHÓ GIÁM ĐỐC",
    "                                                   (Đã ký)",
    "                                              Khổng Minh Triết",
    "Nơi nhận:",
    "- Như trên;",
    "- UBND tỉnh (b/c);",
    "- Sở Công Thương (phối hợp);",
    "- Giám đốc, các PGĐ Sở;",
    "- Lưu: VT, TĐC.",
    "",
    "",
    "Mẫu",
    "PHIẾU ĐĂNG KÝ THAM DỰ HỘI CHỢ SẢN PHẨM CHẤT LƯỢNG VÀ THƯƠNG HIỆU BÌNH GIANG NĂM 2026",
    "(Kèm theo Công văn số 637/SKHCN-TĐC ngày 20/7/2026 của Sở Khoa học và Công nghệ)",
    "",
    "1. Tên chủ thể (hợp tác xã, doanh nghiệp, hộ kinh doanh): ...........................",
    "2. Địa chỉ: ...................................... Người đại diện: .....................",
    "   Điện thoại: ..................... Thư điện tử: ....................................",
    "3. Sản phẩm đăng ký trưng bày (tên sản phẩm, hạng sao OCOP nếu có, nhãn hiệu hoặc chỉ dẫn địa lý, số "
    "lượng tem QR đang sử dụng): .................................................",
    "4. Số gian hàng đăng ký: ........ (tối đa 02 gian hàng/chủ thể)",
    "5. Nhu cầu tham dự Hội nghị kết nối cung cầu nông sản ngày 17/10/2026:  Có [ ]   Không [ ]",
    "6. Cam kết: Chủ thể cam kết sản phẩm trưng bày, bán tại Hội chợ có nguồn gốc rõ ràng, đúng với thông "
    "tin khai báo trên Cổng truy xuất và chấp hành nội quy của Ban Tổ chức.",
    "",
    "                                   ........., ngày ..... tháng ..... năm 2026",
    "                                   ĐẠI DIỆN CHỦ THỂ (ký, ghi rõ họ tên, đóng dấu nếu có)",
]


def wrap_pdf_copy(lines, width=74):
    out = []
    for ln in lines:
        if ln.startswith("@@PAGE"):
            out.append("")
            out.append(ln.split()[1])
            out.append("")
            continue
        if ln == "" or len(ln) <= width or ln.startswith("Nơi nhận") or ln.startswith("- ") or ln.startswith(" "):
            out.append(ln)
            continue
        out.extend(textwrap.wrap(ln, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# df04 - Quyết định 1274/QĐ-UBND huyện Nhật Quang (md)
# ---------------------------------------------------------------------------
DF04 = """UBND HUYỆN NHẬT QUANG
Số: 1274/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nhật Quang, ngày 12 tháng 5 năm 2026

# QUYẾT ĐỊNH

## Phê duyệt danh mục sản phẩm được hỗ trợ xây dựng nhãn hiệu, truy xuất nguồn gốc và áp dụng tiêu chuẩn năm 2026 trên địa bàn huyện Nhật Quang

CHỦ TỊCH UBND HUYỆN NHẬT QUANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

Căn cứ Kế hoạch số 86/KH-UBND ngày 14/3/2026 của UBND tỉnh về hỗ trợ xác lập, quản lý và phát triển nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý cho sản phẩm đặc trưng của tỉnh Bình Giang giai đoạn 2026 - 2028;

Căn cứ Hướng dẫn số 58/HD-TĐC ngày 06/4/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về áp dụng tem truy xuất nguồn gốc có mã QR;

Thực hiện Chương trình số 09-CTr/HU ngày 20/10/2025 của Ban Thường vụ Huyện ủy Nhật Quang về phát triển sản phẩm OCOP và nông sản chủ lực gắn với xây dựng thương hiệu giai đoạn 2025 - 2030;

Căn cứ Nghị quyết số 21/NQ-HĐND ngày 18/12/2025 của HĐND huyện về dự toán ngân sách huyện năm 2026;

Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 62/TTr-KT ngày 28/4/2026 và ý kiến thẩm định của Phòng Tài chính - Kế hoạch.

## QUYẾT ĐỊNH:

**Điều 1.** Phê duyệt danh mục 10 sản phẩm của 08 chủ thể trên địa bàn huyện được hỗ trợ xây dựng nhãn hiệu, áp dụng tem truy xuất nguồn gốc và tiêu chuẩn năm 2026 (chi tiết tại Phụ lục kèm theo), với tổng kinh phí hỗ trợ từ ngân sách huyện là 399 triệu đồng.

**Điều 2.** Nội dung và mức hỗ trợ

1. Hỗ trợ 100% chi phí tư vấn, nộp đơn đăng ký nhãn hiệu (nhãn hiệu thông thường hoặc nhãn hiệu tập thể), tối đa 30 triệu đồng/nhãn hiệu.
2. Hỗ trợ chi phí thiết kế nhãn, bao bì gắn tem truy xuất, tối đa 12 triệu đồng/sản phẩm; chi phí mua tem QR được hỗ trợ theo Hướng dẫn số 58/HD-TĐC, ngân sách huyện không hỗ trợ trùng nội dung này.
3. Hỗ trợ xây dựng, công bố tiêu chuẩn cơ sở và thử nghiệm mẫu, tối đa 15 triệu đồng/sản phẩm.
4. Hỗ trợ 50% chi phí chứng nhận VietGAP hoặc hữu cơ, tối đa 40 triệu đồng/chủ thể.
5. Phần chi phí vượt mức hỗ trợ do chủ thể tự bảo đảm. Trường hợp chủ thể ngừng sử dụng tem QR trong vòng 03 năm kể từ ngày nhận hỗ trợ thì phải hoàn trả kinh phí hỗ trợ thiết kế nhãn, bao bì.

**Điều 3.** Tổ chức thực hiện

1. Phòng Kinh tế chủ trì, phối hợp với Trạm Khuyến nông huyện hướng dẫn các chủ thể lập hồ sơ, ký hợp đồng với đơn vị tư vấn; kiểm tra, nghiệm thu kết quả; tổng hợp, báo cáo Chủ tịch UBND huyện trước ngày 05/12/2026.
2. Phòng Tài chính - Kế hoạch thẩm định dự toán, cấp kinh phí sau khi có biên bản nghiệm thu; hướng dẫn các chủ thể gửi hồ sơ đề nghị thanh toán trước ngày 10/12/2026.
3. Trạm Khuyến nông huyện hướng dẫn quy trình sản xuất VietGAP, ghi chép nhật ký sản xuất; hỗ trợ các chủ thể lấy mẫu thử nghiệm.
4. Phòng Văn hóa, Khoa học và Thông tin giới thiệu các sản phẩm trong danh mục trên Cổng thông tin điện tử huyện và hệ thống truyền thanh cơ sở.
5. UBND các xã, thị trấn có sản phẩm trong danh mục xác nhận địa điểm sản xuất, vùng nguyên liệu; theo dõi việc sử dụng tem QR của chủ thể; báo cáo kết quả về Phòng Kinh tế định kỳ hằng quý (trước ngày 20 của tháng cuối quý).
6. Các chủ thể được hỗ trợ thực hiện đúng nội dung, hoàn thành các hạng mục trước ngày 30/11/2026 và duy trì sử dụng tem QR tối thiểu 03 năm. Đầu mối hướng dẫn: ông Giáp Đức Long, chuyên viên Phòng Kinh tế, điện thoại 0974 215 630.

**Điều 4.** Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng: Kinh tế, Tài chính - Kế hoạch, Văn hóa, Khoa học và Thông tin; Giám đốc Trạm Khuyến nông huyện; Chủ tịch UBND các xã, thị trấn và các chủ thể có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Sở KH&CN tỉnh (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);
- CT, các PCT UBND huyện;
- Lưu: VT, KT.

CHỦ TỊCH

(Đã ký)

Bế Minh Cường

---

## PHỤ LỤC: DANH MỤC SẢN PHẨM ĐƯỢC HỖ TRỢ NĂM 2026

(Kèm theo Quyết định số 1274/QĐ-UBND ngày 12/5/2026 của Chủ tịch UBND huyện Nhật Quang)

| TT | Sản phẩm | Chủ thể | Xã, thị trấn | Nội dung hỗ trợ | Kinh phí (triệu đồng) |
|----|----------|---------|--------------|-----------------|-----------------------|
| 1 | Miến dong Khánh Lưu | HTX Miến dong Khánh Lưu | Xã Khánh Lưu | Nhãn hiệu tập thể; công bố tiêu chuẩn cơ sở | 45 |
| 2 | Miến dong sấy lạnh | HTX Miến dong Khánh Lưu | Xã Khánh Lưu | Thiết kế bao bì gắn tem QR; thử nghiệm mẫu | 22 |
| 3 | Bưởi đường túi lưới | HTX Nông nghiệp Nhật Thịnh | Xã Nhật Thịnh | Chứng nhận VietGAP; thiết kế nhãn gắn tem QR | 52 |
| 4 | Mật ong hoa nhãn | HTX Ong mật Lưu Kiệt | Xã Lưu Kiệt | Nhãn hiệu tập thể; thiết kế nhãn gắn tem QR | 42 |
| 5 | Cam sành túi giấy | Tổ hợp tác cam sành thôn Trại Cả | Xã Đỗ Xá | Chứng nhận VietGAP; thiết kế nhãn gắn tem QR | 48 |
| 6 | Quế thanh cuộn | Công ty TNHH Lâm sản Hoài Trung | Xã Hoài Trung | Đăng ký nhãn hiệu; công bố tiêu chuẩn cơ sở | 40 |
| 7 | Tinh dầu quế | Công ty TNHH Lâm sản Hoài Trung | Xã Hoài Trung | Công bố tiêu chuẩn cơ sở; thử nghiệm mẫu | 15 |
| 8 | Gà đồi thả vườn | Hộ kinh doanh Nông Thị Hảo | Xã Mậu Xuyên | Đăng ký nhãn hiệu; thiết kế nhãn gắn tem QR | 38 |
| 9 | Chả cá trắm | HTX Dịch vụ thủy sản Nhật Quang | Thị trấn Nhật Quang | Đăng ký nhãn hiệu; công bố tiêu chuẩn cơ sở | 40 |
| 10 | Trà mướp đắng | Cơ sở chế biến Hạnh Phát | Xã Nhật Thịnh | Đăng ký nhãn hiệu; thử nghiệm mẫu; thiết kế nhãn gắn tem QR | 57 |
| | **Tổng cộng** | 08 chủ thể | | | **399** |
"""


# ---------------------------------------------------------------------------
# df05 - Báo cáo 96-BC/HU Huyện ủy Tràng Bạch (txt with Markdown table)
# ---------------------------------------------------------------------------
DF05 = """ĐẢNG BỘ TỈNH BÌNH GIANG                         ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY TRÀNG BẠCH
        *
Số 96-BC/HU                        Tràng Bạch, ngày 24 tháng 11 năm 2026

                                BÁO CÁO
   kết quả 03 năm thực hiện Chương trình hành động số 14-CTr/HU về xây
   dựng thương hiệu, nâng cao chất lượng và truy xuất nguồn gốc nông sản
                         giai đoạn 2024 - 2026

Thực hiện Chương trình hành động số 14-CTr/HU ngày 09/01/2024 của Ban Thường vụ Huyện ủy (sau đây gọi là Chương trình 14) và Kế hoạch số 31-KH/TU ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy về phát triển tài sản trí tuệ gắn với sản phẩm chủ lực, Ban Thường vụ Huyện ủy Tràng Bạch báo cáo kết quả 03 năm thực hiện như sau:

I. CÔNG TÁC LÃNH ĐẠO, QUÁN TRIỆT, TUYÊN TRUYỀN

Ban Thường vụ Huyện ủy tổ chức quán triệt Chương trình 14 đến 100% chi bộ, đảng bộ trực thuộc; 19/19 đảng bộ xã, thị trấn ban hành kế hoạch thực hiện. UBND huyện ban hành 06 kế hoạch, đề án cụ thể hóa và giao chỉ tiêu cho từng xã. Huyện tổ chức 14 hội nghị tập huấn về sở hữu trí tuệ, tiêu chuẩn và truy xuất nguồn gốc với 1.380 lượt cán bộ, hội viên, thành viên hợp tác xã tham dự. Đài Truyền thanh huyện phát 96 tin, bài; năm 2025, Ban Tuyên giáo và Dân vận Huyện ủy phối hợp với Hội Nông dân huyện tổ chức Cuộc thi "Nông sản Tràng Bạch - Chất lượng và niềm tin" với 212 bài dự thi.

II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU

| TT | Chỉ tiêu | Mục tiêu đến năm 2026 | Kết quả đến 31/10/2026 | Đánh giá |
|----|----------|-----------------------|------------------------|----------|
| 1 | Nhãn hiệu tập thể, nhãn hiệu chứng nhận được cấp văn bằng | 05 | 04 | Chưa đạt |
| 2 | Sản phẩm OCOP đạt 3 sao trở lên | 20 | 26 | Vượt |
| 3 | Chủ thể sử dụng tem truy xuất nguồn gốc có mã QR | 45 | 58 | Vượt |
| 4 | Sản phẩm công bố tiêu chuẩn cơ sở | 30 | 27 | Chưa đạt |
| 5 | Diện tích được cấp mã số vùng trồng (ha) | 300 | 364 | Vượt |
| 6 | Hợp tác xã áp dụng VietGAP, hữu cơ hoặc ISO 22000 | 08 | 09 | Vượt |
| 7 | Tỷ lệ xã, thị trấn có ít nhất 01 sản phẩm OCOP (%) | 80 | 74 | Chưa đạt |

1. Về sở hữu trí tuệ: nhãn hiệu chứng nhận "Gạo nếp cái Tràng Bạch" được Cục Sở hữu trí tuệ cấp văn bằng ngày 14/8/2026 và giao UBND huyện quản lý. Trước đó, các nhãn hiệu tập thể "Rau an toàn Tràng Quan" (năm 2024), "Vịt bầu Yến Vĩ" (năm 2025) và "Bún gạo Tràng Bạch" (năm 2025) được cấp văn bằng. Hồ sơ nhãn hiệu tập thể "Chè búp Ô Khê" của Hội Nông dân xã Ô Khê hoàn thiện nhưng chưa nộp đơn, dự kiến nộp trong quý I/2027 theo Kế hoạch số 86/KH-UBND của UBND tỉnh.

2. Về truy xuất nguồn gốc: có 58 chủ thể với 131 sản phẩm sử dụng tem QR trên Cổng truy xuất nguồn gốc của tỉnh; trong đó 21 chủ thể được hỗ trợ 100% giá tem theo Hướng dẫn số 58/HD-TĐC của Chi cục Tiêu chuẩn Đo lường Chất lượng với tổng số 246.000 tem.

3. Về tiêu chuẩn, chất lượng: 27 sản phẩm công bố tiêu chuẩn cơ sở; 09 hợp tác xã áp dụng VietGAP, hữu cơ hoặc ISO 22000; 364 ha được cấp mã số vùng trồng, chủ yếu là lúa nếp cái và chè.

4. Về xúc tiến thương mại: tại Hội chợ Sản phẩm chất lượng và Thương hiệu Bình Giang năm 2026 (tổ chức theo Công văn số 637/SKHCN-TĐC ngày 20/7/2026 của Sở Khoa học và Công nghệ), huyện có 14 chủ thể tham gia với 17 gian hàng. Sản phẩm Gạo nếp cái Tràng Bạch đạt giải nhì, Chè búp Ô Khê đạt giải ba cuộc bình chọn "Sản phẩm chất lượng tiêu biểu"; doanh thu bán hàng trong 04 ngày khoảng 865 triệu đồng; các chủ thể ký 06 biên bản ghi nhớ tiêu thụ sản phẩm.

5. Về kinh phí: tổng kinh phí thực hiện Chương trình 14 trong 03 năm là 3.420 triệu đồng, trong đó ngân sách tỉnh 1.150 triệu đồng, ngân sách huyện 1.270 triệu đồng, vốn của hợp tác xã, doanh nghiệp và người dân 1.000 triệu đồng.

III. HẠN CHẾ, NGUYÊN NHÂN

- Còn 05/19 xã, thị trấn chưa có sản phẩm OCOP; huyện chưa có sản phẩm nào được bảo hộ chỉ dẫn địa lý.
- Khoảng 30% chủ thể sử dụng tem QR không cập nhật nhật ký điện tử quá 03 tháng, làm giảm độ tin cậy của thông tin truy xuất.
- Nguyên nhân: nhiều hợp tác xã thiếu cán bộ có trình độ về công nghệ thông tin; chi phí thử nghiệm mẫu còn cao; một số cấp ủy chưa quan tâm đúng mức.

IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027

1. Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Đài Truyền thanh huyện tuyên truyền về giá trị của nhãn hiệu, tem truy xuất nguồn gốc; biểu dương các chủ thể tiêu biểu.
2. Đảng ủy UBND huyện lãnh đạo tổ chức thực hiện; trong đó giao Phòng Kinh tế và Hạ tầng chủ trì hoàn thiện hồ sơ nhãn hiệu tập thể Chè búp Ô Khê, nộp đơn trước ngày 31/3/2027; phối hợp với Sở Khoa học và Công nghệ triển khai Kế hoạch số 86/KH-UBND trên địa bàn huyện.
3. Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện tuyên truyền đoàn viên, hội viên tham gia hợp tác xã, tổ hợp tác; giám sát việc sử dụng nhãn hiệu, tem truy xuất tại cơ sở.
4. Hội Nông dân huyện có trách nhiệm hỗ trợ hội viên khai báo nhật ký điện tử, bảo đảm 100% chủ thể là hội viên cập nhật nhật ký ít nhất 01 lần/tháng.
5. Các đảng ủy xã, thị trấn đưa chỉ tiêu phát triển sản phẩm OCOP, nhãn hiệu vào nghị quyết năm 2027; 05 xã, thị trấn chưa có sản phẩm OCOP phải có ít nhất 01 sản phẩm được đánh giá, phân hạng trong năm 2027.
6. Văn phòng Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện định kỳ 6 tháng và trước ngày 10/12/2027.

                                              T/M HUYỆN ỦY
                                          PHÓ BÍ THƯ THƯỜNG TRỰC
                                                 (Đã ký)
                                               Ma Văn Sáng
Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Ban Tuyên giáo và Dân vận Tỉnh ủy,
- Sở Khoa học và Công nghệ tỉnh,
- Các đồng chí Huyện ủy viên,
- Các đảng ủy trực thuộc,
- Lưu Văn phòng Huyện ủy.
"""


def main():
    os.makedirs(CORPUS, exist_ok=True)
    # normalise all embedded text to NFC
    for lst in (DF01_BLOCKS, DF02_BLOCKS):
        for i, (k, v) in enumerate(lst):
            if isinstance(v, str):
                lst[i] = (k, nfc(v))
            else:
                lst[i] = (k, [[nfc(c) for c in r] if isinstance(r, list) else nfc(r) for r in v])
    build_docx(os.path.join(CORPUS, "df01_kh_nhanhieu.docx"))
    build_pdf(os.path.join(CORPUS, "df02_hd_temqr.pdf"))
    with open(os.path.join(CORPUS, "df03_cv_hoicho.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(DF03_HEAD + "\n" + wrap_pdf_copy(DF03_BODY)))
    with open(os.path.join(CORPUS, "df04_qd_danhmuc.md"), "w", encoding="utf-8") as f:
        f.write(nfc(DF04))
    with open(os.path.join(CORPUS, "df05_bc_ctr14.txt"), "w", encoding="utf-8") as f:
        f.write(nfc(DF05))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
