#!/usr/bin/env python
"""Source of questions.jsonl and who_what.jsonl for blind set 99 (prefix mi).

Run:  /work/main/.venv/bin/python make_questions.py   (writes both files next to it)
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

D1 = "mi01_kh142_ubnd_tinh_truy_xuat_qr_ocop.docx"
D2 = "mi02_tb58_ubnd_huyen_ket_luan_lam_viec_truy_xuat.txt"
D3 = "mi03_hd215_so_khcn_quy_trinh_ma_qr_shtt.pdf"
D4 = "mi04_bc37_ubnd_xa_khau_men_6thang_truy_xuat_qr.txt"
D5 = "mi05_ctr09_dang_uy_xa_khau_men_truy_xuat_nhan_hieu.md"

QS = []


def Q(question, kind, ev=(), kw=(), actors=None, history=None, answerable=True):
    q = {"id": None, "question": question, "answerable": answerable, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if history:
        q["history"] = list(history)
    if actors:
        q["actors"] = list(actors)
    QS.append(q)
    return question


def U(question, kind="unanswerable", history=None):
    return Q(question, kind, history=history, answerable=False)


# ---------------------------------------------------------------- mi01 KH 142/KH-UBND (docx)
a1 = Q("ke hoach 142 muc tieu bao nhieu san pham ocop gan tem qr, han den khi nao", "no-diacritics",
       [(D1, "Đến ngày 31/12/2026, 100% trong tổng số 86 sản phẩm OCOP đạt từ 3 sao trở lên")],
       ["31/12/2026", "86 sản phẩm OCOP"])
a2 = Q("Tổng kinh phí kế hoạch truy xuất nguồn gốc giai đoạn 2026-2027 của tỉnh là bao nhiêu, ngân sách tỉnh "
       "chiếm bao nhiêu?", "factoid",
       [(D1, "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2026 - 2027 là 6,45 tỷ đồng"),
        (D1, "ngân sách tỉnh (nguồn sự nghiệp khoa học và công nghệ) 4,2 tỷ đồng")],
       ["6,45 tỷ đồng", "4,2 tỷ đồng"])
a3 = Q("Phần xã hội hóa thì bao nhiêu?", "follow-up",
       [(D1, "nguồn xã hội hóa và đóng góp của các chủ thể 900 triệu đồng")],
       ["900 triệu đồng"], history=[a2])
a4 = Q("Mức hỗ trợ của NS tỉnh cho mã QR, NHTT, CDĐL là bao nhiêu?", "abbreviation",
       [(D1, "Xây dựng hồ sơ truy xuất, thiết lập mã QR: tối đa 12 triệu đồng/sản phẩm"),
        (D1, "Đăng ký nhãn hiệu tập thể: tối đa 80 triệu đồng/nhãn hiệu"),
        (D1, "Xây dựng hồ sơ, đăng ký chỉ dẫn địa lý: tối đa 450 triệu đồng/chỉ dẫn địa lý")],
       ["12 triệu đồng", "80 triệu đồng", "450 triệu đồng"])
a5 = Q("ho tro in tem truy xuat nam dau tien duoc bao nhieu", "no-diacritics",
       [(D1, "In tem truy xuất năm đầu tiên: hỗ trợ 50% chi phí, không quá 5 triệu đồng/chủ thể")],
       ["50% chi phí", "5 triệu đồng"])
a6 = Q("KH 142/KH-UBND do ai ký, ban hành ngày nào?", "metadata",
       [(D1, "Bình Sơn Thượng, ngày 12 tháng 3 năm 2026"),
        (D1, "PHÓ CHỦ TỊCH (Đã ký) Hoàng Quốc Tuệ")],
       ["Hoàng Quốc Tuệ", "12 tháng 3 năm 2026"])
a7 = Q("Văn bản đó gửi cho những nơi nào?", "follow-up",
       [(D1, "Bộ Khoa học và Công nghệ (b/c);"), (D1, "Thường trực Tỉnh ủy (b/c);"),
        (D1, "UBND các huyện, thành phố;")],
       ["Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy"], history=[a6])
a8 = Q("Ai chủ trì rà soát danh sách sản phẩm OCOP cần gắn mã QR, hạn khi nào?", "who-what",
       [(D1, "Rà soát, lập danh sách sản phẩm OCOP, nông sản chủ lực cần gắn mã QR"),
        (D1, "Sở Nông nghiệp và Môi trường"), (D1, "Trước ngày 30/4/2026")],
       ["Sở Nông nghiệp và Môi trường", "30/4/2026"], actors=["Sở Nông nghiệp và Môi trường"])
a9 = Q("Còn việc ban hành hướng dẫn quy trình cấp mã QR thì ai chủ trì, hạn bao giờ?", "follow-up",
       [(D1, "Ban hành hướng dẫn quy trình cấp mã QR và hồ sơ đề nghị hỗ trợ đăng ký nhãn hiệu tập thể"),
        (D1, "Sở Khoa học và Công nghệ"), (D1, "Trước ngày 31/3/2026")],
       ["Sở Khoa học và Công nghệ", "31/3/2026"], actors=["Sở Khoa học và Công nghệ"], history=[a8])
a10 = Q("Sở Công Thương được giao những việc gì trong KH 142?", "who-what",
        [(D1, "Kiểm tra việc sử dụng tem truy xuất, xử lý hàng giả, hàng xâm phạm quyền SHTT"),
         (D1, "Quảng bá, đưa sản phẩm có mã QR lên sàn thương mại điện tử"),
         (D1, "Sở Công Thương phối hợp Công an tỉnh thực hiện kiểm tra đột xuất các cơ sở kinh doanh, chợ đầu mối")],
        ["Công an tỉnh", "sàn thương mại điện tử"], actors=["Sở Công Thương"])
a11 = Q("Đơn vị nào phối hợp với Sở KH&CN làm hồ sơ CDĐL chè Shan tuyết Nậm Sáo?", "abbreviation",
        [(D1, "Xây dựng hồ sơ đăng ký chỉ dẫn địa lý \"Nậm Sáo\" cho sản phẩm chè Shan tuyết"),
         (D1, "UBND huyện Vạn Khê Nguyên; HTX Chè Nậm Sáo Xanh")],
        ["UBND huyện Vạn Khê Nguyên", "HTX Chè Nậm Sáo Xanh"],
        actors=["UBND huyện Vạn Khê Nguyên", "HTX Chè Nậm Sáo Xanh"])
a12 = Q("Chi cục Trồng trọt và Bảo vệ thực vật phải làm gì, hạn bao giờ?", "who-what",
        [(D1, "Chi cục Trồng trọt và Bảo vệ thực vật có trách nhiệm hướng dẫn cấp mã số vùng trồng cho vùng cam "
              "sành và vùng chè tập trung trước ngày 30/9/2026")],
        ["mã số vùng trồng", "30/9/2026"], actors=["Chi cục Trồng trọt và Bảo vệ thực vật"])
a13 = Q("Theo KH 142, UBND các huyện phải gửi BC 6 tháng và BC năm về Sở KH&CN trước ngày nào?", "abbreviation",
        [(D1, "Báo cáo kết quả 6 tháng về Sở Khoa học và Công nghệ trước ngày 20/6; báo cáo năm trước ngày 30/11.")],
        ["20/6", "30/11"], actors=["UBND các huyện, thành phố"])
a14 = Q("Những tổ chức nào được đề nghị tuyên truyền, vận động hội viên ghi nhật ký điện tử theo kế hoạch của "
        "tỉnh?", "who-what",
        [(D1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh (Hội Nông "
              "dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn)")],
        ["Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"],
        actors=["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
                "Tỉnh đoàn"])
a15 = Q("Đến hết 2027 tỉnh muốn có bao nhiêu hợp tác xã, doanh nghiệp và hộ sản xuất tham gia nền tảng truy "
        "xuất?", "factoid",
        [(D1, "có ít nhất 150 HTX và 40 doanh nghiệp tham gia Nền tảng truy xuất nguồn gốc"),
         (D1, "ít nhất 2.500 hộ sản xuất ghi nhật ký sản xuất điện tử")],
        ["150 HTX", "40 doanh nghiệp", "2.500 hộ"])
U("Kế hoạch 142 hỗ trợ tối đa bao nhiêu tiền cho mỗi sản phẩm đạt chứng nhận VietGAP?")
U("Mục tiêu năm 2028 của tỉnh về số HTX tham gia nền tảng truy xuất nguồn gốc là bao nhiêu?")
U("Sở Y tế được giao nhiệm vụ gì trong kế hoạch truy xuất nguồn gốc, mã QR của tỉnh?")
U("KH 142 hỗ trợ bao nhiêu tiền cho đăng ký nhãn hiệu chứng nhận?")
U("Kế hoạch số 124/KH-UBND về mã QR cho sản phẩm OCOP được ký ngày nào?")

# ---------------------------------------------------------------- mi02 TB 58/TB-UBND (txt)
b1 = Q("Buổi làm việc về truy xuất nguồn gốc ở huyện Vạn Khê Nguyên diễn ra ngày nào, ở đâu, ai chủ trì?",
       "metadata",
       [(D2, "Ngày 03/4/2026, tại Hội trường UBND xã Nậm Sáo, đồng chí Triệu Minh Khôi, Chủ tịch UBND huyện chủ "
             "trì buổi làm việc")],
       ["03/4/2026", "Nậm Sáo", "Triệu Minh Khôi"])
b2 = Q("Ai đại diện Sở KH&CN dự buổi làm việc ở Nậm Sáo?", "abbreviation",
       [(D2, "Bà Chu Thị Quyên, Phó Trưởng phòng Quản lý chuyên ngành, Sở Khoa học và Công nghệ")],
       ["Chu Thị Quyên"])
b3 = Q("Huyện Vạn Khê Nguyên có bao nhiêu SP OCOP, đã có tem QR mấy SP?", "abbreviation",
       [(D2, "Toàn huyện hiện có 14 sản phẩm OCOP (11 sản phẩm 3 sao, 03 sản phẩm 4 sao) của 9 chủ thể, nhưng "
             "mới có 05 sản phẩm được gắn tem QR")],
       ["14 sản phẩm OCOP", "05 sản phẩm"])
b4 = Q("Huyện đã có những nhãn hiệu tập thể nào được cấp văn bằng, từ năm nào?", "list",
       [(D2, "02 nhãn hiệu tập thể được cấp văn bằng là \"Miến dong Hòa Mây\" (năm 2023) và \"Mật ong Tà Ngạn\" "
             "(năm 2024)")],
       ["Miến dong Hòa Mây", "Mật ong Tà Ngạn"])
b5 = Q("Phòng Kinh tế huyện phải làm gì theo TB 58, hạn chót khi nào?", "who-what",
       [(D2, "Giao Phòng Kinh tế chủ trì, phối hợp với Trung tâm Dịch vụ nông nghiệp huyện rà soát 14 sản phẩm "
             "OCOP"),
        (D2, "bảo đảm 100% sản phẩm OCOP của huyện có tem QR trước ngày 30/9/2026")],
       ["14 sản phẩm OCOP", "30/9/2026"], actors=["Phòng Kinh tế"])
b6 = Q("huyen bo tri bao nhieu tien doi ung nam 2026, chia ra the nao", "no-diacritics",
       [(D2, "bố trí 850 triệu đồng kinh phí đối ứng năm 2026 (trong đó 300 triệu đồng hỗ trợ in tem, thiết bị "
             "đọc mã cho các HTX; 550 triệu đồng đối ứng")],
       ["850 triệu đồng", "300 triệu đồng", "550 triệu đồng"])
b7 = Q("Ai tổ chức các lớp tập huấn ghi nhật ký điện tử cho nông dân trong huyện, mấy lớp, xong khi nào?",
       "who-what",
       [(D2, "Trung tâm Dịch vụ nông nghiệp huyện tổ chức 04 lớp tập huấn ghi nhật ký sản xuất điện tử cho "
             "khoảng 240 hộ"),
        (D2, "hoàn thành trong quý II/2026")],
       ["04 lớp", "240 hộ", "quý II/2026"], actors=["Trung tâm Dịch vụ nông nghiệp huyện"])
b8 = Q("UBND xã Nậm Sáo được giao việc gì?", "who-what",
       [(D2, "UBND xã Nậm Sáo phối hợp HTX Chè Nậm Sáo Xanh lập bản đồ vùng chè Shan tuyết"),
        (D2, "hoàn thành trong quý III/2026")],
       ["bản đồ vùng chè Shan tuyết", "quý III/2026"], actors=["UBND xã Nậm Sáo"])
b9 = Q("Còn HTX Chè Nậm Sáo Xanh có trách nhiệm gì?", "follow-up",
       [(D2, "HTX Chè Nậm Sáo Xanh có trách nhiệm cung cấp danh sách 612 hộ trồng chè và nhật ký chăm sóc")],
       ["612 hộ", "nhật ký chăm sóc"], actors=["HTX Chè Nậm Sáo Xanh"], history=[b8])
b10 = Q("Thế còn xã Khau Mèn?", "follow-up",
        [(D2, "UBND xã Khau Mèn chỉ đạo HTX Nông nghiệp Khuổi Lừa hoàn thiện hồ sơ đề nghị hỗ trợ"),
         (D2, "nộp Sở Khoa học và Công nghệ trước ngày 31/5/2026")],
        ["HTX Nông nghiệp Khuổi Lừa", "31/5/2026"], actors=["UBND xã Khau Mèn"], history=[b8, b9])
U("Xã Hòa Mây được giao lập bản đồ vùng trồng dong riềng, hạn hoàn thành khi nào?", "follow-up",
  history=[b8, b9, b10])
b11 = Q("TB 58 đề nghị Sở KH&CN hỗ trợ bao nhiêu tem QR thí điểm?", "abbreviation",
        [(D2, "Đề nghị Sở Khoa học và Công nghệ hỗ trợ 20.000 tem QR thí điểm cho các HTX trong năm 2026")],
        ["20.000 tem QR"])
b12 = Q("Còn đề xuất máy in tem của HTX Miến dong Hòa Mây thì giải quyết thế nào?", "follow-up",
        [(D2, "giao Phòng Kinh tế xem xét, tổng hợp trong phương án sử dụng 300 triệu đồng nêu tại điểm c")],
        ["Phòng Kinh tế", "300 triệu đồng"], history=[b11])
b13 = Q("Ai ký thông báo kết luận số 58, ký ngày nào?", "metadata",
        [(D2, "CHÁNH VĂN PHÒNG (Đã ký) Hà Văn Sướng"),
         (D2, "Vạn Khê Nguyên, ngày 08 tháng 4 năm 2026")],
        ["Hà Văn Sướng", "08 tháng 4 năm 2026"])
b14 = Q("cac xa bao cao ket qua ve phong kinh te ngay nao hang thang", "no-diacritics",
        [(D2, "UBND các xã báo cáo kết quả thực hiện về Phòng Kinh tế định kỳ hằng tháng, trước ngày 25")],
        ["trước ngày 25"])
b15 = Q("MTTQ huyện và Hội ND huyện được đề nghị làm gì?", "abbreviation",
        [(D2, "Đề nghị Ủy ban MTTQ Việt Nam huyện, Hội Nông dân huyện vận động hội viên tham gia ghi nhật ký sản "
              "xuất")],
        ["vận động hội viên", "ghi nhật ký sản xuất"],
        actors=["Ủy ban MTTQ Việt Nam huyện", "Hội Nông dân huyện"])
b16 = Q("Phòng Văn hóa, Khoa học và Thông tin huyện được giao làm gì?", "who-what",
        [(D2, "Phòng Văn hóa, Khoa học và Thông tin phối hợp với Sở Khoa học và Công nghệ hướng dẫn các HTX xây "
              "dựng quy chế quản lý nhãn hiệu tập thể"),
         (D2, "đăng tải chuyên mục \"Nông sản có mã QR\" trên Trang thông tin điện tử huyện định kỳ hằng tháng")],
        ["quy chế quản lý nhãn hiệu tập thể", "Nông sản có mã QR"],
        actors=["Phòng Văn hóa, Khoa học và Thông tin"])
U("TB 58 giao Phòng Nông nghiệp huyện bố trí bao nhiêu kinh phí cho in tem QR?")
U("kinh phi doi ung nam 2027 cua huyen van khe nguyen cho truy xuat nguon goc la bao nhieu")
U("Buổi làm việc lần thứ hai của Chủ tịch UBND huyện về mã QR được tổ chức ngày nào?")
U("Giám đốc HTX Miến dong Hòa Mây dự buổi làm việc ngày 03/4/2026 tên là gì?")

# ---------------------------------------------------------------- mi03 HD 215/HD-SKHCN (pdf)
c1 = Q("Quy trình cấp mã QR truy xuất nguồn gốc gồm những bước nào?", "list",
       [(D3, "Bước 1. Đăng ký tham gia"), (D3, "Bước 3. Thẩm định và cấp mã"), (D3, "Bước 5. Cập nhật và duy trì")],
       ["Đăng ký tham gia", "Thẩm định và cấp mã", "Cập nhật và duy trì"])
c2 = Q("Phòng Kinh tế huyện kiểm tra hồ sơ cấp mã QR trong mấy ngày, Sở cấp mã trong mấy ngày?", "factoid",
       [(D3, "Phòng Kinh tế cấp huyện kiểm tra hồ sơ trong 05 ngày làm việc"),
        (D3, "cấp mã định danh sản phẩm gồm 13 ký tự trong 07 ngày làm việc")],
       ["05 ngày làm việc", "07 ngày làm việc"])
c3 = Q("bao lau khong cap nhat nhat ky thi ma qr bi khoa, bi thu hoi", "no-diacritics",
       [(D3, "Sau 03 tháng liên tục không cập nhật, mã QR bị tạm khóa; sau 06 tháng không cập nhật thì mã bị thu "
             "hồi")],
       ["03 tháng", "06 tháng"])
c4 = Q("tem qr kich thuoc toi thieu bao nhieu, gia in tham khao bao nhieu", "no-diacritics",
       [(D3, "kích thước tối thiểu 20 x 20 mm"),
        (D3, "Đơn giá tham khảo 250 đồng/tem đối với số lượng từ 10.000 tem trở lên")],
       ["20 x 20 mm", "250 đồng/tem"])
c5 = Q("Hồ sơ đề nghị hỗ trợ đăng ký nhãn hiệu tập thể gồm những giấy tờ gì?", "list",
       [(D3, "Đơn đề nghị hỗ trợ (Mẫu số 03);"),
        (D3, "05 mẫu nhãn hiệu, kích thước 80 x 80 mm (đối với nhãn hiệu tập thể)"),
        (D3, "Danh sách thành viên tham gia, có xác nhận của UBND cấp xã")],
       ["Mẫu số 03", "80 x 80 mm"])
c6 = Q("Nộp ở đâu?", "follow-up",
       [(D3, "Nộp trực tiếp tại Bộ phận Một cửa (tầng 1, trụ sở Sở Khoa học và Công nghệ) hoặc qua dịch vụ bưu "
             "chính công ích")],
       ["Bộ phận Một cửa"], history=[c5])
c7 = Q("Hết hạn nộp thì bao lâu sau có hội đồng thẩm định?", "follow-up",
       [(D3, "trong 10 ngày làm việc kể từ ngày hết hạn mỗi đợt, Sở Khoa học và Công nghệ thành lập Hội đồng thẩm "
             "định hồ sơ")],
       ["10 ngày làm việc"], history=[c5, c6])
c8 = Q("HD 215 cho nộp hồ sơ hỗ trợ SHTT mấy đợt, hạn từng đợt?", "abbreviation",
       [(D3, "Đợt 1: trước ngày 31/5/2026; đợt 2: trước ngày 30/9/2026.")],
       ["31/5/2026", "30/9/2026"])
c9 = Q("tien ho tro nhan hieu tap the cap may lan, moi lan bao nhieu phan tram", "no-diacritics",
       [(D3, "Kinh phí được cấp 02 lần: 60% khi có quyết định hỗ trợ, 40% còn lại khi Cục Sở hữu trí tuệ có thông "
             "báo chấp nhận đơn hợp lệ")],
       ["02 lần", "60%", "40%"])
c10 = Q("Ai ký hướng dẫn 215/HD-SKHCN, ký ngày nào?", "metadata",
        [(D3, "PHÓ GIÁM ĐỐC (Đã ký) Đinh Khắc Lượng"), (D3, "Bình Sơn Thượng, ngày 25 tháng 3 năm 2026")],
        ["Đinh Khắc Lượng", "25 tháng 3 năm 2026"])
c11 = Q("Hướng dẫn đó căn cứ vào văn bản nào?", "follow-up",
        [(D3, "Căn cứ Kế hoạch số 142/KH-UBND ngày 12/3/2026 của UBND tỉnh"),
         (D3, "Căn cứ Nghị quyết số 18/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh")],
        ["142/KH-UBND", "18/2025/NQ-HĐND"], history=[c10])
c12 = Q("Cần hỏi về mã QR thì liên hệ ai ở Sở KH&CN, số ĐT bao nhiêu?", "abbreviation",
        [(D3, "bà Vi Thị Thoa, Trưởng phòng Quản lý chuyên ngành, điện thoại 0209.3867.245")],
        ["Vi Thị Thoa", "0209.3867.245"])
c13 = Q("phong kinh te cac huyen phai gui danh sach chu the dang ky ve so truoc ngay nao", "no-diacritics",
        [(D3, "Đề nghị Phòng Kinh tế các huyện, thành phố bố trí công chức theo dõi, thẩm định hồ sơ cấp mã"),
         (D3, "tổng hợp danh sách chủ thể đăng ký gửi Sở trước ngày 15 hằng tháng")],
        ["trước ngày 15 hằng tháng"], actors=["Phòng Kinh tế các huyện, thành phố"])
c14 = Q("UBND cấp xã có trách nhiệm gì trong việc cấp mã QR theo hướng dẫn của Sở?", "who-what",
        [(D3, "UBND cấp xã hướng dẫn, xác nhận hồ sơ cho các chủ thể trên địa bàn"),
         (D3, "Hội Nông dân cấp xã hỗ trợ hộ sản xuất ghi nhật ký điện tử")],
        ["xác nhận hồ sơ", "Hội Nông dân cấp xã"], actors=["UBND cấp xã"])
c15 = Q("HTX muốn xin hỗ trợ đăng ký NHTT cần tối thiểu mấy thành viên?", "abbreviation",
        [(D3, "có ít nhất 10 thành viên cùng sản xuất sản phẩm trên địa bàn")],
        ["10 thành viên"])
c16 = Q("mau so 02 trong huong dan cap ma qr la mau gi", "no-diacritics",
        [(D3, "Mẫu số 02: Bản thông tin sản phẩm;")],
        ["Bản thông tin sản phẩm"])
U("Theo HD 215, lệ phí cấp mã QR là bao nhiêu đồng cho mỗi mã?")
U("Mẫu số 05 trong hướng dẫn của Sở KH&CN là mẫu gì?")
U("Đợt 3 nộp hồ sơ hỗ trợ nhãn hiệu tập thể có hạn đến ngày nào?")
U("huong dan 215 quy dinh tem qr kich thuoc toi da bao nhieu")
U("Hướng dẫn số 251/HD-SKHCN về mã QR ban hành ngày nào?")

# ---------------------------------------------------------------- mi04 BC 37/BC-UBND (txt, hard-wrapped)
d1 = Q("xa khau men co bao nhieu ho trong cam sanh, dien tich bao nhieu ha", "no-diacritics",
       [(D4, "318 hộ trồng cam sành với tổng diện tích 236 ha")],
       ["318 hộ", "236 ha"])
d2 = Q("Xã Khau Mèn có những sản phẩm OCOP nào, mấy sao?", "list",
       [(D4, "04 sản phẩm OCOP: cam sành Khau Mèn (4 sao), cam sành sấy dẻo (3 sao), rượu men lá Nà Đeng (3 sao), "
             "mật ong hoa cam Bản Pục (3 sao)")],
       ["cam sành sấy dẻo", "rượu men lá Nà Đeng", "mật ong hoa cam Bản Pục"])
d3 = Q("san pham nao cua khau men chua duoc cap ma qr, vi sao", "no-diacritics",
       [(D4, "sản phẩm mật ong hoa cam Bản Pục chưa được cấp mã do nhật ký sản xuất chưa đủ 03 tháng")],
       ["mật ong hoa cam Bản Pục", "chưa đủ 03 tháng"])
d4 = Q("khau men co bao nhieu ho ghi nhat ky dien tu, dat bao nhieu phan tram chi tieu", "no-diacritics",
       [(D4, "Có 64 hộ ghi nhật ký sản xuất điện tử, đạt 75,3% chỉ tiêu năm 2026 (85 hộ)")],
       ["64 hộ", "75,3%"])
d5 = Q("Theo BC 6 tháng, xã Khau Mèn đã in bao nhiêu tem QR, chi phí bao nhiêu?", "abbreviation",
       [(D4, "Các HTX đã in 18.000 tem QR với chi phí 4,5 triệu đồng")],
       ["18.000 tem QR", "4,5 triệu đồng"])
d6 = Q("HTX NN Khuổi Lừa nộp hồ sơ đề nghị hỗ trợ NHTT cho Sở KH&CN ngày nào, được duyệt bao nhiêu?",
       "abbreviation",
       [(D4, "đã nộp hồ sơ đề nghị hỗ trợ tại Sở Khoa học và Công nghệ ngày 27/5/2026"),
        (D4, "Sở đã phê duyệt mức hỗ trợ 80 triệu đồng và cấp trước 48 triệu đồng (60%)")],
       ["27/5/2026", "80 triệu đồng", "48 triệu đồng"])
d7 = Q("Đơn đăng ký đã nộp lên Cục Sở hữu trí tuệ chưa, ngày nào?", "follow-up",
       [(D4, "Đơn đăng ký nhãn hiệu tập thể đã được nộp Cục Sở hữu trí tuệ ngày 19/6/2026")],
       ["19/6/2026"], history=[d6])
d8 = Q("BC 37 của UBND xã Khau Mèn: tổng kinh phí đã dùng là bao nhiêu, từ những nguồn nào?", "abbreviation",
       [(D4, "Tổng kinh phí đã sử dụng là 180,5 triệu đồng"),
        (D4, "ngân sách tỉnh (qua Sở Khoa học và Công nghệ) 48 triệu đồng; ngân sách huyện 61 triệu đồng; ngân "
             "sách xã 67 triệu đồng")],
       ["180,5 triệu đồng", "61 triệu đồng", "67 triệu đồng"])
d9 = Q("vu thuong lai dung thung in chu cam sanh khau men xay ra ngay nao, o dau, xu ly the nao",
       "no-diacritics",
       [(D4, "Ngày 08/6/2026, phát hiện 01 trường hợp thương lái dùng thùng carton"),
        (D4, "tại chợ Nậm Sáo; UBND xã đã lập biên bản, chuyển Đội Quản lý thị trường số 3 xử lý")],
       ["08/6/2026", "chợ Nậm Sáo", "Đội Quản lý thị trường số 3"])
d10 = Q("Ai phải hướng dẫn thêm hộ ghi nhật ký điện tử ở Khau Mèn trong 6 tháng cuối năm, hạn khi nào?",
        "who-what",
        [(D4, "Giao công chức Kinh tế xã phối hợp Hội Nông dân xã hướng dẫn thêm 21 hộ ghi nhật ký điện tử"),
         (D4, "bảo đảm đạt chỉ tiêu 85 hộ trước ngày 31/10/2026")],
        ["21 hộ", "31/10/2026"], actors=["công chức Kinh tế xã", "Hội Nông dân xã"])
d11 = Q("Công an xã Khau Mèn phối hợp với đơn vị nào để kiểm tra các điểm thu mua cam?", "who-what",
        [(D4, "Công an xã phối hợp Đội Quản lý thị trường số 3 kiểm tra các điểm thu mua cam trong mùa thu hoạch")],
        ["Đội Quản lý thị trường số 3"], actors=["Công an xã", "Đội Quản lý thị trường số 3"])
d12 = Q("Xã Khau Mèn kiến nghị huyện và Sở những gì?", "list",
        [(D4, "lắp đặt trạm phát sóng tại thôn Khuổi Lừa"),
         (D4, "giải ngân phần kinh phí đối ứng năm 2026 còn lại cho xã là 89 triệu đồng"),
         (D4, "Đề nghị Sở Khoa học và Công nghệ hỗ trợ thêm 10.000 tem QR")],
        ["trạm phát sóng", "89 triệu đồng", "10.000 tem QR"])
d13 = Q("Báo cáo 6 tháng về mã QR của xã Khau Mèn số mấy, ai ký?", "metadata",
        [(D4, "ỦY BAN NHÂN DÂN XÃ KHAU MÈN Số: 37/BC-UBND"), (D4, "CHỦ TỊCH (Đã ký) Mã Văn Độ")],
        ["37/BC-UBND", "Mã Văn Độ"])
d14 = Q("dau moi theo doi truy xuat o xa khau men la ai, sdt bao nhieu", "no-diacritics",
        [(D4, "đồng chí Mông Thị Én, công chức Kinh tế xã, điện thoại 0912.406.873")],
        ["Mông Thị Én", "0912.406.873"])
d15 = Q("Bản đồ vùng trồng cam ở Khau Mèn đã số hóa được bao nhiêu?", "factoid",
        [(D4, "Đã số hóa bản đồ vùng trồng được 96 ha trên 120 ha cam sành theo chỉ tiêu năm 2026, đạt 80%")],
        ["96 ha", "80%"])
d16 = Q("Phần còn lại khi nào xong, ai cung cấp danh sách thửa đất?", "follow-up",
        [(D4, "Hoàn thành số hóa 24 ha vùng trồng còn lại trong quý III/2026"),
         (D4, "Ban quản lý các thôn Bản Pục, Nà Đeng có trách nhiệm cung cấp danh sách thửa đất")],
        ["24 ha", "quý III/2026", "Ban quản lý các thôn Bản Pục, Nà Đeng"],
        actors=["Ban quản lý các thôn Bản Pục, Nà Đeng"], history=[d15])
U("Báo cáo của xã Khau Mèn cho biết sản lượng cam sành cả năm 2025 là bao nhiêu tấn?")
U("Xã Nậm Sáo đã in bao nhiêu tem QR trong 6 tháng đầu năm 2026?")
U("Báo cáo 9 tháng năm 2026 của xã Khau Mèn ghi có bao nhiêu hộ ghi nhật ký điện tử?")
U("bc 37 khau men: htx dich vu tong hop na deng co bao nhieu thanh vien")
U("Ngân sách Trung ương hỗ trợ xã Khau Mèn bao nhiêu tiền cho truy xuất nguồn gốc?")

# ---------------------------------------------------------------- mi05 CTr 09-CTr/ĐU (md, indicators table)
e1 = Q("Chương trình hành động 09-CTr/ĐU của Đảng ủy xã Khau Mèn ban hành ngày nào, ai ký?", "metadata",
       [(D5, "Khau Mèn, ngày 20 tháng 4 năm 2026"), (D5, "BÍ THƯ (Đã ký) Sầm Thị Lụa")],
       ["20 tháng 4 năm 2026", "Sầm Thị Lụa"])
e2 = Q("Chỉ tiêu số hộ trồng cam ghi nhật ký điện tử năm 2026 và 2027 của xã Khau Mèn là bao nhiêu?",
       "factoid",
       [(D5, "Hộ trồng cam sành ghi nhật ký sản xuất điện tử | hộ | 85 | 150")],
       ["85", "150"])
e3 = Q("chi tieu doanh thu ban hang truc tuyen san pham co ma qr nam 2027 cua xa khau men", "no-diacritics",
       [(D5, "Doanh thu bán hàng trực tuyến sản phẩm có mã QR | tỷ đồng | 1,5 | 3,0")],
       ["3,0", "tỷ đồng"])
e4 = Q("ngan sach xa khau men bo tri bao nhieu tien cho chuong trinh hanh dong nam 2026 va 2027",
       "no-diacritics",
       [(D5, "ngân sách xã bố trí 120 triệu đồng năm 2026 và 150 triệu đồng năm 2027")],
       ["120 triệu đồng", "150 triệu đồng"])
e5 = Q("Ai được phân công trực tiếp chỉ đạo thực hiện chương trình hành động của Đảng ủy xã Khau Mèn?",
       "factoid",
       [(D5, "Phân công đồng chí Đồng Văn Sinh, Phó Bí thư Thường trực Đảng ủy, trực tiếp chỉ đạo")],
       ["Đồng Văn Sinh", "Phó Bí thư Thường trực Đảng ủy"])
e6 = Q("Đảng ủy xã giao UBND xã những việc gì, hạn ban hành kế hoạch là khi nào?", "who-what",
       [(D5, "Xây dựng kế hoạch thực hiện Chương trình, ban hành trước ngày 10/5/2026"),
        (D5, "Chỉ đạo HTX Nông nghiệp Khuổi Lừa nộp hồ sơ đề nghị hỗ trợ nhãn hiệu tập thể trước ngày 31/5/2026")],
       ["10/5/2026", "31/5/2026"], actors=["Ủy ban nhân dân xã"])
e7 = Q("Đoàn Thanh niên xã Khau Mèn phải làm gì và khi nào xong?", "who-what",
       [(D5, "Đoàn Thanh niên xã thành lập Tổ thanh niên hỗ trợ bán hàng trực tuyến, hoàn thành trong tháng "
             "5/2026")],
       ["Tổ thanh niên hỗ trợ bán hàng trực tuyến", "tháng 5/2026"], actors=["Đoàn Thanh niên xã"])
e8 = Q("Thế Hội Phụ nữ xã thì sao?", "follow-up",
       [(D5, "Hội Liên hiệp Phụ nữ xã vận động hội viên mở gian hàng \"Cam sành Khau Mèn\" trên sàn thương mại "
             "điện tử")],
       ["gian hàng", "sàn thương mại điện tử"], actors=["Hội Liên hiệp Phụ nữ xã"], history=[e7])
e9 = Q("Còn Hội Nông dân?", "follow-up",
       [(D5, "Hội Nông dân xã chủ trì, phối hợp với HTX Nông nghiệp Khuổi Lừa hướng dẫn 85 hộ ghi nhật ký sản "
             "xuất điện tử trong năm 2026")],
       ["85 hộ", "HTX Nông nghiệp Khuổi Lừa"], actors=["Hội Nông dân xã"], history=[e7, e8])
U("Vậy Hội Cựu chiến binh xã được giao chỉ tiêu bao nhiêu hội viên tham gia?", "follow-up",
  history=[e7, e8, e9])
e10 = Q("Các đoàn thể chính trị - xã hội nào của xã được giao thực hiện chương trình?", "list",
        [(D5, "Ủy ban MTTQ và các đoàn thể chính trị - xã hội xã (Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh "
              "niên, Hội Cựu chiến binh)")],
        ["Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh"])
e11 = Q("CTr 09 của ĐU xã Khau Mèn khi nào sơ kết, tổng kết, hạn BC BTV Huyện ủy?", "abbreviation",
        [(D5, "tham mưu sơ kết 6 tháng vào tháng 7/2026, tổng kết vào tháng 12/2027; báo cáo Ban Thường vụ Huyện "
              "ủy trước ngày 15/12 hằng năm")],
        ["tháng 7/2026", "tháng 12/2027", "15/12"], actors=["Văn phòng Đảng ủy"])
e12 = Q("Chương trình hành động của Đảng ủy xã Khau Mèn thực hiện những văn bản nào?", "metadata",
        [(D5, "Căn cứ Kế hoạch số 142/KH-UBND ngày 12/3/2026 của UBND tỉnh và Thông báo số 58/TB-UBND ngày "
              "08/4/2026 của UBND huyện Vạn Khê Nguyên")],
        ["142/KH-UBND", "58/TB-UBND"])
e13 = Q("Chi bộ thôn Khuổi Lừa có nhiệm vụ gì trong chương trình?", "who-what",
        [(D5, "Chi bộ thôn Khuổi Lừa lãnh đạo đảng viên là thành viên HTX gương mẫu ghi nhật ký điện tử")],
        ["gương mẫu ghi nhật ký điện tử"], actors=["Chi bộ thôn Khuổi Lừa"])
e14 = Q("dang uy xa khau men giao ai lam chu the dang ky nhan hieu tap the cam sanh", "no-diacritics",
        [(D5, "giao HTX Nông nghiệp Khuổi Lừa làm chủ thể đăng ký")],
        ["HTX Nông nghiệp Khuổi Lừa"])
U("chi tieu nam 2028 ve so san pham ocop gan tem qr cua xa khau men la bao nhieu")
U("Chương trình hành động của Đảng ủy xã Nậm Sáo về mã QR số mấy, ký ngày nào?")
U("Chương trình hành động của Đảng ủy Khau Mèn đặt chỉ tiêu bao nhiêu ha chè Shan tuyết được số hóa?")

# ---------------------------------------------------------------- corpus-wide
f1 = Q("Những văn bản nào giao việc liên quan đến nhãn hiệu tập thể Cam sành Khau Mèn cho HTX Nông nghiệp "
       "Khuổi Lừa?", "corpus",
       [(D2, "UBND xã Khau Mèn chỉ đạo HTX Nông nghiệp Khuổi Lừa hoàn thiện hồ sơ đề nghị hỗ trợ"),
        (D5, "giao HTX Nông nghiệp Khuổi Lừa làm chủ thể đăng ký")],
       ["HTX Nông nghiệp Khuổi Lừa"])
f2 = Q("Hạn nộp hồ sơ hỗ trợ nhãn hiệu tập thể đợt 1 là khi nào, và HTX ở Khau Mèn thực tế nộp ngày nào?",
       "corpus",
       [(D3, "Đợt 1: trước ngày 31/5/2026"),
        (D4, "đã nộp hồ sơ đề nghị hỗ trợ tại Sở Khoa học và Công nghệ ngày 27/5/2026")],
       ["31/5/2026", "27/5/2026"])
f3 = Q("Còn hồ sơ chỉ dẫn địa lý chè Shan tuyết Nậm Sáo thì thời hạn thế nào?", "follow-up",
       [(D1, "Xây dựng hồ sơ đăng ký chỉ dẫn địa lý \"Nậm Sáo\" cho sản phẩm chè Shan tuyết"),
        (D1, "Hoàn thành trong năm 2027"),
        (D2, "thu thập mẫu chè để phân tích tính chất đặc thù, hoàn thành trong quý III/2026")],
       ["năm 2027", "quý III/2026"], history=[f2])
f4 = Q("Mức hỗ trợ tối đa cho nhãn hiệu tập thể theo kế hoạch của tỉnh là bao nhiêu và HTX ở Khau Mèn đã "
       "nhận trước được bao nhiêu?", "corpus",
       [(D1, "Đăng ký nhãn hiệu tập thể: tối đa 80 triệu đồng/nhãn hiệu"),
        (D4, "cấp trước 48 triệu đồng (60%)")],
       ["80 triệu đồng", "48 triệu đồng"])
f5 = Q("Những văn bản nào giao nhiệm vụ cho tổ chức Đoàn Thanh niên?", "corpus",
       [(D1, "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn"),
        (D5, "Đoàn Thanh niên xã thành lập Tổ thanh niên hỗ trợ bán hàng trực tuyến"),
        (D4, "Đoàn Thanh niên xã phấn đấu doanh thu bán hàng trực tuyến cả năm 2026 đạt 1,5 tỷ đồng")],
       ["Tỉnh đoàn", "Đoàn Thanh niên xã"])
f6 = Q("Chỉ tiêu hộ ghi nhật ký điện tử năm 2026 của Khau Mèn là bao nhiêu và đến giữa năm đã đạt mấy hộ?",
       "corpus",
       [(D5, "Hộ trồng cam sành ghi nhật ký sản xuất điện tử | hộ | 85 | 150"),
        (D4, "Có 64 hộ ghi nhật ký sản xuất điện tử, đạt 75,3% chỉ tiêu năm 2026 (85 hộ)")],
       ["85", "64 hộ", "75,3%"])
f7 = Q("Văn bản nào quy định mã QR bị tạm khóa sau 3 tháng không cập nhật, và xã nào kiến nghị kéo dài thời "
       "hạn này?", "corpus",
       [(D3, "Sau 03 tháng liên tục không cập nhật, mã QR bị tạm khóa"),
        (D4, "xem xét kéo dài thời hạn tạm khóa mã từ 03 tháng lên 06 tháng đối với hộ sản xuất nhỏ")],
       ["03 tháng", "06 tháng"])
f8 = Q("Huyện giao tập huấn nhật ký điện tử bao nhiêu lớp, và riêng xã Khau Mèn đã mở được mấy lớp cho bao "
       "nhiêu hộ?", "corpus",
       [(D2, "Trung tâm Dịch vụ nông nghiệp huyện tổ chức 04 lớp tập huấn ghi nhật ký sản xuất điện tử cho "
             "khoảng 240 hộ"),
        (D4, "mở 02 lớp tập huấn ghi nhật ký sản xuất điện tử cho 118 hộ")],
       ["04 lớp", "02 lớp", "118 hộ"])
U("Văn bản nào trong bộ này giao nhiệm vụ cho Hội Doanh nhân trẻ tỉnh?")
U("Tổng số tem QR toàn tỉnh Bình Sơn Thượng đã in tính đến hết tháng 6/2026 là bao nhiêu?")


# ---------------------------------------------------------------- who_what.jsonl
WHO = [
    {"id": "wmi01", "directive": "KH 142/KH-UBND", "source": D1,
     "actors": [
         {"name": "Sở Khoa học và Công nghệ", "role": "thường trực", "deadline": "trước ngày 15/12 hằng năm",
          "task_quote": "Là cơ quan thường trực, chủ trì tổ chức thực hiện Kế hoạch"},
         {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "Trước ngày 31/3/2026",
          "task_quote": "Ban hành hướng dẫn quy trình cấp mã QR và hồ sơ đề nghị hỗ trợ đăng ký nhãn hiệu tập thể"},
         {"name": "Sở Nông nghiệp và Môi trường", "role": "chủ trì", "deadline": "Trước ngày 30/4/2026",
          "task_quote": "Rà soát, lập danh sách sản phẩm OCOP, nông sản chủ lực cần gắn mã QR"},
         {"name": "Chi cục Trồng trọt và Bảo vệ thực vật", "role": None, "deadline": "trước ngày 30/9/2026",
          "task_quote": "có trách nhiệm hướng dẫn cấp mã số vùng trồng cho vùng cam sành và vùng chè tập trung"},
         {"name": "Sở Công Thương", "role": "chủ trì", "deadline": "Định kỳ 6 tháng",
          "task_quote": "Kiểm tra việc sử dụng tem truy xuất, xử lý hàng giả, hàng xâm phạm quyền SHTT"},
         {"name": "Công an tỉnh", "role": "phối hợp", "deadline": None,
          "task_quote": "Sở Công Thương phối hợp Công an tỉnh thực hiện kiểm tra đột xuất các cơ sở kinh doanh"},
         {"name": "Sở Tài chính", "role": None, "deadline": None,
          "task_quote": "Sở Tài chính tham mưu UBND tỉnh bố trí 2,1 tỷ đồng năm 2026"},
         {"name": "UBND các huyện, thành phố", "role": None, "deadline": "trước ngày 20/6",
          "task_quote": "Báo cáo kết quả 6 tháng về Sở Khoa học và Công nghệ trước ngày 20/6"},
         {"name": "UBND huyện Vạn Khê Nguyên", "role": "phối hợp", "deadline": "Hoàn thành trong năm 2027",
          "task_quote": "Xây dựng hồ sơ đăng ký chỉ dẫn địa lý \"Nậm Sáo\" cho sản phẩm chè Shan tuyết"},
         {"name": "Trung tâm Thông tin và Chuyển đổi số tỉnh", "role": "phối hợp", "deadline": "Quý II/2026",
          "task_quote": "Nâng cấp Nền tảng truy xuất nguồn gốc tỉnh, kết nối Cổng truy xuất quốc gia"},
         {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "role": None, "deadline": None,
          "task_quote": "tuyên truyền, vận động hội viên, đoàn viên tham gia ghi nhật ký sản xuất điện tử và sử dụng tem QR"},
         {"name": "Hội Nông dân tỉnh", "role": None, "deadline": None,
          "task_quote": "Hội Nông dân tỉnh lồng ghép nội dung này vào các lớp dạy nghề cho nông dân"},
         {"name": "Sở Tài chính", "role": "chủ trì", "deadline": "Cùng thời điểm lập dự toán hằng năm",
          "task_quote": "Thẩm định, bố trí kinh phí thực hiện Kế hoạch"},
     ],
     "groups": [{"name": "các tổ chức chính trị - xã hội tỉnh",
                 "members": ["Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"]}],
     "intruders": ["Hoàng Quốc Tuệ", "Thường trực Tỉnh ủy (b/c);", "Cục Sở hữu trí tuệ;", "Lưu: VT, KGVX.",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]},
    {"id": "wmi02", "directive": "TB 58/TB-UBND", "source": D2,
     "actors": [
         {"name": "Phòng Kinh tế", "role": "chủ trì", "deadline": "trước ngày 30/9/2026",
          "task_quote": "Giao Phòng Kinh tế chủ trì, phối hợp với Trung tâm Dịch vụ nông nghiệp huyện rà soát 14 sản phẩm OCOP"},
         {"name": "Trung tâm Dịch vụ nông nghiệp huyện", "role": "phối hợp", "deadline": "trước ngày 30/9/2026",
          "task_quote": "hướng dẫn các chủ thể hoàn thiện hồ sơ cấp mã QR theo Hướng dẫn số 215/HD-SKHCN"},
         {"name": "Trung tâm Dịch vụ nông nghiệp huyện", "role": None, "deadline": "quý II/2026",
          "task_quote": "tổ chức 04 lớp tập huấn ghi nhật ký sản xuất điện tử cho khoảng 240 hộ"},
         {"name": "Phòng Tài chính - Kế hoạch", "role": None, "deadline": "trước ngày 15/5/2026",
          "task_quote": "tham mưu UBND huyện bố trí 850 triệu đồng kinh phí đối ứng năm 2026"},
         {"name": "Phòng Văn hóa, Khoa học và Thông tin", "role": None, "deadline": "định kỳ hằng tháng",
          "task_quote": "đăng tải chuyên mục \"Nông sản có mã QR\" trên Trang thông tin điện tử huyện"},
         {"name": "UBND xã Nậm Sáo", "role": None, "deadline": "quý III/2026",
          "task_quote": "UBND xã Nậm Sáo phối hợp HTX Chè Nậm Sáo Xanh lập bản đồ vùng chè Shan tuyết"},
         {"name": "HTX Chè Nậm Sáo Xanh", "role": None, "deadline": None,
          "task_quote": "có trách nhiệm cung cấp danh sách 612 hộ trồng chè và nhật ký chăm sóc"},
         {"name": "UBND xã Khau Mèn", "role": None, "deadline": "trước ngày 31/5/2026",
          "task_quote": "UBND xã Khau Mèn chỉ đạo HTX Nông nghiệp Khuổi Lừa hoàn thiện hồ sơ đề nghị hỗ trợ"},
         {"name": "HTX Nông nghiệp Khuổi Lừa", "role": None, "deadline": "trước ngày 31/5/2026",
          "task_quote": "hoàn thiện hồ sơ đề nghị hỗ trợ đăng ký nhãn hiệu tập thể \"Cam sành Khau Mèn\""},
         {"name": "UBND các xã Hòa Mây, Tà Ngạn", "role": None, "deadline": "trước ngày 30/6/2026",
          "task_quote": "kiểm tra việc sử dụng nhãn hiệu tập thể đã được cấp, cấp quyền sử dụng cho các hộ thành viên đủ điều kiện"},
         {"name": "Ủy ban MTTQ Việt Nam huyện", "role": None, "deadline": None,
          "task_quote": "vận động hội viên tham gia ghi nhật ký sản xuất và phản ánh kịp thời các trường hợp làm giả tem truy xuất"},
         {"name": "Hội Nông dân huyện", "role": None, "deadline": None,
          "task_quote": "vận động hội viên tham gia ghi nhật ký sản xuất và phản ánh kịp thời các trường hợp làm giả tem truy xuất"},
         {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
          "task_quote": "hỗ trợ 20.000 tem QR thí điểm cho các HTX trong năm 2026"},
     ],
     "groups": [{"name": "UBND các xã Hòa Mây, Tà Ngạn", "members": ["Hòa Mây", "Tà Ngạn"]}],
     "intruders": ["Hà Văn Sướng", "Triệu Minh Khôi", "TT Huyện ủy, TT HĐND huyện;", "Lưu: VT, KT.",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]},
    {"id": "wmi03", "directive": "HD 215/HD-SKHCN", "source": D3,
     "actors": [
         {"name": "UBND cấp xã", "role": None, "deadline": None,
          "task_quote": "UBND cấp xã hướng dẫn, xác nhận hồ sơ cho các chủ thể trên địa bàn"},
         {"name": "Phòng Kinh tế cấp huyện", "role": None, "deadline": None,
          "task_quote": "Phòng Kinh tế cấp huyện kiểm tra hồ sơ trong 05 ngày làm việc"},
         {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
          "task_quote": "cấp mã định danh sản phẩm gồm 13 ký tự trong 07 ngày làm việc"},
         {"name": "Phòng Quản lý chuyên ngành", "role": None, "deadline": None,
          "task_quote": "Phòng Quản lý chuyên ngành là đầu mối tiếp nhận, hướng dẫn"},
         {"name": "Trung tâm Thông tin và Chuyển đổi số tỉnh", "role": "phối hợp", "deadline": None,
          "task_quote": "phối hợp với Trung tâm Thông tin và Chuyển đổi số tỉnh vận hành Nền tảng"},
         {"name": "Phòng Kinh tế các huyện, thành phố", "role": None, "deadline": "trước ngày 15 hằng tháng",
          "task_quote": "tổng hợp danh sách chủ thể đăng ký gửi Sở trước ngày 15 hằng tháng"},
         {"name": "Hội Nông dân cấp xã", "role": "phối hợp", "deadline": None,
          "task_quote": "Hội Nông dân cấp xã hỗ trợ hộ sản xuất ghi nhật ký điện tử"},
         {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
          "task_quote": "Sở Khoa học và Công nghệ thành lập Hội đồng thẩm định hồ sơ, trình UBND tỉnh quyết định hỗ trợ"},
     ],
     "groups": [],
     "intruders": ["Đinh Khắc Lượng", "Giám đốc, các PGĐ Sở;", "Sở Công Thương;", "Lưu: VT, QLCN.",
                   "Độc lập - Tự do - Hạnh phúc"]},
    {"id": "wmi04", "directive": "BC 37/BC-UBND", "source": D4,
     "actors": [
         {"name": "HTX Nuôi ong Bản Pục", "role": None, "deadline": "trước ngày 30/9/2026",
          "task_quote": "UBND xã chỉ đạo HTX Nuôi ong Bản Pục hoàn thiện nhật ký sản xuất"},
         {"name": "công chức Kinh tế xã", "role": None, "deadline": "trước ngày 31/10/2026",
          "task_quote": "Giao công chức Kinh tế xã phối hợp Hội Nông dân xã hướng dẫn thêm 21 hộ ghi nhật ký điện tử"},
         {"name": "Hội Nông dân xã", "role": "phối hợp", "deadline": "trước ngày 31/10/2026",
          "task_quote": "Giao công chức Kinh tế xã phối hợp Hội Nông dân xã hướng dẫn thêm 21 hộ ghi nhật ký điện tử"},
         {"name": "Ban quản lý các thôn Bản Pục, Nà Đeng", "role": None, "deadline": "quý III/2026",
          "task_quote": "có trách nhiệm cung cấp danh sách thửa đất và chủ hộ"},
         {"name": "Công an xã", "role": None, "deadline": "từ tháng 10 đến tháng 12/2026",
          "task_quote": "Công an xã phối hợp Đội Quản lý thị trường số 3 kiểm tra các điểm thu mua cam"},
         {"name": "Đội Quản lý thị trường số 3", "role": "phối hợp", "deadline": "từ tháng 10 đến tháng 12/2026",
          "task_quote": "Công an xã phối hợp Đội Quản lý thị trường số 3 kiểm tra các điểm thu mua cam"},
         {"name": "Đoàn Thanh niên xã", "role": None, "deadline": None,
          "task_quote": "Đoàn Thanh niên xã phấn đấu doanh thu bán hàng trực tuyến cả năm 2026 đạt 1,5 tỷ đồng"},
         {"name": "UBND huyện", "role": None, "deadline": None,
          "task_quote": "Đề nghị UBND huyện làm việc với doanh nghiệp viễn thông để lắp đặt trạm phát sóng tại thôn Khuổi Lừa"},
         {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
          "task_quote": "Đề nghị Sở Khoa học và Công nghệ hỗ trợ thêm 10.000 tem QR cho vụ thu hoạch năm 2026"},
     ],
     "groups": [{"name": "Ban quản lý các thôn Bản Pục, Nà Đeng", "members": ["Bản Pục", "Nà Đeng"]}],
     "intruders": ["Mã Văn Độ", "Mông Thị Én", "TT Đảng ủy xã;", "Lưu: VT, KT.", "Độc lập - Tự do - Hạnh phúc"]},
    {"id": "wmi05", "directive": "CTr 09-CTr/ĐU", "source": D5,
     "actors": [
         {"name": "Ủy ban nhân dân xã", "role": None, "deadline": "trước ngày 10/5/2026",
          "task_quote": "Xây dựng kế hoạch thực hiện Chương trình, ban hành trước ngày 10/5/2026"},
         {"name": "Ủy ban nhân dân xã", "role": None, "deadline": "trước ngày 31/5/2026",
          "task_quote": "Chỉ đạo HTX Nông nghiệp Khuổi Lừa nộp hồ sơ đề nghị hỗ trợ nhãn hiệu tập thể trước ngày 31/5/2026"},
         {"name": "HTX Nông nghiệp Khuổi Lừa", "role": None, "deadline": None,
          "task_quote": "giao HTX Nông nghiệp Khuổi Lừa làm chủ thể đăng ký"},
         {"name": "Hội Nông dân xã", "role": "chủ trì", "deadline": "trong năm 2026",
          "task_quote": "Hội Nông dân xã chủ trì, phối hợp với HTX Nông nghiệp Khuổi Lừa hướng dẫn 85 hộ ghi nhật ký sản xuất điện tử"},
         {"name": "HTX Nông nghiệp Khuổi Lừa", "role": "phối hợp", "deadline": "trong năm 2026",
          "task_quote": "Hội Nông dân xã chủ trì, phối hợp với HTX Nông nghiệp Khuổi Lừa hướng dẫn 85 hộ ghi nhật ký sản xuất điện tử"},
         {"name": "Đoàn Thanh niên xã", "role": None, "deadline": "trong tháng 5/2026",
          "task_quote": "Đoàn Thanh niên xã thành lập Tổ thanh niên hỗ trợ bán hàng trực tuyến"},
         {"name": "Hội Liên hiệp Phụ nữ xã", "role": None, "deadline": None,
          "task_quote": "vận động hội viên mở gian hàng \"Cam sành Khau Mèn\" trên sàn thương mại điện tử"},
         {"name": "Chi bộ thôn Khuổi Lừa", "role": None, "deadline": None,
          "task_quote": "Chi bộ thôn Khuổi Lừa lãnh đạo đảng viên là thành viên HTX gương mẫu ghi nhật ký điện tử"},
         {"name": "Các chi bộ thôn", "role": None, "deadline": "định kỳ hằng tháng",
          "task_quote": "Các chi bộ thôn đưa nội dung Chương trình vào sinh hoạt chi bộ định kỳ hằng tháng"},
         {"name": "Văn phòng Đảng ủy", "role": None, "deadline": "trước ngày 15/12 hằng năm",
          "task_quote": "Văn phòng Đảng ủy theo dõi, đôn đốc; tham mưu sơ kết 6 tháng vào tháng 7/2026"},
     ],
     "groups": [{"name": "các đoàn thể chính trị - xã hội xã",
                 "members": ["Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh"]}],
     "intruders": ["Sầm Thị Lụa", "Ban Thường vụ Huyện ủy (b/c);", "Phòng Kinh tế huyện;", "Lưu: VPĐU.",
                   "ĐẢNG BỘ HUYỆN VẠN KHÊ NGUYÊN"]},
]


def nfc(o):
    if isinstance(o, str):
        return unicodedata.normalize("NFC", o)
    if isinstance(o, list):
        return [nfc(x) for x in o]
    if isinstance(o, dict):
        return {k: nfc(v) for k, v in o.items()}
    return o


if __name__ == "__main__":
    for i, q in enumerate(QS, 1):
        q["id"] = f"mi{i:03d}"
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(nfc(q), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO:
            f.write(json.dumps(nfc(w), ensure_ascii=False) + "\n")
    print(len(QS), "questions;", len(WHO), "who-what lines")
