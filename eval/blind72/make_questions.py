#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl for set blind72 (all text invented)."""
import json, os, re, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
F = {"1": "rw01_kh_dichvucong.docx", "2": "rw02_qd_to_cnscd.pdf", "3": "rw03_cv_tiendo_dvc.txt",
     "4": "rw04_bc_thang_cao_diem.md", "5": "rw05_tb_lich_tiep_dan.txt"}
N = lambda s: unicodedata.normalize("NFC", s)
Q = []


def A(kind, question, ev, kw, history=None, actors=None):
    d = {"id": f"rw{len(Q)+1:03d}", "question": N(question), "answerable": True, "kind": kind,
         "evidence": [{"source": F[s], "quote": re.sub(r"\s+", " ", N(q)).strip()} for s, q in ev], "keywords": [N(k) for k in kw]}
    if history:
        d["history"] = [N(history)]
    if actors:
        d["actors"] = [N(a) for a in actors]
    Q.append(d)
    return question


def U(question, history=None, kind="unanswerable"):
    d = {"id": f"rw{len(Q)+1:03d}", "question": N(question), "answerable": False, "kind": kind,
         "evidence": [], "keywords": []}
    if history:
        d["history"] = [N(history)]
    Q.append(d)
    return question

# ----------------------------------------------------------------- rw01 KH 41/KH-UBND (docx)
q1 = A("factoid", "Kế hoạch DVC trực tuyến của phường Hồng Liễu đặt chỉ tiêu năm 2026 hồ sơ nộp trực tuyến phải đạt bao nhiêu %?",
       [("1", "tại Bộ phận một cửa phường đạt từ 80% trở lên")], ["80%"])
A("follow-up", "Năm ngoái thì mới được bao nhiêu?", [("1", "năm 2025 tỷ lệ này mới đạt 52,7%")], ["52,7%"], history=q1)
A("metadata", "Kế hoạch nâng cao tỷ lệ sử dụng dịch vụ công trực tuyến của phường Hồng Liễu năm 2026 mang số hiệu gì, ban hành ngày nào?",
  [("1", "Hồng Liễu, ngày 20 tháng 01 năm 2026"),
   ("2", "Căn cứ Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND phường Hồng Liễu")], ["41/KH-UBND", "20/01/2026"])
A("who-what", "Công an phường phải làm gì theo KH 41 của UBND phường Hồng Liễu?",
  [("1", "Cấp, kích hoạt định danh điện tử mức 2 lưu động tại 9 khu phố"),
   ("1", "Đề nghị Công an phường chủ động bố trí lực lượng cấp định danh điện tử lưu động, ưu tiên khu phố có tỷ lệ thấp")],
  ["lưu động", "30/9/2026"], actors=["Công an phường"])
q5 = A("list", "Tổng kinh phí kế hoạch dịch vụ công trực tuyến năm nay của phường là bao nhiêu, chia ra những khoản nào?",
       [("1", "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 186.500.000 đồng"),
        ("1", "Mua sắm thiết bị cho Quầy hỗ trợ dịch vụ công trực tuyến: 64.000.000 đồng"),
        ("1", "Tuyên truyền, in tài liệu hướng dẫn, tờ rơi mã QR: 41.500.000 đồng")],
       ["186.500.000", "64.000.000", "41.500.000"])
A("follow-up", "Trong đó mỗi tổ công nghệ số ở khu phố được bao nhiêu?",
  [("1", "81.000.000 đồng (9.000.000 đồng/tổ/năm)")], ["9.000.000"], history=q5)
U("Còn kinh phí năm 2027 thì sao?", history=q5, kind="follow-up")
A("no-diacritics", "han chot niem yet danh muc thu tuc hanh chinh lam truc tuyen toan trinh o bo phan mot cua la ngay nao",
  [("1", "Rà soát, niêm yết danh mục thủ tục hành chính thực hiện trực tuyến toàn trình tại Bộ phận một cửa"),
   ("1", "Trước ngày 28/02/2026")], ["28/02/2026"])
A("who-what", "Đoàn phường được giao chủ trì việc gì trong kế hoạch 41, làm vào lúc nào?",
  [("1", "Chiến dịch “Thứ Bảy số” hỗ trợ người dân tại nhà văn hóa khu phố"),
   ("1", "Các ngày thứ Bảy từ tháng 3 đến tháng 11/2026")], ["Thứ Bảy số"], actors=["Đoàn phường"])
A("factoid", "Chuyên mục phát thanh về dịch vụ công của phường tên là gì, phát mấy giờ?",
  [("1", "phát sóng chuyên mục “Phường Hồng Liễu số” trên hệ thống truyền thanh phường vào 6 giờ 30 các ngày thứ Hai, thứ Tư, thứ Sáu")],
  ["Phường Hồng Liễu số", "6 giờ 30"])
A("factoid", "Bộ phận một cửa phường niêm yết bao nhiêu thủ tục làm trực tuyến toàn trình?",
  [("1", "niêm yết danh mục 126 thủ tục hành chính thực hiện trực tuyến toàn trình")], ["126"])
A("who-what", "Ban điều hành khu phố phải gửi danh sách hộ chưa dùng dịch vụ công trực tuyến cho ai, hạn bao giờ?",
  [("1", "lập danh sách hộ chưa có thành viên sử dụng dịch vụ công trực tuyến, gửi Phòng Văn hóa - Xã hội trước ngày 15/02/2026")],
  ["Phòng Văn hóa - Xã hội", "15/02/2026"], actors=["Ban điều hành các khu phố"])
A("abbreviation", "KH 41 giao ai chủ trì tham mưu lập Tổ CNS cộng đồng, hạn khi nào?",
  [("1", "Tham mưu thành lập Tổ công nghệ số cộng đồng phường và kiện toàn tổ ở 9 khu phố"),
   ("1", "Trước ngày 10/3/2026"),
   ("1", "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Văn phòng HĐND và UBND phường tham mưu Chủ tịch UBND phường quyết định thành lập Tổ công nghệ số cộng đồng phường")],
  ["Phòng Văn hóa - Xã hội", "10/3/2026"])
U("Kế hoạch 41 đặt chỉ tiêu tỷ lệ hồ sơ trực tuyến riêng cho khu phố 8 là bao nhiêu?")
A("no-diacritics", "muc do hai long cua nguoi dan voi bo phan mot cua phuong hong lieu phai dat bao nhieu",
  [("1", "đối với Bộ phận một cửa phường đạt trên 92%")], ["92%"])
A("no-diacritics", "truong tieu hoc trong phuong co phai thu hoc phi khong dung tien mat khong",
  [("1", "thu học phí và các khoản thu khác không dùng tiền mặt")], ["không dùng tiền mặt"])
A("who-what", "Phòng Kinh tế, Hạ tầng và Đô thị có nhiệm vụ gì trong kế hoạch nâng cao DVC trực tuyến?",
  [("1", "hướng dẫn tổ chức, cá nhân nộp hồ sơ cấp giấy phép xây dựng, đăng ký hộ kinh doanh qua môi trường mạng"),
   ("1", "phấn đấu tỷ lệ trực tuyến của lĩnh vực này đạt 90%")],
  ["giấy phép xây dựng", "90%"], actors=["Phòng Kinh tế, Hạ tầng và Đô thị"])
A("metadata", "Ai ký kế hoạch số 41/KH-UBND?", [("1", "PHÓ CHỦ TỊCH (Đã ký) Nguyễn Thị Bích Ngọc")], ["Nguyễn Thị Bích Ngọc"])
U("Hội Nông dân phường được KH 41 giao chỉ tiêu hỗ trợ bao nhiêu hội viên dùng VNeID?")
A("factoid", "Vướng mắc khi thực hiện kế hoạch 41 thì liên hệ ai, số điện thoại?",
  [("1", "bà Đỗ Khánh Linh, điện thoại 0912.604.318, e-mail linhdk.honglieu@nganphong.gov.vn")],
  ["Đỗ Khánh Linh", "0912.604.318"])
A("factoid", "Chỉ tiêu VNeID mức 2 của phường năm 2026 cho người từ 14 tuổi là bao nhiêu?",
  [("1", "có tài khoản định danh điện tử mức 2 trên ứng dụng VNeID đạt từ 95% trở lên")], ["95%"])
U("Chỉ tiêu tỷ lệ thanh toán phí, lệ phí trực tuyến năm 2027 của phường Hồng Liễu là bao nhiêu?")
U("Kế hoạch 41 dành bao nhiêu tiền cho Đoàn phường tổ chức chiến dịch “Thứ Bảy số”?")

# ----------------------------------------------------------------- rw02 QĐ 118/QĐ-UBND (pdf)
A("metadata", "Quyết định thành lập Tổ công nghệ số cộng đồng phường Hồng Liễu số mấy, ký ngày nào?",
  [("2", "Kèm theo Quyết định số 118/QĐ-UBND ngày 05/3/2026 của Chủ tịch UBND phường Hồng Liễu")],
  ["118/QĐ-UBND", "05/3/2026"])
q22 = A("factoid", "Tổ công nghệ số cộng đồng của phường có mấy người, ai làm tổ trưởng?",
        [("2", "gồm 11 thành viên, do đồng chí Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội làm Tổ trưởng"),
         ("2", "Tổ trưởng Nguyễn Thị Bích Ngọc: phụ trách chung")],
        ["11 thành viên", "Nguyễn Thị Bích Ngọc"])
A("follow-up", "Thế tổ phó thường trực là ai?",
  [("2", "Tổ phó thường trực Lò Văn Khiêm (Trưởng phòng Văn hóa - Xã hội)")], ["Lò Văn Khiêm"], history=q22)
q24 = A("factoid", "Tổ CNS cộng đồng phường họp định kỳ vào lúc nào, ở đâu?",
        [("2", "họp định kỳ vào 14 giờ 00 thứ Sáu tuần cuối cùng của tháng tại Phòng họp số 2, trụ sở UBND phường (số 45 đường Trần Khát Chân)")],
        ["14 giờ 00", "Phòng họp số 2"])
A("no-diacritics", "thanh vien to cong nghe so cong dong phuong duoc ho tro bao nhieu tien moi thang",
  [("2", "Thành viên Tổ được hưởng mức hỗ trợ 250.000 đồng/người/tháng")], ["250.000 đồng"])
A("who-what", "Theo QĐ 118, Phòng Văn hóa - Xã hội có trách nhiệm gì đối với Tổ?",
  [("2", "Phòng Văn hóa - Xã hội là cơ quan thường trực của Tổ, có trách nhiệm xây dựng kế hoạch hoạt động năm 2026 của Tổ, trình Tổ trưởng phê duyệt trước ngày 20/3/2026")],
  ["cơ quan thường trực", "20/3/2026"], actors=["Phòng Văn hóa - Xã hội"])
A("who-what", "Trưởng ban điều hành các khu phố phải làm gì sau khi có quyết định lập tổ công nghệ số?",
  [("2", "kiện toàn Tổ công nghệ số cộng đồng khu phố từ 5 đến 7 thành viên, gửi danh sách về Phòng Văn hóa - Xã hội trước ngày 20/3/2026")],
  ["5 đến 7 thành viên", "20/3/2026"], actors=["Trưởng ban điều hành các khu phố"])
A("no-diacritics", "ai trong to cong nghe so phu trach dinh danh dien tu vneid",
  [("2", "Tổ phó Đại úy Vũ Trọng Nghĩa (Phó Trưởng Công an phường): phụ trách định danh điện tử")], ["Vũ Trọng Nghĩa"])
q29 = A("factoid", "Cô giáo tin học nào trong tổ mở lớp kỹ năng số cho phụ huynh, vào buổi nào?",
        [("2", "Mạc Thị Hồng Vân (giáo viên tin học Trường Tiểu học Hồng Liễu): biên soạn tài liệu “cầm tay chỉ việc”, mở lớp kỹ năng số cho phụ huynh học sinh vào sáng Chủ nhật")],
        ["Mạc Thị Hồng Vân", "sáng Chủ nhật"])
A("follow-up", "Còn người bên Viettel trong tổ lo việc gì?",
  [("2", "Châu Minh Đạt (Viettel Ngân Phong): hỗ trợ thanh toán trực tuyến qua Viettel Money")], ["Châu Minh Đạt"], history=q29)
U("Tổ trưởng Tổ công nghệ số cộng đồng khu phố được hỗ trợ bao nhiêu tiền mỗi tháng?")
U("Tờ trình số 07/TTr-VHXH đề xuất Tổ có bao nhiêu thành viên?")
A("list", "Tổ công nghệ số cộng đồng phường có những nhiệm vụ chính nào?",
  [("2", "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, Cổng Dịch vụ công quốc gia"),
   ("2", "Phổ biến kỹ năng số cơ bản, kỹ năng nhận diện và phòng tránh lừa đảo trên không gian mạng"),
   ("2", "tham gia chiến dịch “Thứ Bảy số” tại 9 khu phố"),
   ("2", "tổng hợp gửi Phòng Văn hóa - Xã hội trước ngày 25 hằng tháng")],
  ["VNeID", "Thứ Bảy số", "25 hằng tháng"], actors=None)
A("abbreviation", "QĐ 118 quy định tổ CNSCĐ gửi tổng hợp phản ánh của dân cho phòng nào, trước ngày mấy hằng tháng?",
  [("2", "tổng hợp gửi Phòng Văn hóa - Xã hội trước ngày 25 hằng tháng")], ["25 hằng tháng"])
A("who-what", "Văn phòng HĐND và UBND phường phải bảo đảm những gì cho Tổ công nghệ số?",
  [("2", "Văn phòng HĐND và UBND phường bố trí nơi làm việc, thiết bị, đường truyền cho Tổ tại Quầy hỗ trợ dịch vụ công trực tuyến")],
  ["đường truyền"], actors=["Văn phòng HĐND và UBND phường"])
A("no-diacritics", "to cong nghe so phuong tap huan cho to vien khu pho may lan 1 nam",
  [("2", "tập huấn cho tổ viên khu phố ít nhất 02 lần/năm")], ["02 lần/năm"])
A("metadata", "QĐ thành lập tổ công nghệ số cộng đồng phường do ai ký?", [("2", "CHỦ TỊCH (Đã ký) Phan Đức Hậu")], ["Phan Đức Hậu"])
U("quyet dinh 119/QD-UBND cua phuong hong lieu ve viec gi")

# ----------------------------------------------------------------- rw03 CV 683/SKHCN-CĐS (txt)
A("abbreviation", "CV của Sở KH&CN về đẩy nhanh tiến độ DVC trực tuyến quý II số bao nhiêu, ngày nào?",
  [("3", "Số: 683/SKHCN-CĐS                  Ngân Phong, ngày 16 tháng 4 năm 2026")],
  ["683/SKHCN-CĐS", "16 tháng 4 năm 2026"])
q39 = A("list", "Những phường, xã nào bị Sở nêu tên vì tỷ lệ hồ sơ trực tuyến dưới 50%?",
        [("3", "xã Sa Mộc (27,9%); xã Thiên Lộc (33,5%); phường Mai Lĩnh (38,2%); xã Tương Khê (41,0%); phường Hồng Liễu (46,8%) và phường Đan Quế (48,3%)")],
        ["Sa Mộc", "Thiên Lộc", "Đan Quế"])
A("follow-up", "Đơn vị thấp nhất được bao nhiêu phần trăm?",
  [("3", "chậm so với lộ trình của tỉnh, gồm: xã Sa Mộc (27,9%)")], ["27,9%"], history=q39)
A("no-diacritics", "quy I/2026 ty le ho so truc tuyen binh quan cap xa toan tinh ngan phong la bao nhieu",
  [("3", "tỷ lệ hồ sơ tiếp nhận trực tuyến bình quân của cấp xã toàn tỉnh đạt 61,4%")], ["61,4%"])
q42 = A("no-diacritics", "nhung don vi nao chua gui bao cao chuyen doi so quy I/2026 cho so khcn",
        [("3", "còn 03 đơn vị chưa gửi báo cáo kết quả thực hiện chuyển đổi số quý I/2026 theo quy định là: xã Sa Mộc, xã Tương Khê và phường Mai Lĩnh")],
        ["Sa Mộc", "Tương Khê", "Mai Lĩnh"])
A("follow-up", "Thế phường Hồng Liễu thì sao?",
  [("3", "phường Hồng Liễu gửi báo cáo chậm 06 ngày so với thời hạn")], ["chậm 06 ngày"], history=q42)
A("who-what", "Theo CV 683, Chủ tịch UBND các phường, xã bị nêu tên phải làm gì và nộp báo cáo khắc phục khi nào?",
  [("3", "xây dựng lộ trình khắc phục bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 65% trước ngày 30/6/2026"),
   ("3", "Báo cáo kết quả khắc phục (kèm số liệu theo từng khu phố, thôn) gửi về Sở trước ngày 15/5/2026")],
  ["65%", "15/5/2026"], actors=["Chủ tịch UBND các phường, xã có tên nêu trên"])
A("who-what", "Tỉnh đoàn được Sở Khoa học và Công nghệ đề nghị làm gì?",
  [("3", "bố trí đoàn viên tình nguyện trực tại Bộ phận một cửa và nhà văn hóa khu phố, thôn; mỗi đơn vị tối thiểu 10 đoàn viên mỗi tuần trong quý II/2026")],
  ["10 đoàn viên"], actors=["Tỉnh đoàn"])
A("who-what", "Viễn thông Ngân Phong với Viettel Ngân Phong được đề nghị hỗ trợ những gì theo công văn 683?",
  [("3", "bố trí nhân viên kỹ thuật hỗ trợ tại Bộ phận một cửa của các đơn vị có tỷ lệ dưới 40%; cấp miễn phí chữ ký số cá nhân")],
  ["chữ ký số", "dưới 40%"], actors=["Viễn thông Ngân Phong", "Viettel Ngân Phong"])
q47 = A("factoid", "Muốn hỏi thêm về công văn 683 thì liên hệ ai ở Sở KH&CN?",
        [("3", "liên hệ ông Tống Quang Huy, Phó Trưởng phòng Chuyển đổi số, điện thoại 0239.3851.274")],
        ["Tống Quang Huy", "0239.3851.274"])
A("follow-up", "Email của anh ấy là gì?", [("3", "e-mail huytq.skhcn@nganphong.gov.vn")], ["huytq.skhcn@nganphong.gov.vn"], history=q47)
q49 = A("factoid", "Sở sẽ kiểm tra trực tiếp bao nhiêu đơn vị, vào tháng nào?",
        [("3", "tổ chức kiểm tra trực tiếp tại 03 đơn vị có tỷ lệ thấp nhất trong tháng 5/2026")], ["03 đơn vị", "tháng 5/2026"])
A("follow-up", "Lịch kiểm tra cụ thể thế nào?", [("3", "trong tháng 5/2026 (lịch cụ thể thông báo sau)")], ["thông báo sau"], history=q49)
U("Quý I/2026 phường Thanh Xuyên đạt tỷ lệ hồ sơ trực tuyến bao nhiêu phần trăm?")
U("Công văn 684/SKHCN-CĐS của Sở KH&CN nói về việc gì?")
U("bien ban hop to cong nghe so cong dong phuong thang 4/2026 ket luan nhung gi")
A("who-what", "Phòng Chuyển đổi số thuộc Sở phải làm gì, khi nào?",
  [("3", "cập nhật bảng xếp hạng tỷ lệ hồ sơ trực tuyến của các phường, xã trên Cổng thông tin điện tử của Sở vào thứ Ba hằng tuần"),
   ("3", "tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 25/5/2026")],
  ["thứ Ba hằng tuần", "25/5/2026"], actors=["Phòng Chuyển đổi số"])
A("abbreviation", "Theo CV 683 thì chỉ tiêu năm 2026 về tỷ lệ hồ sơ trực tuyến cấp xã là bao nhiêu %?",
  [("3", "tỷ lệ hồ sơ trực tuyến cấp xã đạt tối thiểu 80%")], ["80%"])
A("no-diacritics", "cong an tinh duoc de nghi to chuc cap dinh danh muc 2 luu dong vao luc nao",
  [("3", "tổ chức cấp, kích hoạt tài khoản định danh điện tử mức 2 lưu động vào buổi tối và ngày nghỉ")],
  ["buổi tối và ngày nghỉ"])
A("factoid", "Ở các đơn vị chậm tiến độ, tỷ lệ dân có định danh mức 2 là bao nhiêu, so với bình quân tỉnh?",
  [("3", "mới đạt từ 58% đến 72%, thấp hơn mức bình quân toàn tỉnh (81,6%)")], ["58%", "72%", "81,6%"])
A("metadata", "Công văn 683/SKHCN-CĐS do ai ký?", [("3", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Lương Quang Vinh")], ["Lương Quang Vinh"])
U("Hạn để UBND xã Thiên Lộc gửi báo cáo quý I/2026 về Sở là ngày nào?")
U("Tỷ lệ định danh mức 2 của riêng phường Đan Quế trong quý I/2026 là bao nhiêu?")
A("factoid", "UBND xã Sa Mộc phải gửi báo cáo quý I trước ngày nào?",
  [("3", "UBND xã Sa Mộc, xã Tương Khê và phường Mai Lĩnh gửi ngay báo cáo quý I/2026 về Sở trước ngày 22/4/2026")],
  ["22/4/2026"])
U("Viettel Ngân Phong cấp miễn phí bao nhiêu chữ ký số cho phường Hồng Liễu?")
U("Sở KH&CN yêu cầu phường Hồng Liễu đạt tỷ lệ định danh mức 2 bao nhiêu % trước ngày 30/6/2026?")

# ----------------------------------------------------------------- rw04 BC 27-BC/ĐTN (md)
A("metadata", "Báo cáo kết quả tháng cao điểm hỗ trợ DVC trực tuyến của Đoàn phường số mấy, ngày nào?",
  [("4", "Số: 27-BC/ĐTN                      Hồng Liễu, ngày 28 tháng 4 năm 2026"),
   ("5", "Báo cáo số 27-BC/ĐTN ngày 28/4/2026 của Đoàn phường")], ["27-BC/ĐTN", "28/4/2026"])
q60 = A("no-diacritics", "thang cao diem cua doan phuong dien ra tu ngay nao den ngay nao",
        [("4", "tổ chức Tháng cao điểm từ ngày 21/3/2026 đến ngày 21/4/2026")], ["21/3/2026", "21/4/2026"])
A("follow-up", "Lễ ra quân tổ chức ở đâu, bao nhiêu người dự?",
  [("4", "tại sân Nhà văn hóa khu phố 3, có 186 đoàn viên, thanh niên tham gia")], ["khu phố 3", "186"], history=q60)
A("factoid", "Chủ đề tháng cao điểm của Đoàn phường năm nay là gì?",
  [("4", "với chủ đề “Mỗi đoàn viên - một người dẫn đường số”")], ["Mỗi đoàn viên - một người dẫn đường số"])
A("factoid", "Cả tháng cao điểm đoàn viên hỗ trợ tổng cộng bao nhiêu lượt người dân, trong đó bao nhiêu lượt người cao tuổi?",
  [("4", "Tổng số lượt người dân được hỗ trợ: 2.614 lượt, trong đó có 712 lượt người cao tuổi")], ["2.614", "712"])
q64 = A("factoid", "Khu phố 8 có tỷ lệ hồ sơ nộp trực tuyến bao nhiêu?",
        [("4", "| Khu phố 8 | 227 | 90 | 74,8 | 49,7 |")], ["49,7"])
A("follow-up", "Còn khu phố 4?", [("4", "| Khu phố 4 | 198 | 84 | 76,3 | 52,4 |")], ["52,4"], history=q64)
A("no-diacritics", "khu pho nao co ty le vneid muc 2 cao nhat phuong",
  [("4", "| Khu phố 7 | 389 | 163 | 93,2 | 81,6 |"), ("4", "Khu phố 7 dẫn đầu toàn phường ở cả hai chỉ tiêu")],
  ["Khu phố 7", "93,2"])
A("factoid", "Sau tháng cao điểm, tỷ lệ chung toàn phường người từ 14 tuổi có VNeID mức 2 là bao nhiêu?",
  [("4", "| **Toàn phường** | **2.614** | **1.087** | **85,2** | **67,3** |")], ["85,2"])
U("Khu phố 10 của phường Hồng Liễu đạt tỷ lệ hồ sơ trực tuyến bao nhiêu?")
A("who-what", "Chi đoàn khu phố 4 và khu phố 8 phải làm thêm gì?",
  [("4", "Chi đoàn khu phố 4 và Chi đoàn khu phố 8 tổ chức thêm các buổi hỗ trợ vào tối thứ Tư hằng tuần (từ 19 giờ 00 đến 21 giờ 00)")],
  ["tối thứ Tư", "19 giờ 00"], actors=["Chi đoàn khu phố 4", "Chi đoàn khu phố 8"])
A("who-what", "Đội hình sinh viên tình nguyện của trường cao đẳng được giao việc gì, hạn chót?",
  [("4", "biên soạn bộ 10 video hướng dẫn ngắn, hoàn thành trước ngày 31/5/2026")], ["10 video", "31/5/2026"],
  actors=["Đội hình sinh viên tình nguyện Trường Cao đẳng Kỹ thuật Ngân Phong"])
q71 = A("list", "Đoàn phường kiến nghị gì với UBND phường và Công an phường?",
        [("4", "Đề nghị UBND phường hỗ trợ kinh phí 15.000.000 đồng để in tờ rơi hướng dẫn"),
         ("4", "Đề nghị Công an phường bố trí cán bộ cấp định danh điện tử lưu động tại khu phố 4 và khu phố 8 vào tối thứ Tư")],
        ["15.000.000 đồng", "tối thứ Tư"])
A("follow-up", "Còn với trường tiểu học?",
  [("4", "Đề nghị Trường Tiểu học Hồng Liễu tiếp tục cho mượn phòng máy tính vào sáng Chủ nhật")], ["phòng máy tính"], history=q71)
A("factoid", "Những chi đoàn nào được tặng giấy khen trong tháng cao điểm?",
  [("4", "tặng Giấy khen cho 03 chi đoàn (khu phố 7, khu phố 3, khu phố 1) và 12 đoàn viên")],
  ["khu phố 7", "khu phố 3", "khu phố 1"])
U("Chi đoàn khu phố 7 đạt giải nhất tháng cao điểm thì được thưởng bao nhiêu tiền?")
A("no-diacritics", "vi sao khu pho 4 va khu pho 8 ty le thap",
  [("4", "Khu phố 4 và khu phố 8 tập trung nhiều nhà trọ công nhân, người lao động đi làm theo ca")], ["nhà trọ công nhân"])
A("factoid", "Theo báo cáo của Đoàn, quầy hỗ trợ ở một cửa có mấy máy tính chạy ổn định?",
  [("4", "Quầy hỗ trợ tại Bộ phận một cửa mới có 01 máy tính hoạt động ổn định")], ["01 máy tính"])
A("factoid", "Cần liên hệ ai ở Đoàn phường về báo cáo tháng cao điểm?",
  [("4", "đồng chí Nghiêm Thu Trang, Phó Bí thư Đoàn phường, điện thoại 0986.231.475")], ["Nghiêm Thu Trang", "0986.231.475"])
A("abbreviation", "BC 27 của ĐTN phường: bao nhiêu hộ kinh doanh được hỗ trợ tạo mã QR?",
  [("4", "hỗ trợ 64 hộ kinh doanh tạo mã QR thanh toán")], ["64"])
U("Đoàn phường thực chi bao nhiêu tiền cho tháng cao điểm năm 2026?")
U("Tháng cao điểm năm 2025 Đoàn phường Hồng Liễu hỗ trợ được bao nhiêu lượt người dân?")
A("metadata", "Ai ký báo cáo 27-BC/ĐTN?", [("4", "BÍ THƯ (Đã ký) Bùi Anh Tuấn")], ["Bùi Anh Tuấn"])

# ----------------------------------------------------------------- rw05 TB 15/TB-CAP (txt)
A("metadata", "Thông báo lịch tiếp công dân của Công an phường Hồng Liễu số mấy, ngày nào?",
  [("5", "Số: 15/TB-CAP                Hồng Liễu, ngày 04 tháng 5 năm 2026")], ["15/TB-CAP", "04 tháng 5 năm 2026"])
q81 = A("factoid", "Muốn kích hoạt định danh điện tử mức 2 ở Công an phường thì đến hôm nào, phòng nào?",
        [("5", "| Thứ Ba, thứ Năm | Kích hoạt định danh điện tử mức 2; tích hợp giấy tờ trên VNeID | Phòng số 2, tầng 1 |")],
        ["Thứ Ba, thứ Năm", "Phòng số 2, tầng 1"])
A("follow-up", "Số điện thoại phòng đó?", [("5", "| Thiếu úy Ma Đức Toàn | 0239.3862.116 |")], ["0239.3862.116"], history=q81)
A("no-diacritics", "lam the can cuoc cho tre duoi 14 tuoi thi den cong an phuong vao thu may",
  [("5", "| Thứ Bảy (buổi sáng) | Cấp căn cước cho trẻ em dưới 14 tuổi, học sinh |")], ["Thứ Bảy"])
A("no-diacritics", "so dien thoai truc ban 24/24 cua cong an phuong hong lieu",
  [("5", "Số điện thoại trực ban 24/24 giờ của Công an phường: 0239.3862.113")], ["0239.3862.113"])
q85 = A("factoid", "Lịch trực lưu động ở khu phố 8 là hôm nào?",
        [("5", "| 18 giờ 30 - 21 giờ 00, thứ Tư ngày 13/5/2026 | Nhà văn hóa khu phố 8")], ["13/5/2026"])
A("follow-up", "Thế khu phố 6?", [("5", "| 18 giờ 30 - 21 giờ 00, thứ Tư ngày 03/6/2026 | Nhà văn hóa khu phố 6")], ["03/6/2026"], history=q85)
U("Còn khu phố 5 thì trực lưu động hôm nào?", history=q85, kind="follow-up")
A("who-what", "Công an phường đề nghị các trường tiểu học làm gì, hạn bao giờ?",
  [("5", "lập danh sách học sinh chưa có căn cước, gửi về Công an phường trước ngày 18/5/2026")], ["18/5/2026"],
  actors=["Trường Tiểu học Hồng Liễu", "Trường Tiểu học Phan Đình Giót"])
A("who-what", "Theo TB 15, ban điều hành những khu phố nào phải báo lịch trực lưu động cho dân, trước mấy ngày?",
  [("5", "Đề nghị Ban điều hành các khu phố 2, 4, 6 và 8 thông báo lịch trực lưu động trên loa truyền thanh và nhóm Zalo của khu phố trước ít nhất 03 ngày")],
  ["03 ngày"], actors=["Ban điều hành các khu phố 2, 4, 6 và 8"])
A("who-what", "Đoàn phường phải cử bao nhiêu đoàn viên cho mỗi buổi trực lưu động của công an?",
  [("5", "Đề nghị Đoàn phường cử 04 đoàn viên tham gia mỗi buổi trực lưu động")], ["04 đoàn viên"], actors=["Đoàn phường"])
A("factoid", "Buổi trực ở trường Phan Đình Giót diễn ra khi nào?",
  [("5", "| 7 giờ 30 - 11 giờ 00, Chủ nhật ngày 07/6/2026 | Trường Tiểu học Phan Đình Giót")], ["07/6/2026"])
A("no-diacritics", "kich hoat dinh danh muc 2 co mat phi khong",
  [("5", "Việc kích hoạt tài khoản định danh điện tử mức 2 không thu lệ phí")], ["không thu lệ phí"])
A("no-diacritics", "tru so cong an phuong hong lieu o dau",
  [("5", "trụ sở Công an phường (số 12 đường Tô Hiến Thành, khu phố 5)")], ["số 12 đường Tô Hiến Thành"])
U("Lịch tiếp công dân tháng 7/2026 của Công an phường Hồng Liễu thế nào?")
U("Buổi trực lưu động ở nhà văn hóa khu phố 4 ngày 27/5/2026 bắt đầu lúc mấy giờ?")
A("factoid", "Đi làm căn cước cho con dưới 14 tuổi thì cần ai đi cùng?",
  [("5", "Trẻ em dưới 14 tuổi làm căn cước phải có cha, mẹ hoặc người giám hộ đi cùng")], ["người giám hộ"])
A("factoid", "Phản ánh thái độ cán bộ công an phường thì gửi email nào?",
  [("5", "gửi thư điện tử tới cap.honglieu@congan.nganphong.gov.vn")], ["cap.honglieu@congan.nganphong.gov.vn"])
A("abbreviation", "CA phường cử người trực ở quầy hỗ trợ DVC của một cửa UBND phường vào những buổi nào?",
  [("5", "Công an phường cử 01 cán bộ trực vào sáng thứ Hai và sáng thứ Năm hằng tuần")], ["sáng thứ Hai", "sáng thứ Năm"])
A("who-what", "Tổ công nghệ số cộng đồng phường được TB 15 giao việc gì?",
  [("5", "Tổ công nghệ số cộng đồng phường phân công thành viên hỗ trợ người cao tuổi, người khuyết tật tại các buổi trực lưu động")],
  ["người cao tuổi"], actors=["Tổ công nghệ số cộng đồng phường"])
U("lich tiep cong dan cua chu tich ubnd phuong hong lieu vao ngay nao")
U("Công an phường cấp căn cước lưu động tại trường THCS nào trong tháng 5?")
A("factoid", "Giờ làm việc buổi chiều ở trụ sở công an phường?",
  [("5", "buổi chiều từ 13 giờ 30 đến 17 giờ 00")], ["13 giờ 30", "17 giờ 00"])

# ----------------------------------------------------------------- corpus questions
A("corpus", "Những văn bản nào trong bộ tài liệu viện dẫn Kế hoạch 41/KH-UBND của phường Hồng Liễu?",
  [("2", "Căn cứ Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND phường Hồng Liễu"),
   ("4", "Thực hiện Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND phường Hồng Liễu"),
   ("5", "Thực hiện Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND phường Hồng Liễu và Công văn số 683/SKHCN-CĐS")],
  ["118/QĐ-UBND", "27-BC/ĐTN", "15/TB-CAP"])
A("corpus", "Trong bộ văn bản này, văn bản nào do cơ quan cấp tỉnh ban hành?",
  [("3", "Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị khẩn trương thực hiện")], ["683/SKHCN-CĐS"])
A("corpus", "Văn bản nào có bảng tỷ lệ VNeID mức 2 theo từng khu phố?",
  [("4", "Tỷ lệ dân từ 14 tuổi có VNeID mức 2 (%)")], ["27-BC/ĐTN"])
A("corpus", "Những văn bản nào giao việc cho Đoàn phường?",
  [("1", "Chiến dịch “Thứ Bảy số” hỗ trợ người dân tại nhà văn hóa khu phố"),
   ("5", "Đề nghị Đoàn phường cử 04 đoàn viên tham gia mỗi buổi trực lưu động")],
  ["Thứ Bảy số", "04 đoàn viên"])
A("corpus", "Có mấy văn bản trong bộ ban hành trong tháng 4/2026, là những văn bản nào?",
  [("3", "Số: 683/SKHCN-CĐS                  Ngân Phong, ngày 16 tháng 4 năm 2026"),
   ("4", "Số: 27-BC/ĐTN                      Hồng Liễu, ngày 28 tháng 4 năm 2026")],
  ["683/SKHCN-CĐS", "27-BC/ĐTN"])
U("Có văn bản nào của Sở Giáo dục và Đào tạo tỉnh Ngân Phong về tuyển sinh lớp 1 trực tuyến không, số hiệu là gì?")
U("UBND phường Hồng Liễu thưởng bao nhiêu cho khu phố có 100% hộ dùng dịch vụ công trực tuyến?")
U("Cuộc thi “Thứ Bảy số” của phường có giải đặc biệt không, trị giá bao nhiêu?")
U("so dien thoai cua phong kinh te, ha tang va do thi phuong hong lieu la bao nhieu")

# ----------------------------------------------------------------- who-what gold
WW = [
    {"id": "wrw01", "directive": "KH 41/KH-UBND", "source": F["1"], "actors": [
        {"name": "Văn phòng HĐND và UBND phường", "role": "chủ trì", "deadline": "Trước ngày 28/02/2026",
         "task_quote": "Rà soát, niêm yết danh mục thủ tục hành chính thực hiện trực tuyến toàn trình tại Bộ phận một cửa"},
        {"name": "Văn phòng HĐND và UBND phường", "role": "chủ trì", "deadline": "Trước ngày 15/3/2026",
         "task_quote": "Lắp đặt 02 máy tính, 01 máy quét và bố trí cán bộ tại Quầy hỗ trợ dịch vụ công trực tuyến"},
        {"name": "Văn phòng HĐND và UBND phường", "role": None, "deadline": "vào sáng thứ Hai hằng tuần",
         "task_quote": "theo dõi tỷ lệ hồ sơ trực tuyến trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"},
        {"name": "Phòng Kinh tế, Hạ tầng và Đô thị", "role": "phối hợp", "deadline": "Trước ngày 28/02/2026",
         "task_quote": "Rà soát, niêm yết danh mục thủ tục hành chính thực hiện trực tuyến toàn trình tại Bộ phận một cửa"},
        {"name": "Phòng Kinh tế, Hạ tầng và Đô thị", "role": None, "deadline": None,
         "task_quote": "hướng dẫn tổ chức, cá nhân nộp hồ sơ cấp giấy phép xây dựng, đăng ký hộ kinh doanh qua môi trường mạng"},
        {"name": "Viễn thông Ngân Phong", "role": "phối hợp", "deadline": "Trước ngày 15/3/2026",
         "task_quote": "Lắp đặt 02 máy tính, 01 máy quét và bố trí cán bộ tại Quầy hỗ trợ dịch vụ công trực tuyến"},
        {"name": "Công an phường", "role": "chủ trì", "deadline": "Định kỳ hằng tháng; hoàn thành chỉ tiêu trước ngày 30/9/2026",
         "task_quote": "Cấp, kích hoạt định danh điện tử mức 2 lưu động tại 9 khu phố"},
        {"name": "Công an phường", "role": None, "deadline": None,
         "task_quote": "chủ động bố trí lực lượng cấp định danh điện tử lưu động, ưu tiên khu phố có tỷ lệ thấp"},
        {"name": "Phòng Văn hóa - Xã hội", "role": "chủ trì", "deadline": "Trước ngày 10/3/2026",
         "task_quote": "Tham mưu thành lập Tổ công nghệ số cộng đồng phường và kiện toàn tổ ở 9 khu phố"},
        {"name": "Phòng Văn hóa - Xã hội", "role": "chủ trì", "deadline": "Hằng quý, trước ngày 20 của tháng cuối quý",
         "task_quote": "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch"},
        {"name": "Phòng Văn hóa - Xã hội", "role": "phối hợp", "deadline": "Tháng 6/2026 và cả năm học 2026-2027",
         "task_quote": "Tuyển sinh lớp 1 trực tuyến; thu các khoản thu không dùng tiền mặt"},
        {"name": "Ủy ban MTTQ Việt Nam phường", "role": "phối hợp", "deadline": "Trước ngày 10/3/2026",
         "task_quote": "Tham mưu thành lập Tổ công nghệ số cộng đồng phường và kiện toàn tổ ở 9 khu phố"},
        {"name": "Ủy ban MTTQ Việt Nam phường", "role": None, "deadline": None,
         "task_quote": "vận động hội viên, đoàn viên gương mẫu sử dụng dịch vụ công trực tuyến"},
        {"name": "Ban điều hành các khu phố", "role": "phối hợp", "deadline": "Định kỳ hằng tháng; hoàn thành chỉ tiêu trước ngày 30/9/2026",
         "task_quote": "Cấp, kích hoạt định danh điện tử mức 2 lưu động tại 9 khu phố"},
        {"name": "Ban điều hành các khu phố", "role": None, "deadline": "trước ngày 15/02/2026",
         "task_quote": "lập danh sách hộ chưa có thành viên sử dụng dịch vụ công trực tuyến, gửi Phòng Văn hóa - Xã hội"},
        {"name": "Đoàn phường", "role": "chủ trì", "deadline": "Các ngày thứ Bảy từ tháng 3 đến tháng 11/2026",
         "task_quote": "Chiến dịch “Thứ Bảy số” hỗ trợ người dân tại nhà văn hóa khu phố"},
        {"name": "Đoàn phường", "role": "phối hợp", "deadline": "Định kỳ hằng tháng; hoàn thành chỉ tiêu trước ngày 30/9/2026",
         "task_quote": "Cấp, kích hoạt định danh điện tử mức 2 lưu động tại 9 khu phố"},
        {"name": "Tổ công nghệ số cộng đồng", "role": "phối hợp", "deadline": "Các ngày thứ Bảy từ tháng 3 đến tháng 11/2026",
         "task_quote": "Chiến dịch “Thứ Bảy số” hỗ trợ người dân tại nhà văn hóa khu phố"},
        {"name": "Hội Liên hiệp Phụ nữ phường", "role": "phối hợp", "deadline": "Các ngày thứ Bảy từ tháng 3 đến tháng 11/2026",
         "task_quote": "Chiến dịch “Thứ Bảy số” hỗ trợ người dân tại nhà văn hóa khu phố"},
        {"name": "Hội Cựu chiến binh", "role": None, "deadline": None,
         "task_quote": "vận động hội viên, đoàn viên gương mẫu sử dụng dịch vụ công trực tuyến"},
        {"name": "Hội Người cao tuổi phường", "role": None, "deadline": None,
         "task_quote": "vận động hội viên, đoàn viên gương mẫu sử dụng dịch vụ công trực tuyến"},
        {"name": "Trường Tiểu học Hồng Liễu", "role": "chủ trì", "deadline": "trước ngày 20/5/2026",
         "task_quote": "thông báo công khai quy trình tuyển sinh lớp 1 trực tuyến đến phụ huynh"},
        {"name": "Trường Tiểu học Phan Đình Giót", "role": "chủ trì", "deadline": "trước ngày 20/5/2026",
         "task_quote": "thông báo công khai quy trình tuyển sinh lớp 1 trực tuyến đến phụ huynh"},
        {"name": "Các phòng, ban, đơn vị thuộc phường và Ban điều hành các khu phố", "role": None, "deadline": "định kỳ hằng quý",
         "task_quote": "căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể, báo cáo kết quả định kỳ hằng quý về Phòng Văn hóa - Xã hội"},
    ], "intruders": ["Nguyễn Thị Bích Ngọc", "Bộ Chính trị", "UBND tỉnh Ngân Phong", "Lưu: VT, VHXH",
                     "Sở Khoa học và Công nghệ tỉnh (để b/c)", "Thường trực Đảng ủy, HĐND phường"]},
    {"id": "wrw02", "directive": "QĐ 118/QĐ-UBND", "source": F["2"], "actors": [
        {"name": "Tổ công nghệ số cộng đồng phường Hồng Liễu", "role": None, "deadline": None,
         "task_quote": "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, Cổng Dịch vụ công quốc gia"},
        {"name": "Tổ công nghệ số cộng đồng phường Hồng Liễu", "role": None, "deadline": "trước ngày 25 hằng tháng",
         "task_quote": "Thu thập ý kiến, phản ánh của người dân về chất lượng dịch vụ công trực tuyến, tổng hợp gửi Phòng Văn hóa - Xã hội"},
        {"name": "Phòng Văn hóa - Xã hội", "role": "thường trực", "deadline": "trước ngày 20/3/2026",
         "task_quote": "xây dựng kế hoạch hoạt động năm 2026 của Tổ, trình Tổ trưởng phê duyệt"},
        {"name": "Văn phòng HĐND và UBND phường", "role": None, "deadline": None,
         "task_quote": "bố trí nơi làm việc, thiết bị, đường truyền cho Tổ tại Quầy hỗ trợ dịch vụ công trực tuyến"},
        {"name": "Trưởng ban điều hành các khu phố", "role": None, "deadline": "trước ngày 20/3/2026",
         "task_quote": "kiện toàn Tổ công nghệ số cộng đồng khu phố từ 5 đến 7 thành viên, gửi danh sách về Phòng Văn hóa - Xã hội"},
    ], "intruders": ["Phan Đức Hậu", "Lưu: VT, VHXH", "Sở Khoa học và Công nghệ tỉnh (để b/c)",
                     "Thường trực Đảng ủy phường", "Như Điều 4"]},
    {"id": "wrw03", "directive": "CV 683/SKHCN-CĐS", "source": F["3"], "actors": [
        {"name": "Chủ tịch UBND các phường, xã có tên nêu trên", "role": None, "deadline": "trước ngày 15/5/2026",
         "task_quote": "xây dựng lộ trình khắc phục bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 65% trước ngày 30/6/2026"},
        {"name": "UBND xã Sa Mộc, xã Tương Khê và phường Mai Lĩnh", "role": None, "deadline": "trước ngày 22/4/2026",
         "task_quote": "gửi ngay báo cáo quý I/2026 về Sở trước ngày 22/4/2026; nêu rõ lý do chậm báo cáo"},
        {"name": "Công an tỉnh", "role": None, "deadline": None,
         "task_quote": "tổ chức cấp, kích hoạt tài khoản định danh điện tử mức 2 lưu động vào buổi tối và ngày nghỉ"},
        {"name": "Tỉnh đoàn", "role": None, "deadline": "trong quý II/2026",
         "task_quote": "bố trí đoàn viên tình nguyện trực tại Bộ phận một cửa và nhà văn hóa khu phố, thôn"},
        {"name": "Viễn thông Ngân Phong", "role": None, "deadline": "trong quý II/2026",
         "task_quote": "bố trí nhân viên kỹ thuật hỗ trợ tại Bộ phận một cửa của các đơn vị có tỷ lệ dưới 40%"},
        {"name": "Viettel Ngân Phong", "role": None, "deadline": "trong quý II/2026",
         "task_quote": "cấp miễn phí chữ ký số cá nhân cho người dân thực hiện thủ tục trong quý II/2026"},
        {"name": "Phòng Chuyển đổi số", "role": None, "deadline": "vào thứ Ba hằng tuần",
         "task_quote": "cập nhật bảng xếp hạng tỷ lệ hồ sơ trực tuyến của các phường, xã trên Cổng thông tin điện tử của Sở"},
    ], "intruders": ["Lương Quang Vinh", "Giám đốc Sở (để b/c)", "Trung tâm Phục vụ hành chính công tỉnh",
                     "Lưu: VT, CĐS", "UBND tỉnh (để b/c)"]},
    {"id": "wrw04", "directive": "BC 27-BC/ĐTN", "source": F["4"], "actors": [
        {"name": "Chi đoàn khu phố 4", "role": None, "deadline": "vào tối thứ Tư hằng tuần",
         "task_quote": "tổ chức thêm các buổi hỗ trợ vào tối thứ Tư hằng tuần (từ 19 giờ 00 đến 21 giờ 00)"},
        {"name": "Chi đoàn khu phố 8", "role": None, "deadline": "vào tối thứ Tư hằng tuần",
         "task_quote": "tổ chức thêm các buổi hỗ trợ vào tối thứ Tư hằng tuần (từ 19 giờ 00 đến 21 giờ 00)"},
        {"name": "Đội hình sinh viên tình nguyện Trường Cao đẳng Kỹ thuật Ngân Phong", "role": None, "deadline": "trước ngày 31/5/2026",
         "task_quote": "biên soạn bộ 10 video hướng dẫn ngắn, hoàn thành trước ngày 31/5/2026"},
        {"name": "Các chi đoàn khu phố", "role": None, "deadline": "trước ngày 10 hằng tháng",
         "task_quote": "cập nhật danh sách hộ chưa có thành viên sử dụng dịch vụ công trực tuyến, gửi Văn phòng Đoàn phường"},
        {"name": "UBND phường", "role": None, "deadline": None,
         "task_quote": "Đề nghị UBND phường hỗ trợ kinh phí 15.000.000 đồng để in tờ rơi hướng dẫn"},
        {"name": "Công an phường", "role": None, "deadline": None,
         "task_quote": "bố trí cán bộ cấp định danh điện tử lưu động tại khu phố 4 và khu phố 8 vào tối thứ Tư"},
        {"name": "Trường Tiểu học Hồng Liễu", "role": None, "deadline": None,
         "task_quote": "tiếp tục cho mượn phòng máy tính vào sáng Chủ nhật để mở lớp kỹ năng số cho phụ huynh"},
    ], "intruders": ["Bùi Anh Tuấn", "Ban Thường vụ Tỉnh đoàn (b/c)", "Thường trực Đảng ủy phường (b/c)",
                     "Lưu VP Đoàn phường", "Các chi đoàn trực thuộc"]},
    {"id": "wrw05", "directive": "TB 15/TB-CAP", "source": F["5"], "actors": [
        {"name": "Ban điều hành các khu phố 2, 4, 6 và 8", "role": None, "deadline": "trước ít nhất 03 ngày",
         "task_quote": "thông báo lịch trực lưu động trên loa truyền thanh và nhóm Zalo của khu phố trước ít nhất 03 ngày"},
        {"name": "Đoàn phường", "role": None, "deadline": None,
         "task_quote": "cử 04 đoàn viên tham gia mỗi buổi trực lưu động để hướng dẫn người dân cài đặt ứng dụng VNeID"},
        {"name": "Trường Tiểu học Hồng Liễu", "role": None, "deadline": "trước ngày 18/5/2026",
         "task_quote": "lập danh sách học sinh chưa có căn cước, gửi về Công an phường trước ngày 18/5/2026"},
        {"name": "Trường Tiểu học Phan Đình Giót", "role": None, "deadline": "trước ngày 18/5/2026",
         "task_quote": "lập danh sách học sinh chưa có căn cước, gửi về Công an phường trước ngày 18/5/2026"},
        {"name": "Tổ công nghệ số cộng đồng phường", "role": None, "deadline": None,
         "task_quote": "phân công thành viên hỗ trợ người cao tuổi, người khuyết tật tại các buổi trực lưu động"},
        {"name": "Công an phường", "role": None, "deadline": "vào sáng thứ Hai và sáng thứ Năm hằng tuần",
         "task_quote": "Công an phường cử 01 cán bộ trực vào sáng thứ Hai và sáng thứ Năm hằng tuần"},
    ], "intruders": ["Khổng Minh Tâm", "Công an tỉnh (PC06)", "Niêm yết tại trụ sở", "Lưu: HS, VT"]},
]


def main():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            w = json.loads(N(json.dumps(w, ensure_ascii=False)))
            f.write(json.dumps(w, ensure_ascii=False) + "\n")
    print(len(Q), "questions,", len(WW), "who-what lines")


if __name__ == "__main__":
    main()
