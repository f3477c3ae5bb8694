"""Builds questions.jsonl and who_what.jsonl for eval/blind6 (run once with python3)."""
import json, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
S1 = "p01_tb142_hu_phu_van_ket_luan_nq57.txt"
S2 = "p02_kh38_ubnd_xa_minh_tien_van_hoa_doc_cds.txt"
S3 = "p03_hd05_skhcn_dang_ky_nhiem_vu_2027.md"
S4 = "p04_bc87_thpt_phu_van_stem_cds.txt"
S5 = "p05_cv412_ubnd_huyen_phu_van_trien_khai_tb142.txt"
Q = []

def A(kind, q, ev, kw, hist=None, actors=None):
    Q.append(dict(question=q, answerable=True, kind=kind,
                  evidence=[{"source": s, "quote": t} for s, t in ev], keywords=kw,
                  history=hist, actors=actors))

def U(kind, q, hist=None):
    Q.append(dict(question=q, answerable=False, kind=kind, evidence=[], keywords=[], history=hist))

# ---------------- p01 ----------------
q1 = "Ban Thường vụ Huyện ủy Phù Vân họp ngày nào để đánh giá một năm thực hiện Nghị quyết 57, ai chủ trì cuộc họp?"
A("factoid", q1, [(S1, "Ngày 05/3/2026, Ban Thường vụ Huyện ủy Phù Vân họp nghe báo cáo kết quả một năm thực hiện Nghị quyết số 57-NQ/TW"),
                  (S1, "Đồng chí Nguyễn Văn Thắng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị")], ["05/3/2026", "Nguyễn Văn Thắng"])
q2 = "Năm 2025, hồ sơ thủ tục hành chính ở cấp huyện Phù Vân được xử lý trực tuyến toàn trình đạt tỷ lệ bao nhiêu?"
A("factoid", q2, [(S1, "trực tuyến toàn trình của cấp huyện đạt 68,5%, tăng 21,3 điểm phần trăm so với năm 2024")], ["68,5%"])
q3 = "Còn ở cấp xã thì được bao nhiêu?"
A("follow-up", q3, [(S1, "tăng 21,3 điểm phần trăm so với năm 2024; cấp xã đạt 54,2%")], ["54,2%"], hist=[q2])
U("follow-up", "Vậy riêng xã Khe Nứa thì tỷ lệ đó là bao nhiêu?", hist=[q2, q3])
A("list", "Thông báo kết luận của Huyện ủy chỉ ra những xã vùng cao nào còn chậm đưa nền tảng số vào quản lý?",
  [(S1, "ở một số xã vùng cao (Khe Nứa, Pa Cò, Tà Sình) còn chậm")], ["Khe Nứa", "Pa Cò", "Tà Sình"])
A("no-diacritics", "bao nhieu xa, thi tran o phu van da lap to cong nghe so cong dong trong nam 2025?",
  [(S1, "15/17 xã, thị trấn thành lập và duy trì Tổ công nghệ số cộng đồng với tổng số 1.124 thành viên")], ["15/17"])
A("who-what", "Huyện đoàn Phù Vân được Ban Thường vụ Huyện ủy giao nhiệm vụ gì, hạn đến bao giờ?",
  [(S1, "Huyện đoàn chủ trì thành lập các đội thanh niên tình nguyện \"Cùng dân làm chủ công nghệ\", mỗi xã, thị trấn ít nhất 01 đội, xong trước ngày 30/4/2026")],
  ["Cùng dân làm chủ công nghệ", "30/4/2026"], actors=["Huyện đoàn"])
A("who-what", "Theo kết luận của Ban Thường vụ Huyện ủy, Phòng GD&ĐT huyện phải làm gì về giáo dục STEM ở bậc THCS?",
  [(S1, "Phòng Giáo dục và Đào tạo tham mưu xây dựng kế hoạch giáo dục STEM trong các trường trung học cơ sở"),
   (S1, "100% trường trung học cơ sở có ít nhất 01 phòng học STEM hoặc góc STEM trước ngày 31/8/2026")],
  ["31/8/2026"], actors=["Phòng Giáo dục và Đào tạo"])
A("metadata", "TB 142-TB/HU do ai ký?", [(S1, "T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG Lê Thị Hạnh")], ["Lê Thị Hạnh"])
A("factoid", "Huyện ủy yêu cầu dành ít nhất bao nhiêu tiền ngân sách huyện năm 2026 cho chuyển đổi số ở cấp xã?",
  [(S1, "bố trí tối thiểu 1,2 tỷ đồng từ ngân sách huyện năm 2026 cho chuyển đổi số cấp xã")], ["1,2 tỷ đồng"])
A("factoid", "Đến hết năm 2025 bao nhiêu phần trăm thôn, tổ dân phố ở Phù Vân đã có tủ sách cộng đồng?",
  [(S1, "Tỷ lệ thôn, tổ dân phố có tủ sách cộng đồng đạt 71,4% (130/182)")], ["71,4%", "130/182"])
A("list", "Hai đề tài cấp tỉnh của huyện Phù Vân được duyệt nghiên cứu về những vấn đề gì?",
  [(S1, "huyện có 02 đề tài cấp tỉnh được phê duyệt (về trồng bưởi Phù Vân theo hướng hữu cơ và về bảo tồn hát ví Đồng Lĩnh)")],
  ["bưởi Phù Vân", "hát ví Đồng Lĩnh"])
U("unanswerable", "Hai đề tài cấp tỉnh về bưởi Phù Vân và hát ví Đồng Lĩnh được cấp kinh phí bao nhiêu?")
A("abbreviation", "Theo TB KL của BTV HU Phù Vân, năm 2026 chỉ tiêu hồ sơ trực tuyến toàn trình cấp huyện là bao nhiêu?",
  [(S1, "tỷ lệ hồ sơ trực tuyến toàn trình cấp huyện đạt từ 80% trở lên")], ["80%"])
q15 = "MTTQ huyện và các đoàn thể được Huyện ủy đề nghị vận động những gì?"
A("who-what", q15, [(S1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện vận động đoàn viên, hội viên tham gia phong trào \"Bình dân học vụ số\"")],
  ["Bình dân học vụ số"], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"])
A("follow-up", "Ngoài phong trào đó, họ còn phải vận động ủng hộ cái gì nữa?",
  [(S1, "ủng hộ sách cho tủ sách cộng đồng ở các thôn vùng cao")], ["ủng hộ sách"], hist=[q15])
U("unanswerable", "Ban Thường vụ Huyện ủy Phù Vân giao Trung tâm Y tế huyện nhiệm vụ gì về chuyển đổi số trong y tế?")
U("unanswerable", "Năm 2024 có bao nhiêu người dân Phù Vân được hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2?")
A("no-diacritics", "han chot de cac dang uy xa, thi tran xay dung ke hoach cu the la ngay nao?",
  [(S1, "xác định rõ chỉ tiêu, kinh phí và người chịu trách nhiệm; hoàn thành trước ngày 31/3/2026")], ["31/3/2026"])
A("who-what", "Đơn vị nào được Huyện ủy giao mở chuyên mục \"Phù Vân số\" và phối hợp với ai?",
  [(S1, "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện mở chuyên mục \"Phù Vân số\"")],
  ["Ban Tuyên giáo và Dân vận Huyện ủy"], actors=["Ban Tuyên giáo và Dân vận Huyện ủy", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
A("factoid", "Có bao nhiêu xã ở Phù Vân chưa có công chức được đào tạo đúng chuyên ngành công nghệ thông tin?",
  [(S1, "09/17 xã chưa có công chức được đào tạo đúng chuyên ngành")], ["09/17"])
U("unanswerable", "Sáu Trung tâm học tập cộng đồng chưa có phòng máy tính kết nối Internet là của những xã nào?")
U("no-diacritics", "tb 142 cua huyen uy phu van noi nam 2024 huyen co bao nhieu sang kien cap huyen duoc cong nhan?")

# ---------------- p02 ----------------
A("factoid", "Xã Minh Tiến đặt mục tiêu mỗi tủ sách thôn có tối thiểu bao nhiêu đầu sách?",
  [(S2, "mỗi tủ sách có tối thiểu 300 đầu sách")], ["300 đầu sách"])
A("list", "Những thôn nào ở Minh Tiến chưa có tủ sách, và phải hoàn thành trước ngày nào?",
  [(S2, "Ba thôn còn lại (thôn Khe Tre, thôn Nà Lùng, thôn Đồng Chùa) hoàn thành trước ngày 30/6/2026")],
  ["Khe Tre", "Nà Lùng", "Đồng Chùa", "30/6/2026"])
q25 = "Kế hoạch phát triển văn hóa đọc và chuyển đổi số cộng đồng của xã Minh Tiến cần tổng cộng bao nhiêu tiền?"
A("factoid", q25, [(S2, "Tổng kinh phí thực hiện Kế hoạch là 186 triệu đồng")], ["186 triệu đồng"])
q26 = "Trong đó ngân sách xã bỏ ra bao nhiêu?"
A("follow-up", q26, [(S2, "Ngân sách xã: 120 triệu đồng")], ["120 triệu đồng"], hist=[q25])
A("follow-up", "Còn phần xã hội hóa là bao nhiêu và dùng vào việc gì?",
  [(S2, "Nguồn xã hội hóa: 66 triệu đồng (mua sách, giá sách cho 3 tủ sách thôn mới)")], ["66 triệu đồng", "mua sách"], hist=[q25, q26])
U("unanswerable", "Mỗi thôn Khe Tre, Nà Lùng, Đồng Chùa được chia bao nhiêu tiền xã hội hóa để mua sách?")
A("no-diacritics", "tthtcd xa minh tien phai to chuc bao nhieu chuyen de trong nam 2026?",
  [(S2, "Trung tâm học tập cộng đồng xã tổ chức ít nhất 24 chuyên đề trong năm, trong đó có 10 chuyên đề về kỹ năng số")], ["24 chuyên đề"])
A("list", "Các buổi chuyên đề về kỹ năng số ở Minh Tiến sẽ dạy người dân những gì?",
  [(S2, "sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt, nhận diện lừa đảo trên mạng, bán hàng nông sản trên sàn thương mại điện tử")],
  ["VNeID", "thanh toán không dùng tiền mặt", "nhận diện lừa đảo"])
A("who-what", "Ai lo soạn chương trình 24 chuyên đề của xã Minh Tiến và phải trình duyệt trước ngày nào?",
  [(S2, "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Ban Giám đốc Trung tâm học tập cộng đồng xã xây dựng chương trình 24 chuyên đề"),
   (S2, "trình Chủ tịch Ủy ban nhân dân xã phê duyệt trước ngày 15/4/2026")], ["15/4/2026"], actors=["Công chức Văn hóa - Xã hội"])
A("who-what", "Đoàn Thanh niên xã Minh Tiến cùng đơn vị nào lo việc gom sách cho các thôn?",
  [(S2, "Đoàn Thanh niên xã phối hợp với Trường THCS Minh Tiến vận động học sinh, thanh niên quyên góp sách cũ")],
  ["Trường THCS Minh Tiến", "quyên góp sách cũ"], actors=["Đoàn Thanh niên xã", "Trường THCS Minh Tiến"])
A("abbreviation", "KH 38/KH-UBND xã Minh Tiến mở lớp Bình dân học vụ số cho người cao tuổi vào thời gian nào?",
  [(S2, "mở lớp \"Bình dân học vụ số\" cho người cao tuổi vào tối thứ Bảy hằng tuần, bắt đầu từ tháng 5/2026")],
  ["tối thứ Bảy", "tháng 5/2026"])
A("factoid", "Trung tâm học tập cộng đồng xã Minh Tiến được mua sắm mấy máy tính, tốn bao nhiêu?",
  [(S2, "mua 10 máy tính cho Trung tâm học tập cộng đồng: 95 triệu đồng")], ["10 máy tính", "95 triệu đồng"])
U("unanswerable", "Huyện hỗ trợ xã Minh Tiến bao nhiêu tiền để mua thiết bị phát wifi cho nhà văn hóa thôn?")
A("metadata", "Kế hoạch về văn hóa đọc của UBND xã Minh Tiến ban hành ngày nào và ai ký?",
  [(S2, "Minh Tiến, ngày 28 tháng 3 năm 2026"), (S2, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đinh Văn Lộc")],
  ["28 tháng 3 năm 2026", "Đinh Văn Lộc"])
A("no-diacritics", "xa minh tien phan dau bao nhieu phan tram ho gia dinh biet dung dich vu cong truc tuyen?",
  [(S2, "phấn đấu 75% hộ gia đình có ít nhất một người biết sử dụng dịch vụ công trực tuyến")], ["75%"])
A("factoid", "Các Tổ công nghệ số cộng đồng ở thôn của xã Minh Tiến có tổng cộng bao nhiêu người?",
  [(S2, "Tổ công nghệ số cộng đồng của 8 thôn được kiện toàn với tổng số 48 thành viên")], ["48 thành viên"])
U("unanswerable", "Tủ sách thôn Gò Mít hiện có bao nhiêu đầu sách?")
A("who-what", "Trưởng thôn phải đảm nhận những việc gì theo kế hoạch của xã Minh Tiến?",
  [(S2, "Trưởng thôn các thôn chịu trách nhiệm bố trí địa điểm đặt tủ sách tại nhà văn hóa thôn")],
  ["nhà văn hóa thôn"], actors=["Trưởng thôn các thôn"])
A("no-diacritics", "xa minh tien bao cao ket qua thuc hien len huyen vao nhung moc nao?",
  [(S2, "trước ngày 10/6/2026 và trước ngày 10/12/2026")], ["10/6/2026", "10/12/2026"])
U("unanswerable", "Thực tế năm 2026 xã Minh Tiến đạt tỷ lệ hồ sơ trực tuyến toàn trình là bao nhiêu?")
A("no-diacritics", "kh 38 cua xa minh tien giao ai huong dan nguoi dan nop ho so truc tuyen?",
  [(S2, "Công chức Văn phòng - Thống kê phụ trách bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến")], ["Văn phòng - Thống kê"])
U("unanswerable", "Xã Minh Tiến hiện có bao nhiêu hộ gia đình?")

# ---------------- p03 ----------------
q43 = "Ngân sách tỉnh hỗ trợ tối đa bao nhiêu cho một dự án sản xuất thử nghiệm?"
A("factoid", q43, [(S3, "Dự án sản xuất thử nghiệm: không quá 1.500 triệu đồng/dự án")], ["1.500 triệu đồng"])
A("follow-up", "Còn đề tài khoa học xã hội và nhân văn thì mức trần là bao nhiêu?",
  [(S3, "Đề tài thuộc lĩnh vực khoa học xã hội và nhân văn: không quá 450 triệu đồng/đề tài")], ["450 triệu đồng"], hist=[q43])
A("no-diacritics", "han gui phieu de xuat nhiem vu khcn cap tinh thuc hien tu nam 2027 la ngay nao?",
  [(S3, "gửi phiếu đề xuất nhiệm vụ | Trước ngày 31/5/2026")], ["31/5/2026"])
A("abbreviation", "Hội đồng tư vấn xác định nhiệm vụ KH&CN cấp tỉnh họp trong khoảng thời gian nào?",
  [(S3, "Họp Hội đồng tư vấn xác định nhiệm vụ | Từ 22/6 đến 15/7/2026")], ["22/6", "15/7/2026"])
q47 = "Hội đồng tư vấn xác định nhiệm vụ gồm bao nhiêu người?"
A("factoid", q47, [(S3, "Hội đồng do Giám đốc Sở Khoa học và Công nghệ quyết định thành lập, gồm 07 thành viên")], ["07 thành viên"])
A("follow-up", "Một đề xuất cần bao nhiêu điểm thì mới được hội đồng đó xem xét?",
  [(S3, "đề xuất đạt từ 70 điểm trở lên mới được xem xét")], ["70 điểm"], hist=[q47])
A("metadata", "Số điện thoại và địa chỉ thư điện tử để hỏi về hồ sơ đề xuất nhiệm vụ KH&CN là gì?",
  [(S3, "điện thoại 0214.3852.617; thư điện tử qlkh.skhcn@bachason.gov.vn")], ["0214.3852.617", "qlkh.skhcn@bachason.gov.vn"])
A("factoid", "Người phụ trách giải đáp về đề xuất nhiệm vụ khoa học cấp tỉnh là ai, giữ chức gì?",
  [(S3, "bà Trịnh Thu Trang, Phó Trưởng phòng Quản lý khoa học")], ["Trịnh Thu Trang"])
A("who-what", "Đơn vị nào của Sở KH&CN là đầu mối nhận hồ sơ đề xuất?",
  [(S3, "Phòng Quản lý khoa học là đầu mối tiếp nhận hồ sơ, giải đáp vướng mắc")], ["Phòng Quản lý khoa học"], actors=["Phòng Quản lý khoa học"])
A("factoid", "Một trường THPT có được tự đứng ra chủ trì đề xuất nhiệm vụ khoa học cấp tỉnh không?",
  [(S3, "phải phối hợp với một trường đại học hoặc viện nghiên cứu làm đơn vị chủ trì")], ["trường đại học hoặc viện nghiên cứu"])
A("factoid", "Với dự án sản xuất thử nghiệm, doanh nghiệp phải cam kết góp vốn đối ứng ít nhất bao nhiêu?",
  [(S3, "văn bản cam kết đối ứng vốn của doanh nghiệp, tối thiểu 40% tổng kinh phí")], ["40%"])
A("list", "Sở KH&CN ưu tiên nghiên cứu những đặc sản có chỉ dẫn địa lý nào?",
  [(S3, "(bưởi Phù Vân, chè Tà Sình, mật ong bạc hà)")], ["bưởi Phù Vân", "chè Tà Sình", "mật ong bạc hà"])
U("unanswerable", "Năm 2026 Sở KH&CN Bắc Hà Sơn đã phê duyệt bao nhiêu đề tài cấp tỉnh?")
U("unanswerable", "Hồ sơ đề xuất nộp ở phòng số mấy trong trụ sở Sở Khoa học và Công nghệ?")
U("unanswerable", "Mức kinh phí tối đa cho một nhiệm vụ khoa học và công nghệ cấp cơ sở là bao nhiêu?")
A("no-diacritics", "ubnd cac huyen phai gui tong hop de xuat ve so khcn truoc ngay nao?",
  [(S3, "gửi về Sở trước ngày 25/5/2026 để kịp phân loại")], ["25/5/2026"])
A("factoid", "Một đề tài cấp tỉnh được phép thực hiện trong thời gian dài nhất là bao lâu?",
  [(S3, "Thời gian thực hiện tối đa 30 tháng đối với đề tài và 36 tháng đối với dự án sản xuất thử nghiệm")], ["30 tháng"])
A("metadata", "HD 05/HD-SKHCN do ai ký?", [(S3, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hà Quang Vinh")], ["Hà Quang Vinh"])
A("who-what", "Phòng Kế hoạch - Tài chính của Sở tham gia vào khâu nào?",
  [(S3, "Phòng Kế hoạch - Tài chính phối hợp thẩm định dự toán kinh phí các nhiệm vụ được phê duyệt")],
  ["thẩm định dự toán"], actors=["Phòng Kế hoạch - Tài chính"])
A("list", "Bộ hồ sơ đề xuất nhiệm vụ KH&CN cấp tỉnh gồm những giấy tờ gì?",
  [(S3, "Phiếu đề xuất nhiệm vụ khoa học và công nghệ theo mẫu"),
   (S3, "Văn bản xác nhận nhu cầu ứng dụng kết quả của cơ quan, đơn vị, địa phương dự kiến tiếp nhận")],
  ["Phiếu đề xuất", "Văn bản xác nhận nhu cầu ứng dụng"])
A("factoid", "Một nhà khoa học cá nhân cần điều kiện gì để được đề xuất nhiệm vụ?",
  [(S3, "có trình độ từ thạc sĩ trở lên, hoặc có ít nhất 05 năm kinh nghiệm trong lĩnh vực đăng ký")], ["thạc sĩ", "05 năm"])
A("no-diacritics", "hd 05 skhcn: de tai linh vuc y duoc duoc ho tro toi da bao nhieu tien?",
  [(S3, "Đề tài thuộc lĩnh vực khoa học tự nhiên, kỹ thuật và công nghệ, nông nghiệp, y dược: không quá 900 triệu đồng/đề tài")], ["900 triệu đồng"])
U("unanswerable", "Hạn nộp báo cáo quyết toán kinh phí của các nhiệm vụ KH&CN cấp tỉnh năm 2027 là khi nào?")
U("unanswerable", "Ai được cử làm chủ tịch Hội đồng tư vấn xác định nhiệm vụ năm 2026?")

# ---------------- p04 ----------------
A("factoid", "Năm học 2025-2026 Trường THPT Phù Vân có bao nhiêu học sinh?",
  [(S4, "nhà trường có 33 lớp với 1.236 học sinh")], ["1.236"])
A("factoid", "Số bài học STEM của trường năm nay tăng bao nhiêu so với năm học trước?",
  [(S4, "Tổ chức 42 bài học STEM trong các môn Vật lý, Hóa học, Sinh học, Công nghệ, Tin học (năm học 2024 - 2025: 27 bài)")], ["42", "27 bài"])
q66 = "Những học sinh nào của THPT Phù Vân giành giải Nhất học sinh giỏi cấp tỉnh?"
A("list", q66, [(S4, "Em Hoàng Minh Khuê, lớp 12A1, đạt giải Nhất môn Vật lý; em Lục Thị Ngân, lớp 12A2, đạt giải Nhất môn Tin học")],
  ["Hoàng Minh Khuê", "Lục Thị Ngân"])
A("follow-up", "Cả trường được tổng cộng bao nhiêu giải, nhiều hơn năm trước mấy giải?",
  [(S4, "31 giải (02 giải Nhất, 07 giải Nhì, 10 giải Ba, 12 giải Khuyến khích), tăng 07 giải so với năm học trước (24 giải)")],
  ["31 giải", "07 giải"], hist=[q66])
q68 = "Dự án khoa học kỹ thuật nào của trường được chọn đi thi cấp quốc gia?"
A("factoid", q68, [(S4, "Dự án \"Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm và kết nối Zalo\""),
                   (S4, "đạt giải Nhì và được chọn dự thi cấp quốc gia")], ["Hệ thống cảnh báo sạt lở đất"])
q69 = "Ai là tác giả của dự án đó?"
A("follow-up", q69, [(S4, "của hai em Lò Văn Tùng và Đặng Thu Hà, lớp 11A3")], ["Lò Văn Tùng", "Đặng Thu Hà"], hist=[q68])
U("follow-up", "Thế ở cuộc thi quốc gia dự án này đoạt giải gì?", hist=[q68, q69])
A("no-diacritics", "ty le giao vien dat chuan nang luc so muc co ban cua truong thpt phu van la bao nhieu?",
  [(S4, "92,4% giáo viên đạt chuẩn năng lực số mức cơ bản trở lên qua khảo sát tháng 12/2025 (năm học trước: 78,1%)")], ["92,4%"])
A("factoid", "Tổ Tin học góp bao nhiêu bài vào Kho học liệu số dùng chung của tỉnh?",
  [(S4, "Tổ Tin học xây dựng 126 bài giảng điện tử, đóng góp 38 bài cho Kho học liệu số dùng chung của tỉnh")], ["38 bài"])
U("unanswerable", "Năm 2025 Trường THPT Phù Vân có bao nhiêu học sinh trúng tuyển đại học?")
U("unanswerable", "Tỷ lệ học sinh lớp 12 của trường đỗ tốt nghiệp năm 2026 là bao nhiêu?")
A("factoid", "Câu lạc bộ Robotics của trường tên là gì và có bao nhiêu thành viên?",
  [(S4, "Thành lập Câu lạc bộ Robotics \"PV Robot\" với 36 thành viên")], ["PV Robot", "36"])
A("no-diacritics", "nam hoc 2025-2026 truong thpt phu van van dong duoc bao nhieu tien xa hoi hoa cho stem?",
  [(S4, "năm học 2025 - 2026 huy động được 145 triệu đồng")], ["145 triệu đồng"])
A("abbreviation", "Trường THPT Phù Vân đề nghị Sở GD&ĐT hỗ trợ những gì cho năm học tới?",
  [(S4, "Đề nghị Sở Giáo dục và Đào tạo hỗ trợ thay thế 40 máy tính và nâng cấp đường truyền Internet lên 300 Mbps")],
  ["40 máy tính", "300 Mbps"])
A("metadata", "BC 87 của Trường THPT Phù Vân ai ký và đề ngày nào?",
  [(S4, "HIỆU TRƯỞNG Vũ Đức Trung"), (S4, "Phù Vân, ngày 28 tháng 5 năm 2026")], ["Vũ Đức Trung", "28 tháng 5 năm 2026"])
U("unanswerable", "Em Nguyễn Gia Bảo đoạt giải Ba Tin học trẻ được nhà trường thưởng bao nhiêu tiền?")
A("factoid", "Học sinh người dân tộc thiểu số chiếm tỷ lệ bao nhiêu trong trường?",
  [(S4, "Học sinh dân tộc thiểu số chiếm 23,6%")], ["23,6%"])
U("unanswerable", "Năm học 2025-2026 trường có bao nhiêu giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh?")
A("factoid", "Trường THPT Phù Vân có mấy phòng tin học và tổng bao nhiêu máy tính?",
  [(S4, "03 phòng tin học với 120 máy tính")], ["120 máy tính"])
A("no-diacritics", "bc 87 thpt phu van: ngay hoi stem cap truong to chuc ngay nao, trung bay bao nhieu san pham?",
  [(S4, "tổ chức Ngày hội STEM cấp trường ngày 26/3/2026 với 18 sản phẩm trưng bày")], ["26/3/2026", "18 sản phẩm"])
U("no-diacritics", "truong thpt phu van co bao nhieu hoc sinh dat giai hoc sinh gioi cap quoc gia nam 2026?")

# ---------------- p05 ----------------
q83 = "Theo công văn của UBND huyện, Phòng Văn hóa và Thông tin phải làm gì với Tổ công nghệ số cộng đồng, hạn khi nào?"
A("who-what", q83, [(S5, "Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn rà soát, kiện toàn Tổ công nghệ số cộng đồng"),
                    (S5, "ban hành hướng dẫn khung về chức năng, nhiệm vụ của Tổ trước ngày 10/4/2026")], ["10/4/2026"], actors=["Phòng Văn hóa và Thông tin"])
A("follow-up", "Còn những xã chưa lập Tổ thì phải xong trước ngày nào?",
  [(S5, "Riêng 02 xã chưa thành lập Tổ (xã Pa Cò, xã Tà Sình) phải hoàn thành trước ngày 20/4/2026")], ["Pa Cò", "Tà Sình", "20/4/2026"], hist=[q83])
q85 = "Phòng Tài chính - Kế hoạch được CV 412 giao nhiệm vụ gì?"
A("who-what", q85, [(S5, "Giao Phòng Tài chính - Kế hoạch tham mưu bố trí 1,2 tỷ đồng từ nguồn ngân sách huyện năm 2026 hỗ trợ chuyển đổi số cấp xã"),
                    (S5, "trình Ủy ban nhân dân huyện phương án phân bổ trước ngày 30/4/2026")], ["1,2 tỷ đồng", "30/4/2026"], actors=["Phòng Tài chính - Kế hoạch"])
U("follow-up", "Trong số tiền ấy xã Pa Cò được phân bổ bao nhiêu?", hist=[q85])
A("who-what", "Trung tâm VH-TT&TT huyện phải đăng ít nhất bao nhiêu tin bài mỗi tháng trên chuyên mục Phù Vân số?",
  [(S5, "Giao Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy mở chuyên mục"),
   (S5, "đăng tải tối thiểu 04 tin, bài mỗi tháng")], ["04 tin, bài"], actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
A("no-diacritics", "ubnd cac xa, thi tran phai ban hanh ke hoach van hoa doc va chuyen doi so cong dong truoc ngay nao?",
  [(S5, "Ủy ban nhân dân các xã, thị trấn ban hành kế hoạch phát triển văn hóa đọc, học tập suốt đời và chuyển đổi số cộng đồng năm 2026 trước ngày 31/3/2026")], ["31/3/2026"])
A("factoid", "Theo công văn của huyện, đến ngày nào thì 100% thôn, tổ dân phố phải có tủ sách cộng đồng?",
  [(S5, "phấn đấu đến ngày 30/9/2026 đạt 100% thôn, tổ dân phố có tủ sách cộng đồng")], ["30/9/2026"])
A("metadata", "Công văn 412/UBND-VHTT do ai ký?",
  [(S5, "Trường THPT Phù Vân;                             Phạm Thị Thu Hương")], ["Phạm Thị Thu Hương"])
A("factoid", "Khi vướng mắc trong thực hiện công văn 412 thì gọi số điện thoại nào?",
  [(S5, "qua Phòng Văn hóa và Thông tin, điện thoại 0214.3871.205")], ["0214.3871.205"])
U("unanswerable", "Địa chỉ email của Phòng Văn hóa và Thông tin huyện Phù Vân là gì?")
A("factoid", "Ngày hội STEM liên trường cho học sinh THCS sẽ tổ chức vào lúc nào và phối hợp với trường nào?",
  [(S5, "Phối hợp với Trường THPT Phù Vân tổ chức Ngày hội STEM liên trường cho học sinh trung học cơ sở trong tháng 11/2026")],
  ["tháng 11/2026", "Trường THPT Phù Vân"])
A("no-diacritics", "phong gd&dt phai bao cao danh muc thiet bi stem con thieu truoc ngay nao?",
  [(S5, "khảo sát, báo cáo Ủy ban nhân dân huyện danh mục thiết bị còn thiếu trước ngày 15/5/2026")], ["15/5/2026"])
A("factoid", "Huyện đặt chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình cấp xã năm 2026 là bao nhiêu?",
  [(S5, "phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình cấp xã đạt từ 60% trở lên trong năm 2026")], ["60%"])
A("list", "Công văn 412 của UBND huyện Phù Vân được gửi đến những cơ quan, đơn vị nào?",
  [(S5, "Phòng Văn hóa và Thông tin; - Phòng Giáo dục và Đào tạo; - Phòng Tài chính - Kế hoạch;"),
   (S5, "Trung tâm Văn hóa, Thông tin và Thể thao huyện; - Ủy ban nhân dân các xã, thị trấn.")],
  ["Phòng Tài chính - Kế hoạch", "Ủy ban nhân dân các xã, thị trấn"])
A("abbreviation", "Theo CV 412 của UBND huyện, mỗi TTHTCĐ phải có gì đi vào hoạt động trong quý II/2026?",
  [(S5, "bảo đảm mỗi Trung tâm học tập cộng đồng có ít nhất 01 lớp \"Bình dân học vụ số\" đi vào hoạt động trong quý II/2026")],
  ["Bình dân học vụ số"])
U("unanswerable", "Trong quý I/2026 Thư viện huyện đã luân chuyển bao nhiêu cuốn sách về các thôn vùng cao?")
U("unanswerable", "Công văn số 415/UBND-VHTT của UBND huyện Phù Vân yêu cầu những nội dung gì?")
U("unanswerable", "Xã Đồng Lĩnh đã ban hành kế hoạch văn hóa đọc theo yêu cầu của công văn 412 chưa?")

# ---------------- corpus ----------------
A("corpus", "Những văn bản nào triển khai Thông báo kết luận 142-TB/HU của Huyện ủy Phù Vân?",
  [(S5, "Số: 412/UBND-VHTT                    Phù Vân, ngày 20 tháng 3 năm 2026"), (S2, "XÃ MINH TIẾN Số: 38/KH-UBND")],
  ["412/UBND-VHTT", "38/KH-UBND"])
A("corpus", "Bà Phạm Thị Thu Hương xuất hiện trong những văn bản nào và giữ chức vụ gì?",
  [(S1, "đồng chí Phạm Thị Thu Hương, Phó Chủ tịch Ủy ban nhân dân huyện"),
   (S5, "Trường THPT Phù Vân;                             Phạm Thị Thu Hương")], ["Phó Chủ tịch"])
A("corpus", "Khoản 1,2 tỷ đồng hỗ trợ chuyển đổi số cấp xã được nhắc đến ở những văn bản nào?",
  [(S1, "bố trí tối thiểu 1,2 tỷ đồng từ ngân sách huyện năm 2026 cho chuyển đổi số cấp xã"),
   (S5, "tham mưu bố trí 1,2 tỷ đồng từ nguồn ngân sách huyện năm 2026 hỗ trợ chuyển đổi số cấp xã")], ["1,2 tỷ đồng"])
A("corpus", "Văn bản nào nói đến chuyện bán bưởi Phù Vân trên sàn thương mại điện tử, và văn bản nào coi bưởi Phù Vân là hướng nghiên cứu ưu tiên?",
  [(S2, "kỹ năng bán bưởi Phù Vân trên sàn thương mại điện tử"),
   (S3, "phát triển sản phẩm đặc sản có chỉ dẫn địa lý (bưởi Phù Vân")], ["bưởi Phù Vân", "chỉ dẫn địa lý"])
A("corpus", "Trường THPT Phù Vân định đề xuất nhiệm vụ khoa học cấp tỉnh; theo hướng dẫn của Sở thì trường cần điều kiện gì?",
  [(S4, "Phối hợp với một trường đại học đăng ký đề xuất nhiệm vụ khoa học cấp tỉnh về giáo dục STEM"),
   (S3, "Trường trung học phổ thông được đề xuất nhiệm vụ về giáo dục STEM và khoa học giáo dục")], ["trường đại học"])
A("corpus", "van ban nao nhac den doi thanh nien tinh nguyen huong dan ky nang so cho nguoi dan?",
  [(S1, "Huyện đoàn chủ trì thành lập các đội thanh niên tình nguyện"),
   (S4, "tạo điều kiện để học sinh tham gia các đội thanh niên tình nguyện hướng dẫn kỹ năng số tại các xã")], ["đội thanh niên tình nguyện"])
U("unanswerable", "Trong bộ văn bản này, Sở Y tế Bắc Hà Sơn chỉ đạo gì về chuyển đổi số ở trạm y tế xã?")
A("corpus", "Đoàn Thanh niên xã Minh Tiến phối hợp với những trường nào, để làm gì?",
  [(S2, "Đoàn Thanh niên xã phối hợp với Trường THCS Minh Tiến vận động học sinh, thanh niên quyên góp sách cũ"),
   (S4, "Phối hợp với Đoàn Thanh niên xã Minh Tiến tổ chức 03 buổi hướng dẫn người dân cài đặt VNeID")],
  ["Trường THCS Minh Tiến", "VNeID"])

DROP = ["Có bao nhiêu xã ở Phù Vân chưa có công chức", "Huyện ủy yêu cầu dành ít nhất bao nhiêu tiền",
 "Đến hết năm 2025 bao nhiêu phần trăm thôn", "mỗi tủ sách thôn có tối thiểu", "có tổng cộng bao nhiêu người?",
 "được mua sắm mấy máy tính", "Các buổi chuyên đề về kỹ năng số", "Trưởng thôn phải đảm nhận",
 "thời gian dài nhất là bao lâu", "Một nhà khoa học cá nhân", "doanh nghiệp phải cam kết góp vốn",
 "Người phụ trách giải đáp", "Phòng Kế hoạch - Tài chính của Sở", "Một trường THPT có được tự đứng ra",
 "Học sinh người dân tộc thiểu số", "có mấy phòng tin học", "Câu lạc bộ Robotics của trường",
 "Tổ Tin học góp bao nhiêu", "đến ngày nào thì 100% thôn", "Huyện đặt chỉ tiêu tỷ lệ hồ sơ"]
for d in DROP:
    hits = [q for q in Q if d in q["question"]]
    assert len(hits) == 1, d
    Q.remove(hits[0])

def nfc(x):
    if isinstance(x, str): return unicodedata.normalize("NFC", x)
    if isinstance(x, list): return [nfc(i) for i in x]
    if isinstance(x, dict): return {k: nfc(v) for k, v in x.items()}
    return x

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, q in enumerate(Q, 1):
        d = {"id": "px%03d" % i, "question": q["question"], "answerable": q["answerable"], "kind": q["kind"],
             "evidence": q["evidence"], "keywords": q["keywords"]}
        if q.get("history"): d["history"] = q["history"]
        if q.get("actors"): d["actors"] = q["actors"]
        f.write(json.dumps(nfc(d), ensure_ascii=False) + "\n")
print(len(Q), "questions")

# ---------------- who_what gold ----------------
def act(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}

Q_MTTQ = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện vận động đoàn viên, hội viên tham gia phong trào \"Bình dân học vụ số\""
Q_BTG1 = "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện mở chuyên mục \"Phù Vân số\""
Q_VHXH = "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Ban Giám đốc Trung tâm học tập cộng đồng xã xây dựng chương trình 24 chuyên đề"
Q_DTN = "Đoàn Thanh niên xã phối hợp với Trường THCS Minh Tiến vận động học sinh, thanh niên quyên góp sách cũ"
Q_MTX = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và Hội Nông dân xã vận động hội viên tham gia lớp học kỹ năng số"
Q_TTVH = "Giao Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy mở chuyên mục \"Phù Vân số\""
WW = [
 {"id": "wp01", "directive": "TB 142-TB/HU", "source": S1, "actors": [
   act("Ban cán sự đảng Ủy ban nhân dân huyện", None, "trước ngày 25/3/2026", "Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo Ủy ban nhân dân huyện ban hành văn bản chỉ đạo triển khai các nhiệm vụ tại Thông báo này"),
   act("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "trong quý II/2026", Q_BTG1),
   act("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "phối hợp", "trong quý II/2026", Q_BTG1),
   act("Phòng Giáo dục và Đào tạo", None, "trước ngày 31/8/2026", "Phòng Giáo dục và Đào tạo tham mưu xây dựng kế hoạch giáo dục STEM trong các trường trung học cơ sở"),
   act("Phòng Văn hóa và Thông tin", "chủ trì", "trước ngày 15/6/2026 và trước ngày 15/12/2026", "Phòng Văn hóa và Thông tin chủ trì hướng dẫn các xã, thị trấn kiện toàn Tổ công nghệ số cộng đồng"),
   act("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None, None, Q_MTTQ),
   act("các đoàn thể chính trị - xã hội huyện", None, None, Q_MTTQ),
   act("Các đảng ủy xã, thị trấn", None, "trước ngày 31/3/2026", "Các đảng ủy xã, thị trấn lãnh đạo chính quyền cùng cấp xây dựng kế hoạch cụ thể"),
   act("Đảng ủy các xã Khe Nứa, Pa Cò, Tà Sình", None, None, "Đảng ủy các xã Khe Nứa, Pa Cò, Tà Sình phải có giải pháp riêng về hạ tầng và nhân lực số"),
   act("Huyện đoàn", "chủ trì", "trước ngày 30/4/2026", "Huyện đoàn chủ trì thành lập các đội thanh niên tình nguyện \"Cùng dân làm chủ công nghệ\", mỗi xã, thị trấn ít nhất 01 đội"),
   act("Văn phòng Huyện ủy", None, None, "Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận này")],
  "intruders": ["Lê Thị Hạnh", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY PHÙ VÂN",
                "Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên",
                "Lưu Văn phòng Huyện ủy", "Số 142-TB/HU", "Nguyễn Văn Thắng", "Bộ Chính trị"]},
 {"id": "wp02", "directive": "KH 38/KH-UBND", "source": S2, "actors": [
   act("Công chức Văn hóa - Xã hội", "chủ trì", "trước ngày 15/4/2026", Q_VHXH),
   act("Ban Giám đốc Trung tâm học tập cộng đồng xã", "phối hợp", "trước ngày 15/4/2026", Q_VHXH),
   act("Trung tâm học tập cộng đồng xã", None, "bắt đầu từ tháng 5/2026", "Trung tâm học tập cộng đồng xã bố trí phòng học kỹ năng số với 10 máy tính kết nối Internet"),
   act("Đoàn Thanh niên xã", None, None, Q_DTN),
   act("Trường THCS Minh Tiến", "phối hợp", None, Q_DTN),
   act("Công chức Văn phòng - Thống kê", None, "hằng tháng trước ngày 25", "Công chức Văn phòng - Thống kê phụ trách bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến"),
   act("Trưởng thôn các thôn", None, None, "Trưởng thôn các thôn chịu trách nhiệm bố trí địa điểm đặt tủ sách tại nhà văn hóa thôn"),
   act("Ủy ban Mặt trận Tổ quốc Việt Nam xã", None, None, Q_MTX),
   act("Hội Nông dân xã", None, None, Q_MTX),
   act("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", None, "trước ngày 10/6/2026 và trước ngày 10/12/2026", "Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã theo dõi, đôn đốc, tổng hợp kết quả")],
  "intruders": ["Đinh Văn Lộc", "TM. ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND huyện Phù Vân (b/c)",
                "Phòng Văn hóa và Thông tin huyện", "TT Đảng ủy, TT HĐND xã", "UBMTTQ và các đoàn thể xã", "Trưởng các thôn",
                "Lưu: VT, VHXH", "Số: 38/KH-UBND"]},
 {"id": "wp03", "directive": "HD 05/HD-SKHCN", "source": S3, "actors": [
   act("Tổ chức, cá nhân đề xuất", None, "Trước ngày 31/5/2026", "Tổ chức, cá nhân gửi phiếu đề xuất nhiệm vụ | Trước ngày 31/5/2026 | Tổ chức, cá nhân đề xuất"),
   act("Phòng Quản lý khoa học", None, "Từ 01/6 đến 20/6/2026", "Tổng hợp, tra cứu trùng lặp, phân loại đề xuất | Từ 01/6 đến 20/6/2026 | Phòng Quản lý khoa học"),
   act("Sở Khoa học và Công nghệ", None, "Trước ngày 31/7/2026", "Trình UBND tỉnh phê duyệt danh mục đặt hàng | Trước ngày 31/7/2026 | Sở Khoa học và Công nghệ"),
   act("Tổ chức đăng ký chủ trì", None, "Trước ngày 30/9/2026", "Nộp hồ sơ đăng ký chủ trì nhiệm vụ | Trước ngày 30/9/2026 | Tổ chức đăng ký chủ trì"),
   act("Phòng Kế hoạch - Tài chính", "phối hợp", None, "Phòng Kế hoạch - Tài chính phối hợp thẩm định dự toán kinh phí các nhiệm vụ được phê duyệt"),
   act("Ủy ban nhân dân các huyện, thành phố", None, "trước ngày 25/5/2026", "Ủy ban nhân dân các huyện, thành phố tổng hợp đề xuất của địa phương, gửi về Sở trước ngày 25/5/2026")],
  "intruders": ["Hà Quang Vinh", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "UBND TỈNH BẮC HÀ SƠN", "UBND tỉnh (b/c)", "Các sở, ban, ngành",
                "UBND các huyện, thành phố", "Lưu: VT, QLKH", "Trịnh Thu Trang", "Đơn vị thực hiện", "Bộ Chính trị", "Số: 05/HD-SKHCN"]},
 {"id": "wp04", "directive": "BC 87/BC-THPTPV", "source": S4, "actors": [
   act("Sở Giáo dục và Đào tạo", None, None, "Đề nghị Sở Giáo dục và Đào tạo hỗ trợ thay thế 40 máy tính và nâng cấp đường truyền Internet lên 300 Mbps"),
   act("Ủy ban nhân dân huyện Phù Vân", None, None, "Đề nghị Ủy ban nhân dân huyện Phù Vân quan tâm hỗ trợ kinh phí khen thưởng cho học sinh đạt giải cấp tỉnh, cấp quốc gia"),
   act("Đoàn Thanh niên xã Minh Tiến", "phối hợp", None, "Phối hợp với Đoàn Thanh niên xã Minh Tiến tổ chức 03 buổi hướng dẫn người dân cài đặt VNeID")],
  "intruders": ["Vũ Đức Trung", "HIỆU TRƯỞNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC HÀ SƠN", "TRƯỜNG THPT PHÙ VÂN", "Sở GD&ĐT (b/c)",
                "UBND huyện Phù Vân (b/c)", "Hội đồng trường", "Lưu: VT", "Hoàng Minh Khuê", "Số: 87/BC-THPTPV"]},
 {"id": "wp05", "directive": "CV 412/UBND-VHTT", "source": S5, "actors": [
   act("Phòng Văn hóa và Thông tin", "chủ trì", "trước ngày 10/4/2026", "Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn rà soát, kiện toàn Tổ công nghệ số cộng đồng"),
   act("Phòng Giáo dục và Đào tạo", None, "trước ngày 15/5/2026", "Giao Phòng Giáo dục và Đào tạo hướng dẫn các trường trung học cơ sở xây dựng phòng học STEM hoặc góc STEM"),
   act("Trường THPT Phù Vân", "phối hợp", "trong tháng 11/2026", "Phối hợp với Trường THPT Phù Vân tổ chức Ngày hội STEM liên trường cho học sinh trung học cơ sở trong tháng 11/2026"),
   act("Phòng Tài chính - Kế hoạch", None, "trước ngày 30/4/2026", "Giao Phòng Tài chính - Kế hoạch tham mưu bố trí 1,2 tỷ đồng từ nguồn ngân sách huyện năm 2026 hỗ trợ chuyển đổi số cấp xã"),
   act("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None, Q_TTVH),
   act("Ban Tuyên giáo và Dân vận Huyện ủy", "phối hợp", None, Q_TTVH),
   act("Ủy ban nhân dân các xã, thị trấn", None, "trước ngày 31/3/2026", "Ủy ban nhân dân các xã, thị trấn ban hành kế hoạch phát triển văn hóa đọc, học tập suốt đời và chuyển đổi số cộng đồng năm 2026"),
   act("Các xã, thị trấn chưa có tủ sách ở tất cả thôn, tổ dân phố", None, "đến ngày 30/9/2026", "Các xã, thị trấn chưa có tủ sách ở tất cả thôn, tổ dân phố chủ động huy động nguồn xã hội hóa")],
  "intruders": ["Phạm Thị Thu Hương", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "HUYỆN PHÙ VÂN", "Như trên", "TT Huyện ủy (b/c)",
                "TT HĐND huyện (b/c)", "Chủ tịch, các PCT UBND huyện", "Lưu: VT, VHTT", "Kính gửi", "Số: 412/UBND-VHTT"]},
]
with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
    for w in WW:
        f.write(json.dumps(nfc(w), ensure_ascii=False) + "\n")
print(len(WW), "who_what lines")
