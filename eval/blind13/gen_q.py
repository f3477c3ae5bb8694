#!/usr/bin/env python3
"""Write questions.jsonl and who_what.jsonl for eval/blind13 (text held here)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "z01_nq15_hdnd_tinh_nam_hoa_ho_tro_khcn_dmst.txt"
D2 = "z02_kh112_ubnd_xa_hoa_thuan_binh_dan_hoc_vu_so.txt"
D3 = "z03_cv245_stttt_cuoc_thi_truc_tuyen_cds.pdf"
D4 = "z04_ctr28_tu_nam_hoa_thuc_hien_nq57.txt"
D5 = "z05_qd2150_ubnd_tinh_danh_muc_de_tai_2026.md"

Q = []      # (record, target doc tag)
TARGET = []


def A(doc, kind, q, ev, kw, hist=None, actors=None):
    r = {"question": q, "answerable": True, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": kw}
    if hist:
        r["history"] = hist
    if actors:
        r["actors"] = actors
    Q.append(r)
    TARGET.append(doc)
    return q


def U(doc, kind, q, hist=None):
    r = {"question": q, "answerable": False, "kind": kind, "evidence": [], "keywords": []}
    if hist:
        r["history"] = hist
    Q.append(r)
    TARGET.append(doc)
    return q


# ------------------------------------------------------------------ z01 NQ 15/2025/NQ-HĐND
q1 = A("z01", "abbreviation",
       "Theo nghị quyết hỗ trợ KH&CN của tỉnh, có bằng sáng chế trong nước thì được hỗ trợ bao nhiêu?",
       [(D1, "Bằng độc quyền sáng chế được cấp trong nước: 50 triệu đồng/văn bằng")], ["50 triệu đồng"])
A("z01", "follow-up", "Còn giải pháp hữu ích thì sao?",
  [(D1, "Bằng độc quyền giải pháp hữu ích: 30 triệu đồng/văn bằng")], ["30 triệu đồng"], hist=[q1])
A("z01", "no-diacritics", "dang ky nhan hieu tap the cho dac san dia phuong duoc ho tro bao nhieu tien",
  [(D1, "Nhãn hiệu tập thể, nhãn hiệu chứng nhận cho đặc sản của địa phương: 60 triệu đồng/nhãn hiệu")],
  ["60 triệu đồng"])
A("z01", "factoid", "Doanh nghiệp lần đầu được công nhận là doanh nghiệp khoa học công nghệ thì tỉnh cho bao nhiêu?",
  [(D1, "hỗ trợ một lần 100 triệu đồng cho doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ lần đầu")],
  ["100 triệu đồng"])
A("z01", "factoid", "HTX ở xã miền núi mua công nghệ về sản xuất thì được hỗ trợ tối đa bao nhiêu một hợp đồng?",
  [(D1, "Doanh nghiệp, hợp tác xã có cơ sở sản xuất tại các xã miền núi được hỗ trợ 40% giá trị hợp đồng, tối đa 700 triệu đồng/hợp đồng")],
  ["40%", "700 triệu đồng"])
A("z01", "list", "NQ 15 hỗ trợ những nhóm hoạt động nào?",
  [(D1, "Đăng ký bảo hộ quyền sở hữu công nghiệp; b) Phát triển doanh nghiệp khoa học và công nghệ; c) Khởi nghiệp đổi mới sáng tạo;"),
   (D1, "d) Ứng dụng, chuyển giao công nghệ vào sản xuất, kinh doanh; đ) Thu hút chuyên gia, nhà khoa học về làm việc tại tỉnh")],
  ["sở hữu công nghiệp", "doanh nghiệp khoa học và công nghệ", "Khởi nghiệp đổi mới sáng tạo",
   "chuyển giao công nghệ", "Thu hút chuyên gia"])
q9 = A("z01", "factoid", "Tiến sĩ về tỉnh làm việc thì được hỗ trợ mỗi tháng bao nhiêu, hưởng trong bao lâu?",
       [(D1, "Người có học vị tiến sĩ: 20 triệu đồng/tháng"),
        (D1, "thời gian hưởng hỗ trợ tối đa 36 tháng")], ["20 triệu đồng/tháng", "36 tháng"])
A("z01", "follow-up", "Còn giáo sư, phó giáo sư thì sao?",
  [(D1, "người có chức danh giáo sư, phó giáo sư: 30 triệu đồng/tháng")], ["30 triệu đồng/tháng"], hist=[q9])
A("z01", "no-diacritics", "mot doanh nghiep 1 nam duoc ho tro toi da bao nhieu",
  [(D1, "Tổng mức hỗ trợ cho một doanh nghiệp, hợp tác xã không quá 01 tỷ đồng/năm")], ["01 tỷ đồng/năm"])
q13 = A("z01", "factoid", "Cả giai đoạn dự kiến chi bao nhiêu tiền cho chính sách này, năm nay bố trí bao nhiêu?",
        [(D1, "Dự kiến tổng kinh phí thực hiện giai đoạn 2025 - 2030 khoảng 86 tỷ đồng; năm 2025 bố trí 9,5 tỷ đồng")],
        ["86 tỷ đồng", "9,5 tỷ đồng"])
U("z01", "follow-up", "Thế năm 2026 bố trí bao nhiêu?", hist=[q13])
A("z01", "metadata", "NQ hỗ trợ KHCN của HĐND tỉnh có hiệu lực từ ngày nào, áp dụng đến khi nào?",
  [(D1, "có hiệu lực từ ngày 20 tháng 7 năm 2025 đến hết ngày 31 tháng 12 năm 2030")],
  ["20 tháng 7 năm 2025", "31 tháng 12 năm 2030"])
A("z01", "metadata", "Ai ký nghị quyết về mức hỗ trợ khoa học công nghệ?",
  [(D1, "CHỦ TỊCH\n\nĐinh Văn Khải")], ["Đinh Văn Khải"])
A("z01", "who-what", "UBND tỉnh được giao làm gì để đưa nghị quyết này vào thực tế, hạn khi nào?",
  [(D1, "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; ban hành quy định về hồ sơ, trình tự, thủ tục hỗ trợ trước ngày 30 tháng 9 năm 2025")],
  ["30 tháng 9 năm 2025"], actors=["Ủy ban nhân dân tỉnh"])
A("z01", "who-what", "Ai giám sát việc thực hiện NQ 15/2025?",
  [(D1, "Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát"),
   (D1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát")],
  ["Thường trực Hội đồng nhân dân tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
  actors=["Thường trực Hội đồng nhân dân tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])
U("z01", "unanswerable", "Đăng ký chỉ dẫn địa lý cho sản phẩm của tỉnh thì được hỗ trợ bao nhiêu?")
U("z01", "unanswerable", "Doanh nghiệp nộp hồ sơ xin hỗ trợ ở đâu, có nộp qua dịch vụ công trực tuyến được không?")
U("z01", "no-diacritics", "nghi quyet 15 quy dinh ho so de nghi ho tro gom nhung giay to gi")
U("z01", "unanswerable", "Kỳ họp thứ 23 của HĐND tỉnh thông qua nghị quyết nào về KH&CN?")

# ------------------------------------------------------------------ z02 KH 112/KH-UBND xã Hòa Thuận
A("z02", "factoid", "Xã Hòa Thuận có bao nhiêu hộ, bao nhiêu khẩu?",
  [(D2, "Xã Hòa Thuận có 06 thôn với 2.145 hộ, 8.632 nhân khẩu")], ["2.145 hộ", "8.632 nhân khẩu"])
q22 = A("z02", "abbreviation", "KH 112 đặt chỉ tiêu bao nhiêu % người từ 15 tuổi biết dùng smartphone?",
        [(D2, "Ít nhất 80% người dân từ 15 tuổi trở lên biết sử dụng điện thoại thông minh")], ["80%"])
q23 = A("z02", "follow-up", "Còn tài khoản định danh mức 2 thì chỉ tiêu bao nhiêu?",
        [(D2, "70% người trong độ tuổi lao động có tài khoản định danh điện tử mức độ 2")], ["70%"], hist=[q22])
A("z02", "follow-up", "Việc đó giao ai làm, hạn khi nào?",
  [(D2, "Công an xã chủ trì hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2, hoàn thành chỉ tiêu trước ngày 30/9/2025")],
  ["Công an xã", "30/9/2025"], hist=[q22, q23])
q25 = A("z02", "no-diacritics", "thon dong gianh hoc vao toi may",
        [(D2, "vào tối thứ Ba và tối thứ Sáu hằng tuần, bắt đầu từ ngày 07/4/2025")], ["tối thứ Ba", "tối thứ Sáu"])
A("z02", "follow-up", "Ai phụ trách lớp ở thôn đó?",
  [(D2, "Trưởng thôn Hoàng Văn Sáng trực tiếp phụ trách")], ["Hoàng Văn Sáng"], hist=[q25])
A("z02", "list", "Những thôn nào chỉ mở 3 lớp?",
  [(D2, "Thôn Hạ Lũng (301 hộ): mở 03 lớp"), (D2, "Thôn Rộc Vàng (243 hộ): mở 03 lớp")], ["Hạ Lũng", "Rộc Vàng"])
A("z02", "no-diacritics", "thon roc vang xa qua thi to chuc hoc kieu gi",
  [(D2, "tổ chức lớp lưu động vào sáng Chủ nhật tại nhà văn hóa")], ["lưu động", "sáng Chủ nhật"])
A("z02", "factoid", "Thôn Khe Lau dạy bằng tiếng gì, ai giúp vận động bà con đi học?",
  [(D2, "mở 04 lớp, giảng dạy song ngữ Kinh - Dao"), (D2, "Người có uy tín Triệu Văn Páo phối hợp vận động")],
  ["song ngữ Kinh - Dao", "Triệu Văn Páo"])
A("z02", "factoid", "Tổng kinh phí kế hoạch bình dân học vụ số của xã là bao nhiêu, ngân sách xã bỏ ra bao nhiêu?",
  [(D2, "Tổng kinh phí thực hiện Kế hoạch: 186.500.000 đồng"), (D2, "trong đó: ngân sách xã 120.000.000 đồng")],
  ["186.500.000 đồng", "120.000.000 đồng"])
A("z02", "who-what", "Trưởng thôn phải nộp danh sách người học trước ngày nào, nộp cho ai?",
  [(D2, "Trưởng các thôn chủ trì lập danh sách học viên, gửi về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội) trước ngày 02/4/2025")],
  ["02/4/2025", "công chức Văn hóa - Xã hội"], actors=["Trưởng các thôn"])
A("z02", "who-what", "Bộ phận nào lo tổng hợp báo cáo kết quả gửi lên huyện, hạn cuối là ngày nào?",
  [(D2, "Văn phòng - Thống kê xã chủ trì tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch"),
   (D2, "Phòng Văn hóa và Thông tin huyện trước ngày 15/12/2025")],
  ["Văn phòng - Thống kê xã", "15/12/2025"], actors=["Văn phòng - Thống kê xã"])
A("z02", "who-what", "doan thanh nien xa duoc giao viec gi trong ke hoach nay",
  [(D2, "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã chủ trì thành lập và duy trì hoạt động của 06 Tổ công nghệ số cộng đồng")],
  ["06 Tổ công nghệ số cộng đồng"], actors=["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"])
A("z02", "factoid", "Muốn hỏi thêm về kế hoạch phổ cập kỹ năng số của xã thì gọi ai?",
  [(D2, "Đầu mối liên hệ: đồng chí Phạm Thị Thu Hà, công chức Văn hóa - Xã hội"), (D2, "điện thoại 0912.458.307")],
  ["Phạm Thị Thu Hà", "0912.458.307"])
A("z02", "metadata", "KH 112 của UBND xã Hòa Thuận ban hành ngày nào, ai ký?",
  [(D2, "Hòa Thuận, ngày 24 tháng 3 năm 2025"), (D2, "PHÓ CHỦ TỊCH\n\nNông Văn Tuấn")],
  ["24 tháng 3 năm 2025", "Nông Văn Tuấn"])
U("z02", "unanswerable", "Lớp ở thôn Trung Tâm học vào những buổi nào trong tuần?")
U("z02", "unanswerable", "Xóm Nà Pục có bao nhiêu hộ?")
U("z02", "no-diacritics", "xa hoa thuan chi bao nhieu tien mua may tinh cho phong may")
U("z02", "abbreviation", "KH 87/KH-UBND của huyện Kỳ Phong giao xã Hòa Thuận chỉ tiêu bao nhiêu lớp?")

# ------------------------------------------------------------------ z03 CV 245/STTTT-BCVT (pdf)
A("z03", "factoid", "Cuộc thi Nam Hòa - Chuyển đổi số vì người dân ai được tham gia?",
  [(D3, "Công dân Việt Nam từ 15 tuổi trở lên đang sinh sống, học tập, công tác và làm việc trên địa bàn tỉnh Nam Hòa")],
  ["15 tuổi"])
q43 = A("z03", "factoid", "Vòng sơ khảo thi từ ngày nào tới ngày nào?",
        [(D3, "Thời gian từ 8 giờ 00 ngày 10/3/2025 đến 17 giờ 00 ngày 20/4/2025")], ["10/3/2025", "20/4/2025"])
A("z03", "follow-up", "Mỗi người được thi mấy lượt?",
  [(D3, "Mỗi người được dự thi tối đa 03 lượt, lấy kết quả của lượt có điểm cao nhất")], ["03 lượt"], hist=[q43])
A("z03", "no-diacritics", "moi luot thi trac nghiem bao nhieu cau, lam trong bao lau",
  [(D3, "mỗi lượt thi gồm 20 câu hỏi, thời gian làm bài 15 phút")], ["20 câu hỏi", "15 phút"])
A("z03", "factoid", "Vòng chung khảo thí sinh phải nộp gì, hạn chót ngày nào?",
  [(D3, "thực hiện 01 video thuyết trình với chủ đề \"Ý tưởng chuyển đổi số ở nơi tôi sống\", thời lượng không quá 05 phút"),
   (D3, "nộp bài từ ngày 05/5/2025 đến hết ngày 25/5/2025")], ["video", "25/5/2025"])
A("z03", "factoid", "Chung kết tổ chức ở đâu, ngày nào?",
  [(D3, "dự kiến tổ chức vào ngày 20/6/2025 tại Trung tâm Hội nghị tỉnh Nam Hòa")],
  ["20/6/2025", "Trung tâm Hội nghị tỉnh Nam Hòa"])
q48 = A("z03", "abbreviation", "Giải nhất cuộc thi CĐS của Sở TT&TT được bao nhiêu tiền?",
        [(D3, "01 giải Nhất, trị giá 15.000.000 đồng")], ["15.000.000 đồng"])
A("z03", "follow-up", "Còn giải khuyến khích?",
  [(D3, "04 giải Khuyến khích, mỗi giải 2.000.000 đồng")], ["04 giải Khuyến khích", "2.000.000 đồng"], hist=[q48])
A("z03", "list", "Giải tập thể gồm những giải nào?",
  [(D3, "03 giải cho các huyện, thành phố có tỷ lệ người dự thi cao nhất so với dân số, mỗi giải 5.000.000 đồng"),
   (D3, "01 giải cho trường học có số lượt dự thi cao nhất, trị giá 3.000.000 đồng")],
  ["03 giải", "5.000.000 đồng", "3.000.000 đồng"])
A("z03", "no-diacritics", "dang ky thi o trang nao, dang nhap bang gi",
  [(D3, "Người dự thi truy cập địa chỉ cuocthi.namhoa.gov.vn"),
   (D3, "đăng nhập bằng tài khoản định danh điện tử VNeID hoặc số điện thoại di động")],
  ["cuocthi.namhoa.gov.vn", "VNeID"])
A("z03", "who-what", "Tỉnh đoàn được đề nghị làm gì cho cuộc thi?",
  [(D3, "Tỉnh đoàn Nam Hòa chỉ đạo các cơ sở đoàn thành lập đội hình thanh niên tình nguyện hướng dẫn người dân đăng ký dự thi")],
  ["thanh niên tình nguyện"], actors=["Tỉnh đoàn Nam Hòa"])
A("z03", "who-what", "Sở GD&ĐT phải làm gì với cuộc thi này?",
  [(D3, "Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông, trung học cơ sở và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên phổ biến")],
  ["trung học phổ thông", "trung học cơ sở"], actors=["Sở Giáo dục và Đào tạo"])
A("z03", "who-what", "ubnd huyen giao phong nao tuyen truyen cuoc thi",
  [(D3, "Ủy ban nhân dân các huyện, thành phố giao Phòng Văn hóa và Thông tin chủ trì tuyên truyền trên hệ thống đài truyền thanh cơ sở")],
  ["Phòng Văn hóa và Thông tin"], actors=["Phòng Văn hóa và Thông tin"])
A("z03", "metadata", "Công văn về cuộc thi trực tuyến số mấy, ai ký?",
  [(D3, "Số: 245/STTTT-BCVT\nV/v tổ chức Cuộc thi trực tuyến"), (D3, "PHÓ GIÁM ĐỐC\nTrịnh Quốc Bảo")],
  ["245/STTTT-BCVT", "Trịnh Quốc Bảo"])
A("z03", "factoid", "Có gì vướng về cuộc thi thì liên hệ ai ở Sở?",
  [(D3, "đồng chí Vũ Minh Tâm, Phó Trưởng phòng, điện thoại 0220.3856.214")], ["Vũ Minh Tâm", "0220.3856.214"])
U("z03", "unanswerable", "Vòng sơ khảo có giải tuần không, mỗi giải tuần bao nhiêu tiền?")
U("z03", "unanswerable", "Kết quả vòng sơ khảo được công bố vào ngày nào?")
U("z03", "abbreviation", "KH 35/KH-UBND về CĐS năm 2025 đặt chỉ tiêu dịch vụ công trực tuyến bao nhiêu %?")
U("z03", "no-diacritics", "chung ket cuoc thi may gio bat dau")

# ------------------------------------------------------------------ z04 CTr 28-CTr/TU
q61 = A("z04", "factoid", "Đến 2030 tỉnh đặt mục tiêu kinh tế số chiếm bao nhiêu phần trăm GRDP?",
        [(D4, "Quy mô kinh tế số đạt tối thiểu 25% GRDP")], ["25% GRDP"])
A("z04", "follow-up", "Còn tầm nhìn 2045 thì sao?",
  [(D4, "kinh tế số đạt tối thiểu 50% GRDP")], ["50% GRDP"], hist=[q61])
A("z04", "abbreviation", "Theo CTr 28 của Tỉnh ủy, chi ngân sách cho KH&CN, ĐMST, CĐS tối thiểu bao nhiêu %?",
  [(D4, "Bố trí ít nhất 3% tổng chi ngân sách địa phương hằng năm")], ["3%"])
A("z04", "no-diacritics", "chuong trinh 28 muc tieu phu song 5g the nao",
  [(D4, "Hạ tầng mạng di động 5G phủ sóng 100% khu công nghiệp, cụm công nghiệp và trung tâm các xã")],
  ["100% khu công nghiệp"])
q65 = A("z04", "who-what", "Ai chủ trì mở chuyên mục Nam Hòa số, hạn khi nào?",
        [(D4, "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục \"Nam Hòa số\""),
         (D4, "hoàn thành trong quý II/2025")],
        ["Ban Tuyên giáo và Dân vận Tỉnh ủy", "quý II/2025"], actors=["Ban Tuyên giáo và Dân vận Tỉnh ủy"])
A("z04", "follow-up", "Đơn vị nào phối hợp làm việc đó?",
  [(D4, "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh")],
  ["Báo Nam Hòa", "Đài Phát thanh và Truyền hình tỉnh"], hist=[q65])
A("z04", "who-what", "Sở TT&TT được giao việc gì trong chương trình hành động 28?",
  [(D4, "Sở Thông tin và Truyền thông chủ trì, phối hợp với các doanh nghiệp viễn thông phát triển hạ tầng 5G và xóa các vùng lõm sóng tại 37 thôn, bản"),
   (D4, "hoàn thành trước ngày 31/12/2026")],
  ["37 thôn", "31/12/2026"], actors=["Sở Thông tin và Truyền thông"])
A("z04", "who-what", "Sở GD&ĐT phải làm gì về STEM, hạn đến bao giờ?",
  [(D4, "Sở Giáo dục và Đào tạo chủ trì xây dựng đề án đưa giáo dục STEM, trí tuệ nhân tạo vào nhà trường"),
   (D4, "mỗi trường trung học phổ thông có ít nhất 01 phòng học STEM trước năm học 2026 - 2027")],
  ["01 phòng học STEM", "2026 - 2027"], actors=["Sở Giáo dục và Đào tạo"])
A("z04", "who-what", "Ai tham mưu chính sách thu hút chuyên gia về tỉnh?",
  [(D4, "Sở Nội vụ chủ trì tham mưu chính sách thu hút chuyên gia, nhà khoa học, người có tài năng")],
  ["Sở Nội vụ"], actors=["Sở Nội vụ"])
A("z04", "who-what", "van phong tinh uy phai lam nhung viec gi",
  [(D4, "Văn phòng Tỉnh ủy chủ trì triển khai hệ thống quản lý văn bản và điều hành liên thông bốn cấp"),
   (D4, "Văn phòng Tỉnh ủy chủ trì theo dõi, đôn đốc; định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12 hằng năm)")],
  ["liên thông bốn cấp", "15/6", "15/12"], actors=["Văn phòng Tỉnh ủy"])
A("z04", "factoid", "Văn bản của cấp ủy phải gửi nhận qua mạng từ khi nào?",
  [(D4, "100% văn bản của cấp ủy (trừ văn bản mật) được gửi, nhận trên môi trường mạng từ ngày 01/7/2025")],
  ["01/7/2025"])
A("z04", "who-what", "Các huyện ủy phải làm xong kế hoạch thực hiện trước ngày nào?",
  [(D4, "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt và xây dựng chương trình, kế hoạch thực hiện"),
   (D4, "hoàn thành trước ngày 15/4/2025")],
  ["15/4/2025"], actors=["Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"])
A("z04", "abbreviation", "BCĐ tỉnh về KHCN, ĐMST và CĐS ai làm trưởng ban, bao lâu họp một lần?",
  [(D4, "do đồng chí Bí thư Tỉnh ủy làm Trưởng ban"),
   (D4, "họp định kỳ hằng quý vào tuần đầu tiên của tháng cuối quý")],
  ["Bí thư Tỉnh ủy", "hằng quý"])
A("z04", "metadata", "Chương trình hành động thực hiện NQ 57 của Tỉnh ủy số mấy, ai ký?",
  [(D4, "Số 28-CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM"), (D4, "BÍ THƯ\n\nLê Quang Vinh")],
  ["28-CTr/TU", "Lê Quang Vinh"])
U("z04", "abbreviation", "CTr 28 giao chỉ tiêu thu hút chuyên gia cho từng huyện là bao nhiêu người?")
U("z04", "unanswerable", "Trung tâm dữ liệu tỉnh có tổng mức đầu tư bao nhiêu tỷ?")
U("z04", "no-diacritics", "tinh uy giao huyen ky phong xoa vung lom song o bao nhieu thon")
U("z04", "unanswerable", "Kết luận 69 của Bộ Chính trị yêu cầu các tỉnh hoàn thành việc gì trước tháng 6/2025?")
U("z04", "unanswerable", "Hội nghị quán triệt Nghị quyết 57 cho cán bộ chủ chốt của tỉnh tổ chức ở đâu, ngày nào?")

# ------------------------------------------------------------------ z05 QĐ 2150/QĐ-UBND
q81 = A("z05", "factoid", "Năm 2026 tỉnh duyệt bao nhiêu đề tài khoa học cấp tỉnh?",
        [(D5, "Phê duyệt danh mục 09 đề tài khoa học và công nghệ cấp tỉnh đặt hàng thực hiện từ năm 2026")], ["09 đề tài"])
A("z05", "follow-up", "Tổng kinh phí các đề tài đó là bao nhiêu?",
  [(D5, "| | **Tổng cộng** | | | | **9.810** |")], ["9.810"], hist=[q81])
q83 = A("z05", "factoid", "Đề tài dùng AI hỗ trợ giải quyết thủ tục hành chính do ai làm chủ nhiệm?",
        [(D5, "Trường Đại học Nam Hòa | TS. Lương Đức Minh")], ["Lương Đức Minh"])
A("z05", "follow-up", "Đề tài đó kinh phí bao nhiêu, làm trong bao lâu?",
  [(D5, "TS. Lương Đức Minh | 24 tháng (01/2026 - 12/2027) | 1.450")], ["1.450", "24 tháng"], hist=[q83])
A("z05", "no-diacritics", "de tai giong lua chiu man o cua lan don vi nao chu tri",
  [(D5, "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Nam Hòa | ThS. Đỗ Thị Lan Anh")],
  ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Nam Hòa"])
A("z05", "factoid", "Đề tài nào được cấp nhiều tiền nhất?",
  [(D5, "Nghiên cứu tuyển chọn giống lúa chịu mặn phù hợp với vùng ven biển huyện Cửa Lân"),
   (D5, "ThS. Đỗ Thị Lan Anh | 36 tháng (01/2026 - 12/2028) | 2.100")],
  ["giống lúa chịu mặn", "2.100"])
A("z05", "list", "Trường Đại học Nam Hòa chủ trì những đề tài nào?",
  [(D5, "Ứng dụng trí tuệ nhân tạo hỗ trợ giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh Nam Hòa | Trường Đại học Nam Hòa"),
   (D5, "Ứng dụng Internet vạn vật giám sát chất lượng nước nuôi tôm nước lợ tại huyện Cửa Lân | Trường Đại học Nam Hòa")],
  ["trí tuệ nhân tạo", "Internet vạn vật"])
A("z05", "abbreviation", "QĐ 2150 giao đề tài số hóa di sản người Dao cho đơn vị nào?",
  [(D5, "Bảo tàng tỉnh Nam Hòa | ThS. Triệu Thị Nhung")], ["Bảo tàng tỉnh Nam Hòa"])
A("z05", "no-diacritics", "de tai kinh phi thap nhat la de tai nao, bao nhieu tien",
  [(D5, "Nghiên cứu mô hình trung tâm học tập cộng đồng số ở cấp xã"),
   (D5, "Trường Chính trị tỉnh Nam Hòa | TS. Vương Thị Hạnh | 18 tháng (01/2026 - 06/2027) | 430")],
  ["trung tâm học tập cộng đồng số", "430"])
A("z05", "who-what", "Sở KH&CN phải ký hợp đồng các đề tài xong trước ngày nào?",
  [(D5, "Sở Khoa học và Công nghệ chủ trì thông báo giao trực tiếp cho các tổ chức chủ trì"),
   (D5, "hoàn thành ký hợp đồng thực hiện đề tài trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["Sở Khoa học và Công nghệ"])
q91 = A("z05", "who-what", "Sở Tài chính lo việc gì, năm 2026 bố trí bao nhiêu?",
        [(D5, "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí năm 2026 là 5.300 triệu đồng")],
        ["5.300 triệu đồng"], actors=["Sở Tài chính"])
U("z05", "follow-up", "Thế năm 2027 bố trí cụ thể bao nhiêu?", hist=[q91])
A("z05", "who-what", "Sở nào nhận kết quả đề tài về y tế tuyến xã?",
  [(D5, "Sở Y tế phối hợp tiếp nhận kết quả đề tài số 7")], ["Sở Y tế"], actors=["Sở Y tế"])
A("z05", "who-what", "so nong nghiep va moi truong phoi hop nhung de tai nao",
  [(D5, "Sở Nông nghiệp và Môi trường phối hợp theo dõi và tiếp nhận, ứng dụng kết quả các đề tài số 2, 3, 6 và 8")],
  ["2, 3, 6 và 8"], actors=["Sở Nông nghiệp và Môi trường"])
q95 = A("z05", "metadata", "Quyết định 2150/QĐ-UBND ban hành ngày nào?",
        [(D5, "Nam Hòa, ngày 28 tháng 11 năm 2025")], ["28 tháng 11 năm 2025"])
A("z05", "follow-up", "Ai ký?",
  [(D5, "**PHÓ CHỦ TỊCH**\n\n**Hoàng Minh Tuệ**")], ["Hoàng Minh Tuệ"], hist=[q95])
U("z05", "unanswerable", "Đề tài bản đồ số vùng quế Kỳ Phong có vốn đối ứng của doanh nghiệp bao nhiêu?")
U("z05", "unanswerable", "Danh mục đề tài cấp tỉnh năm 2025 gồm những đề tài nào?")
U("z05", "no-diacritics", "de tai so 4 thu nghiem o bao nhieu truong thcs")
U("z05", "abbreviation", "Tờ trình 318/TTr-SKHCN ban đầu đề xuất bao nhiêu đề tài?")

# ------------------------------------------------------------------ corpus (cross-document)
A("corpus", "corpus", "Những văn bản nào trong bộ này căn cứ vào Chương trình hành động 28-CTr/TU?",
  [(D1, "Thực hiện Chương trình hành động số 28-CTr/TU ngày 10 tháng 3 năm 2025 của Tỉnh ủy Nam Hòa"),
   (D2, "Căn cứ Chương trình hành động số 28-CTr/TU ngày 10/3/2025 của Tỉnh ủy"),
   (D5, "Căn cứ Chương trình hành động số 28-CTr/TU ngày 10 tháng 3 năm 2025 của Tỉnh ủy Nam Hòa")],
  ["28-CTr/TU"])
A("corpus", "corpus", "Có mấy văn bản do UBND (xã hoặc tỉnh) trực tiếp ban hành, số hiệu là gì?",
  [(D2, "ỦY BAN NHÂN DÂN XÃ HÒA THUẬN\nSố: 112/KH-UBND"), (D5, "TỈNH NAM HÒA\n\nSố: 2150/QĐ-UBND")],
  ["112/KH-UBND", "2150/QĐ-UBND"])
A("corpus", "corpus", "Văn bản nào của xã có nhắc tới cuộc thi trực tuyến của Sở TT&TT?",
  [(D2, "ỦY BAN NHÂN DÂN XÃ HÒA THUẬN\nSố: 112/KH-UBND"),
   (D2, "Công văn số 245/STTTT-BCVT ngày 20/02/2025 của Sở Thông tin và Truyền thông")],
  ["112/KH-UBND", "245/STTTT-BCVT"])
A("corpus", "corpus", "Quyết định danh mục đề tài 2026 có viện dẫn nghị quyết mức hỗ trợ của HĐND không?",
  [(D5, "Căn cứ Nghị quyết số 15/2025/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh")],
  ["15/2025/NQ-HĐND"])
A("corpus", "corpus", "Văn bản nào triển khai nhiệm vụ Bình dân học vụ số mà Tỉnh ủy giao cho các xã?",
  [(D4, "Ủy ban nhân dân các xã, phường, thị trấn xây dựng kế hoạch phổ cập kỹ năng số"),
   (D2, "Triển khai phong trào \"Bình dân học vụ số\", phổ cập kỹ năng số cho người dân")],
  ["Bình dân học vụ số"])
U("corpus", "corpus", "Kế hoạch 87/KH-UBND của UBND huyện Kỳ Phong về phổ cập kỹ năng số giao những chỉ tiêu gì?")
U("corpus", "corpus", "Có văn bản nào của Sở GD&ĐT hướng dẫn dạy STEM trong trường THPT không?")

# ------------------------------------------------------------------ who_what gold
WW = [
    {"directive": "NQ 15/2025/NQ-HĐND", "source": D1, "actors": [
        ("Ủy ban nhân dân tỉnh", None, "trước ngày 30 tháng 9 năm 2025",
         "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; ban hành quy định về hồ sơ, trình tự, thủ tục hỗ trợ trước ngày 30 tháng 9 năm 2025"),
        ("Thường trực Hội đồng nhân dân tỉnh", None, None,
         "Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, None,
         "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát và tuyên truyền, vận động doanh nghiệp, người dân thực hiện Nghị quyết"),
    ], "intruders": ["Đinh Văn Khải", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ủy ban Thường vụ Quốc hội",
                     "Bộ Khoa học và Công nghệ", "Công báo tỉnh", "Lưu: VT",
                     "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"]},
    {"directive": "KH 112/KH-UBND", "source": D2, "actors": [
        ("Văn phòng - Thống kê xã", "chủ trì", "trước ngày 15/12/2025",
         "Văn phòng - Thống kê xã chủ trì tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch"),
        ("Công chức Văn hóa - Xã hội", "chủ trì", "trước ngày 05/4/2025",
         "Công chức Văn hóa - Xã hội chủ trì biên soạn tài liệu, xây dựng lịch lớp học"),
        ("Đoàn Thanh niên xã", "phối hợp", "trước ngày 05/4/2025",
         "phối hợp với Đoàn Thanh niên xã lựa chọn người hướng dẫn, hoàn thành trước ngày 05/4/2025"),
        ("Công an xã", "chủ trì", "trước ngày 30/9/2025",
         "Công an xã chủ trì hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "chủ trì", None,
         "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã chủ trì thành lập và duy trì hoạt động của 06 Tổ công nghệ số cộng đồng"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "phối hợp", None,
         "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia lớp học"),
        ("Trường Tiểu học và THCS Hòa Thuận", "phối hợp", None,
         "Trường Tiểu học và THCS Hòa Thuận phối hợp cử giáo viên tin học hỗ trợ giảng dạy và cho mượn phòng máy tính"),
        ("Bộ phận Kế toán - Tài chính xã", "chủ trì", None,
         "Bộ phận Kế toán - Tài chính xã chủ trì cân đối, bố trí kinh phí và hướng dẫn thanh quyết toán theo quy định"),
        ("Trưởng các thôn", "chủ trì", "trước ngày 02/4/2025",
         "Trưởng các thôn chủ trì lập danh sách học viên, gửi về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội) trước ngày 02/4/2025"),
        ("Trưởng thôn Hoàng Văn Sáng", None, None,
         "Trưởng thôn Hoàng Văn Sáng trực tiếp phụ trách; đồng chí Lý Thị Mai, Bí thư Chi đoàn thôn, làm Tổ trưởng"),
        ("Người có uy tín Triệu Văn Páo", "phối hợp", None,
         "Người có uy tín Triệu Văn Páo phối hợp vận động bà con tham gia"),
    ], "intruders": ["Nông Văn Tuấn", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lưu: VT",
                     "UBND huyện Kỳ Phong (b/c)", "Thủ tướng Chính phủ", "CT, các PCT UBND xã"]},
    {"directive": "CV 245/STTTT-BCVT", "source": D3, "actors": [
        ("Các sở, ban, ngành, đoàn thể cấp tỉnh", None, "trước ngày 05/3/2025",
         "Các sở, ban, ngành, đoàn thể cấp tỉnh phổ biến Cuộc thi đến cán bộ, công chức, viên chức, người lao động"),
        ("Sở Giáo dục và Đào tạo", None, None,
         "Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông, trung học cơ sở"),
        ("Tỉnh đoàn Nam Hòa", None, None,
         "Tỉnh đoàn Nam Hòa chỉ đạo các cơ sở đoàn thành lập đội hình thanh niên tình nguyện hướng dẫn người dân đăng ký dự thi"),
        ("Ủy ban nhân dân các huyện, thành phố", None, None,
         "Ủy ban nhân dân các huyện, thành phố giao Phòng Văn hóa và Thông tin chủ trì tuyên truyền trên hệ thống đài truyền thanh cơ sở"),
        ("Phòng Văn hóa và Thông tin", "chủ trì", None,
         "Ủy ban nhân dân các huyện, thành phố giao Phòng Văn hóa và Thông tin chủ trì tuyên truyền trên hệ thống đài truyền thanh cơ sở"),
        ("Báo Nam Hòa", None, None,
         "Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục giới thiệu Cuộc thi"),
        ("Đài Phát thanh và Truyền hình tỉnh", None, None,
         "Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục giới thiệu Cuộc thi"),
    ], "intruders": ["Trịnh Quốc Bảo", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lưu: VT, BCVT",
                     "Cổng TTĐT Sở", "Giám đốc, các PGĐ Sở", "UBND tỉnh (b/c)"]},
    {"directive": "CTr 28-CTr/TU", "source": D4, "actors": [
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "chủ trì", "trong quý II/2025",
         "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục \"Nam Hòa số\""),
        ("Báo Nam Hòa", "phối hợp", "trong quý II/2025",
         "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục \"Nam Hòa số\""),
        ("Đài Phát thanh và Truyền hình tỉnh", "phối hợp", "trong quý II/2025",
         "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo Nam Hòa, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục \"Nam Hòa số\""),
        ("Ban cán sự đảng Ủy ban nhân dân tỉnh", None, "trong tháng 7/2025",
         "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành nghị quyết"),
        ("Sở Thông tin và Truyền thông", "chủ trì", "trước ngày 31/12/2026",
         "Sở Thông tin và Truyền thông chủ trì, phối hợp với các doanh nghiệp viễn thông phát triển hạ tầng 5G và xóa các vùng lõm sóng"),
        ("Sở Giáo dục và Đào tạo", "chủ trì", "trước năm học 2026 - 2027",
         "Sở Giáo dục và Đào tạo chủ trì xây dựng đề án đưa giáo dục STEM, trí tuệ nhân tạo vào nhà trường"),
        ("Sở Nội vụ", "chủ trì", None,
         "Sở Nội vụ chủ trì tham mưu chính sách thu hút chuyên gia, nhà khoa học, người có tài năng"),
        ("Trường Đại học Nam Hòa", "phối hợp", None,
         "Trường Đại học Nam Hòa phối hợp mở ngành đào tạo khoa học dữ liệu từ năm học 2025 - 2026"),
        ("Văn phòng Tỉnh ủy", "chủ trì", "trước ngày 15/6 và ngày 15/12 hằng năm",
         "Văn phòng Tỉnh ủy chủ trì theo dõi, đôn đốc; định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12 hằng năm)"),
        ("Ủy ban nhân dân tỉnh", None, "trước ngày 31/12/2025",
         "Ủy ban nhân dân tỉnh chỉ đạo số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực trước ngày 31/12/2025"),
        ("Sở Khoa học và Công nghệ", "chủ trì", "trước ngày 30 tháng 11",
         "Sở Khoa học và Công nghệ chủ trì đổi mới cơ chế quản lý nhiệm vụ khoa học và công nghệ theo hướng đặt hàng"),
        ("Ban Thường vụ Tỉnh đoàn", "chủ trì", None,
         "Ban Thường vụ Tỉnh đoàn chủ trì phát động phong trào \"Bình dân học vụ số\" trong toàn tỉnh"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "phối hợp", None,
         "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp vận động nhân dân tham gia"),
        ("Ủy ban nhân dân các xã, phường, thị trấn", None, "trong tháng 3/2025",
         "Ủy ban nhân dân các xã, phường, thị trấn xây dựng kế hoạch phổ cập kỹ năng số phù hợp với điều kiện từng thôn"),
        ("Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", None, "trước ngày 15/4/2025",
         "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt và xây dựng chương trình, kế hoạch thực hiện"),
        ("Ủy ban Kiểm tra Tỉnh ủy", "chủ trì", None,
         "Ủy ban Kiểm tra Tỉnh ủy chủ trì kiểm tra, giám sát việc thực hiện Chương trình hành động"),
    ], "intruders": ["Lê Quang Vinh", "ĐẢNG CỘNG SẢN VIỆT NAM", "Ban Bí thư Trung ương Đảng",
                     "Văn phòng Trung ương Đảng", "Các đồng chí Tỉnh ủy viên", "Lưu: VT"]},
    {"directive": "QĐ 2150/QĐ-UBND", "source": D5, "actors": [
        ("Sở Khoa học và Công nghệ", "chủ trì", "trước ngày 31/3/2026",
         "Sở Khoa học và Công nghệ chủ trì thông báo giao trực tiếp cho các tổ chức chủ trì"),
        ("Sở Tài chính", "chủ trì", None,
         "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí kinh phí năm 2026 là 5.300 triệu đồng"),
        ("Sở Nông nghiệp và Môi trường", "phối hợp", None,
         "Sở Nông nghiệp và Môi trường phối hợp theo dõi và tiếp nhận, ứng dụng kết quả các đề tài số 2, 3, 6 và 8"),
        ("Sở Giáo dục và Đào tạo", "phối hợp", None,
         "Sở Giáo dục và Đào tạo phối hợp tiếp nhận kết quả đề tài số 4"),
        ("Sở Văn hóa, Thể thao và Du lịch", "phối hợp", None,
         "Sở Văn hóa, Thể thao và Du lịch phối hợp tiếp nhận kết quả đề tài số 5"),
        ("Sở Y tế", "phối hợp", None, "Sở Y tế phối hợp tiếp nhận kết quả đề tài số 7"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "phối hợp", None,
         "Văn phòng Ủy ban nhân dân tỉnh phối hợp tạo điều kiện về dữ liệu và hạ tầng"),
        ("Các tổ chức chủ trì", None, None,
         "Các tổ chức chủ trì có trách nhiệm bố trí nhân lực, cơ sở vật chất, vốn đối ứng (nếu có)"),
        ("chủ nhiệm đề tài", None, "trước ngày 15/01/2026",
         "chủ nhiệm đề tài hoàn thiện thuyết minh theo ý kiến của Hội đồng tư vấn, nộp về Sở Khoa học và Công nghệ trước ngày 15/01/2026"),
    ], "intruders": ["Hoàng Minh Tuệ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bộ Khoa học và Công nghệ (b/c)",
                     "Quỹ Phát triển khoa học và công nghệ tỉnh", "Lưu: VT, KGVX"]},
]


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    return x


def main():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(Q, 1):
            rec = {"id": "zx%03d" % i}
            rec.update(r)
            f.write(json.dumps(nfc(rec), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for i, w in enumerate(WW, 1):
            rec = {"id": "wz%02d" % i, "directive": w["directive"], "source": w["source"],
                   "actors": [{"name": n, "role": r, "deadline": d, "task_quote": t}
                              for n, r, d, t in w["actors"]],
                   "intruders": w["intruders"]}
            f.write(json.dumps(nfc(rec), ensure_ascii=False) + "\n")
    from collections import Counter
    print("questions:", len(Q), "per target:", dict(Counter(TARGET)))


if __name__ == "__main__":
    main()
