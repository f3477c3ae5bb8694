# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for set blind47."""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "qw01_kh_khcn_tinh.pdf"
F2 = "qw02_cv_sangtaoso.txt"
F3 = "qw03_qd_kh_cds_huyen.docx"
F4 = "qw04_bc_tinhdoan.md"
F5 = "qw05_tb_ketluan_xa.txt"
N = lambda s: unicodedata.normalize("NFC", s)

Q = []


def q(question, kind, ev=(), kw=(), hist=None, actors=None, ans=True):
    o = {"id": "qw%03d" % (len(Q) + 1), "question": N(question), "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": N(t)} for s, t in ev], "keywords": [N(k) for k in kw]}
    if hist:
        o["history"] = [N(hist)]
    if actors:
        o["actors"] = [N(a) for a in actors]
    Q.append(o)
    return N(question)


def u(question, kind="unanswerable", hist=None):
    return q(question, kind, ans=False, hist=hist)


# ------------------------------------------------------------ qw01: KH 64/KH-UBND (tỉnh)
a = q("Tổng kinh phí kế hoạch phát triển KH&CN, đổi mới sáng tạo và CĐS năm 2026 của tỉnh là bao nhiêu?", "abbreviation",
      [(F1, "Tổng kinh phí dự kiến 48,6 tỷ đồng")], ["48,6 tỷ đồng"])
q("Trong đó ngân sách tỉnh bỏ ra bao nhiêu?", "follow-up",
  [(F1, "ngân sách tỉnh 31,2 tỷ đồng (sự nghiệp khoa học và công nghệ 18,5 tỷ đồng")], ["31,2 tỷ đồng"], hist=a)
u("Kinh phí dự kiến cho kế hoạch phát triển khoa học công nghệ, chuyển đổi số của tỉnh năm 2027 là bao nhiêu?")
q("ke hoach 64 cua tinh dat chi tieu bao nhieu phan tram ho so thu tuc hanh chinh truc tuyen toan trinh", "no-diacritics",
  [(F1, "giải quyết trực tuyến toàn trình đạt từ 65% trở lên")], ["65%"])
b = q("Sở Tài chính phải làm gì theo KH 64?", "who-what",
      [(F1, "Chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định dự toán, tham mưu bố trí kinh phí thực hiện Kế hoạch")],
      ["thẩm định dự toán"], actors=["Sở Tài chính"])
q("Còn Công an tỉnh?", "follow-up",
  [(F1, "Chủ trì đẩy mạnh cấp, kích hoạt tài khoản định danh điện tử mức độ 2")], ["định danh điện tử mức độ 2"],
  hist=b, actors=["Công an tỉnh"])
q("Techfest của tỉnh năm nay tổ chức lúc nào, ở đâu?", "factoid",
  [(F1, "trong quý III/2026 tại Quảng trường trung tâm thành phố Linh Xuyên")], ["quý III/2026", "Linh Xuyên"])
u("Techfest Vĩnh Linh Bắc 2026 có giải đặc biệt trị giá bao nhiêu tiền?")
q("Mỗi dự án khởi nghiệp được chọn ươm tạo thì tỉnh hỗ trợ tối đa bao nhiêu?", "factoid",
  [(F1, "hỗ trợ tối đa 300 triệu đồng cho mỗi dự án khởi nghiệp được lựa chọn ươm tạo")], ["300 triệu đồng"])
q("Ai ký kế hoạch 64/KH-UBND của UBND tỉnh?", "metadata",
  [(F1, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Trương Văn Hiển")], ["Trương Văn Hiển"])
q("Kế hoạch KH&CN năm 2026 của tỉnh ban hành ngày nào, theo tờ trình số mấy của Sở?", "metadata",
  [(F1, "Linh Xuyên, ngày 12 tháng 3 năm 2026"), (F1, "Tờ trình số 45/TTr-SKHCN ngày 02/3/2026")],
  ["12 tháng 3 năm 2026", "45/TTr-SKHCN"])
q("Sở GD&ĐT phải phấn đấu bao nhiêu % trường THPT có phòng học STEM đến cuối 2026?", "abbreviation",
  [(F1, "có 100% trường trung học phổ thông có phòng học STEM hoặc phòng học đa năng")], ["100%"],
  actors=["Sở Giáo dục và Đào tạo"])
q("Tỉnh ưu tiên xây dựng những cơ sở dữ liệu chuyên ngành nào?", "list",
  [(F1, "xây dựng 8 cơ sở dữ liệu chuyên ngành, ưu tiên đất đai, giáo dục, y tế, di sản văn hóa")], ["đất đai", "y tế"])
q("han gui du toan chi tiet cho so tai chinh la ngay nao", "no-diacritics",
  [(F1, "lập dự toán chi tiết gửi Sở Tài chính trước ngày 10/4/2026")], ["10/4/2026"])
q("Có vướng mắc khi làm kế hoạch của tỉnh thì liên hệ ai bên Sở KH&CN?", "abbreviation",
  [(F1, "bà Hồ Thị Lan Phương, Phó Trưởng phòng Quản lý khoa học, điện thoại 0233.3856.214")],
  ["Hồ Thị Lan Phương", "0233.3856.214"])
q("so hoa 3d bao nhieu di tich, han hoan thanh khi nao", "no-diacritics",
  [(F1, "Chủ trì số hóa 3D 15 di tích lịch sử - văn hóa cấp tỉnh và xây dựng bản đồ số du lịch, hoàn thành trước ngày 30/11/2026")],
  ["15 di tích", "30/11/2026"])
u("Sở Văn hóa, Thể thao và Du lịch được giao số hóa 3D bao nhiêu di tích cấp quốc gia đặc biệt?")
q("UBND các huyện, thành phố phải làm gì theo kế hoạch tỉnh, hạn khi nào?", "who-what",
  [(F1, "ban hành kế hoạch của địa phương trước ngày 30/4/2026; bố trí ngân sách cấp huyện")], ["30/4/2026"],
  actors=["Ủy ban nhân dân các huyện, thành phố"])
q("bao nhieu nhan hieu chung nhan cho san pham ocop duoc ho tro", "no-diacritics",
  [(F1, "trong đó có 6 nhãn hiệu chứng nhận cho sản phẩm OCOP")], ["6 nhãn hiệu"])
u("Năm 2025 tỉnh Vĩnh Linh Bắc hỗ trợ thành lập mới bao nhiêu doanh nghiệp KH&CN?")
q("Sở Nội vụ tỉnh có trách nhiệm gì trong kế hoạch phát triển KHCN và chuyển đổi số?", "who-what",
  [(F1, "Chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức; đưa kết quả thực hiện chuyển đổi số vào tiêu chí đánh giá")],
  ["bồi dưỡng kỹ năng số"], actors=["Sở Nội vụ"])
q("Cơ quan thường trực của kế hoạch 64 là đơn vị nào và báo cáo năm nộp trước ngày nào?", "factoid",
  [(F1, "Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch"),
   (F1, "báo cáo năm trước ngày 10/12/2026")], ["Sở Khoa học và Công nghệ", "10/12/2026"])
u("Kế hoạch 64 của tỉnh thưởng bao nhiêu tiền cho xã hoàn thành sớm chỉ tiêu chuyển đổi số?")

# ------------------------------------------------------------ qw02: CV 318/PGDĐT-THCS
c = q("Giải nhất cuộc thi Sáng tạo số học đường được thưởng bao nhiêu?", "factoid",
      [(F2, "01 giải Nhất (3.000.000 đồng)")], ["3.000.000 đồng"])
u("Thế giải đặc biệt thì sao?", "follow-up", hist=c)
d = q("Vòng chung khảo cấp huyện tổ chức ở đâu, mấy giờ?", "factoid",
      [(F2, "bắt đầu lúc 7h30 ngày 06/6/2026 tại Trường THCS thị trấn Lương Sa")], ["7h30", "06/6/2026"])
q("Vậy trao giải lúc mấy giờ?", "follow-up",
  [(F2, "Lễ tổng kết, trao giải tổ chức lúc 15h00 cùng ngày")], ["15h00"], hist=d)
q("han nop ho so du thi vong huyen sang tao so hoc duong la khi nao", "no-diacritics",
  [(F2, "qua thư điện tử trước 17h00 ngày 29/5/2026")], ["29/5/2026"])
q("Theo CV 318 của PGD, mỗi trường được chọn bao nhiêu sản phẩm lên huyện?", "abbreviation",
  [(F2, "mỗi trường chọn tối đa 03 sản phẩm tiêu biểu dự thi cấp huyện")], ["03 sản phẩm"])
q("Cuộc thi Sáng tạo số học đường gồm những lĩnh vực dự thi nào?", "list",
  [(F2, "(a) sản phẩm STEM, mô hình robot, thiết bị tự động hóa đơn giản"),
   (F2, "(b) phần mềm, ứng dụng trên điện thoại hoặc trang web phục vụ học tập, đời sống"),
   (F2, "(c) sản phẩm truyền thông số về phòng, chống lừa đảo trực tuyến")], ["STEM", "phần mềm", "lừa đảo trực tuyến"])
e = q("Các trường tiểu học phải làm gì theo công văn 318?", "who-what",
      [(F2, "mỗi trường tổ chức ít nhất 01 buổi sinh hoạt chuyên đề \"An toàn trên không gian mạng\" trước ngày 25/5/2026")],
      ["An toàn trên không gian mạng", "25/5/2026"], actors=["Các trường tiểu học"])
q("Còn hiệu trưởng thì phải bảo đảm gì về bồi dưỡng giáo viên?", "follow-up",
  [(F2, "hoàn thành khóa bồi dưỡng trực tuyến \"Kỹ năng số cho nhà giáo\" trên hệ thống LMS của Sở Giáo dục và Đào tạo trước ngày 30/6/2026")],
  ["Kỹ năng số cho nhà giáo", "30/6/2026"], hist=e, actors=["Hiệu trưởng các trường"])
q("Cần hỏi về cuộc thi Sáng tạo số học đường thì liên hệ ai ở Phòng GD&ĐT Lương Sa?", "factoid",
  [(F2, "ông Phan Đình Tuấn, chuyên viên phụ trách THCS, điện thoại 0914.228.517")], ["Phan Đình Tuấn", "0914.228.517"])
q("Công văn hướng dẫn cuộc thi Sáng tạo số học đường số mấy, ai ký?", "metadata",
  [(F2, "Số: 318/PGDĐT-THCS Lương Sa, ngày 06 tháng 5"), (F2, "- Huyện đoàn; Võ Thị Thanh Nhàn")], ["318/PGDĐT-THCS", "Võ Thị Thanh Nhàn"])
q("mot nhom du thi duoc toi da may hoc sinh", "no-diacritics",
  [(F2, "mỗi nhóm tối đa 03 học sinh và 01 giáo viên hướng dẫn")], ["03 học sinh"])
u("Lệ phí đăng ký dự thi Sáng tạo số học đường mỗi nhóm là bao nhiêu?")
u("Công văn 319/PGDĐT-THCS của Phòng GD&ĐT Lương Sa yêu cầu gì?")
q("Video giới thiệu sản phẩm được dài tối đa mấy phút?", "factoid",
  [(F2, "video giới thiệu không quá 03 phút")], ["03 phút"])
q("Sản phẩm đạt giải gì thì được đi thi cấp tỉnh?", "factoid",
  [(F2, "Các sản phẩm đạt giải Nhất, giải Nhì được lựa chọn tham dự Cuộc thi sáng tạo thanh thiếu niên, nhi đồng tỉnh")],
  ["giải Nhất, giải Nhì"])
q("han cac truong gui bao cao thuc hien cv 318 ve phong", "no-diacritics",
  [(F2, "gửi báo cáo kết quả thực hiện công văn này (theo mẫu kèm theo) về Phòng trước ngày 10/6/2026")], ["10/6/2026"])
f = q("Bộ phận chuyên môn THCS của Phòng GD được giao việc gì?", "who-what",
      [(F2, "phối hợp với Huyện đoàn thành lập Ban Giám khảo, tổ chức vòng chung khảo và tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 15/6/2026")],
      ["Ban Giám khảo", "15/6/2026"], actors=["Bộ phận chuyên môn THCS"])
q("Huyện đoàn thì sao?", "follow-up",
  [(F2, "Đề nghị Huyện đoàn cử 02 cán bộ tham gia Ban Tổ chức và hỗ trợ công tác hậu cần")], ["02 cán bộ"],
  hist=f, actors=["Huyện đoàn"])
u("Danh sách thành viên Ban Giám khảo cuộc thi Sáng tạo số học đường gồm những ai?")

# ------------------------------------------------------------ qw03: QĐ 1215/QĐ-UBND (huyện)
q("QĐ 1215 do ai ký, ngày nào?", "metadata",
  [(F3, "Lương Sa, ngày 20 tháng 4 năm 2026"), (F3, "CHỦ TỊCH (đã ký) Lê Đức Mạnh")], ["Lê Đức Mạnh", "20 tháng 4 năm 2026"])
g = q("Huyện Lương Sa thí điểm xã thông minh ở những xã nào?", "factoid",
      [(F3, "Thí điểm 02 mô hình \"xã thông minh\" tại xã Khe Gió và xã Tân Linh")], ["Khe Gió", "Tân Linh"])
q("Mỗi mô hình được cấp bao nhiêu tiền?", "follow-up",
  [(F3, "1,2 tỷ đồng cho 02 mô hình \"xã thông minh\" (mỗi mô hình 600 triệu đồng)")], ["600 triệu đồng"], hist=g)
q("Phòng Tài chính - Kế hoạch huyện phải làm gì trong QĐ 1215, hạn bao giờ?", "who-what",
  [(F3, "Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 15/5/2026")],
  ["15/5/2026"], actors=["Phòng Tài chính - Kế hoạch"])
h = q("Phòng VH, KH&TT huyện Lương Sa được giao nhiệm vụ gì?", "who-what",
      [(F3, "Giao Phòng Văn hóa, Khoa học và Thông tin chủ trì, phối hợp với Văn phòng HĐND và UBND huyện theo dõi, hướng dẫn thực hiện Kế hoạch")],
      ["theo dõi, hướng dẫn"], actors=["Phòng Văn hóa, Khoa học và Thông tin"])
q("Còn UBND các xã, thị trấn?", "follow-up",
  [(F3, "Ủy ban nhân dân các xã, thị trấn có trách nhiệm kiện toàn Tổ công nghệ số cộng đồng trước ngày 31/5/2026")],
  ["31/5/2026"], hist=h, actors=["Ủy ban nhân dân các xã, thị trấn"])
q("ty le nguoi dan duoc pho cap ky nang so co ban cua huyen luong sa nam 2026 muc tieu la bao nhieu", "no-diacritics",
  [(F3, "được phổ cập kỹ năng số cơ bản đạt 68%")], ["68%"])
q("Đơn vị nào chủ trì đưa sản phẩm OCOP lên sàn TMĐT ở huyện, xong trước ngày nào?", "abbreviation",
  [(F3, "Đưa sản phẩm OCOP của hợp tác xã lên sàn thương mại điện tử"), (F3, "Phòng Nông nghiệp và Môi trường"),
   (F3, "Trước ngày 31/10/2026")], ["Phòng Nông nghiệp và Môi trường", "31/10/2026"])
k = q("Tổng KP thực hiện KH chuyển đổi số huyện Lương Sa 2026 là bao nhiêu?", "abbreviation",
      [(F3, "Tổng kinh phí thực hiện Kế hoạch là 3,85 tỷ đồng từ ngân sách huyện năm 2026")], ["3,85 tỷ đồng"])
q("Trong đó dành cho cuộc thi và hoạt động STEM bao nhiêu?", "follow-up",
  [(F3, "350 triệu đồng cho Cuộc thi \"Sáng tạo số học đường\" và hoạt động STEM")], ["350 triệu đồng"], hist=k)
u("Kinh phí cho mô hình xã thông minh của huyện Hướng Lâm là bao nhiêu?")
q("loa truyen thanh co so phai phat tin chuyen doi so it nhat may lan mot tuan", "no-diacritics",
  [(F3, "hệ thống truyền thanh cơ sở với thời lượng tối thiểu 02 lần/tuần")], ["02 lần/tuần"])
q("Phòng Nội vụ huyện được phân công việc gì?", "who-what",
  [(F3, "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"), (F3, "Trung tâm Chính trị huyện"), (F3, "Trước ngày 30/9/2026")],
  ["30/9/2026"], actors=["Phòng Nội vụ"])
q("Các phòng ban, Mặt trận, đoàn thể của huyện có trách nhiệm gì theo kế hoạch?", "who-what",
  [(F3, "chủ động lồng ghép nội dung chuyển đổi số vào chương trình công tác năm 2026 của cơ quan, đơn vị mình")],
  ["lồng ghép"], actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
u("Tính tới tháng 4/2026 huyện Lương Sa đã có bao nhiêu Tổ công nghệ số cộng đồng hoạt động?")
q("QĐ ban hành kế hoạch CĐS huyện Lương Sa căn cứ kế hoạch số mấy của tỉnh?", "abbreviation",
  [(F3, "Căn cứ Kế hoạch số 64/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Vĩnh Linh Bắc")], ["64/KH-UBND"])
q("Ai là đầu mối liên hệ của kế hoạch chuyển đổi số huyện Lương Sa?", "factoid",
  [(F3, "ông Nguyễn Tiến Dũng, Phó Trưởng phòng Văn hóa, Khoa học và Thông tin huyện, điện thoại 0983.417.256")],
  ["Nguyễn Tiến Dũng", "0983.417.256"])
q("Kế hoạch của huyện đặt mục tiêu tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình cấp xã là bao nhiêu?", "factoid",
  [(F3, "ở cấp huyện đạt 60%, ở cấp xã đạt 55%")], ["55%"])

# ------------------------------------------------------------ qw04: BC 215-BC/TĐTN (Tỉnh đoàn)
m = q("Toàn tỉnh đã ra mắt bao nhiêu Tổ thanh niên công nghệ số?", "factoid",
      [(F4, "toàn tỉnh ra mắt 138 Tổ thanh niên công nghệ số với 1.439 đoàn viên tham gia")], ["138"])
q("Riêng Huyện đoàn Hướng Lâm được bao nhiêu tổ?", "follow-up",
  [(F4, "| Huyện đoàn Hướng Lâm | 31 | 297 | 6.115 | 1.874 |")], ["31"], hist=m)
q("huyen doan ba long huong dan duoc bao nhieu luot nguoi dan", "no-diacritics",
  [(F4, "| Huyện đoàn Ba Lòng | 27 | 254 | 5.230 | 1.402 |")], ["5.230"])
q("6 tháng đầu năm đoàn viên hỗ trợ kích hoạt được tổng cộng bao nhiêu tài khoản VNeID mức 2?", "abbreviation",
  [(F4, "| Tổng cộng | 138 | 1.439 | 33.755 | 9.451 |")], ["9.451"])
q("Chỉ tiêu mở lớp Bình dân học vụ số năm 2026 đã hoàn thành được bao nhiêu phần trăm?", "factoid",
  [(F4, "| Mở lớp \"Bình dân học vụ số\" | 400 lớp | 236 lớp | 59% |")], ["59%"])
q("Ban Tuyên giáo Tỉnh đoàn phải làm gì trong 6 tháng cuối năm?", "who-what",
  [(F4, "Ban Tuyên giáo Tỉnh đoàn có trách nhiệm xây dựng 20 video ngắn hướng dẫn kỹ năng số")], ["20 video"],
  actors=["Ban Tuyên giáo Tỉnh đoàn"])
n_ = q("Các Huyện đoàn, Thành đoàn được giao nhiệm vụ gì theo báo cáo của Tỉnh đoàn?", "who-what",
       [(F4, "thành lập Tổ thanh niên công nghệ số ở 11 cơ sở đoàn còn lại trước ngày 31/8/2026")], ["31/8/2026"],
       actors=["Ban Thường vụ các Huyện đoàn, Thành đoàn"])
q("Còn Ban Phong trào Tỉnh đoàn?", "follow-up",
  [(F4, "tổ chức Cuộc thi \"Thanh niên với trí tuệ nhân tạo\" năm 2026, vòng chung kết dự kiến vào tháng 10/2026")],
  ["Thanh niên với trí tuệ nhân tạo", "tháng 10/2026"], hist=n_, actors=["Ban Phong trào Tỉnh đoàn"])
q("tinh doan kien nghi so khcn ho tro bao nhieu tien de mua thiet bi", "no-diacritics",
  [(F4, "hỗ trợ kinh phí 450 triệu đồng để mua sắm 150 bộ thiết bị")], ["450 triệu đồng"])
u("Tỉnh đoàn kiến nghị Sở Tài chính cấp bao nhiêu kinh phí cho Tổ thanh niên công nghệ số?")
q("Báo cáo 215 của Tỉnh đoàn do ai ký?", "metadata",
  [(F4, "**PHÓ BÍ THƯ** (đã ký) **Đinh Thị Ngọc Ánh**")], ["Đinh Thị Ngọc Ánh"])
u("Kết quả 6 tháng đầu năm 2026 của Huyện đoàn Cửa Việt về Tổ thanh niên công nghệ số thế nào?")
q("BC 215-BC/TĐTN cho biết còn bao nhiêu cơ sở đoàn chưa có tổ TNCNS?", "abbreviation",
  [(F4, "còn 11 cơ sở đoàn chưa thành lập Tổ thanh niên công nghệ số")], ["11 cơ sở đoàn"])
q("lien he ai o tinh doan ve bao cao ket qua binh dan hoc vu so", "no-diacritics",
  [(F4, "đồng chí Trần Minh Quý, Phó Trưởng Ban Phong trào Tỉnh đoàn, điện thoại 0972.615.340")], ["Trần Minh Quý", "0972.615.340"])
q("Ngày chủ nhật số của các Huyện đoàn duy trì vào những buổi nào trong tháng?", "factoid",
  [(F4, "duy trì \"Ngày chủ nhật số\" vào sáng chủ nhật tuần thứ hai và tuần thứ tư hằng tháng")], ["tuần thứ hai", "tuần thứ tư"])
u("Tỉnh đoàn hướng dẫn được bao nhiêu lượt người dân trong quý III/2026?")
q("Theo báo cáo của Tỉnh đoàn, doanh nghiệp nào được đề xuất phủ sóng 4G cho vùng cao Ba Lòng?", "factoid",
  [(F4, "Đề nghị Viettel Vĩnh Linh Bắc phối hợp khảo sát, phủ sóng 4G cho các thôn vùng cao của huyện Ba Lòng")],
  ["Viettel Vĩnh Linh Bắc"])
u("giai ba cuoc thi thanh nien voi tri tue nhan tao duoc thuong bao nhieu tien")

# ------------------------------------------------------------ qw05: TB 41-TB/ĐU (Đảng ủy xã)
p = q("xa khe gio co bao nhieu ho dan", "factoid",
      [(F5, "với 1.942 hộ, 7.608 nhân khẩu")], ["1.942 hộ"])
q("Tỷ lệ người dân ở đó có VNeID mức 2 là bao nhiêu?", "follow-up",
  [(F5, "tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 được kích hoạt đạt 71,4%")], ["71,4%"], hist=p)
r = q("UBND xã Khe Gió phải làm gì theo thông báo kết luận?", "who-what",
      [(F5, "lắp đặt 24 camera an ninh tại các trục đường chính và 5 điểm wifi công cộng tại nhà văn hóa thôn, hoàn thành trước ngày 31/8/2026")],
      ["24 camera", "31/8/2026"], actors=["Ủy ban nhân dân xã"])
q("Trạm Y tế xã thì sao?", "follow-up",
  [(F5, "hướng dẫn người dân tích hợp sổ sức khỏe điện tử trên ứng dụng VNeID, phấn đấu đến ngày 30/9/2026 đạt 80% dân số")],
  ["sổ sức khỏe điện tử", "80%"], hist=r, actors=["Trạm Y tế xã"])
s_ = q("ngay chu nhat so o khe gio to chuc tu may gio den may gio", "no-diacritics",
       [(F5, "\"Ngày chủ nhật số\" từ 7h30 đến 10h30 sáng chủ nhật hằng tuần tại nhà văn hóa các thôn")], ["7h30", "10h30"])
q("tuan thu ba thi o thon nao", "follow-up",
  [(F5, "tuần thứ ba tại thôn Khe Ngang và thôn Lòi Ổi")], ["Khe Ngang", "Lòi Ổi"], hist=s_)
q("TB 41 của Đảng ủy xã Khe Gió ai ký?", "metadata",
  [(F5, "PHÓ BÍ THƯ - Ban Thường vụ Huyện ủy (b/c)"), (F5, "Các chi bộ trực thuộc; Hồ Văn Lực")], ["Hồ Văn Lực"])
q("Cuộc họp của Thường trực Đảng ủy xã Khe Gió họp ngày nào, do ai chủ trì?", "factoid",
  [(F5, "Ngày 14/5/2026, tại Hội trường Ủy ban nhân dân xã"),
   (F5, "Đồng chí Phan Thị Hồng Vân, Bí thư Đảng ủy xã chủ trì cuộc họp")], ["14/5/2026", "Phan Thị Hồng Vân"])
q("Đoàn xã Khe Gió được giao nhiệm vụ gì?", "who-what",
  [(F5, "Ban Chấp hành Đoàn xã chủ trì tổ chức \"Ngày chủ nhật số\"")], ["Ngày chủ nhật số"],
  actors=["Ban Chấp hành Đoàn xã"])
u("Xã Tân Linh đã lắp đặt bao nhiêu camera an ninh cho mô hình xã thông minh?")
u("Thôn Rào Mé có bao nhiêu hộ gia đình?")
q("Thường trực Đảng ủy xã kiến nghị phòng nào của huyện phủ sóng 4G, ở đâu, khi nào?", "who-what",
  [(F5, "kiến nghị Phòng Văn hóa, Khoa học và Thông tin huyện phối hợp với doanh nghiệp viễn thông khảo sát, phủ sóng 4G tại thôn Khe Ngang và thôn Lòi Ổi trong quý III/2026")],
  ["Khe Ngang", "quý III/2026"], actors=["Phòng Văn hóa, Khoa học và Thông tin huyện"])
q("Hạn VP Đảng ủy báo cáo BTV Huyện ủy kết quả thực hiện TB 41?", "abbreviation",
  [(F5, "báo cáo Ban Thường vụ Huyện ủy trước ngày 15/12/2026")], ["15/12/2026"])
t_ = q("Mô hình xã thông minh ở Khe Gió huy động xã hội hóa được bao nhiêu?", "factoid",
       [(F5, "xã vận động xã hội hóa thêm 85 triệu đồng")], ["85 triệu đồng"])
u("Còn xã Tân Linh huy động được bao nhiêu?", "follow-up", hist=t_)
q("MTTQ xã và các đoàn thể phải phấn đấu đến cuối 2026 bao nhiêu % dân có định danh mức 2?", "who-what",
  [(F5, "phấn đấu đến hết năm 2026 có 90% người dân từ đủ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2")],
  ["90%"], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội"])
u("Thông báo số 40-TB/ĐU của Đảng ủy xã Khe Gió kết luận nội dung gì?")
q("sổ hộ tịch của xã phải số hóa từ năm nào?", "factoid",
  [(F5, "số hóa 100% sổ hộ tịch từ năm 1995 đến nay")], ["1995"])

# ------------------------------------------------------------ corpus-level and extra near-misses
q("Trong bộ tài liệu, văn bản nào do cấp huyện ban hành?", "corpus",
  [(F2, "UBND HUYỆN LƯƠNG SA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), (F3, "Quyết định số 1215/QĐ-UBND ngày 20/4/2026 của Chủ tịch UBND huyện Lương Sa")], ["318/PGDĐT-THCS", "1215/QĐ-UBND"])
q("Văn bản nào hướng dẫn các trường tổ chức cuộc thi Sáng tạo số học đường?", "corpus",
  [(F2, "V/v tổ chức Cuộc thi \"Sáng tạo số học đường\" và phổ cập kỹ năng số năm học 2025-2026")], ["318/PGDĐT-THCS"])
q("Những văn bản nào được ban hành để thực hiện KH 64/KH-UBND của tỉnh?", "corpus",
  [(F3, "Căn cứ Kế hoạch số 64/KH-UBND ngày 12/3/2026"), (F4, "Thực hiện Kế hoạch số 64/KH-UBND ngày 12/3/2026")],
  ["1215/QĐ-UBND", "215-BC/TĐTN"])
q("co van ban nao cua dang uy cap xa khong", "corpus",
  [(F5, "ĐẢNG BỘ HUYỆN LƯƠNG SA ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG ỦY XÃ KHE GIÓ"), (F5, "Số 41-TB/ĐU THÔNG BÁO Kết luận của Thường trực Đảng ủy")], ["41-TB/ĐU"])
q("Bộ tài liệu có mấy văn bản nhắc tới mô hình xã thông minh của xã Khe Gió, là những văn bản nào?", "corpus",
  [(F3, "Thí điểm 02 mô hình \"xã thông minh\" tại xã Khe Gió và xã Tân Linh"),
   (F5, "Mô hình \"xã thông minh\" của xã được huyện bố trí 600 triệu đồng")], ["1215/QĐ-UBND", "41-TB/ĐU"])
u("Công văn 1216/UBND-VHKHTT của UBND huyện Lương Sa yêu cầu các xã làm gì?", "abbreviation")
u("Sở Nội vụ tỉnh phải bồi dưỡng kỹ năng số cho bao nhiêu cán bộ, công chức trong năm 2026?")
u("Huyện Hướng Lâm ban hành kế hoạch chuyển đổi số 2026 theo quyết định số mấy?")
u("chi tieu so doanh nghiep cong nghe so cua huyen luong sa nam 2026 la bao nhieu", "no-diacritics")
u("Trạm Y tế xã Tân Linh phải đạt tỷ lệ sổ sức khỏe điện tử bao nhiêu?")
u("Lễ trao giải Sáng tạo số học đường có những lãnh đạo Sở GD&ĐT nào dự?")


# ------------------------------------------------------------ who-what gold
WW = [
 {"id": "wqw01", "directive": "KH 64/KH-UBND", "source": F1, "actors": [
   {"name": "Sở Khoa học và Công nghệ", "role": "thường trực", "deadline": "báo cáo năm trước ngày 10/12/2026",
    "task_quote": "Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; chủ trì tổ chức Techfest Vĩnh Linh Bắc 2026"},
   {"name": "Sở Tài chính", "role": "chủ trì", "deadline": None,
    "task_quote": "Chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định dự toán, tham mưu bố trí kinh phí thực hiện Kế hoạch"},
   {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "đến hết năm 2026",
    "task_quote": "Chủ trì triển khai giáo dục STEM, kiến thức trí tuệ nhân tạo cơ bản trong các trường trung học"},
   {"name": "Sở Văn hóa, Thể thao và Du lịch", "role": "chủ trì", "deadline": "trước ngày 30/11/2026",
    "task_quote": "Chủ trì số hóa 3D 15 di tích lịch sử - văn hóa cấp tỉnh và xây dựng bản đồ số du lịch"},
   {"name": "Sở Nội vụ", "role": "chủ trì", "deadline": None,
    "task_quote": "Chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức"},
   {"name": "Công an tỉnh", "role": "chủ trì", "deadline": None,
    "task_quote": "Chủ trì đẩy mạnh cấp, kích hoạt tài khoản định danh điện tử mức độ 2; bảo đảm an ninh mạng"},
   {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    "role": "phối hợp", "deadline": None,
    "task_quote": "Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia phong trào \"Bình dân học vụ số\""},
   {"name": "Tỉnh đoàn", "role": "chủ trì", "deadline": None,
    "task_quote": "Tỉnh đoàn chủ trì duy trì Tổ thanh niên công nghệ số ở 100% cơ sở Đoàn cấp xã"},
   {"name": "Ủy ban nhân dân các huyện, thành phố", "role": None, "deadline": "trước ngày 30/4/2026",
    "task_quote": "ban hành kế hoạch của địa phương trước ngày 30/4/2026; bố trí ngân sách cấp huyện"},
   {"name": "Các cơ quan, đơn vị", "role": None, "deadline": "trước ngày 10/4/2026",
    "task_quote": "Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 10/4/2026"},
  ], "intruders": ["Trương Văn Hiển", "Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                   "Báo Vĩnh Linh Bắc", "Lưu: VT, KGVX", "TỈNH VĨNH LINH BẮC", "Hồ Thị Lan Phương"]},
 {"id": "wqw02", "directive": "CV 318/PGDĐT-THCS", "source": F2, "actors": [
   {"name": "Các trường THCS, TH&THCS", "role": None, "deadline": "trước ngày 20/5/2026",
    "task_quote": "xây dựng kế hoạch và tổ chức vòng thi cấp trường; phân công giáo viên Tin học, Khoa học tự nhiên, Công nghệ hướng dẫn học sinh"},
   {"name": "Các trường tiểu học", "role": None, "deadline": "trước ngày 25/5/2026",
    "task_quote": "lồng ghép phổ cập kỹ năng số cho học sinh lớp 4, lớp 5 trong tiết Tin học và hoạt động trải nghiệm"},
   {"name": "Hiệu trưởng các trường", "role": None, "deadline": "trước ngày 30/6/2026",
    "task_quote": "hoàn thành khóa bồi dưỡng trực tuyến \"Kỹ năng số cho nhà giáo\" trên hệ thống LMS"},
   {"name": "Bộ phận chuyên môn THCS", "role": "chủ trì", "deadline": "trước ngày 15/6/2026",
    "task_quote": "phối hợp với Huyện đoàn thành lập Ban Giám khảo, tổ chức vòng chung khảo và tổng hợp kết quả"},
   {"name": "Huyện đoàn", "role": "phối hợp", "deadline": None,
    "task_quote": "Đề nghị Huyện đoàn cử 02 cán bộ tham gia Ban Tổ chức và hỗ trợ công tác hậu cần, âm thanh cho buổi chung khảo"},
  ], "intruders": ["Võ Thị Thanh Nhàn", "UBND huyện (để b/c)", "Phòng VH, KH&TT huyện", "Lãnh đạo Phòng", "Lưu: VT, THCS",
                   "Phan Đình Tuấn"]},
 {"id": "wqw03", "directive": "QĐ 1215/QĐ-UBND", "source": F3, "actors": [
   {"name": "Phòng Văn hóa, Khoa học và Thông tin", "role": "chủ trì", "deadline": "trước ngày 15 của tháng cuối quý",
    "task_quote": "Giao Phòng Văn hóa, Khoa học và Thông tin chủ trì, phối hợp với Văn phòng HĐND và UBND huyện theo dõi, hướng dẫn thực hiện Kế hoạch"},
   {"name": "Văn phòng HĐND và UBND huyện", "role": "phối hợp", "deadline": None,
    "task_quote": "phối hợp với Văn phòng HĐND và UBND huyện theo dõi, hướng dẫn thực hiện Kế hoạch"},
   {"name": "Phòng Tài chính - Kế hoạch", "role": "chủ trì", "deadline": "trước ngày 15/5/2026",
    "task_quote": "Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch"},
   {"name": "Phòng Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "trước ngày 20/6/2026",
    "task_quote": "Phòng Giáo dục và Đào tạo chủ trì tổ chức Cuộc thi \"Sáng tạo số học đường\", hướng dẫn các trường thành lập câu lạc bộ STEM"},
   {"name": "Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện", "role": None, "deadline": None,
    "task_quote": "vận động đoàn viên, hội viên tham gia Tổ công nghệ số cộng đồng và phong trào \"Bình dân học vụ số\""},
   {"name": "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", "role": None, "deadline": None,
    "task_quote": "chủ động lồng ghép nội dung chuyển đổi số vào chương trình công tác năm 2026 của cơ quan, đơn vị mình"},
   {"name": "Ủy ban nhân dân các xã, thị trấn", "role": "chủ trì", "deadline": "trước ngày 31/5/2026",
    "task_quote": "Ủy ban nhân dân các xã, thị trấn có trách nhiệm kiện toàn Tổ công nghệ số cộng đồng trước ngày 31/5/2026"},
   {"name": "Phòng Nội vụ", "role": "chủ trì", "deadline": "Trước ngày 30/9/2026",
    "task_quote": "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"},
   {"name": "Trung tâm Chính trị huyện", "role": "phối hợp", "deadline": "Trước ngày 30/9/2026",
    "task_quote": "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"},
   {"name": "Phòng Nông nghiệp và Môi trường", "role": "chủ trì", "deadline": "Trước ngày 31/10/2026",
    "task_quote": "Đưa sản phẩm OCOP của hợp tác xã lên sàn thương mại điện tử"},
   {"name": "Hội Nông dân huyện; Bưu điện huyện Lương Sa", "role": "phối hợp", "deadline": "Trước ngày 31/10/2026",
    "task_quote": "Đưa sản phẩm OCOP của hợp tác xã lên sàn thương mại điện tử"},
   {"name": "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "role": "chủ trì", "deadline": "Thường xuyên",
    "task_quote": "Tuyên truyền trên hệ thống truyền thanh cơ sở"},
   {"name": "UBND xã Khe Gió, UBND xã Tân Linh; Viettel Lương Sa", "role": "phối hợp", "deadline": "Quý IV/2026",
    "task_quote": "Xây dựng và vận hành mô hình \"xã thông minh\""},
   {"name": "Huyện đoàn; các trường THCS", "role": "phối hợp", "deadline": "Tháng 6/2026",
    "task_quote": "Tổ chức Cuộc thi \"Sáng tạo số học đường\""},
  ], "intruders": ["Lê Đức Mạnh", "UBND tỉnh (b/c)", "Sở KH&CN tỉnh (b/c)", "Thường trực Huyện ủy", "Thường trực HĐND huyện",
                   "CT, các PCT UBND huyện", "Lưu: VT", "HUYỆN LƯƠNG SA", "Nguyễn Tiến Dũng"]},
 {"id": "wqw04", "directive": "BC 215-BC/TĐTN", "source": F4, "actors": [
   {"name": "Ban Thường vụ các Huyện đoàn, Thành đoàn", "role": None, "deadline": "trước ngày 31/8/2026",
    "task_quote": "thành lập Tổ thanh niên công nghệ số ở 11 cơ sở đoàn còn lại trước ngày 31/8/2026"},
   {"name": "Ban Phong trào Tỉnh đoàn", "role": "chủ trì", "deadline": "tháng 10/2026",
    "task_quote": "Ban Phong trào Tỉnh đoàn chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức Cuộc thi \"Thanh niên với trí tuệ nhân tạo\""},
   {"name": "Sở Khoa học và Công nghệ", "role": "phối hợp", "deadline": None,
    "task_quote": "Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí 450 triệu đồng để mua sắm 150 bộ thiết bị"},
   {"name": "Ban Tuyên giáo Tỉnh đoàn", "role": None, "deadline": "trước ngày 30/9/2026",
    "task_quote": "Ban Tuyên giáo Tỉnh đoàn có trách nhiệm xây dựng 20 video ngắn hướng dẫn kỹ năng số"},
   {"name": "Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh", "role": None, "deadline": None,
    "task_quote": "lựa chọn 05 dự án khởi nghiệp tiêu biểu của thanh niên tham gia Techfest Vĩnh Linh Bắc 2026"},
   {"name": "Viettel Vĩnh Linh Bắc", "role": "phối hợp", "deadline": "trong năm 2026",
    "task_quote": "Đề nghị Viettel Vĩnh Linh Bắc phối hợp khảo sát, phủ sóng 4G cho các thôn vùng cao của huyện Ba Lòng"},
  ], "intruders": ["Đinh Thị Ngọc Ánh", "Ban Phong trào Trung ương Đoàn", "Thường trực Tỉnh ủy",
                   "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lưu: VP Tỉnh đoàn", "BCH ĐOÀN TỈNH VĨNH LINH BẮC", "Trần Minh Quý"]},
 {"id": "wqw05", "directive": "TB 41-TB/ĐU", "source": F5, "actors": [
   {"name": "Ủy ban nhân dân xã", "role": None, "deadline": "trước ngày 31/8/2026",
    "task_quote": "xây dựng kế hoạch chi tiết thực hiện mô hình \"xã thông minh\" trước ngày 30/5/2026"},
   {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội", "role": None, "deadline": "đến hết năm 2026",
    "task_quote": "vận động mỗi đoàn viên, hội viên tự cài đặt và hướng dẫn ít nhất 01 người thân cài đặt, kích hoạt tài khoản định danh điện tử"},
   {"name": "Ban Chấp hành Đoàn xã", "role": "chủ trì", "deadline": "hằng tuần",
    "task_quote": "Ban Chấp hành Đoàn xã chủ trì tổ chức \"Ngày chủ nhật số\" từ 7h30 đến 10h30 sáng chủ nhật hằng tuần"},
   {"name": "Trạm Y tế xã", "role": None, "deadline": "đến ngày 30/9/2026",
    "task_quote": "hướng dẫn người dân tích hợp sổ sức khỏe điện tử trên ứng dụng VNeID"},
   {"name": "Trường Tiểu học và THCS Khe Gió", "role": None, "deadline": None,
    "task_quote": "thành lập câu lạc bộ STEM; chọn sản phẩm tiêu biểu dự thi Cuộc thi \"Sáng tạo số học đường\" cấp huyện"},
   {"name": "Các chi bộ thôn", "role": None, "deadline": "định kỳ hằng tháng",
    "task_quote": "đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng"},
   {"name": "Bí thư chi bộ, Trưởng thôn", "role": None, "deadline": None,
    "task_quote": "Bí thư chi bộ, Trưởng thôn chịu trách nhiệm vận động Nhân dân tham gia các lớp \"Bình dân học vụ số\""},
   {"name": "Văn phòng Đảng ủy", "role": None, "deadline": "trước ngày 15/12/2026",
    "task_quote": "Văn phòng Đảng ủy theo dõi, tổng hợp kết quả thực hiện Thông báo này, báo cáo Ban Thường vụ Huyện ủy"},
   {"name": "Phòng Văn hóa, Khoa học và Thông tin huyện", "role": "phối hợp", "deadline": "trong quý III/2026",
    "task_quote": "phối hợp với doanh nghiệp viễn thông khảo sát, phủ sóng 4G tại thôn Khe Ngang và thôn Lòi Ổi"},
  ], "intruders": ["Hồ Văn Lực", "Phan Thị Hồng Vân", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu: VP Đảng ủy",
                   "ĐẢNG BỘ HUYỆN LƯƠNG SA", "Nguyễn Tiến Dũng", "Phạm Thị Kim Oanh"]},
]


def nfc(o):
    if isinstance(o, str):
        return N(o)
    if isinstance(o, list):
        return [nfc(x) for x in o]
    if isinstance(o, dict):
        return {k: nfc(v) for k, v in o.items()}
    return o


with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for o in Q:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
    for o in WW:
        f.write(json.dumps(nfc(o), ensure_ascii=False) + "\n")
print(len(Q), "questions;", len(WW), "who-what lines")
