"""Writes questions.jsonl and who_what.jsonl for eval set blind49 (run from this folder)."""
import json, os, unicodedata
os.chdir(os.path.dirname(os.path.abspath(__file__)))
F1 = "qz01_kh_bdhvs_tinh.pdf"
F2 = "qz02_qd_kh_truclau.docx"
F3 = "qz03_cv_nhiemvu_khcn.txt"
F4 = "qz04_bc_xa_nhanthap.md"
F5 = "qz05_tb_tuyensinh_kns.txt"
nfc = lambda s: unicodedata.normalize("NFC", s)

Q = []
LBL = {}


def q(kind, text, ev=None, kw=None, hist=None, actors=None, lbl=None, ans=True):
    d = {"id": None, "question": nfc(text), "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": nfc(x)} for s, x in (ev or [])],
         "keywords": [nfc(k) for k in (kw or [])]}
    if hist:
        d["history"] = [LBL[hist]]
    if actors:
        d["actors"] = [nfc(a) for a in actors]
    Q.append(d)
    if lbl:
        LBL[lbl] = d["question"]


def u(text, kind="unanswerable", hist=None):
    q(kind, text, hist=hist, ans=False)


# ---------------------------------------------------------------- mixed order
q("factoid", "Theo kế hoạch của UBND tỉnh, tổng kinh phí dự kiến cho phong trào Bình dân học vụ số năm 2025 là bao nhiêu?",
  [(F1, "Tổng kinh phí dự kiến năm 2025 là 18,6 tỷ đồng")], ["18,6 tỷ đồng"], lbl="kp_tinh")
q("follow-up", "Trong đó ngân sách tỉnh chi bao nhiêu?",
  [(F1, "ngân sách tỉnh 11,2 tỷ đồng")], ["11,2 tỷ đồng"], hist="kp_tinh")
u("Kế hoạch 46/KH-UBND bố trí bao nhiêu kinh phí cho năm 2026?")
q("factoid", "Hạn nôp hồ sơ đề xuất nhiêm vụ KH&CN cấp tỉnh đặt hàng từ 2026 là khi nào?",
  [(F3, "số 27 đường Hùng Vương, thành phố Trường Lệ, trước ngày 30/5/2025")], ["30/5/2025"], lbl="han_nop")
q("follow-up", "Vậy bản điện tử gửi vào email nào?",
  [(F3, "bản điện tử gửi qua thư điện tử qlkh.skhcn@hvt.gov.vn")], ["qlkh.skhcn@hvt.gov.vn"], hist="han_nop")
q("metadata", "QĐ 215 của huyện Trúc Lâu ký ngày nào, ai ký?",
  [(F2, "Trúc Lâu, ngày 10 tháng 3 năm 2025"), (F2, "CHỦ TỊCH (Đã ký) Lương Đức Mạnh")],
  ["10 tháng 3 năm 2025", "Lương Đức Mạnh"])
q("factoid", "Xã Nhạn Tháp có bao nhiêu người được phổ cập kỹ năng số sau 6 tháng đầu năm, đạt bao nhiêu %?",
  [(F4, "Toàn xã có 1.600/2.708 người từ 15 đến 60 tuổi được phổ cập kỹ năng số cơ bản, đạt 59,1%")], ["1.600", "59,1%"], lbl="nt_tyle")
q("follow-up", "Thôn nào thấp nhất?",
  [(F4, "thôn Nương Dâu thấp nhất (49,4%)")], ["Nương Dâu", "49,4%"], hist="nt_tyle")
q("factoid", "lớp KNS-03 hoc ở đâu, ngày nào khai giảng?",
  [(F5, "| KNS-03 | Hội trường UBND xã Đèo Bồng | 21/4/2025 | 19h00-21h00 tối thứ Hai, thứ Năm | 40 |")],
  ["Đèo Bồng", "21/4/2025"], lbl="kns03")
q("follow-up", "Còn lớp ở xã Ràng Bông?",
  [(F5, "| KNS-06 | Nhà văn hóa xã Ràng Bông | 05/5/2025 | 19h00-21h00 tối thứ Hai, thứ Tư | 40 |")],
  ["05/5/2025"], hist="kns03")
q("factoid", "Giải nhất cuộc thi Ý tưởng khởi nghiệp sáng tạo của tỉnh năm 2025 được bao nhiêu tiền?",
  [(F1, "01 giải Nhất trị giá 50 triệu đồng")], ["50 triệu đồng"])
u("Giải đặc biệt cuộc thi ý tưởng khởi nghiệp sáng tạo tỉnh Hòa Vang Thượng 2025 trị giá bao nhiêu?")
q("no-diacritics", "giai nhi cuoc thi y tuong khoi nghiep sang tao co may giai, moi giai bao nhieu tien",
  [(F1, "02 giải Nhì mỗi giải 30 triệu đồng")], ["02 giải Nhì", "30 triệu đồng"])
u("Vòng chung kết cuộc thi Ý tưởng khởi nghiệp sáng tạo tỉnh năm 2025 tổ chức ở đâu?")
q("who-what", "Sở Công Thương được giao làm gì trong KH 46 của tỉnh?",
  [(F1, "Chủ trì hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP và nông sản chủ lực lên sàn thương mại điện tử")],
  ["OCOP"], actors=["Sở Công Thương"], lbl="sct")
q("follow-up", "Còn Sở Nội vụ thì sao?",
  [(F1, "Chủ trì tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức")],
  ["bồi dưỡng kỹ năng số"], hist="sct", actors=["Sở Nội vụ"])
q("metadata", "Ai ký kế hoạch triển khai phong trào Bình dân học vụ số của UBND tỉnh Hòa Vang Thượng?",
  [(F1, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Đinh Quang Thuận")], ["Đinh Quang Thuận"])
q("metadata", "ke hoach 46 cua ubnd tinh ban hanh ngay nao",
  [(F1, "Trường Lệ, ngày 12 tháng 02 năm 2025")], ["12 tháng 02 năm 2025"])
q("metadata", "Quyết định 215 của huyện căn cứ vào kế hoạch nào của tỉnh?",
  [(F2, "Căn cứ Kế hoạch số 46/KH-UBND ngày 12/02/2025 của UBND tỉnh Hòa Vang Thượng")], ["46/KH-UBND"])
q("factoid", "Lễ phát động Bình dân học vụ số cấp huyện Trúc Lâu tổ chức ở đâu, ngày nào?",
  [(F2, 'Tổ chức Lễ phát động phong trào "Bình dân học vụ số" cấp huyện tại Nhà văn hóa trung tâm huyện'),
   (F2, "Ngày 26/3/2025 (thứ Tư)")], ["Nhà văn hóa trung tâm huyện", "26/3/2025"])
u("Lễ phát động phong trào Bình dân học vụ số của huyện Lạc Uyên diễn ra ngày nào?")
q("factoid", "Mỗi đơn vị được đề xuất tối đa bao nhiêu nhiệm vụ khoa học công nghệ?",
  [(F3, "Mỗi cơ quan, đơn vị đề xuất không quá 03 nhiệm vụ")], ["03 nhiệm vụ"])
q("no-diacritics", "hoi nghi huong dan xay dung de xuat nhiem vu to chuc luc may gio, ngay nao, o dau",
  [(F3, "vào lúc 8 giờ 00 ngày 06/5/2025 (thứ Ba) tại Hội trường tầng 2")], ["8 giờ 00", "06/5/2025", "Hội trường tầng 2"])
q("factoid", "thôn Lò Gach có bao nhiêu hộ vậy",
  [(F4, "| 3 | Lò Gạch | 287 | 631 | 402 | 63,7 | 8 |")], ["287"], lbl="logach")
q("follow-up", "Thế thôn Đá Chồng?",
  [(F4, "| 2 | Đá Chồng | 245 | 540 | 297 | 55,0 | 7 |")], ["245"], hist="logach")
u("Thôn Khe Lá của xã Nhạn Tháp có bao nhiêu người được phổ cập kỹ năng số?")
q("factoid", "Học phí các lớp kỹ năng số của Trung tâm GDNN-GDTX Trúc Lâu là bao nhiêu?",
  [(F5, "Học viên được miễn hoàn toàn học phí và được cấp miễn phí tài liệu học tập")], ["miễn hoàn toàn học phí"], lbl="hocphi")
q("follow-up", "Có được hỗ trợ tiền đi lại không?",
  [(F5, "được hỗ trợ tiền đi lại 30.000 đồng/buổi")], ["30.000 đồng/buổi"], hist="hocphi")
q("who-what", "Tỉnh đoàn phải làm gì theo kế hoạch của UBND tỉnh?",
  [(F1, 'Đề nghị Tỉnh đoàn chủ trì thành lập các đội hình "Thanh niên hỗ trợ học số" tại 100% xã, phường, thị trấn')],
  ["Thanh niên hỗ trợ học số"], actors=["Tỉnh đoàn"])
q("factoid", "Chuyên mục Cả tỉnh học số phát sóng vào lúc nào?",
  [(F1, "phát sóng vào tối thứ Năm hằng tuần từ tháng 3/2025")], ["tối thứ Năm"])
u("Đài PT-TH tỉnh được bố trí bao nhiêu kinh phí để sản xuất chuyên mục Cả tỉnh học số?")
q("factoid", "Ngày hội Bình dân học vụ số cấp tỉnh tổ chức ngày nào, ở đâu?",
  [(F1, "vào ngày 18/5/2025 tại Quảng trường 24 Tháng 3, thành phố Trường Lệ")], ["18/5/2025", "Quảng trường 24 Tháng 3"])
q("no-diacritics", "chi tieu ty le ho so thu tuc hanh chinh truc tuyen toan trinh cua tinh nam 2025 la bao nhieu",
  [(F1, "giải quyết trực tuyến toàn trình đạt từ 60% trở lên")], ["60%"])
q("factoid", "Tỉnh phải xóa bao nhiêu vùng lõm sóng di động, ở những huyện nào và trước khi nào?",
  [(F1, 'xóa 14 "vùng lõm" sóng di động còn lại tại huyện Lạc Uyên và huyện Trúc Lâu trước ngày 31/10/2025')],
  ["14", "Lạc Uyên", "31/10/2025"])
q("abbreviation", "Đầu mối liên hệ của Sở KH&CN cho KH 46 là ai, sđt bao nhiêu?",
  [(F1, "ông Tạ Minh Khôi, Phó Trưởng phòng Quản lý công nghệ và chuyển đổi số, điện thoại 0235.3712.486")],
  ["Tạ Minh Khôi", "0235.3712.486"])
q("who-what", "UBND các huyện phải xây dựng kế hoạch xong trước ngày nào theo KH của tỉnh?",
  [(F1, "Xây dựng kế hoạch triển khai trên địa bàn, hoàn thành trước ngày 15/3/2025")], ["15/3/2025"],
  actors=["UBND các huyện, thị xã, thành phố"])
u("Sở Thông tin và Truyền thông được giao nhiệm vụ gì trong kế hoạch 46 của tỉnh?")
q("no-diacritics", "giao vien pho thong phai hoan thanh boi duong nang luc so truoc ngay nao",
  [(F1, "hoàn thành bồi dưỡng năng lực số cho 100% giáo viên phổ thông trước ngày 31/8/2025")], ["31/8/2025"])
u("Theo KH 46, Sở Y tế phải hoàn thành triển khai bệnh án điện tử trước ngày nào?")
q("who-what", "Phòng Kinh tế và Hạ tầng huyện Trúc Lâu chủ trì việc gì?",
  [(F2, "Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử (tối thiểu 40 hộ, hợp tác xã)")],
  ["sàn thương mại điện tử"], actors=["Phòng Kinh tế và Hạ tầng"], lbl="ktht")
q("follow-up", "han hoan thanh viec do la khi nao",
  [(F2, "Trước ngày 31/10/2025")], ["31/10/2025"], hist="ktht")
q("who-what", "Trung tâm GDNN-GDTX huyện có trách nhiệm gì theo kế hoạch của huyện?",
  [(F2, "có trách nhiệm xây dựng chương trình, tài liệu và tổ chức tuyển sinh các lớp phổ cập kỹ năng số cho người dân")],
  ["tổ chức tuyển sinh"], actors=["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"])
q("factoid", "Tổng kinh phí kế hoạch Bình dân học vụ số của huyện Trúc Lâu năm 2025 là bao nhiêu?",
  [(F2, "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.250 triệu đồng")], ["1.250 triệu đồng"], lbl="kp_huyen")
q("follow-up", "Xã hội hóa được bao nhiêu?",
  [(F2, "nguồn xã hội hóa 270 triệu đồng")], ["270 triệu đồng"], hist="kp_huyen")
u("Kế hoạch năm 2024 của huyện Trúc Lâu giao chỉ tiêu phổ cập kỹ năng số bao nhiêu phần trăm?")
q("no-diacritics", "huyen truc lau dat chi tieu pho cap ky nang so cho nguoi tu 15 den 60 tuoi bao nhieu phan tram",
  [(F2, "Tối thiểu 65% người từ 15 đến 60 tuổi trên địa bàn huyện được phổ cập kỹ năng số cơ bản")], ["65%"])
q("who-what", "Huyện đoàn Trúc Lâu phải làm gì, hạn nào?",
  [(F2, 'Huyện đoàn chủ trì thành lập 12 đội "Thanh niên hỗ trợ học số" tại các xã, thị trấn trước ngày 30/4/2025')],
  ["12 đội", "30/4/2025"], actors=["Huyện đoàn"])
u("Huyện Trúc Lâu thưởng bao nhiêu tiền cho xã dẫn đầu phong trào Bình dân học vụ số?")
q("who-what", "Phòng Nội vụ huyện phụ trách nội dung gì trong bảng phân công?",
  [(F2, "Bồi dưỡng kỹ năng số cho cán bộ, công chức huyện, xã (04 lớp, mỗi lớp 60 học viên)")],
  ["04 lớp"], actors=["Phòng Nội vụ"], lbl="pnv")
q("follow-up", "Đơn vị nào phối hợp?",
  [(F2, "Trung tâm GDNN-GDTX huyện")], ["Trung tâm GDNN-GDTX huyện"], hist="pnv")
q("abbreviation", "UBND các xã, TT ở Trúc Lâu gửi báo cáo quý về đâu, trước ngày mấy?",
  [(F2, "báo cáo kết quả định kỳ hằng quý về Phòng Văn hóa và Thông tin (trước ngày 10 của tháng cuối quý)")],
  ["Phòng Văn hóa và Thông tin", "trước ngày 10"])
u("qd 215 huyen truc lau giao phong y te nhiem vu gi")
q("who-what", "Phòng Giáo dục và Đào tạo huyện phải chỉ đạo các trường THCS lập CLB gì?",
  [(F2, 'chỉ đạo các trường trung học cơ sở thành lập câu lạc bộ "Học sinh với kỹ năng số"')],
  ["Học sinh với kỹ năng số"], actors=["Phòng Giáo dục và Đào tạo"])
q("factoid", "Đầu mối của phòng Văn hóa và Thông tin huyện Trúc Lâu cho kế hoạch này là ai?",
  [(F2, "bà Nguyễn Thị Thu Hằng, Phó Trưởng phòng, điện thoại 0912.448.307")], ["Nguyễn Thị Thu Hằng", "0912.448.307"])
u("QĐ 216/QĐ-UBND của huyện Trúc Lâu ban hành quy chế gì?")
q("metadata", "CV 312 của Sở KH&CN nói về việc gì?",
  [(F3, "V/v đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026")], ["đề xuất nhiệm vụ khoa học"])
q("no-diacritics", "cong van 312/skhcn-qlkh ky ngay nao",
  [(F3, "Số: 312/SKHCN-QLKH Trường Lệ, ngày 18 tháng 4 năm 2025")], ["18 tháng 4 năm 2025"])
q("factoid", "Ngân sách tỉnh hỗ trợ tối đa bao nhiêu cho một nhiệm vụ KH&CN mở mới?",
  [(F3, "mức hỗ trợ từ ngân sách tỉnh cho mỗi nhiệm vụ không quá 1,2 tỷ đồng")], ["1,2 tỷ đồng"])
q("factoid", "Dự kiến tổng kinh phí cho các nhiệm vụ cấp tỉnh mở mới năm 2026 khoảng bao nhiêu?",
  [(F3, "nhiệm vụ cấp tỉnh mở mới năm 2026 khoảng 9,8 tỷ đồng")], ["9,8 tỷ đồng"])
u("Kinh phí sự nghiệp KH&CN cho nhiệm vụ mở mới năm 2027 là bao nhiêu?")
q("factoid", "Cần hỏi về hồ sơ đề xuất nhiệm vụ thì liên hê ai?",
  [(F3, "liên hệ bà Phan Ngọc Trâm, chuyên viên Phòng Quản lý khoa học, điện thoại 0235.3712.519")],
  ["Phan Ngọc Trâm", "0235.3712.519"], lbl="tram")
q("follow-up", "Số di động của chị ấy là gì?",
  [(F3, "0235.3712.519, di động 0978.216.440")], ["0978.216.440"], hist="tram")
q("list", "Hồ sơ đề xuất nhiệm vụ gồm những mẫu nào?",
  [(F3, "Phiếu đề xuất nhiệm vụ (Mẫu M1-ĐXNV); Phiếu thuyết minh tóm tắt (Mẫu M2-TMTT)"),
   (F3, "Văn bản cam kết sử dụng kết quả của đơn vị ứng dụng (Mẫu M3-CKSD)")], ["M1-ĐXNV", "M2-TMTT", "M3-CKSD"])
q("who-what", "UBND các huyện phải làm gì theo công văn 312 của Sở KHCN?",
  [(F3, "giao phòng chuyên môn làm đầu mối tổng hợp đề xuất của các phòng, ban, UBND cấp xã và doanh nghiệp trên địa bàn")],
  ["đầu mối tổng hợp"], actors=["UBND các huyện, thị xã, thành phố"])
u("Công văn 455/SKHCN-QLKH hướng dẫn nội dung gì?")
q("list", "Năm 2026 Sở KH&CN ưu tiên những hướng đề xuất nào?",
  [(F3, "Ứng dụng trí tuệ nhân tạo, Internet vạn vật trong sản xuất nông nghiệp"),
   (F3, "Giải pháp chuyển đổi số trong giáo dục phổ thông và y tế cơ sở")], ["trí tuệ nhân tạo", "y tế cơ sở"])
q("factoid", "Huyện Lạc Uyên và Trúc Lâu được Sở đề nghị ưu tiên đề xuất nhiệm vụ gì?",
  [(F3, 'Đối với huyện Lạc Uyên và huyện Trúc Lâu, đề nghị ưu tiên đề xuất các nhiệm vụ gắn với xóa "vùng lõm" sóng di động')],
  ["vùng lõm"])
u("Sở KH&CN tổ chức hội nghị hướng dẫn đề xuất nhiệm vụ lần 2 vào ngày nào?")
q("no-diacritics", "bao nhieu can bo cong chuc xa nhan thap hoan thanh boi duong ky nang so",
  [(F4, "23/23 cán bộ, công chức xã hoàn thành khóa bồi dưỡng kỹ năng số cơ bản")], ["23/23"])
q("abbreviation", "Tỷ lệ hồ sơ TTHC trực tuyến toàn trình của xã Nhạn Tháp 6 tháng đầu năm?",
  [(F4, "1.046 hồ sơ trực tuyến toàn trình, chiếm 58,4%")], ["58,4%"])
q("who-what", "Công an xã Nhạn Tháp được giao chỉ tiêu gì cho 6 tháng cuối năm?",
  [(F4, "Công an xã có trách nhiệm hỗ trợ Nhân dân kích hoạt tài khoản định danh điện tử, phấn đấu đạt 4.000 tài khoản trước ngày 30/9/2025")],
  ["4.000 tài khoản", "30/9/2025"], actors=["Công an xã"])
q("who-what", "Ai chủ trì mở thêm lớp kỹ năng số ở Nương Dâu và Đá Chồng, ai phối hợp?",
  [(F4, "Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn xã mở thêm 06 lớp")],
  ["công chức Văn hóa - Xã hội", "Đoàn xã"], actors=["công chức Văn hóa - Xã hội", "Đoàn xã"], lbl="molop")
q("follow-up", "Mở trong thời gian nào?",
  [(F4, "tại thôn Nương Dâu và thôn Đá Chồng trong tháng 8 và tháng 9/2025")], ["tháng 8 và tháng 9/2025"], hist="molop")
q("list", "Xã Nhạn Tháp kiến nghị UBND huyện những gì?",
  [(F4, "Đề nghị UBND huyện hỗ trợ 20 máy tính để bàn cho điểm học tập cộng đồng"),
   (F4, "lắp đặt trạm phát sóng di động tại xóm Rẫy Cao, thôn Đá Chồng")], ["20 máy tính", "trạm phát sóng di động"])
u("Xã Nhạn Tháp được huyện cấp bao nhiêu máy tính trong năm 2025?")
q("metadata", "Báo cáo 37/BC-UBND của xã Nhạn Tháp do ai ký?",
  [(F4, "CHỦ TỊCH (Đã ký) Vi Văn Khiêm")], ["Vi Văn Khiêm"])
q("factoid", "6 tháng đầu năm xã Nhạn Tháp chi bao nhiêu kinh phí cho phong trào?",
  [(F4, "Tổng kinh phí thực hiện 6 tháng đầu năm là 146 triệu đồng, gồm ngân sách xã 96 triệu đồng")], ["146 triệu đồng"], lbl="kp_xa")
u("Còn cả năm 2024 thì xã chi bao nhiêu?", kind="follow-up", hist="kp_xa")
q("abbreviation", "Tổ CNSCĐ của xã Nhạn Tháp có bao nhiêu thành viên, trong đó bao nhiêu ĐVTN?",
  [(F4, "kiện toàn 05 Tổ công nghệ số cộng đồng tại 05 thôn với 38 thành viên, trong đó có 21 đoàn viên thanh niên")],
  ["38 thành viên", "21 đoàn viên"])
q("factoid", "Lễ ra quân phong trào ở xã Nhạn Tháp diễn ra ngày nào?",
  [(F4, "Lễ ra quân phong trào cấp xã được tổ chức ngày 29/3/2025 tại sân Trường THCS Nhạn Tháp")], ["29/3/2025"], lbl="raquan")
u("Thế lễ ra quân ở xã Phổ Lăng?", kind="follow-up", hist="raquan")
q("no-diacritics", "truong thcs nhan thap trien khai hoc ba so cho bao nhieu hoc sinh",
  [(F4, "Trường THCS Nhạn Tháp triển khai học bạ số cho 100% học sinh (486 em)")], ["486"])
u("Xã Đèo Bồng đạt tỷ lệ phổ cập kỹ năng số bao nhiêu phần trăm trong 6 tháng đầu năm 2025?")
u("Hợp tác xã chè Nhạn Tháp bán hàng trên sàn thương mại điện tử đạt doanh thu bao nhiêu?")
q("no-diacritics", "tong chi tieu tuyen sinh dot 1 cac lop ky nang so la bao nhieu hoc vien",
  [(F5, "Tổng chỉ tiêu đợt 1 là 220 học viên")], ["220"])
q("no-diacritics", "khoa hoc ky nang so co bao nhieu tiet, may buoi",
  [(F5, "Thời lượng mỗi khóa học là 24 tiết, chia thành 06 buổi")], ["24 tiết", "06 buổi"])
q("factoid", "Muốn đăng ki lớp học kỹ năng số ở Trúc Lâu thì gọi cho ai?",
  [(F5, "Thầy Đỗ Trọng Nghĩa, Phó Giám đốc Trung tâm, điện thoại 0915.367.248")], ["Đỗ Trọng Nghĩa", "0915.367.248"])
q("who-what", "Huyện đoàn được đề nghị hỗ trợ gì cho các lớp kỹ năng số của Trung tâm?",
  [(F5, "Đề nghị Huyện đoàn cử đoàn viên thanh niên làm trợ giảng, mỗi lớp 02 trợ giảng")], ["02 trợ giảng"],
  actors=["Huyện đoàn"])
q("who-what", "UBND các xã, thị trấn phải làm gì khi Trung tâm mở lớp?",
  [(F5, "lập danh sách học viên gửi về Trung tâm trước ngày khai giảng ít nhất 03 ngày")], ["03 ngày"],
  actors=["UBND các xã, thị trấn"])
u("Lớp KNS-07 khai giảng ngày nào, học ở đâu?")
u("Trung tâm GDNN-GDTX Trúc Lâu tuyển sinh đợt 2 năm 2025 vào thời gian nào?")
q("abbreviation", "TB 27 của TT GDNN-GDTX Trúc Lâu ban hành ngày nào, ai ký?",
  [(F5, "Trúc Lâu, ngày 02 tháng 4 năm 2025"), (F5, "GIÁM ĐỐC (Đã ký) Kiều Thị Bích Vân")],
  ["02 tháng 4 năm 2025", "Kiều Thị Bích Vân"])
q("list", "Lớp phổ cập kỹ năng số học những chuyên đề gì?",
  [(F5, "Sử dụng điện thoại thông minh an toàn"), (F5, "Nhận diện tin giả, lừa đảo trực tuyến và bảo vệ thông tin cá nhân")],
  ["điện thoại thông minh", "tin giả"])
q("factoid", "Hạn đăng ký lớp KNS-01 và KNS-02 là khi nào?",
  [(F5, "trước 17 giờ 00 ngày 10/4/2025 đối với lớp KNS-01 và KNS-02")], ["10/4/2025"], lbl="handk")
q("follow-up", "Các lớp còn lại thì sao?",
  [(F5, "các lớp còn lại đăng ký chậm nhất 03 ngày trước ngày khai giảng")], ["03 ngày trước ngày khai giảng"], hist="handk")
q("no-diacritics", "lop kns-04 hoc vao thoi gian nao",
  [(F5, "| KNS-04 | Phòng máy Trung tâm, thị trấn Trúc Lâu | 22/4/2025 | 14h00-16h30 chiều thứ Ba, thứ Năm | 30 |")],
  ["14h00-16h30"])
q("who-what", "hoi nong dan huyen va hoi phu nu huyen phai lam gi theo thong bao tuyen sinh",
  [(F5, "Đề nghị Hội Nông dân huyện và Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia các lớp học")],
  ["vận động hội viên"], actors=["Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện"])
q("who-what", "Tổ Bồi dưỡng - Tin học của Trung tâm có trách nhiệm gì?",
  [(F5, "Tổ Bồi dưỡng - Tin học của Trung tâm có trách nhiệm chuẩn bị giáo trình, phân công giáo viên giảng dạy")],
  ["chuẩn bị giáo trình"], actors=["Tổ Bồi dưỡng - Tin học"])
q("who-what", "so tai chinh phai lam gi theo ke hoach cua tinh",
  [(F1, "Chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch")],
  ["bố trí kinh phí"], actors=["Sở Tài chính"])
q("who-what", "Sở KH&CN giữ vai trò gì trong KH 46 và phải báo cáo UBND tỉnh định kỳ thế nào?",
  [(F1, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành và địa phương tổ chức triển khai Kế hoạch"),
   (F1, "tổng hợp, báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý)")],
  ["cơ quan thường trực", "trước ngày 20"], actors=["Sở Khoa học và Công nghệ"])
u("so tien thuong cho doi thanh nien ho tro hoc so xuat sac nhat la bao nhieu")
u("Thể lệ cuộc thi ý tưởng khởi nghiệp quy định mỗi nhóm dự thi tối đa mấy thành viên?")
u("Huyện Lạc Uyên ban hành kế hoạch triển khai phong trào Bình dân học vụ số số mấy?")
# corpus questions
q("corpus", "Những văn bản nào trong bộ tài liệu dẫn chiếu Kế hoạch 46/KH-UBND của tỉnh?",
  [(F2, "Căn cứ Kế hoạch số 46/KH-UBND ngày 12/02/2025 của UBND tỉnh Hòa Vang Thượng"),
   (F3, "Thực hiện Kế hoạch số 46/KH-UBND ngày 12/02/2025 của UBND tỉnh Hòa Vang Thượng")],
  ["215/QĐ-UBND", "312/SKHCN-QLKH"])
q("corpus", "Có những văn bản nào được ban hành để thực hiện QĐ 215 của huyện Trúc Lâu?",
  [(F4, "Thực hiện Quyết định số 215/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND huyện Trúc Lâu"),
   (F5, "Thực hiện Quyết định số 215/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND huyện Trúc Lâu")],
  ["37/BC-UBND", "27/TB-TTGDNN-GDTX"])
q("corpus", "Trong các văn bản, văn bản nào do cấp xã ban hành?",
  [(F4, "UỶ BAN NHÂN DÂN XÃ NHẠN THÁP Số: 37/BC-UBND")], ["37/BC-UBND", "Nhạn Tháp"])
q("corpus", "van ban nao co lich khai giang cac lop ky nang so",
  [(F5, "Lịch khai giảng các lớp đợt 1"), (F5, "Số: 27/TB-TTGDNN-GDTX")], ["27/TB-TTGDNN-GDTX"])
q("corpus", "Có mấy văn bản do cơ quan cấp tỉnh ban hành, là những văn bản nào?",
  [(F1, "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện năm 2025"),
   (F3, "SỞ KHOA HỌC VÀ CÔNG NGHỆ")], ["46/KH-UBND", "312/SKHCN-QLKH"])

for i, d in enumerate(Q, start=1):
    d["id"] = f"qz{i:03d}"
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(Q), "questions")

# ---------------------------------------------------------------- who-what gold
def A(name, role, deadline, tq):
    return {"name": nfc(name), "role": role, "deadline": nfc(deadline) if deadline else None, "task_quote": nfc(tq)}

WW = [
    {"id": "wqz01", "directive": "KH 46/KH-UBND", "source": F1, "actors": [
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 20 của tháng cuối quý",
          "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành và địa phương tổ chức triển khai Kế hoạch"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "trước ngày 31/8/2025",
          "hoàn thành bồi dưỡng năng lực số cho 100% giáo viên phổ thông trước ngày 31/8/2025"),
        A("Sở Nội vụ", "chủ trì", None, "Chủ trì tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức"),
        A("Sở Văn hóa, Thể thao và Du lịch", "phối hợp", None, "Phối hợp với Sở Khoa học và Công nghệ tuyên truyền sâu rộng về phong trào"),
        A("Báo Hòa Vang Thượng", "phối hợp", None, "Phối hợp với Sở Khoa học và Công nghệ tuyên truyền sâu rộng về phong trào"),
        A("Đài Phát thanh - Truyền hình tỉnh", "phối hợp", None, "Phối hợp với Sở Khoa học và Công nghệ tuyên truyền sâu rộng về phong trào"),
        A("Sở Tài chính", "chủ trì", None,
          "Chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch"),
        A("Sở Công Thương", "chủ trì", "trong quý III/2025",
          "Chủ trì hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP và nông sản chủ lực lên sàn thương mại điện tử"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", None, None,
          "Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào"),
        A("Tỉnh đoàn", "chủ trì", "trong Chiến dịch Thanh niên tình nguyện hè năm 2025",
          'Đề nghị Tỉnh đoàn chủ trì thành lập các đội hình "Thanh niên hỗ trợ học số" tại 100% xã, phường, thị trấn'),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 15/3/2025",
          "Xây dựng kế hoạch triển khai trên địa bàn, hoàn thành trước ngày 15/3/2025"),
    ], "intruders": ["Đinh Quang Thuận", "Bộ Khoa học và Công nghệ (để báo cáo)", "Thường trực Tỉnh ủy",
                     "Thường trực HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy",
                     "Lưu: VT, KGVX"]},
    {"id": "wqz02", "directive": "QĐ 215/QĐ-UBND", "source": F2, "actors": [
        A("Phòng Văn hóa và Thông tin", "thường trực", None,
          "Phòng Văn hóa và Thông tin là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, tổng hợp tình hình thực hiện Kế hoạch"),
        A("Phòng Văn hóa và Thông tin", "chủ trì", "Ngày 26/3/2025 (thứ Tư)",
          'Tổ chức Lễ phát động phong trào "Bình dân học vụ số" cấp huyện tại Nhà văn hóa trung tâm huyện'),
        A("Phòng Văn hóa và Thông tin", "chủ trì", "Định kỳ hằng quý, trước ngày 15 của tháng cuối quý",
          "Tổng hợp, báo cáo kết quả thực hiện về UBND huyện và Sở Khoa học và Công nghệ"),
        A("Huyện đoàn", "phối hợp", "Ngày 26/3/2025 (thứ Tư)",
          'Tổ chức Lễ phát động phong trào "Bình dân học vụ số" cấp huyện tại Nhà văn hóa trung tâm huyện'),
        A("Huyện đoàn", "chủ trì", "trước ngày 30/4/2025",
          'Huyện đoàn chủ trì thành lập 12 đội "Thanh niên hỗ trợ học số" tại các xã, thị trấn trước ngày 30/4/2025'),
        A("Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", "phối hợp", "Ngày 26/3/2025 (thứ Tư)",
          'Tổ chức Lễ phát động phong trào "Bình dân học vụ số" cấp huyện tại Nhà văn hóa trung tâm huyện'),
        A("Phòng Nội vụ", "chủ trì", "Trước ngày 30/6/2025",
          "Bồi dưỡng kỹ năng số cho cán bộ, công chức huyện, xã (04 lớp, mỗi lớp 60 học viên)"),
        A("Trung tâm GDNN-GDTX huyện", "phối hợp", "Trước ngày 30/6/2025",
          "Bồi dưỡng kỹ năng số cho cán bộ, công chức huyện, xã (04 lớp, mỗi lớp 60 học viên)"),
        A("Trung tâm GDNN-GDTX huyện", "chủ trì", "Từ tháng 4 đến hết tháng 10/2025",
          "Mở lớp phổ cập kỹ năng số cho người dân tại các xã, thị trấn"),
        A("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", None, None,
          "có trách nhiệm xây dựng chương trình, tài liệu và tổ chức tuyển sinh các lớp phổ cập kỹ năng số cho người dân"),
        A("UBND các xã, thị trấn", "phối hợp", "Từ tháng 4 đến hết tháng 10/2025",
          "Mở lớp phổ cập kỹ năng số cho người dân tại các xã, thị trấn"),
        A("UBND các xã, thị trấn", "chủ trì", "Trước ngày 15/4/2025",
          "Kiện toàn Tổ công nghệ số cộng đồng tại 12 xã, thị trấn"),
        A("UBND các xã, thị trấn", None, "trước ngày 25/3/2025",
          "UBND các xã, thị trấn xây dựng kế hoạch thực hiện trên địa bàn, hoàn thành trước ngày 25/3/2025"),
        A("Hội Nông dân huyện", "phối hợp", "Từ tháng 4 đến hết tháng 10/2025",
          "Mở lớp phổ cập kỹ năng số cho người dân tại các xã, thị trấn"),
        A("Phòng Giáo dục và Đào tạo", "chủ trì", "Trước ngày 15/9/2025",
          "Triển khai học bạ số, sổ điểm điện tử tại các trường tiểu học, trung học cơ sở"),
        A("Phòng Giáo dục và Đào tạo", None, None,
          'chỉ đạo các trường trung học cơ sở thành lập câu lạc bộ "Học sinh với kỹ năng số"'),
        A("Các trường tiểu học, trung học cơ sở", "phối hợp", "Trước ngày 15/9/2025",
          "Triển khai học bạ số, sổ điểm điện tử tại các trường tiểu học, trung học cơ sở"),
        A("Phòng Kinh tế và Hạ tầng", "chủ trì", "Trước ngày 31/10/2025",
          "Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử (tối thiểu 40 hộ, hợp tác xã)"),
        A("Hội Liên hiệp Phụ nữ huyện", "phối hợp", "Trước ngày 31/10/2025",
          "Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử (tối thiểu 40 hộ, hợp tác xã)"),
        A("Phòng Tài chính - Kế hoạch", "chủ trì", "Trong tháng 3/2025", "Tham mưu bố trí kinh phí thực hiện Kế hoạch"),
        A("Các cơ quan, đơn vị liên quan", "phối hợp", "Định kỳ hằng quý, trước ngày 15 của tháng cuối quý",
          "Tổng hợp, báo cáo kết quả thực hiện về UBND huyện và Sở Khoa học và Công nghệ"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None, None,
          "tuyên truyền, vận động đoàn viên, hội viên tham gia học tập"),
        A("Hội Cựu chiến binh huyện", None, None, "tuyên truyền, vận động đoàn viên, hội viên tham gia học tập"),
        A("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, None,
          "chủ động lồng ghép nội dung của Kế hoạch vào chương trình công tác năm 2025"),
        A("Chánh Văn phòng HĐND và UBND huyện", None, None, "chịu trách nhiệm thi hành Quyết định này"),
    ], "intruders": ["Lương Đức Mạnh", "Thường trực Huyện ủy", "Thường trực HĐND huyện", "UBND tỉnh (để b/c)",
                     "Sở Khoa học và Công nghệ (để b/c)", "Lưu: VT, VHTT"]},
    {"id": "wqz03", "directive": "CV 312/SKHCN-QLKH", "source": F3, "actors": [
        A("Các sở, ban, ngành, đoàn thể cấp tỉnh", None, "trước ngày 30/5/2025",
          "Mỗi cơ quan, đơn vị đề xuất không quá 03 nhiệm vụ, bảo đảm có tính cấp thiết"),
        A("Các trường đại học, cao đẳng, viện, trung tâm nghiên cứu trên địa bàn tỉnh", None, "trước ngày 30/5/2025",
          "Mỗi cơ quan, đơn vị đề xuất không quá 03 nhiệm vụ, bảo đảm có tính cấp thiết"),
        A("Các doanh nghiệp khoa học và công nghệ, hợp tác xã ứng dụng công nghệ cao", None, "trước ngày 30/5/2025",
          "Mỗi cơ quan, đơn vị đề xuất không quá 03 nhiệm vụ, bảo đảm có tính cấp thiết"),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 30/5/2025",
          "giao phòng chuyên môn làm đầu mối tổng hợp đề xuất của các phòng, ban, UBND cấp xã và doanh nghiệp trên địa bàn"),
        A("Sở Khoa học và Công nghệ", None, "8 giờ 00 ngày 06/5/2025",
          "Sở Khoa học và Công nghệ tổ chức Hội nghị hướng dẫn xây dựng đề xuất nhiệm vụ"),
        A("Sở Khoa học và Công nghệ", None, "trước ngày 29/8/2025",
          "thành lập các Hội đồng tư vấn xác định nhiệm vụ, dự kiến họp trong tháng 7/2025"),
    ], "intruders": ["Lâm Hữu Phước", "UBND tỉnh (để b/c)", "Giám đốc, các Phó Giám đốc Sở",
                     "Trung tâm Thông tin và Thống kê KH&CN", "Lưu: VT, QLKH"]},
    {"id": "wqz04", "directive": "BC 37/BC-UBND", "source": F4, "actors": [
        A("công chức Văn hóa - Xã hội", "chủ trì", "trong tháng 8 và tháng 9/2025",
          "Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn xã mở thêm 06 lớp"),
        A("Đoàn xã", "phối hợp", "trong tháng 8 và tháng 9/2025",
          "Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn xã mở thêm 06 lớp"),
        A("Công an xã", None, "trước ngày 30/9/2025",
          "Công an xã có trách nhiệm hỗ trợ Nhân dân kích hoạt tài khoản định danh điện tử, phấn đấu đạt 4.000 tài khoản"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã", None, None,
          "vận động hội viên, Nhân dân tham gia các lớp học; mỗi chi hội vận động tối thiểu 10 hội viên đăng ký học"),
        A("Trường THCS Nhạn Tháp", None, "trong dịp hè",
          'Trường THCS Nhạn Tháp duy trì câu lạc bộ "Học sinh với kỹ năng số"'),
        A("Công chức Tài chính - Kế toán xã", None, None,
          "tham mưu bố trí 80 triệu đồng từ ngân sách xã cho các hoạt động 6 tháng cuối năm"),
        A("UBND huyện", None, None, "Đề nghị UBND huyện hỗ trợ 20 máy tính để bàn cho điểm học tập cộng đồng"),
        A("UBND huyện", None, "trong năm 2025",
          "làm việc với các doanh nghiệp viễn thông lắp đặt trạm phát sóng di động tại xóm Rẫy Cao"),
        A("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", None, None,
          "tăng cường giáo viên hướng dẫn cho các lớp học buổi tối"),
    ], "intruders": ["Vi Văn Khiêm", "Thường trực Đảng ủy xã", "Thường trực HĐND xã",
                     "Phòng Văn hóa và Thông tin huyện", "Lưu: VT"]},
    {"id": "wqz05", "directive": "TB 27/TB-TTGDNN-GDTX", "source": F5, "actors": [
        A("UBND các xã, thị trấn", None, "trước ngày khai giảng ít nhất 03 ngày",
          "lập danh sách học viên gửi về Trung tâm trước ngày khai giảng ít nhất 03 ngày"),
        A("Hội Nông dân huyện", None, None,
          "Đề nghị Hội Nông dân huyện và Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia các lớp học"),
        A("Hội Liên hiệp Phụ nữ huyện", None, None,
          "Đề nghị Hội Nông dân huyện và Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia các lớp học"),
        A("Huyện đoàn", None, None, "Đề nghị Huyện đoàn cử đoàn viên thanh niên làm trợ giảng, mỗi lớp 02 trợ giảng"),
        A("Tổ Bồi dưỡng - Tin học", None, None,
          "Tổ Bồi dưỡng - Tin học của Trung tâm có trách nhiệm chuẩn bị giáo trình, phân công giáo viên giảng dạy"),
        A("Phòng Hành chính - Tổng hợp", None, None,
          "chuẩn bị tài liệu, văn phòng phẩm và in Giấy chứng nhận cho học viên"),
    ], "intruders": ["Kiều Thị Bích Vân", "UBND huyện (để b/c)", "Phòng Giáo dục và Đào tạo huyện (để b/c)",
                     "Trang thông tin điện tử của Trung tâm", "Lưu: VT, ĐT"]},
]
with open("who_what.jsonl", "w", encoding="utf-8") as f:
    for w in WW:
        f.write(json.dumps(w, ensure_ascii=False) + "\n")
print(len(WW), "who-what lines")
