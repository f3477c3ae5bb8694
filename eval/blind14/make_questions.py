#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl for eval/blind14 (hand-written data held here)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "q01_kh52_tu_kon_ro_lang_cds_giao_duc_y_te.md"
D2 = "q02_bc27_vhtt_tuyen_truyen_so_2024.md"
D3 = "q03_cv318_skhcn_phuc_dap_chu_krei.txt"
D4 = "q04_tb76_vp_ubnd_tinh_ket_luan_chu_tich.txt"
D5 = "q05_qd1187_ubnd_tp_khen_thuong_cuoc_thi.md"

QS = []
def Q(question, kind, ev=(), kw=(), hist=None, actors=None):
    d = {"id": "qx%03d" % (len(QS) + 1), "question": question,
         "answerable": bool(ev), "kind": kind,
         "evidence": [{"source": s, "quote": q} for s, q in ev], "keywords": list(kw)}
    if hist:
        d["history"] = [QS[i - 1]["question"] if isinstance(i, int) else i for i in hist]
    if actors:
        d["actors"] = list(actors)
    QS.append(d)
    return len(QS)
U = "unanswerable"

# ---------------- q01: KH 52-KH/TU ----------------
Q("Kế hoạch chuyển đổi số trường học, y tế của Thành ủy Kon Rơ Lăng đặt chỉ tiêu bao nhiêu phần trăm giáo viên có kỹ năng số cơ bản?", "factoid",
  [(D1, "Ít nhất 85% giáo viên đạt chuẩn kỹ năng số cơ bản")], ["85%"])
a = Q("Kế hoạch 52 của Thành ủy dự kiến tổng kinh phí bao nhiêu, ngân sách thành phố gánh bao nhiêu?", "factoid",
  [(D1, "tổng kinh phí dự kiến thực hiện Kế hoạch là 38,6 tỷ đồng, trong đó ngân sách thành phố 24,2 tỷ đồng")], ["38,6 tỷ đồng", "24,2 tỷ đồng"])
b = Q("Phần còn lại lấy ở đâu?", "follow-up",
  [(D1, "phần còn lại huy động từ xã hội hóa và các nguồn hợp pháp khác")], ["xã hội hóa"], hist=[a])
Q("Vậy riêng năm 2025 thành phố chi bao nhiêu?", "follow-up", hist=[a, b])
Q("trung tam y te thanh pho phai xong benh an dien tu truoc ngay nao", "no-diacritics",
  [(D1, "Chủ trì triển khai bệnh án điện tử, hoàn thành trước ngày 31/12/2025")], ["31/12/2025"])
Q("Ban Tuyên giáo và Dân vận Thành ủy được giao những việc gì trong kế hoạch CĐS trường học, y tế?", "who-what",
  [(D1, "Ban Tuyên giáo và Dân vận Thành ủy - Chủ trì, phối hợp với Phòng Văn hóa - Thông tin thành phố hướng dẫn công tác tuyên truyền Kế hoạch này; hoàn thành trong quý II/2025"),
   (D1, "Tham mưu Ban Thường vụ Thành ủy sơ kết 01 năm thực hiện Kế hoạch vào tháng 3/2026")],
  ["quý II/2025", "tháng 3/2026"], actors=["Ban Tuyên giáo và Dân vận Thành ủy"])
c = Q("Cơ quan nào làm thường trực theo dõi kế hoạch 52 của Thành ủy?", "who-what",
  [(D1, "Giao Văn phòng Thành ủy là cơ quan thường trực, giúp Ban Thường vụ Thành ủy theo dõi, đôn đốc")],
  ["Văn phòng Thành ủy"], actors=["Văn phòng Thành ủy"])
Q("Người đầu mối bên đó là ai, số máy bao nhiêu?", "follow-up",
  [(D1, "đồng chí Phan Văn Khải, Phó Chánh Văn phòng Thành ủy, điện thoại 0269.3821.456")], ["Phan Văn Khải", "0269.3821.456"], hist=[c])
Q("KH 52-KH/TU do ai ký, ban hành ngày nào?", "metadata",
  [(D1, "Kon Rơ Lăng, ngày 14 tháng 3 năm 2025"), (D1, "BÍ THƯ\n\nNguyễn Đình Khang")], ["Nguyễn Đình Khang", "14 tháng 3 năm 2025"])
d = Q("Theo KH 52, năm 2024 tỷ lệ dân có HSSK điện tử được bao nhiêu?", "abbreviation",
  [(D1, "tỷ lệ dân số có hồ sơ sức khỏe điện tử đạt 58,3%")], ["58,3%"])
Q("Thế mục tiêu đến 2027 là bao nhiêu?", "follow-up",
  [(D1, "Ít nhất 95% dân số có hồ sơ sức khỏe điện tử được cập nhật")], ["95%"], hist=[d])
Q("Thành phố có bao nhiêu trường mầm non, tiểu học, THCS công lập?", "list",
  [(D1, "gồm 22 trường mầm non, 24 trường tiểu học, 18 trường trung học cơ sở")], ["22 trường mầm non", "24 trường tiểu học", "18 trường trung học cơ sở"])
Q("hoc ba so o tieu hoc bat dau tu nam hoc nao", "no-diacritics",
  [(D1, "100% trường tiểu học thực hiện học bạ số từ năm học 2025 - 2026")], ["2025 - 2026"])
Q("Chi bộ, đảng bộ trực thuộc phải làm gì và nộp báo cáo lúc nào?", "who-what",
  [(D1, "Các chi bộ, đảng bộ trực thuộc Thành ủy - Căn cứ Kế hoạch này, xây dựng chương trình hành động phù hợp với đơn vị, hoàn thành trước ngày 30/4/2025"),
   (D1, "báo cáo kết quả thực hiện trước ngày 30/11 hằng năm")],
  ["30/4/2025", "30/11"], actors=["Các chi bộ, đảng bộ trực thuộc Thành ủy"])
Q("MTTQ thành phố có nhiệm vụ gì theo KH 52-KH/TU?", "who-what",
  [(D1, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể chính trị - xã hội thành phố - Vận động đoàn viên, hội viên và Nhân dân cài đặt, sử dụng ứng dụng sức khỏe điện tử")],
  ["ứng dụng sức khỏe điện tử"], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"])
Q("Kế hoạch 52 phân bổ cho Trung tâm Y tế bao nhiêu tiền để làm bệnh án điện tử?", U)
Q("Kế hoạch 52 của Thành ủy áp dụng cho bao nhiêu trường THPT?", U)
Q("ke hoach 52 giao so y te tinh lam nhung viec gi", U)
Q("kh 52 quy dinh moi truong thcs phai co bao nhieu phong hoc stem", U)
Q("Đảng ủy UBND thành phố phải ra kế hoạch triển khai trước ngày nào?", "who-what",
  [(D1, "Đảng ủy Ủy ban nhân dân thành phố - Lãnh đạo Ủy ban nhân dân thành phố ban hành kế hoạch triển khai cụ thể trước ngày 15/4/2025")],
  ["15/4/2025"], actors=["Đảng ủy Ủy ban nhân dân thành phố"])

# ---------------- q02: BC 27/BC-VHTT ----------------
Q("nam 2024 trang thong tin dien tu cua phong van hoa thong tin dang bao nhieu tin bai", "no-diacritics",
  [(D2, "Trang thông tin điện tử của Phòng đăng tải 1.846 tin, bài, video, tăng 23% so với năm 2023")], ["1.846"])
e = Q("Phường nào có lượt xem tin bài cao nhất năm 2024?", "factoid",
  [(D2, "| 6 | Hòa Mỹ | 231 | 205.800 | 31 | 72 |")], ["Hòa Mỹ", "205.800"])
f = Q("Thấp nhất là phường nào?", "follow-up",
  [(D2, "| 8 | Plei Rông | 69 | 33.600 | 9 | 19 |")], ["Plei Rông", "33.600"], hist=[e])
Q("Còn xã Ia Pết thì lượt xem bao nhiêu?", "follow-up", hist=[e, f])
Q("phuong tan kon to chuc may buoi tuyen truyen nam ngoai", "no-diacritics",
  [(D2, "| 3 | Tân Kon | 198 | 174.900 | 24 | 58 |")], ["24"])
g = Q("Cả thành phố có tổng cộng bao nhiêu buổi tuyên truyền trực tiếp kèm livestream?", "factoid",
  [(D2, "Tổng số buổi tuyên truyền trực tiếp kết hợp phát trực tuyến trên toàn thành phố là 208 buổi")], ["208"])
Q("Trong đó các xã chiếm mấy buổi?", "follow-up",
  [(D2, "8 phường tổ chức 170 buổi, 4 xã tổ chức 38 buổi")], ["38 buổi"], hist=[g])
Q("Zalo OA của UBND TP có bao nhiêu người quan tâm?", "abbreviation",
  [(D2, "tài khoản Zalo OA của thành phố có 14.200 người quan tâm")], ["14.200"])
Q("Báo cáo tuyên truyền số năm 2024 nêu những tồn tại gì ở cơ sở?", "list",
  [(D2, "3/8 phường chưa bố trí công chức phụ trách riêng công tác thông tin cơ sở"),
   (D2, "Trang thiết bị quay phim, dựng video còn thiếu; chưa có cơ chế nhuận bút cho cộng tác viên ở cơ sở")],
  ["3/8 phường", "nhuận bút"])
h = Q("BC 27 của Phòng VHTT xin UBND TP bố trí bao nhiêu tiền cho năm 2025?", "abbreviation",
  [(D2, "bố trí 450 triệu đồng trong năm 2025 để sản xuất video ngắn và chi nhuận bút")], ["450 triệu đồng"])
Q("Khoản đó để làm gì?", "follow-up",
  [(D2, "để sản xuất video ngắn và chi nhuận bút cho cộng tác viên cơ sở")], ["video ngắn", "nhuận bút"], hist=[h])
Q("phuong nao dan dau ve so tin bai va luot xem", "no-diacritics",
  [(D2, "phường Hòa Mỹ và phường Ngọc Dao là hai đơn vị dẫn đầu cả về số tin bài và lượt xem")], ["Hòa Mỹ", "Ngọc Dao"])
Q("Báo cáo tuyên truyền số năm 2024 số mấy, ai ký?", "metadata",
  [(D2, "PHÒNG VĂN HÓA - THÔNG TIN\n\nSố: 27/BC-VHTT"), (D2, "TRƯỞNG PHÒNG\n\nĐinh Thị Mai Phương")], ["27/BC-VHTT", "Đinh Thị Mai Phương"])
Q("Lượt xem các bản tin Zalo OA năm 2024 là bao nhiêu?", U)
Q("Phường Ngọc Dao chi bao nhiêu tiền cho tuyên truyền số năm 2024 theo BC của Phòng VH-TT?", U)
Q("phuong ia blang lam duoc bao nhieu video tieng ba na", U)
Q("Lớp tập huấn cho 120 cán bộ Tổ CNSCĐ mà Phòng đề xuất tổ chức ngày nào, ở đâu?", U)
Q("BC tuyên truyền số đề nghị các phường phải làm gì, hạn khi nào?", "who-what",
  [(D2, "chỉ đạo Ủy ban nhân dân các phường bố trí ít nhất 01 công chức phụ trách thông tin cơ sở trước ngày 31/3/2025")],
  ["31/3/2025"], actors=["Ủy ban nhân dân các phường"])
Q("to cnscd phuong chu glei co bao nhieu thanh vien", "no-diacritics",
  [(D2, "| 4 | Chư Glei | 87 | 41.200 | 11 | 23 |")], ["23"])

# ---------------- q03: CV 318/SKHCN-QLKH ----------------
Q("Sở KH&CN góp ý đổi tên nhiệm vụ của huyện Chư Krei thành gì?", "abbreviation",
  [(D3, "\"Nghiên cứu xây dựng và ứng dụng nền tảng học tập số song ngữ Việt - Ba Na cho học sinh tiểu học tại huyện Chư Krei\"")],
  ["Nghiên cứu xây dựng và ứng dụng nền tảng học tập số song ngữ Việt - Ba Na"])
i = Q("Tỉnh hỗ trợ tối đa bao nhiêu tiền cho nhiệm vụ học tập song ngữ Việt - Ba Na?", "factoid",
  [(D3, "ngân sách sự nghiệp khoa học và công nghệ của tỉnh không vượt quá 2,2 tỷ đồng")], ["2,2 tỷ đồng"])
j = Q("Còn huyện phải đối ứng bao nhiêu?", "follow-up",
  [(D3, "cam kết bố trí vốn đối ứng tối thiểu 30% tổng kinh phí thực hiện nhiệm vụ")], ["30%"], hist=[i])
k = Q("han nop ho so de xuat nhiem vu ve so khcn la khi nao", "no-diacritics",
  [(D3, "gửi về Sở trước 17 giờ 00 ngày 30/5/2025")], ["17 giờ 00 ngày 30/5/2025"])
Q("Nếu nộp trễ thì sao?", "follow-up",
  [(D3, "Quá thời hạn trên, đề xuất sẽ được xem xét cùng danh mục năm 2027")], ["năm 2027"], hist=[k])
Q("Sản phẩm tối thiểu của nhiệm vụ song ngữ phải có những gì?", "list",
  [(D3, "bộ học liệu số song ngữ cho lớp 1 và lớp 2 với ít nhất 300 bài học"),
   (D3, "phần mềm chạy được trên điện thoại thông minh, sử dụng được khi không có kết nối mạng"),
   (D3, "thử nghiệm tại ít nhất 06 trường tiểu học của huyện")],
  ["300 bài học", "không có kết nối mạng", "06 trường tiểu học"])
l = Q("CV 318 của Sở KH&CN trả lời công văn số mấy của huyện?", "metadata",
  [(D3, "Phúc đáp Công văn số 412/UBND-KT của Ủy ban nhân dân huyện Chư Krei")], ["412/UBND-KT"])
Q("Công văn của huyện đó đề ngày nào?", "follow-up",
  [(D3, "Công văn số 412/UBND-KT, ngày 03/4/2025")], ["03/4/2025"], hist=[l])
Q("Ai ký công văn góp ý gửi huyện Chư Krei?", "metadata",
  [(D3, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Quang Vinh")], ["Lê Quang Vinh", "Phó Giám đốc"])
Q("Với nhiệm vụ song ngữ, phía huyện đơn vị nào chủ trì và phải đáp ứng điều kiện gì?", "who-what",
  [(D3, "Đơn vị đề xuất chủ trì là Phòng Giáo dục và Đào tạo huyện Chư Krei phải phối hợp với ít nhất 01 tổ chức khoa học và công nghệ")],
  ["Phòng Giáo dục và Đào tạo huyện Chư Krei", "tổ chức khoa học và công nghệ"], actors=["Phòng Giáo dục và Đào tạo huyện Chư Krei"])
m = Q("Sở giao phòng nào theo dõi, hướng dẫn huyện làm hồ sơ?", "who-what",
  [(D3, "giao Phòng Quản lý khoa học chủ trì theo dõi, hướng dẫn huyện hoàn thiện hồ sơ")],
  ["Phòng Quản lý khoa học"], actors=["Phòng Quản lý khoa học"])
Q("Liên hệ ai ở phòng đó?", "follow-up",
  [(D3, "bà Nguyễn Thị Thu Trang, Phó Trưởng phòng Quản lý khoa học, điện thoại 0905.214.377")],
  ["Nguyễn Thị Thu Trang", "0905.214.377"], hist=[m])
Q("huyen chu krei co bao nhieu truong tieu hoc, bao nhieu hoc sinh", "no-diacritics",
  [(D3, "toàn huyện có 17 trường tiểu học với 6.850 học sinh")], ["17 trường tiểu học", "6.850"])
Q("Hội đồng tư vấn xác định nhiệm vụ họp ngày cụ thể nào?", U)
Q("Sở KH&CN góp ý thế nào với đề xuất nhiệm vụ của huyện Ia Mơ Rông?", U)
Q("to chuc khoa hoc nao da nhan loi phoi hop voi huyen chu krei", U)
Q("UBND huyện Chư Krei phải làm gì tiếp theo công văn của Sở?", "who-what",
  [(D3, "Đề nghị Ủy ban nhân dân huyện Chư Krei hoàn thiện phiếu đề xuất theo các ý kiến trên, gửi về Sở trước 17 giờ 00 ngày 30/5/2025")],
  ["hoàn thiện phiếu đề xuất", "30/5/2025"], actors=["Ủy ban nhân dân huyện Chư Krei"])

# ---------------- q04: TB 76/TB-VP ----------------
n = Q("Cuộc họp về tiến độ NQ 57 trong giáo dục, y tế của tỉnh diễn ra hôm nào, ở đâu?", "abbreviation",
  [(D4, "Ngày 08/5/2025, tại Phòng họp số 2, trụ sở Ủy ban nhân dân tỉnh")], ["08/5/2025", "Phòng họp số 2"])
Q("Ai chủ trì?", "follow-up",
  [(D4, "đồng chí Trần Minh Đức, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp")], ["Trần Minh Đức"], hist=[n])
Q("Cuộc họp kết luận tại TB 76 có những sở nào dự?", "list",
  [(D4, "lãnh đạo các sở: Khoa học và Công nghệ, Giáo dục và Đào tạo, Y tế, Tài chính, Nội vụ")],
  ["Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Y tế", "Tài chính", "Nội vụ"])
Q("Giải ngân vốn CĐS 4 tháng đầu năm của tỉnh đạt bao nhiêu?", "abbreviation",
  [(D4, "tỷ lệ giải ngân vốn cho chuyển đổi số 4 tháng đầu năm chỉ đạt 18,4% kế hoạch")], ["18,4%"])
o = Q("bao nhieu benh vien tuyen tinh da co benh an dien tu", "no-diacritics",
  [(D4, "4/9 bệnh viện tuyến tỉnh đã triển khai bệnh án điện tử")], ["4/9"])
Q("Số còn lại phải xong trước khi nào?", "follow-up",
  [(D4, "triển khai bệnh án điện tử, hoàn thành trước ngày 30/9/2025")], ["30/9/2025"], hist=[o])
Q("Sở Tài chính được giao gì, hạn bao giờ?", "who-what",
  [(D4, "4. Sở Tài chính:\nChủ trì, phối hợp với Sở Khoa học và Công nghệ rà soát, tham mưu điều chuyển vốn"),
   (D4, "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/6/2025")],
  ["điều chuyển vốn", "15/6/2025"], actors=["Sở Tài chính"])
Q("so noi vu phai lam gi theo thong bao ket luan cua chu tich tinh", "who-what",
  [(D4, "5. Sở Nội vụ:\nHướng dẫn các địa phương bố trí công chức phụ trách chuyển đổi số tại các phòng chuyên môn cấp huyện, hoàn thành trong quý III/2025")],
  ["quý III/2025"], actors=["Sở Nội vụ"])
Q("Sở GD&ĐT phải phủ học bạ số tiểu học xong trước ngày nào?", "who-what",
  [(D4, "2. Sở Giáo dục và Đào tạo:\na) Chỉ đạo 100% trường tiểu học triển khai học bạ số, hoàn thành trước ngày 31/8/2025")],
  ["31/8/2025"], actors=["Sở Giáo dục và Đào tạo"])
p = Q("Ai chủ trì xây Bộ tiêu chí trường học số của tỉnh, trình khi nào?", "who-what",
  [(D4, "1. Sở Khoa học và Công nghệ:\na) Chủ trì tổng hợp danh mục"),
   (D4, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo xây dựng Bộ tiêu chí trường học số của tỉnh, trình Ủy ban nhân dân tỉnh trước ngày 15/7/2025")],
  ["Sở Khoa học và Công nghệ", "15/7/2025"], actors=["Sở Khoa học và Công nghệ"])
Q("UBND thành phố Kon Rơ Lăng phải báo cáo kết quả về đâu, trước ngày nào?", "who-what",
  [(D4, "6. Ủy ban nhân dân thành phố Kon Rơ Lăng:\nKhẩn trương cụ thể hóa Kế hoạch số 52-KH/TU"),
   (D4, "báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 20/6/2025")],
  ["Sở Khoa học và Công nghệ", "20/6/2025"], actors=["Ủy ban nhân dân thành phố Kon Rơ Lăng"])
Q("TB 76/TB-VP ai ký, ban hành ngày nào?", "metadata",
  [(D4, "Nơi nhận:                                  KT. CHÁNH VĂN PHÒNG"),
   (D4, "- Báo Tây Nguyên Bắc;                         Nguyễn Hữu Tâm"),
   (D4, "Số: 76/TB-VP                      Kon Rơ Lăng, ngày 12 tháng 5 năm 2025")],
  ["Nguyễn Hữu Tâm", "12 tháng 5 năm 2025"])
q = Q("ty le dan so co ho so suc khoe dien tu toan tinh hien duoc bao nhieu", "no-diacritics",
  [(D4, "61% dân số có hồ sơ sức khỏe điện tử")], ["61%"])
Q("Cuối năm phải nâng lên mức nào?", "follow-up",
  [(D4, "nâng tỷ lệ dân số có hồ sơ sức khỏe điện tử lên ít nhất 80% trong năm 2025")], ["80%"], hist=[q])
Q("Chủ tịch UBND tỉnh giao Sở TT&TT nhiệm vụ gì tại cuộc họp này?", U)
Q("so y te duoc bo tri bao nhieu tien de lam benh an dien tu", U)
Q("Đại diện huyện Chư Krei phát biểu những kiến nghị gì tại cuộc họp ngày 08/5?", U)
r = Q("Văn phòng UBND tỉnh được giao việc gì?", "who-what",
  [(D4, "8. Văn phòng Ủy ban nhân dân tỉnh:\nTheo dõi, đôn đốc các cơ quan thực hiện các nhiệm vụ nêu trên"),
   (D4, "tham mưu tổ chức cuộc họp kiểm điểm tiến độ tiếp theo vào tuần đầu tháng 8/2025")],
  ["tuần đầu tháng 8/2025"], actors=["Văn phòng Ủy ban nhân dân tỉnh"])
Q("Cuộc họp kiểm điểm đó cụ thể ngày mấy, họp ở phòng nào?", "follow-up", hist=[r])

# ---------------- q05: QĐ 1187/QĐ-UBND ----------------
s = Q("Đội nào giành giải Nhất cuộc thi Học sinh Kon Rơ Lăng sáng tạo số 2025?", "factoid",
  [(D5, "Đội \"Rẫy thông minh\" (hệ thống cảm biến độ ẩm tưới cà phê tự động) | Trường THCS Chu Văn An | Giải Nhất")],
  ["Rẫy thông minh", "Chu Văn An"])
Q("Được thưởng bao nhiêu tiền?", "follow-up",
  [(D5, "Trường THCS Chu Văn An | Giải Nhất | 5.000.000")], ["5.000.000"], hist=[s])
Q("Những đội nào được giải Nhì?", "list",
  [(D5, "Đội \"Thư viện nói H'Linh\" (ứng dụng đọc sách song ngữ Việt - Gia Rai) | Trường THCS Ngô Mây | Giải Nhì"),
   (D5, "Đội \"Cảnh báo lũ quét\" (thiết bị đo mực nước suối gửi tin nhắn cảnh báo) | Trường THCS Trần Quốc Toản | Giải Nhì")],
  ["Thư viện nói H'Linh", "Cảnh báo lũ quét"])
Q("Tổng tiền thưởng cuộc thi Học sinh Kon Rơ Lăng sáng tạo số 2025 là bao nhiêu?", "factoid",
  [(D5, "Tổng số tiền thưởng: 24.000.000 đồng")], ["24.000.000"])
Q("truong thcs chu van an co may doi dat giai", "no-diacritics",
  [(D5, "Đội \"Rẫy thông minh\" (hệ thống cảm biến độ ẩm tưới cà phê tự động) | Trường THCS Chu Văn An"),
   (D5, "Đội \"Đèn giao thông thông minh\" (mô hình điều tiết đèn theo lưu lượng xe) | Trường THCS Chu Văn An")],
  ["Rẫy thông minh", "Đèn giao thông thông minh"])
t = Q("Cuộc thi có bao nhiêu sản phẩm dự thi, của mấy trường?", "factoid",
  [(D5, "Cuộc thi có 47 sản phẩm dự thi của 16 trường trung học cơ sở")], ["47", "16"])
Q("Vòng chung khảo tổ chức ở đâu, hôm nào?", "follow-up",
  [(D5, "vòng chung khảo tổ chức ngày 24/5/2025 tại Nhà Văn hóa Thiếu nhi thành phố")], ["24/5/2025", "Nhà Văn hóa Thiếu nhi"], hist=[t])
Q("QĐ khen thưởng cuộc thi sáng tạo số số mấy, PCT nào ký?", "metadata",
  [(D5, "THÀNH PHỐ KON RƠ LĂNG\n\nSố: 1187/QĐ-UBND"), (D5, "PHÓ CHỦ TỊCH\n\nVõ Thị Kim Oanh")],
  ["1187/QĐ-UBND", "Võ Thị Kim Oanh"])
Q("Phòng Tài chính - Kế hoạch có trách nhiệm gì trong QĐ khen thưởng cuộc thi sáng tạo số?", "who-what",
  [(D5, "Phòng Tài chính - Kế hoạch thành phố có trách nhiệm thẩm định, hướng dẫn thủ tục thanh toán")],
  ["thẩm định"], actors=["Phòng Tài chính - Kế hoạch thành phố"])
Q("Phòng GD&ĐT phải trả tiền thưởng cho các đội trước ngày nào?", "who-what",
  [(D5, "Phòng Giáo dục và Đào tạo thành phố chi trả tiền thưởng cho các đội thi, cá nhân trước ngày 30/6/2025")],
  ["30/6/2025"], actors=["Phòng Giáo dục và Đào tạo thành phố"])
u = Q("Lễ trao giải cuộc thi sáng tạo số tổ chức mấy giờ, ở đâu?", "factoid",
  [(D5, "tổ chức Lễ tổng kết và trao giải vào lúc 08 giờ 00 ngày 27/6/2025 tại Hội trường Ủy ban nhân dân thành phố")],
  ["08 giờ 00 ngày 27/6/2025", "Hội trường"])
Q("Ai phối hợp tổ chức lễ đó?", "follow-up",
  [(D5, "phối hợp với Thành đoàn Kon Rơ Lăng tổ chức Lễ tổng kết")], ["Thành đoàn Kon Rơ Lăng"], hist=[u])
Q("giao vien huong dan xuat sac la ai, duoc thuong bao nhieu", "no-diacritics",
  [(D5, "Cô Y Hạnh Niê, giáo viên Trường THCS Ngô Mây, hướng dẫn đội \"Thư viện nói H'Linh\": 1.000.000 đồng"),
   (D5, "Thầy Trương Công Bảo, giáo viên Trường THCS Chu Văn An")],
  ["Y Hạnh Niê", "Trương Công Bảo", "1.000.000 đồng"])
Q("Đội Rẫy thông minh gồm những em học sinh nào?", U)
Q("giai nhat cuoc thi sang tao so nam 2024 thuoc ve truong nao", U)
Q("Tờ trình 96 của Phòng GD&ĐT đề nghị khen bao nhiêu đội?", U)
Q("QĐ 1187 căn cứ kế hoạch tổ chức cuộc thi số mấy?", "metadata",
  [(D5, "Kế hoạch số 63/KH-UBND, ngày 10/4/2025 của Ủy ban nhân dân thành phố về tổ chức Cuộc thi")], ["63/KH-UBND"])
Q("Ban Giám khảo cuộc thi sáng tạo số gồm những ai?", U)
Q("Trường TH và THCS Ia Blang đạt giải gì?", "abbreviation",
  [(D5, "| Trường TH và THCS Ia Blang | Giải Ba | 2.000.000")], ["Giải Ba"])

# ---------------- corpus ----------------
Q("Những văn bản nào nhắc tới KH 52-KH/TU của Thành ủy?", "corpus",
  [(D4, "Khẩn trương cụ thể hóa Kế hoạch số 52-KH/TU, ngày 14/3/2025"),
   (D5, "Căn cứ Kế hoạch số 52-KH/TU, ngày 14/3/2025 của Ban Thường vụ Thành ủy Kon Rơ Lăng")],
  ["76/TB-VP", "1187/QĐ-UBND"])
Q("Trong bộ văn bản có mấy văn bản của cấp tỉnh, là những văn bản nào?", "corpus",
  [(D3, "UBND TỈNH TÂY NGUYÊN BẮC\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 318/SKHCN-QLKH"),
   (D4, "Số: 76/TB-VP                      Kon Rơ Lăng, ngày 12 tháng 5 năm 2025")],
  ["318/SKHCN-QLKH", "76/TB-VP"])
Q("Nghị quyết 57-NQ/TW được viện dẫn trong những văn bản nào?", "corpus",
  [(D1, "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"),
   (D3, "trên cơ sở Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"),
   (D4, "tại cuộc họp về tiến độ thực hiện Nghị quyết số 57-NQ/TW")],
  ["52-KH/TU", "318/SKHCN-QLKH", "76/TB-VP"])
Q("Đề xuất nhiệm vụ song ngữ của huyện Chư Krei được nhắc ở những văn bản nào?", "corpus",
  [(D3, "đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026 \"Ứng dụng nền tảng học tập số song ngữ Việt - Ba Na"),
   (D4, "ưu tiên các đề xuất về giáo dục vùng đồng bào dân tộc thiểu số như đề xuất của huyện Chư Krei")],
  ["318/SKHCN-QLKH", "76/TB-VP"])
Q("chuyen muc kon ro lang so duoc nhac den trong nhung van ban nao", "corpus",
  [(D1, "mở chuyên mục \"Kon Rơ Lăng số\" trên Cổng thông tin điện tử thành phố"),
   (D5, "giới thiệu các sản phẩm đạt giải trên chuyên mục \"Kon Rơ Lăng số\"")],
  ["52-KH/TU", "1187/QĐ-UBND"])
Q("Kế hoạch 63/KH-UBND tổ chức cuộc thi quy định thể lệ chấm giải ra sao?", U)
Q("KH 118-KH/TU của Tỉnh ủy đặt mục tiêu gì về học bạ số?", U)
Q("chi thi 05-ct/tu cua tinh uy noi gi ve benh an dien tu", U)
Q("Quyết định 655/QĐ-UBND của tỉnh quy định hồ sơ đề xuất nhiệm vụ KH&CN gồm những gì?", U)

# ---------------- who-what gold ----------------
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}
WW = [
 {"id": "wq01", "directive": "KH 52-KH/TU", "source": D1, "actors": [
   A("Ban Tuyên giáo và Dân vận Thành ủy", "chủ trì", "trong quý II/2025", "Ban Tuyên giáo và Dân vận Thành ủy - Chủ trì, phối hợp với Phòng Văn hóa - Thông tin thành phố hướng dẫn công tác tuyên truyền Kế hoạch này"),
   A("Phòng Văn hóa - Thông tin thành phố", "phối hợp", "trong quý II/2025", "Ban Tuyên giáo và Dân vận Thành ủy - Chủ trì, phối hợp với Phòng Văn hóa - Thông tin thành phố hướng dẫn công tác tuyên truyền Kế hoạch này"),
   A("Đảng ủy Ủy ban nhân dân thành phố", None, "trước ngày 15/4/2025", "Đảng ủy Ủy ban nhân dân thành phố - Lãnh đạo Ủy ban nhân dân thành phố ban hành kế hoạch triển khai cụ thể trước ngày 15/4/2025"),
   A("Phòng Giáo dục và Đào tạo thành phố", "chủ trì", "trước ngày 15/6 và ngày 15/12 hằng năm", "Phòng Giáo dục và Đào tạo thành phố - Chủ trì triển khai học bạ số, cơ sở dữ liệu ngành và bồi dưỡng kỹ năng số cho giáo viên"),
   A("Thành đoàn", "phối hợp", "trước ngày 30/6/2025", "Chủ trì, phối hợp với Thành đoàn tổ chức Cuộc thi \"Học sinh Kon Rơ Lăng sáng tạo số\" năm 2025"),
   A("Trung tâm Y tế thành phố", "chủ trì", "trước ngày 31/12/2025", "Trung tâm Y tế thành phố - Chủ trì triển khai bệnh án điện tử, hoàn thành trước ngày 31/12/2025"),
   A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", None, None, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể chính trị - xã hội thành phố - Vận động đoàn viên, hội viên"),
   A("các đoàn thể chính trị - xã hội thành phố", None, None, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể chính trị - xã hội thành phố - Vận động đoàn viên, hội viên"),
   A("Các chi bộ, đảng bộ trực thuộc Thành ủy", None, "trước ngày 30/4/2025", "Các chi bộ, đảng bộ trực thuộc Thành ủy - Căn cứ Kế hoạch này, xây dựng chương trình hành động phù hợp với đơn vị"),
   A("Văn phòng Thành ủy", None, "trước ngày 10/12 hằng năm", "Giao Văn phòng Thành ủy là cơ quan thường trực, giúp Ban Thường vụ Thành ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này")],
  "intruders": ["Nguyễn Đình Khang", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH TÂY NGUYÊN BẮC",
                "Ban Thường vụ Tỉnh ủy (báo cáo)", "Ban Tuyên giáo và Dân vận Tỉnh ủy (báo cáo)", "Sở Giáo dục và Đào tạo tỉnh (để biết)",
                "Các đồng chí Thành ủy viên", "Lưu: VT, Văn phòng Thành ủy", "Bộ Chính trị", "Số 52-KH/TU", "Phan Văn Khải"]},
 {"id": "wq02", "directive": "BC 27/BC-VHTT", "source": D2, "actors": [
   A("Ủy ban nhân dân thành phố", None, None, "Đề nghị Ủy ban nhân dân thành phố bố trí 450 triệu đồng trong năm 2025 để sản xuất video ngắn"),
   A("Ủy ban nhân dân các phường", None, "trước ngày 31/3/2025", "chỉ đạo Ủy ban nhân dân các phường bố trí ít nhất 01 công chức phụ trách thông tin cơ sở trước ngày 31/3/2025")],
  "intruders": ["Đinh Thị Mai Phương", "TRƯỞNG PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Sở VHTTDL tỉnh (báo cáo)",
                "Ban Tuyên giáo và Dân vận Thành ủy;", "Lưu: VT", "Rah Lan Thiện", "Số: 27/BC-VHTT"]},
 {"id": "wq03", "directive": "CV 318/SKHCN-QLKH", "source": D3, "actors": [
   A("Ủy ban nhân dân huyện Chư Krei", None, "trước 17 giờ 00 ngày 30/5/2025", "Đề nghị Ủy ban nhân dân huyện Chư Krei hoàn thiện phiếu đề xuất theo các ý kiến trên, gửi về Sở trước 17 giờ 00 ngày 30/5/2025"),
   A("Phòng Giáo dục và Đào tạo huyện Chư Krei", "chủ trì", None, "Đơn vị đề xuất chủ trì là Phòng Giáo dục và Đào tạo huyện Chư Krei phải phối hợp với ít nhất 01 tổ chức khoa học và công nghệ"),
   A("Phòng Quản lý khoa học", "chủ trì", None, "giao Phòng Quản lý khoa học chủ trì theo dõi, hướng dẫn huyện hoàn thiện hồ sơ")],
  "intruders": ["Lê Quang Vinh", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "UBND TỈNH TÂY NGUYÊN BẮC", "UBND tỉnh (b/c)", "Giám đốc Sở (b/c)",
                "Sở GD&ĐT (để biết)", "Lưu: VT, QLKH", "Nguyễn Thị Thu Trang", "Bộ Chính trị", "Số: 318/SKHCN-QLKH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]},
 {"id": "wq04", "directive": "TB 76/TB-VP", "source": D4, "actors": [
   A("Sở Khoa học và Công nghệ", "chủ trì", "trước ngày 30/6/2025", "1. Sở Khoa học và Công nghệ:\na) Chủ trì tổng hợp danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026"),
   A("Sở Giáo dục và Đào tạo", None, "trước ngày 31/8/2025", "2. Sở Giáo dục và Đào tạo:\na) Chỉ đạo 100% trường tiểu học triển khai học bạ số, hoàn thành trước ngày 31/8/2025"),
   A("Sở Y tế", None, "trước ngày 30/9/2025", "3. Sở Y tế:\nChỉ đạo các bệnh viện tuyến tỉnh còn lại triển khai bệnh án điện tử, hoàn thành trước ngày 30/9/2025"),
   A("Sở Tài chính", "chủ trì", "trước ngày 15/6/2025", "4. Sở Tài chính:\nChủ trì, phối hợp với Sở Khoa học và Công nghệ rà soát, tham mưu điều chuyển vốn"),
   A("Sở Nội vụ", None, "trong quý III/2025", "5. Sở Nội vụ:\nHướng dẫn các địa phương bố trí công chức phụ trách chuyển đổi số"),
   A("Ủy ban nhân dân thành phố Kon Rơ Lăng", None, "trước ngày 20/6/2025", "6. Ủy ban nhân dân thành phố Kon Rơ Lăng:\nKhẩn trương cụ thể hóa Kế hoạch số 52-KH/TU"),
   A("Ủy ban nhân dân các huyện, thị xã", None, None, "7. Ủy ban nhân dân các huyện, thị xã:\nRà soát nhu cầu, đề xuất nhiệm vụ khoa học và công nghệ phục vụ giáo dục, y tế"),
   A("Văn phòng Ủy ban nhân dân tỉnh", None, "vào tuần đầu tháng 8/2025", "8. Văn phòng Ủy ban nhân dân tỉnh:\nTheo dõi, đôn đốc các cơ quan thực hiện các nhiệm vụ nêu trên")],
  "intruders": ["Trần Minh Đức", "Hồ Thị Lan Anh", "Nguyễn Hữu Tâm", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
                "Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Báo Tây Nguyên Bắc",
                "Lưu: VT, KGVX", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 76/TB-VP", "Bộ Chính trị"]},
 {"id": "wq05", "directive": "QĐ 1187/QĐ-UBND", "source": D5, "actors": [
   A("Phòng Tài chính - Kế hoạch thành phố", None, None, "Phòng Tài chính - Kế hoạch thành phố có trách nhiệm thẩm định, hướng dẫn thủ tục thanh toán"),
   A("Phòng Giáo dục và Đào tạo thành phố", None, "trước ngày 30/6/2025", "Phòng Giáo dục và Đào tạo thành phố chi trả tiền thưởng cho các đội thi, cá nhân trước ngày 30/6/2025"),
   A("Phòng Giáo dục và Đào tạo thành phố", "chủ trì", "08 giờ 00 ngày 27/6/2025", "Phòng Giáo dục và Đào tạo thành phố chủ trì, phối hợp với Thành đoàn Kon Rơ Lăng tổ chức Lễ tổng kết và trao giải"),
   A("Thành đoàn Kon Rơ Lăng", "phối hợp", "08 giờ 00 ngày 27/6/2025", "Phòng Giáo dục và Đào tạo thành phố chủ trì, phối hợp với Thành đoàn Kon Rơ Lăng tổ chức Lễ tổng kết và trao giải"),
   A("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", None, None, "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Nội vụ"),
   A("Trưởng phòng Nội vụ", None, None, "Trưởng phòng Nội vụ, Hiệu trưởng các trường có tên tại Điều 1 và các đội thi, cá nhân được khen thưởng chịu trách nhiệm thi hành Quyết định này"),
   A("Hiệu trưởng các trường có tên tại Điều 1", None, None, "Trưởng phòng Nội vụ, Hiệu trưởng các trường có tên tại Điều 1 và các đội thi, cá nhân được khen thưởng chịu trách nhiệm thi hành Quyết định này")],
  "intruders": ["Võ Thị Kim Oanh", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thường trực Thành ủy (b/c)",
                "Chủ tịch, các PCT UBND thành phố", "Lưu: VT, GD", "Ban Giám khảo", "Y Hạnh Niê", "Trương Công Bảo",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1187/QĐ-UBND"]},
]

if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for d in QS:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as fh:
        for d in WW:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(QS), "questions,", len(WW), "who-what lines")
