#!/usr/bin/env python
"""Write questions.jsonl and who_what.jsonl for eval set blind75 (ids rz001...)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "rz01_kh_phanluong.docx"
D2 = "rz02_tb_tuyensinh.pdf"
D3 = "rz03_totrinh_kinhphi.txt"
D4 = "rz04_cv_ngayhoi.txt"
D5 = "rz05_bc_ketqua.md"

# (key, question, kind, evidence [(src, quote)], keywords, extra)
# unanswerable: kind "unanswerable" (or follow-up with answerable False via extra)
Q = []


def q(key, text, kind, ev=(), kw=(), history=None, actors=None, answerable=None):
    Q.append(dict(key=key, question=text, kind=kind, ev=list(ev), kw=list(kw), history=history,
                  actors=actors, answerable=(bool(ev) if answerable is None else answerable)))


# ---------------- rz01: KH 112/KH-UBND huyện Kha Vàm ----------------
q("kh_2028", "Huyện Kha Vàm đặt mục tiêu năm 2028 bao nhiêu % học sinh tốt nghiệp THCS đi học nghề?",
  "factoid", [(D1, "tăng dần từ 27% năm 2026 lên 31% năm 2028 và 35% năm 2030")], ["31%"])
q("kh_2030", "Thế đến 2030 thì sao?", "follow-up",
  [(D1, "tăng dần từ 27% năm 2026 lên 31% năm 2028 và 35% năm 2030")], ["35%"], history="kh_2028")
q("kh_meta", "Kế hoạch hướng nghiệp, phân luồng giai đoạn 2026 - 2030 của huyện Kha Vàm số mấy, ban hành ngày nào?",
  "metadata", [(D1, "UBND HUYỆN KHA VÀM Số: 112/KH-UBND"), (D1, "Kha Vàm, ngày 14 tháng 01 năm 2026")],
  ["112/KH-UBND", "14 tháng 01 năm 2026"])
q("kh_signer", "Ai ký KH 112/KH-UBND về phân luồng học sinh?", "metadata",
  [(D1, "PHÓ CHỦ TỊCH (Đã ký) Vi Văn Thẩm")], ["Vi Văn Thẩm"])
q("kh_noivu", "Phòng Nội vụ huyện Kha Vàm được giao những việc gì trong kế hoạch phân luồng?", "who-what",
  [(D1, "Phòng Nội vụ chủ trì cập nhật thông tin thị trường lao động, nhu cầu tuyển dụng của doanh nghiệp trên địa bàn"),
   (D1, "Khảo sát nhu cầu tuyển dụng lao động của doanh nghiệp, hợp tác xã"),
   (D1, "Trước ngày 30/6/2026")],
  ["thị trường lao động", "30/6/2026"], actors=["Phòng Nội vụ"])
q("kh_noivu_ph", "Phối hợp với phòng đó là những đơn vị nào?", "follow-up",
  [(D1, "Phòng Kinh tế, Hạ tầng và Đô thị; Ban Quản lý Cụm công nghiệp Rẽ Quạt")],
  ["Phòng Kinh tế, Hạ tầng và Đô thị", "Rẽ Quạt"], history="kh_noivu")
q("kh_thcs", "Các trường THCS ở Kha Vàm phải làm gì, hạn gửi danh sách HS muốn học nghề là khi nào?", "who-what",
  [(D1, "Các trường THCS xây dựng kế hoạch hướng nghiệp của nhà trường"),
   (D1, "gửi danh sách học sinh có nguyện vọng học nghề về Phòng Giáo dục và Đào tạo trước ngày 30/5/2026")],
  ["30/5/2026"], actors=["Các trường THCS"])
q("kh_budget", "kinh phi thuc hien ke hoach phan luong huyen kha vam nam 2026 la bao nhieu", "no-diacritics",
  [(D1, "tổng kinh phí thực hiện năm 2026 dự kiến 865.000.000 đồng")], ["865.000.000"])
q("kh_budget27", "Còn năm 2027 được bố trí bao nhiêu tiền?", "follow-up", history="kh_budget", answerable=False)
q("kh_xa", "UBND các xã, thị trấn có nhiệm vụ gì theo KH 112?", "who-what",
  [(D1, "UBND các xã, thị trấn phối hợp rà soát, vận động học sinh không tiếp tục học THPT tham gia học nghề"),
   (D1, "báo cáo định kỳ hằng quý về Phòng Giáo dục và Đào tạo")],
  ["hằng quý"], actors=["UBND các xã, thị trấn"])
q("kh_khuyenhoc", "Hội Cựu giáo chức huyện phải dành bao nhiêu phần trăm quỹ học bổng cho học viên học nghề?", "factoid",
  [(D1, "Hội Cựu giáo chức huyện dành ít nhất 20% quỹ học bổng năm 2026 cho học viên học nghề có hoàn cảnh khó khăn")],
  ["20%"])
q("kh_radio", "Chuyên mục Chọn nghề - Lập nghiệp trên đài truyền thanh huyện phát mấy kỳ 1 tháng vậy?", "factoid",
  [(D1, "phát sóng 02 kỳ/tháng trên hệ thống truyền thanh huyện từ tháng 3/2026")], ["02 kỳ/tháng"])
q("kh_dn05", "Trung tâm GDNN-GDTX huyện phải ký thỏa thuận với tối thiểu mấy DN để nhận học viên thực tập?",
  "abbreviation",
  [(D1, "ký kết thỏa thuận hợp tác với ít nhất 05 doanh nghiệp để đón học viên thực tập trong năm 2026")],
  ["05 doanh nghiệp"])
q("kh_u_2027hv", "Kế hoạch 112 của huyện Kha Vàm giao Trung tâm GDNN-GDTX tuyển mới bao nhiêu học viên trong năm 2027?",
  "unanswerable")
q("kh_contact", "Có vướng mắc khi triển khai kế hoạch phân luồng của huyện thì liên hệ ai, số điện thoại nào?",
  "factoid", [(D1, "bà Lường Thị Mai, chuyên viên, điện thoại 0286.3870.552")],
  ["Lường Thị Mai", "0286.3870.552"])
q("kh_thcs_list", "Mỗi trường THCS ở Kha Vàm cần làm những gì để đổi mới giáo dục hướng nghiệp?", "list",
  [(D1, "mỗi trường bố trí ít nhất 01 giáo viên kiêm nhiệm tư vấn hướng nghiệp"),
   (D1, "tổ chức cho học sinh lớp 8, lớp 9 tham quan, trải nghiệm tại cơ sở sản xuất, kinh doanh ít nhất 01 lần trong năm học"),
   (D1, "sử dụng phiếu trắc nghiệm sở thích nghề nghiệp để tư vấn cá nhân")],
  ["01 giáo viên kiêm nhiệm", "lớp 8, lớp 9"])
q("kh_survey", "Theo kế hoạch của huyện, việc khảo sát nguyện vọng học tiếp của học sinh lớp 9 phải xong trước ngày nào?",
  "factoid",
  [(D1, "Khảo sát nguyện vọng học tiếp của học sinh lớp 9 năm học 2025 - 2026"), (D1, "Trước ngày 28/02/2026")],
  ["28/02/2026"])
q("kh_tckh", "Phòng Tài chính - Kế hoạch huyện phải làm gì theo kế hoạch 112, hạn khi nào?", "who-what",
  [(D1, "Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch"),
   (D1, "Trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["Phòng Tài chính - Kế hoạch"])
q("kh_thuongtruc", "ai la co quan thuong truc ke hoach phan luong cua huyen kha vam", "no-diacritics",
  [(D1, "Phòng Giáo dục và Đào tạo là cơ quan thường trực")], ["Phòng Giáo dục và Đào tạo"])
q("kh_cancu", "KH 112 căn cứ vào KH nào của UBND tỉnh?", "abbreviation",
  [(D1, "Căn cứ Kế hoạch số 47/KH-UBND ngày 05/11/2025 của UBND tỉnh Vân Cừ")], ["47/KH-UBND"])
q("kh_u_thuong", "Huyện Kha Vàm thưởng bao nhiêu tiền cho trường THCS đạt chỉ tiêu phân luồng năm 2026?",
  "unanswerable")
q("kh_2lan", "KH 112 yêu cầu mỗi HS lớp 9 được tư vấn hướng nghiệp tối thiểu mấy lần/năm?", "abbreviation",
  [(D1, "100% học sinh lớp 9 nhận tư vấn hướng nghiệp ít nhất 02 lần trong mỗi năm học")], ["02 lần"])
q("kh_140", "Năm 2026 TT GDNN-GDTX huyện Kha Vàm phải tuyển mới tối thiểu bao nhiêu HV trung cấp, nghề gì?",
  "abbreviation",
  [(D1, "năm 2026 tuyển mới ít nhất 140 học viên ở các nghề Điện công nghiệp, Công nghệ ô tô, May thời trang")],
  ["140 học viên"])
q("kh_u_gianhse", "Kế hoạch 112/KH-UBND giao chỉ tiêu phân luồng riêng cho xã Gành Sẻ là bao nhiêu phần trăm?",
  "unanswerable")
q("kh_mttq", "MTTQ và các đoàn thể huyện Kha Vàm được đề nghị làm gì trong công tác phân luồng?", "who-what",
  [(D1, "Đề nghị Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp tuyên truyền, vận động đoàn viên, hội viên cho con em lựa chọn học nghề phù hợp")],
  ["tuyên truyền"], actors=["Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện"])
q("kh_u_thpt", "Kế hoạch phân luồng của huyện Kha Vàm khống chế tỷ lệ học sinh vào lớp 10 THPT công lập tối đa bao nhiêu?",
  "unanswerable")

# ---------------- rz02: TB 38/TB-CĐKTCN tuyển sinh ----------------
q("tb_oto", "Trường CĐ Kỹ thuật - Công nghệ Vân Cừ tuyển bao nhiêu chỉ tiêu nghề Công nghệ ô tô hệ trung cấp?",
  "factoid", [(D2, "Công nghệ ô tô 70 40 110")], ["70"])
q("tb_oto_cd", "Còn hệ cao đẳng?", "follow-up", [(D2, "Công nghệ ô tô 70 40 110")], ["40"], history="tb_oto")
q("tb_total", "Tổng chỉ tiêu tuyển sinh trung cấp và cao đẳng năm 2026 của trường cao đẳng kỹ thuật - công nghệ là bao nhiêu?",
  "factoid", [(D2, "Tổng cộng 325 195 520")], ["520"])
q("tb_u_lienthong", "Còn hệ liên thông lên cao đẳng thì tuyển bao nhiêu?", "follow-up", history="tb_total",
  answerable=False)
q("tb_fee_tin", "Hoc phí cao đẳng nghề Tin học ứng dụng bao nhiêu 1 tháng?", "factoid",
  [(D2, "450.000 đồng/tháng đối với nghề Kế toán doanh nghiệp và Tin học ứng dụng")], ["450.000 đồng/tháng"])
q("tb_fee_kt", "Vậy các nghề kỹ thuật thì sao?", "follow-up",
  [(D2, "520.000 đồng/tháng đối với các nghề kỹ thuật")], ["520.000 đồng/tháng"], history="tb_fee_tin")
q("tb_free", "hoc sinh tot nghiep thcs hoc trung cap co phai dong hoc phi khong", "no-diacritics",
  [(D2, "Học sinh tốt nghiệp THCS theo học trình độ trung cấp được miễn 100% học phí")], ["miễn 100% học phí"])
q("tb_hoso", "Hồ sơ đăng ký học nghề ở trường cao đẳng kỹ thuật - công nghệ gồm những giấy tờ gì?", "list",
  [(D2, "Phiếu đăng ký dự tuyển theo mẫu của Trường"),
   (D2, "Bản sao bằng tốt nghiệp hoặc giấy chứng nhận tốt nghiệp tạm thời"),
   (D2, "Bản sao giấy khai sinh và bản chụp thẻ căn cước (nếu có)"),
   (D2, "04 ảnh cỡ 3 x 4 cm chụp không quá 06 tháng")],
  ["Phiếu đăng ký dự tuyển", "04 ảnh cỡ 3 x 4 cm"])
q("tb_dot1", "Vậy hạn nộp đợt 1 là khi nào?", "follow-up",
  [(D2, "Đợt 1: từ ngày 10/3/2026 đến hết ngày 30/6/2026")], ["30/6/2026"], history="tb_hoso")
q("tb_nhaphoc", "Trường CĐ KT-CN Vân Cừ nhập học khóa mới ngày nào?", "abbreviation",
  [(D2, "Nhập học và khai giảng: 7 giờ 30 phút, thứ Hai ngày 07/9/2026")], ["07/9/2026"])
q("tb_ktx", "Ở ký túc xá của trường cao đẳng mất bao nhiêu tiền mỗi tháng, ai được miễn?", "factoid",
  [(D2, "Ký túc xá có 600 chỗ ở, giá 120.000 đồng/người/tháng"),
   (D2, "miễn phí ở ký túc xá năm học thứ nhất cho học sinh thường trú tại các xã Nậm Xía, Gành Sẻ, Tà Khoen")],
  ["120.000 đồng/người/tháng", "Nậm Xía"])
q("tb_hocbong", "Mỗi học kỳ trường cao đẳng cấp mấy suất học bổng khuyến khích, mỗi suất bao nhiêu?", "factoid",
  [(D2, "Mỗi học kỳ Trường xét cấp 30 suất học bổng khuyến khích học tập, mỗi suất 1.500.000 đồng")],
  ["30 suất", "1.500.000"])
q("tb_hotline", "so dien thoai duong day nong tuyen sinh cua truong cao dang ky thuat cong nghe van cu", "no-diacritics",
  [(D2, "đường dây nóng (Zalo): 0916.208.447")], ["0916.208.447"])
q("tb_catgot", "Học nghề Cắt gọt kim loại hệ cao đẳng được giảm bao nhiêu học phí?", "factoid",
  [(D2, "giảm 70% học phí đối với người học nghề Cắt gọt kim loại trình độ cao đẳng")], ["70%"])
q("tb_u_codientu", "Trường CĐ Kỹ thuật - Công nghệ Vân Cừ tuyển bao nhiêu chỉ tiêu nghề Cơ điện tử năm 2026?",
  "unanswerable")
q("tb_socap", "Trường tuyển sơ cấp 3 tháng những nghề nào, bao nhiêu chỉ tiêu?", "factoid",
  [(D2, "Trường tuyển 60 chỉ tiêu trình độ sơ cấp (thời gian đào tạo 03 tháng) các nghề Sửa chữa xe máy và Điện dân dụng")],
  ["60 chỉ tiêu", "Sửa chữa xe máy"])
q("tb_meta", "Thông báo tuyển sinh năm 2026 của trường cao đẳng kỹ thuật - công nghệ số bao nhiêu, ai ký?", "metadata",
  [(D2, "CÔNG NGHỆ VÂN CỪ Số: 38/TB-CĐKTCN"), (D2, "HIỆU TRƯỞNG (Đã ký) Phạm Trọng Nghĩa")],
  ["38/TB-CĐKTCN", "Phạm Trọng Nghĩa"])
q("tb_xettuyen", "Xét tuyển trung cấp ở trường cao đẳng dựa vào gì, có phải thi không?", "factoid",
  [(D2, "Xét tuyển, không tổ chức thi. Trình độ trung cấp xét theo điểm trung bình các môn học năm lớp 9 ghi trong học bạ THCS")],
  ["không tổ chức thi", "học bạ THCS"])
q("tb_diachi", "Nộp hồ sơ trực tiếp ở đâu trong thành phố Cừ Sơn?", "factoid",
  [(D2, "tầng 1 nhà A, số 168 đường Cừ Giang, phường Cừ Bắc, thành phố Cừ Sơn")], ["168 đường Cừ Giang"])
q("tb_diachi_huyen", "Ở huyện thì nộp chỗ nào được?", "follow-up",
  [(D2, "Trung tâm GDNN-GDTX huyện Kha Vàm và Trung tâm GDNN-GDTX huyện Thạnh Nê")], ["Thạnh Nê"],
  history="tb_diachi")
q("tb_u_dot3", "Đợt 3 tuyển sinh của trường cao đẳng kỹ thuật - công nghệ kéo dài đến ngày nào?", "unanswerable")
q("tb_u_thpt", "hoc phi trung cap cho nguoi da tot nghiep thpt la bao nhieu", "unanswerable")
q("tb_vanhoa", "HS tốt nghiệp THCS học trung cấp ở trường CĐ có học được văn hóa THPT không?", "abbreviation",
  [(D2, "có thể đăng ký học đồng thời chương trình giáo dục thường xuyên cấp THPT")],
  ["giáo dục thường xuyên cấp THPT"])
q("tb_uutien", "TB 38 ưu tiên tuyển HS ở những huyện nào?", "abbreviation",
  [(D2, "ưu tiên học sinh các huyện Mộc Xuyến, Đông Quyển và các xã vùng đồng bào dân tộc thiểu số")],
  ["Mộc Xuyến", "Đông Quyển"])
q("tb_u_diemchuan", "Điểm chuẩn xét tuyển trung cấp nghề Điện công nghiệp năm 2026 là bao nhiêu?", "unanswerable")
q("tb_u_giangvien", "Trường CĐ KT-CN Vân Cừ có bao nhiêu giảng viên cơ hữu?", "unanswerable")
q("tb_u_tienan", "Học sinh dân tộc thiểu số học trung cấp ở trường cao đẳng kỹ thuật được hỗ trợ tiền ăn bao nhiêu một tháng?",
  "unanswerable")
q("tb_u_qd215", "quyet dinh 215/QD-CDKTCN ve ke hoach tuyen sinh ban hanh ngay nao", "unanswerable")
q("tb_group", "Trường cao đẳng đề nghị những đơn vị nào phối hợp thông báo tuyển sinh?", "who-what",
  [(D2, "Trường đề nghị các Phòng Giáo dục và Đào tạo, các trường THCS, THPT và các Trung tâm GDNN-GDTX trên địa bàn tỉnh phối hợp thông báo rộng rãi")],
  ["các trường THCS, THPT"],
  actors=["các Phòng Giáo dục và Đào tạo, các trường THCS, THPT và các Trung tâm GDNN-GDTX trên địa bàn tỉnh"])

# ---------------- rz03: TTr 09/TTr-TTGDNN-GDTX ----------------
q("tt_total", "Trung tâm GDNN-GDTX huyện Kha Vàm xin tổng cộng bao nhiêu tiền cho hoạt động hướng nghiệp năm 2026?",
  "factoid", [(D3, "Bằng chữ: Bốn trăm mười hai triệu, bốn trăm nghìn đồng")], ["412.400.000"])
q("tt_nguon", "Trong đó ngân sách huyện chi bao nhiêu, xã hội hóa bao nhiêu?", "follow-up",
  [(D3, "Ngân sách huyện năm 2026 (trong tổng kinh phí 865.000.000 đồng dành cho Kế hoạch số 112/KH-UBND): 360.000.000 đồng"),
   (D3, "Nguồn xã hội hóa do doanh nghiệp tài trợ: 52.400.000 đồng")],
  ["360.000.000", "52.400.000"], history="tt_total")
q("tt_phucda", "Công ty may mặc Phúc Dã cam kết tài trợ bao nhiêu?", "factoid",
  [(D3, "Công ty TNHH May mặc Phúc Dã cam kết 30.000.000 đồng")], ["30.000.000"])
q("tt_togap", "Khoản in tờ gấp cẩm nang Chọn nghề - Lập nghiệp dự toán bao nhiêu tiền, in mấy bộ?", "factoid",
  [(D3, "| 5 | In tờ gấp, cẩm nang \"Chọn nghề - Lập nghiệp\" | Bộ | 3.000 | 12.000 | 36.000.000 |")],
  ["36.000.000", "3.000"])
q("tt_ngayhoi", "ngay hoi huong nghiep cap huyen kha vam to chuc ngay nao o dau", "no-diacritics",
  [(D3, "dự kiến 7 giờ 30 phút ngày 24/4/2026 tại sân Trung tâm (khu phố 3, thị trấn Kha Vàm)")],
  ["24/4/2026", "khu phố 3"])
q("tt_ngayhoi_hs", "Khoảng bao nhiêu học sinh tham dự?", "follow-up",
  [(D3, "khoảng 1.300 học sinh lớp 9 tham dự, bố trí 25 gian trưng bày")], ["1.300"], history="tt_ngayhoi")
q("tt_huyendoan", "Theo tờ trình của trung tâm, Huyện đoàn Kha Vàm được đề nghị làm gì?", "who-what",
  [(D3, "Đề nghị Huyện đoàn Kha Vàm cử 20 đoàn viên tình nguyện hỗ trợ công tác hậu cần, hướng dẫn học sinh")],
  ["20 đoàn viên"], actors=["Huyện đoàn Kha Vàm"])
q("tt_pgd", "phòng giáo dục huyện phải làm gì theo TTr 09, hạn khi nào?", "who-what",
  [(D3, "Đề nghị Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS bố trí thời gian, địa điểm cho các buổi tư vấn lưu động"),
   (D3, "gửi về Trung tâm trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["Phòng Giáo dục và Đào tạo"])
q("tt_khaosat", "Có bao nhiêu học sinh lớp 9 ở Kha Vàm muốn học nghề theo khảo sát đầu năm 2026?", "factoid",
  [(D3, "352 học sinh (chiếm 25,4%) có nguyện vọng học nghề")], ["352", "25,4%"])
q("tt_gv", "Trung tâm GDNN-GDTX Kha Vàm có bao nhiêu GV cơ hữu?", "abbreviation",
  [(D3, "với 17 giáo viên cơ hữu và 09 giáo viên thỉnh giảng")], ["17 giáo viên cơ hữu"])
q("tt_meta", "Tờ trình xin kinh phí hướng nghiệp của Trung tâm GDNN-GDTX Kha Vàm do ai ký, ngày nào?", "metadata",
  [(D3, "Kha Vàm, ngày 20 tháng 3 năm 2026"), (D3, "- Lưu: VT, KT. Hứa Thị Yến")],
  ["Hứa Thị Yến", "20 tháng 3 năm 2026"])
q("tt_u_maytinh", "Tờ trình 09 đề nghị bao nhiêu tiền mua máy tính cho phòng tư vấn hướng nghiệp?", "unanswerable")
q("tt_u_qd", "UBND huyện Kha Vàm phê duyệt kinh phí theo tờ trình của trung tâm GDNN-GDTX bằng quyết định số mấy?",
  "unanswerable")
q("tt_luudong", "Đơn giá mỗi buổi tư vấn hướng nghiệp lưu động ở trường THCS là bao nhiêu?", "factoid",
  [(D3, "| 2 | Tư vấn hướng nghiệp lưu động tại các trường THCS | Buổi | 14 | 3.500.000 | 49.000.000 |")],
  ["3.500.000"])
q("tt_dn", "Hai doanh nghiệp Phúc Dã và Cơ khí Rẽ Quạt được đề nghị làm gì?", "who-what",
  [(D3, "Đề nghị Công ty TNHH May mặc Phúc Dã và Công ty cổ phần Cơ khí Rẽ Quạt tiếp đón học sinh tham quan, bố trí cán bộ kỹ thuật giới thiệu quy trình sản xuất và nhu cầu tuyển dụng")],
  ["tiếp đón học sinh tham quan"],
  actors=["Công ty TNHH May mặc Phúc Dã", "Công ty cổ phần Cơ khí Rẽ Quạt"])
q("tt_quyettoan", "trung tam gdnn-gdtx kha vam phai gui ho so quyet toan truoc ngay nao", "no-diacritics",
  [(D3, "gửi hồ sơ quyết toán về Phòng Tài chính - Kế hoạch trước ngày 15/12/2026")], ["15/12/2026"])
q("tt_phonghoc", "trung tam gdnn gdtx kha vam co bao nhieu phong hoc ly thuyet", "no-diacritics",
  [(D3, "Trung tâm có 06 phòng học lý thuyết, 03 xưởng thực hành")], ["06 phòng học lý thuyết"])
q("tt_tienan", "ho tro tien an cho hoc vien kho khan bao nhieu tien 1 thang", "no-diacritics",
  [(D3, "| 7 | Hỗ trợ tiền ăn học viên khó khăn (40 người x 4 tháng) | Người/tháng | 160 | 180.000 | 28.800.000 |")],
  ["180.000"])
q("tt_xe", "TTr 09: thuê xe cho HS tham quan DN dự toán mấy chuyến, tổng bao nhiêu tiền?", "abbreviation",
  [(D3, "| 4 | Thuê xe, bảo hiểm cho học sinh tham quan doanh nghiệp | Chuyến | 12 | 6.800.000 | 81.600.000 |")],
  ["81.600.000"])
q("tt_u_2027", "Tờ trình 09 dự trù bao nhiêu tiền cho Ngày hội hướng nghiệp cấp huyện năm 2027?", "unanswerable")
q("tt_u_thanhne", "Trung tâm GDNN-GDTX huyện Thạnh Nê có mấy xưởng thực hành?", "unanswerable")
q("tt_kinhgui", "Tờ trình số 09 của trung tâm gửi cho ai để phê duyệt?", "metadata",
  [(D3, "Kính gửi: UBND huyện Kha Vàm.")], ["UBND huyện Kha Vàm"])

# ---------------- rz04: CV 486/SGDĐT-GDTrH ----------------
q("cv_cum2", "Ngày hội tư vấn hướng nghiệp cụm 2 tổ chức ở đâu, lúc mấy giờ?", "factoid",
  [(D4, "b) Cụm số 2 (huyện Kha Vàm và huyện Thạnh Nê): từ 7 giờ 30 phút đến 11 giờ 00, thứ Tư ngày 22/4/2026, tại Trường THPT Kha Vàm")],
  ["22/4/2026", "Trường THPT Kha Vàm"])
q("cv_cum3", "Thế cụm của huyện Mộc Xuyến?", "follow-up",
  [(D4, "c) Cụm số 3 (huyện Mộc Xuyến và huyện Đông Quyển): từ 13 giờ 30 phút đến 16 giờ 30 phút, thứ Bảy ngày 25/4/2026"),
   (D4, "tại Trung tâm GDNN-GDTX huyện Mộc Xuyến, xã Lâu Mận")],
  ["25/4/2026", "Lâu Mận"], history="cv_cum2")
q("cv_thcs40", "moi truong thcs phai cu bao nhieu hoc sinh lop 9 di ngay hoi tu van huong nghiep", "no-diacritics",
  [(D4, "Mỗi trường THCS cử tối thiểu 40 học sinh lớp 9 và 02 giáo viên chủ nhiệm")], ["40 học sinh lớp 9"],
  actors=None)
q("cv_thpt60", "Còn trường THPT?", "follow-up",
  [(D4, "Mỗi trường THPT, PTDTNT cử tối thiểu 60 học sinh lớp 12 và 02 giáo viên")], ["60 học sinh lớp 12"],
  history="cv_thcs40")
q("cv_giainhat", "Giải nhất cuộc thi Hiểu nghề - Chọn nghề trị gía bao nhiêu?", "factoid",
  [(D4, "mỗi cụm trao 01 giải Nhất (2.000.000 đồng), 02 giải Nhì (mỗi giải 1.200.000 đồng)")], ["2.000.000"])
q("cv_u_dacbiet", "Giải đặc biệt cuộc thi Hiểu nghề - Chọn nghề tại ngày hội được thưởng bao nhiêu tiền?", "unanswerable")
q("cv_tinhdoan", "Tỉnh đoàn Vân Cừ phải làm gì cho ngày hội tư vấn hướng nghiệp?", "who-what",
  [(D4, "Đề nghị Tỉnh đoàn Vân Cừ huy động 30 đoàn viên, thanh niên tình nguyện hỗ trợ công tác tổ chức")],
  ["30 đoàn viên"], actors=["Tỉnh đoàn Vân Cừ"])
q("cv_snv", "Sở Nội vụ được Sở GD&ĐT đề nghị gì trong CV 486?", "who-what",
  [(D4, "Đề nghị Sở Nội vụ cung cấp thông tin thị trường lao động năm 2026, mời ít nhất 12 doanh nghiệp")],
  ["12 doanh nghiệp"], actors=["Sở Nội vụ"])
q("cv_thptkv", "Trường THPT Kha Vàm có trách nhiệm gì, phải xong trước ngày nào?", "who-what",
  [(D4, "Trường THPT Kha Vàm chuẩn bị hội trường, sân khấu, điện, nước và khu vực để xe phục vụ Ngày hội cụm số 2, hoàn thành trước ngày 20/4/2026")],
  ["20/4/2026"], actors=["Trường THPT Kha Vàm"])
q("cv_ds", "PGD các huyện gửi DS học sinh, GV tham dự ngày hội về Sở GD&ĐT hạn chót ngày nào?", "abbreviation",
  [(D4, "gửi về Sở GD&ĐT (qua phòng Giáo dục trung học) trước ngày 14/4/2026")], ["14/4/2026"])
q("cv_meta", "Công văn về ngày hội tư vấn hướng nghiệp, tuyển sinh 2026 của Sở GD&ĐT số mấy, ai ký?", "metadata",
  [(D4, "Số: 486/SGDĐT-GDTrH Cừ Sơn, ngày 06 tháng 4 năm 2026"), (D4, "- Giám đốc, các PGĐ Sở; Trương Công Hậu")],
  ["486/SGDĐT-GDTrH", "Trương Công Hậu"])
q("cv_contact", "Cần hỏi về ngày hội thì liên hệ ai ở Sở?", "factoid",
  [(D4, "bà Đinh Thị Nguyệt, Phó Trưởng phòng Giáo dục trung học"), (D4, "điện thoại: 0912.735.068")],
  ["Đinh Thị Nguyệt", "0912.735.068"])
q("cv_duadon", "chi phi dua don hoc sinh di ngay hoi ai tra", "no-diacritics",
  [(D4, "Các đơn vị tự chi trả kinh phí đưa đón học sinh, giáo viên từ nguồn kinh phí hoạt động của đơn vị")],
  ["tự chi trả"])
q("cv_noidung", "Ngày hội tư vấn hướng nghiệp 2026 có những hoạt động gì?", "list",
  [(D4, "Giao lưu, tọa đàm với chủ đề \"Hiểu mình - Hiểu nghề - Chọn đúng đường\""),
   (D4, "Làm trắc nghiệm sở thích nghề nghiệp trên máy tính"),
   (D4, "Cuộc thi \"Hiểu nghề - Chọn nghề\" dành cho học sinh")],
  ["tọa đàm", "trắc nghiệm sở thích nghề nghiệp"])
q("cv_u_cum4", "Cụm số 4 của ngày hội tư vấn hướng nghiệp tổ chức ở thị xã nào?", "unanswerable")
q("cv_u_485", "CV 485/SGDĐT-GDTrH hướng dẫn nội dung gì?", "unanswerable")
q("cv_baocao", "Hạn gửi báo cáo kết quả sau ngày hội về Sở là bao giờ?", "factoid",
  [(D4, "gửi báo cáo kết quả tham gia (số học sinh, số lượt tư vấn, đề xuất) về Sở GD&ĐT trước ngày 08/5/2026")],
  ["08/5/2026"])
q("cv_cd", "Trường cao đẳng kỹ thuật - công nghệ phải chuẩn bị gì ở mỗi cụm ngày hội?", "who-what",
  [(D4, "bố trí tại mỗi cụm 01 gian tư vấn tuyển sinh, 05 giảng viên tư vấn và thiết bị cho học sinh trải nghiệm thực hành nghề")],
  ["05 giảng viên"], actors=["Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ"])
q("cv_1200", "Theo CV 486, mỗi cụm dự kiến bao nhiêu HS tham dự?", "abbreviation",
  [(D4, "Dự kiến mỗi cụm có khoảng 1.200 học sinh tham dự")], ["1.200"])
q("cv_diachi", "dia chi nha van hoa thanh thieu nhi tinh o dau", "no-diacritics",
  [(D4, "tại Nhà Văn hóa Thanh thiếu nhi tỉnh, số 05 đường Lam Khải, thành phố Cừ Sơn")], ["05 đường Lam Khải"])
q("cv_u_gian1", "Ngày hội cụm số 1 ở Nhà Văn hóa Thanh thiếu nhi tỉnh bố trí bao nhiêu gian trưng bày?", "unanswerable")
q("cv_u_kinhphi", "Tổng kinh phí Sở GD&ĐT chi cho ngày hội tư vấn hướng nghiệp cụm 1 là bao nhiêu?", "unanswerable")
q("cv_kinhgui", "Công văn 486 của Sở GD&ĐT gửi những đơn vị nào?", "metadata",
  [(D4, "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;"),
   (D4, "Các trường trung học phổ thông, phổ thông dân tộc nội trú"),
   (D4, "Các trung tâm GDNN-GDTX cấp huyện.")],
  ["phổ thông dân tộc nội trú"])

# ---------------- rz05: BC 71/BC-SNV ----------------
q("bc_ts2025", "Năm 2025 tỉnh Vân Cừ tuyển sinh giáo dục nghề nghiệp được bao nhiêu người?", "factoid",
  [(D5, "Năm 2025, toàn tỉnh tuyển sinh 14.260 người")], ["14.260"])
q("bc_ts_pct", "Đạt bao nhiêu % kế hoạch?", "follow-up",
  [(D5, "vượt kế hoạch UBND tỉnh giao (14.000 người) và bằng 101,9% kế hoạch")], ["101,9%"], history="bc_ts2025")
q("bc_max", "Huyện nào có tỷ lệ học sinh sau THCS vào học nghề cao nhất?", "factoid",
  [(D5, "Huyện Mộc Xuyến có tỷ lệ cao nhất (27,1%)")], ["Mộc Xuyến", "27,1%"])
q("bc_min", "Thấp nhất là đâu?", "follow-up",
  [(D5, "thành phố Cừ Sơn có tỷ lệ thấp nhất (13,0%)")], ["Cừ Sơn", "13,0%"], history="bc_max")
q("bc_thanhne", "Huyện Thạnh Nê năm học 2024-2025 có bao nhiêu học sinh tốt nghiệp THCS vào học trung cấp, sơ cấp?",
  "factoid", [(D5, "| 4 | Huyện Thạnh Nê | 1.108 | 690 | 121 | 251 | 46 | 22,7 |")], ["251"])
q("bc_tyle", "ti le hoc sinh tot nghiep thcs vao gdnn toan tinh nam 2025 la bao nhieu", "no-diacritics",
  [(D5, "Tỷ lệ học sinh tốt nghiệp THCS vào học giáo dục nghề nghiệp toàn tỉnh là 18,8%")], ["18,8%"])
q("bc_muctieu26", "Mục tiêu năm 2026 là bao nhiêu?", "follow-up",
  [(D5, "Tỷ lệ học sinh tốt nghiệp THCS vào học giáo dục nghề nghiệp toàn tỉnh tối thiểu 22%")], ["22%"],
  history="bc_tyle")
q("bc_taichinh", "Sở Tài chính được đề nghị làm gì trong báo cáo 71 của Sở Nội vụ?", "who-what",
  [(D5, "Đề nghị Sở Tài chính thẩm định, tham mưu UBND tỉnh bố trí kinh phí nêu tại mục 1 trong quý I/2026")],
  ["quý I/2026"], actors=["Sở Tài chính"])
q("bc_huyen", "UBND các huyện, thị xã, thành phố phải làm gì theo BC 71/BC-SNV?", "who-what",
  [(D5, "Đề nghị UBND các huyện, thị xã, thành phố giao chỉ tiêu phân luồng đến từng xã, phường, thị trấn"),
   (D5, "báo cáo kết quả 6 tháng đầu năm 2026 về Sở Nội vụ trước ngày 15/6/2026")],
  ["15/6/2026"], actors=["UBND các huyện, thị xã, thành phố"])
q("bc_sgd", "Sở GD&ĐT phải làm gì theo kiến nghị của Sở Nội vụ?", "who-what",
  [(D5, "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ xây dựng cơ sở dữ liệu nguyện vọng học tiếp của học sinh lớp 9, hoàn thành trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["Sở Giáo dục và Đào tạo"])
q("bc_65ty", "Sở Nội vụ xin UBND tỉnh bổ sung bao nhiêu tiền để mua thiết bị cho các trung tâm GDNN-GDTX?", "factoid",
  [(D5, "Kính đề nghị UBND tỉnh bổ sung 6,5 tỷ đồng từ nguồn sự nghiệp giáo dục nghề nghiệp năm 2026")],
  ["6,5 tỷ đồng"])
q("bc_uutien", "Trung tâm nào được ưu tiên đầu tư thiết bị thực hành theo đề xuất của Sở Nội vụ?", "factoid",
  [(D5, "ưu tiên Trung tâm GDNN-GDTX huyện Đông Quyển")], ["Đông Quyển"])
q("bc_coso", "Tỉnh Vân Cừ có bao nhiêu cơ sở giáo dục nghề nghiêp?", "factoid",
  [(D5, "Toàn tỉnh hiện có 19 cơ sở giáo dục nghề nghiệp, gồm: 02 trường cao đẳng, 03 trường trung cấp")],
  ["19 cơ sở"])
q("bc_meta", "Báo cáo kết quả GDNN năm 2025 của Sở Nội vụ số mấy, ngày nào, ai ký?", "metadata",
  [(D5, "SỞ NỘI VỤ Số: 71/BC-SNV"), (D5, "Cừ Sơn, ngày 10 tháng 12 năm 2025"), (D5, "GIÁM ĐỐC (Đã ký) Hà Minh Quân")],
  ["71/BC-SNV", "10 tháng 12 năm 2025", "Hà Minh Quân"])
q("bc_vieclam", "Tỷ lệ có việc làm sau tốt nghiệp trình độ cao đẳng năm 2025 là bao nhiêu?", "factoid",
  [(D5, "tỷ lệ có việc làm sau 06 tháng tốt nghiệp là 89,4% ở trình độ cao đẳng")], ["89,4%"])
q("bc_u_socap", "Tỷ lệ có việc làm của người học trình độ sơ cấp năm 2025 là bao nhiêu?", "unanswerable")
q("bc_u_vinhcu", "Huyện Vĩnh Cừ năm 2025 có bao nhiêu HS tốt nghiệp THCS vào học trung cấp?", "unanswerable")
q("bc_mienhp", "so hoc sinh duoc mien hoc phi trung cap nam 2025 la bao nhieu, kinh phi cap bu bao nhieu",
  "no-diacritics",
  [(D5, "miễn học phí cho 2.964 học sinh tốt nghiệp THCS học trình độ trung cấp với tổng kinh phí cấp bù 11,6 tỷ đồng")],
  ["2.964", "11,6 tỷ đồng"])
q("bc_thieugv", "Bao nhiêu TT GDNN-GDTX cấp huyện đang thiếu GV dạy nghề cơ hữu?", "abbreviation",
  [(D5, "04/06 trung tâm GDNN-GDTX cấp huyện thiếu giáo viên dạy nghề cơ hữu")], ["04/06"])
q("bc_u_2024", "Báo cáo của Sở Nội vụ cho biết năm 2024 toàn tỉnh tuyển sinh giáo dục nghề nghiệp bao nhiêu người?",
  "unanswerable")
q("bc_cdtc", "Các trường cao đẳng, trung cấp có trách nhiệm gì theo báo cáo 71?", "who-what",
  [(D5, "Các trường cao đẳng, trung cấp có trách nhiệm phối hợp với doanh nghiệp mở rộng đào tạo theo đơn đặt hàng")],
  ["đơn đặt hàng"], actors=["Các trường cao đẳng, trung cấp"])
q("bc_gvkn", "Theo BC của SNV, bao nhiêu trường THCS có GV kiêm nhiệm tư vấn hướng nghiệp?", "abbreviation",
  [(D5, "146/146 trường THCS bố trí giáo viên kiêm nhiệm tư vấn hướng nghiệp")], ["146/146"])
q("bc_khavam", "huyen kha vam nam hoc 2024 2025 co bao nhieu hs tot nghiep thcs", "no-diacritics",
  [(D5, "| 3 | Huyện Kha Vàm | 1.342 | 842 | 168 | 289 | 43 | 21,5 |")], ["1.342"])
q("bc_u_ngayhoi25", "ngay hoi tu van huong nghiep cap tinh nam 2025 to chuc o dau", "unanswerable")
q("bc_u_dn", "BC 71 cho biết có bao nhiêu doanh nghiệp tham gia gian việc làm tại ngày hội cấp tỉnh năm 2025?",
  "unanswerable")

# ---------------- corpus questions ----------------
q("c_47", "Những văn bản nào trong bộ tài liệu căn cứ hoặc thực hiện Kế hoạch 47/KH-UBND của UBND tỉnh?", "corpus",
  [(D1, "Căn cứ Kế hoạch số 47/KH-UBND ngày 05/11/2025"),
   (D4, "Thực hiện Kế hoạch số 47/KH-UBND ngày 05/11/2025 của UBND tỉnh Vân Cừ"),
   (D5, "Thực hiện chế độ báo cáo định kỳ và Kế hoạch số 47/KH-UBND")],
  ["112/KH-UBND", "486/SGDĐT-GDTrH", "71/BC-SNV"])
q("c_tt_cancu", "Tờ trình số 09 của Trung tâm GDNN-GDTX căn cứ những văn bản nào có trong bộ tài liệu?", "corpus",
  [(D3, "Căn cứ Kế hoạch số 112/KH-UBND ngày 14/01/2026 của UBND huyện Kha Vàm"),
   (D3, "Căn cứ Thông báo số 38/TB-CĐKTCN ngày 02/3/2026")],
  ["112/KH-UBND", "38/TB-CĐKTCN"])
q("c_hocphi", "Văn bản nào quy định học phí trình độ cao đẳng năm học 2026 - 2027?", "corpus",
  [(D2, "Học phí trình độ cao đẳng năm học 2026 - 2027")], ["38/TB-CĐKTCN"])
q("c_snv", "Có bao nhiêu văn bản do Sở Nội vụ ban hành, đó là văn bản nào?", "corpus",
  [(D5, "SỞ NỘI VỤ Số: 71/BC-SNV")], ["71/BC-SNV"])
q("c_ktx", "Văn bản nào nói về ký túc xá cho học sinh học nghề?", "corpus",
  [(D2, "Ký túc xá có 600 chỗ ở, giá 120.000 đồng/người/tháng")], ["38/TB-CĐKTCN"])
q("c_bang", "van ban nao co bang so lieu phan luong theo tung huyen", "corpus",
  [(D5, "Bảng 1. Kết quả phân luồng theo đơn vị hành chính cấp huyện")], ["71/BC-SNV"])

# ---------------- follow-up order: move follow-ups right after a later position is fine ----------------


# Drafted but left out to keep the set near 100 lines.
DROPPED = {"kh_khuyenhoc", "kh_radio", "kh_survey", "kh_2lan", "tb_catgot", "tb_socap", "tb_xettuyen",
           "tb_hocbong", "tt_phucda", "tt_luudong", "tt_kinhgui", "tt_khaosat", "cv_baocao", "cv_1200",
           "cv_kinhgui", "cv_cd", "bc_vieclam", "bc_coso", "bc_uutien", "bc_cdtc", "c_ktx"}


def build():
    global Q
    Q = [x for x in Q if x["key"] not in DROPPED]
    keys = [x["key"] for x in Q]
    assert len(keys) == len(set(keys)), "duplicate keys"
    id_of = {x["key"]: f"rz{i:03d}" for i, x in enumerate(Q, 1)}
    text_of = {x["key"]: x["question"] for x in Q}
    lines = []
    for i, x in enumerate(Q, 1):
        obj = {
            "id": id_of[x["key"]],
            "question": x["question"],
            "answerable": x["answerable"],
            "kind": x["kind"],
            "evidence": [{"source": s, "quote": t} for s, t in x["ev"]] if x["answerable"] else [],
            "keywords": x["kw"] if x["answerable"] else [],
        }
        if x["history"]:
            obj["history"] = [text_of[x["history"]]]
        if x["actors"]:
            obj["actors"] = x["actors"]
        lines.append(obj)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in lines:
            s = json.dumps(o, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", s) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for o in WHO_WHAT:
            f.write(unicodedata.normalize("NFC", json.dumps(o, ensure_ascii=False)) + "\n")
    print(len(lines), "questions;", len(WHO_WHAT), "who-what lines")


def A(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WHO_WHAT = [
    {"id": "wrz01", "directive": "KH 112/KH-UBND", "source": D1, "actors": [
        A("Phòng Giáo dục và Đào tạo", "thường trực", "trước ngày 15/12",
          "Phòng Giáo dục và Đào tạo là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai Kế hoạch"),
        A("Phòng Giáo dục và Đào tạo", "chủ trì", "Trước ngày 28/02/2026",
          "Khảo sát nguyện vọng học tiếp của học sinh lớp 9 năm học 2025 - 2026"),
        A("Phòng Giáo dục và Đào tạo", "chủ trì", "Trước ngày 15/8/2026",
          "Bồi dưỡng giáo viên kiêm nhiệm tư vấn hướng nghiệp"),
        A("Phòng Nội vụ", "chủ trì", "Trước ngày 30/6/2026",
          "Phòng Nội vụ chủ trì cập nhật thông tin thị trường lao động, nhu cầu tuyển dụng của doanh nghiệp trên địa bàn"),
        A("Phòng Kinh tế, Hạ tầng và Đô thị", "phối hợp", "Trước ngày 30/6/2026",
          "Khảo sát nhu cầu tuyển dụng lao động của doanh nghiệp, hợp tác xã"),
        A("Ban Quản lý Cụm công nghiệp Rẽ Quạt", "phối hợp", "Trước ngày 30/6/2026",
          "Khảo sát nhu cầu tuyển dụng lao động của doanh nghiệp, hợp tác xã"),
        A("Phòng Tài chính - Kế hoạch", "chủ trì", "Trước ngày 31/3/2026",
          "Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch"),
        A("Trung tâm GDNN-GDTX huyện", "chủ trì", "Tháng 4/2026",
          "chủ trì tổ chức Ngày hội hướng nghiệp cấp huyện năm 2026; ký kết thỏa thuận hợp tác với ít nhất 05 doanh nghiệp"),
        A("Huyện đoàn Kha Vàm", "phối hợp", "Tháng 4/2026", "Tổ chức Ngày hội hướng nghiệp cấp huyện"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "chủ trì", "Tháng 3/2026",
          "mở chuyên mục \"Chọn nghề - Lập nghiệp\", phát sóng 02 kỳ/tháng trên hệ thống truyền thanh huyện"),
        A("Phòng Văn hóa, Khoa học và Thông tin", "phối hợp", "Tháng 3/2026",
          "Xây dựng chuyên mục \"Chọn nghề - Lập nghiệp\" trên hệ thống truyền thanh huyện"),
        A("Các trường THCS", None, "trước ngày 30/5/2026",
          "gửi danh sách học sinh có nguyện vọng học nghề về Phòng Giáo dục và Đào tạo trước ngày 30/5/2026"),
        A("UBND các xã, thị trấn", "phối hợp", "định kỳ hằng quý",
          "UBND các xã, thị trấn phối hợp rà soát, vận động học sinh không tiếp tục học THPT tham gia học nghề"),
        A("Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "phối hợp", None,
          "phối hợp tuyên truyền, vận động đoàn viên, hội viên cho con em lựa chọn học nghề phù hợp"),
        A("Hội Cựu giáo chức huyện", None, None,
          "dành ít nhất 20% quỹ học bổng năm 2026 cho học viên học nghề có hoàn cảnh khó khăn"),
    ], "intruders": ["Vi Văn Thẩm", "UBND tỉnh Vân Cừ (để b/c)", "Sở Giáo dục và Đào tạo", "Sở Nội vụ",
                     "Thường trực Huyện ủy, HĐND huyện", "Chủ tịch, các PCT UBND huyện", "Lưu: VT, GDĐT",
                     "Lường Thị Mai", "Hội đồng nhân dân huyện Kha Vàm", "UBND HUYỆN KHA VÀM"]},
    {"id": "wrz02", "directive": "TB 38/TB-CĐKTCN", "source": D2, "actors": [
        A("các Phòng Giáo dục và Đào tạo, các trường THCS, THPT và các Trung tâm GDNN-GDTX trên địa bàn tỉnh",
          "phối hợp", None,
          "phối hợp thông báo rộng rãi nội dung này đến học sinh và cha mẹ học sinh"),
        A("Phòng Đào tạo và Công tác học sinh - sinh viên", None, None,
          "Địa điểm nhận hồ sơ: Phòng Đào tạo và Công tác học sinh - sinh viên, tầng 1 nhà A"),
        A("Trung tâm GDNN-GDTX huyện Kha Vàm", None, None,
          "Điểm nhận hồ sơ tại huyện: Trung tâm GDNN-GDTX huyện Kha Vàm và Trung tâm GDNN-GDTX huyện Thạnh Nê"),
        A("Trung tâm GDNN-GDTX huyện Thạnh Nê", None, None,
          "Điểm nhận hồ sơ tại huyện: Trung tâm GDNN-GDTX huyện Kha Vàm và Trung tâm GDNN-GDTX huyện Thạnh Nê"),
    ], "intruders": ["Phạm Trọng Nghĩa", "Sở Nội vụ (để b/c)", "Sở Giáo dục và Đào tạo (để phối hợp)",
                     "Trang thông tin điện tử của Trường", "Lưu: VT, ĐT-CTHSSV", "UBND TỈNH VÂN CỪ",
                     "Nguyễn Hữu Khiêm"]},
    {"id": "wrz03", "directive": "TTr 09/TTr-TTGDNN-GDTX", "source": D3, "actors": [
        A("Trung tâm GDNN-GDTX huyện Kha Vàm", "chủ trì", "trước ngày 15/12/2026",
          "Trung tâm chủ trì tổ chức các hoạt động nêu tại mục II; sử dụng kinh phí đúng mục đích"),
        A("UBND huyện Kha Vàm", None, None,
          "kính trình UBND huyện xem xét, phê duyệt kinh phí tổ chức các hoạt động hướng nghiệp"),
        A("Phòng Tài chính - Kế hoạch", None, "trong quý II/2026",
          "thẩm định dự toán, tham mưu cấp kinh phí cho Trung tâm trong quý II/2026"),
        A("Phòng Giáo dục và Đào tạo", None, "trước ngày 31/3/2026",
          "chỉ đạo các trường THCS bố trí thời gian, địa điểm cho các buổi tư vấn lưu động"),
        A("các trường THCS", None, "trước ngày 31/3/2026",
          "bố trí thời gian, địa điểm cho các buổi tư vấn lưu động và lập danh sách học sinh tham quan doanh nghiệp"),
        A("Huyện đoàn Kha Vàm", None, None,
          "cử 20 đoàn viên tình nguyện hỗ trợ công tác hậu cần, hướng dẫn học sinh"),
        A("Công ty TNHH May mặc Phúc Dã", None, None,
          "tiếp đón học sinh tham quan, bố trí cán bộ kỹ thuật giới thiệu quy trình sản xuất và nhu cầu tuyển dụng"),
        A("Công ty cổ phần Cơ khí Rẽ Quạt", None, None,
          "tiếp đón học sinh tham quan, bố trí cán bộ kỹ thuật giới thiệu quy trình sản xuất và nhu cầu tuyển dụng"),
    ], "intruders": ["Hứa Thị Yến", "Lưu: VT, KT", "Bế Quang Hưởng",
                     "Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ", "Như trên"]},
    {"id": "wrz04", "directive": "CV 486/SGDĐT-GDTrH", "source": D4, "actors": [
        A("Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", None, "trước ngày 14/4/2026",
          "chỉ đạo các trường THCS lập danh sách học sinh, giáo viên tham dự (theo mẫu gửi kèm)"),
        A("trường THCS", None, None,
          "Mỗi trường THCS cử tối thiểu 40 học sinh lớp 9 và 02 giáo viên chủ nhiệm"),
        A("Các trường THPT, PTDTNT", None, None,
          "cử học sinh lớp 12 tham dự theo thành phần nêu tại mục 2"),
        A("Trường THPT Kha Vàm", None, "trước ngày 20/4/2026",
          "chuẩn bị hội trường, sân khấu, điện, nước và khu vực để xe phục vụ Ngày hội cụm số 2"),
        A("Các trung tâm GDNN-GDTX cấp huyện", None, None,
          "chuẩn bị gian trưng bày sản phẩm của học viên"),
        A("Trung tâm GDNN-GDTX huyện Mộc Xuyến", None, None,
          "Trung tâm GDNN-GDTX huyện Mộc Xuyến chuẩn bị địa điểm, hậu cần phục vụ Ngày hội cụm số 3"),
        A("Trường Cao đẳng Kỹ thuật - Công nghệ Vân Cừ", None, None,
          "bố trí tại mỗi cụm 01 gian tư vấn tuyển sinh, 05 giảng viên tư vấn và thiết bị cho học sinh trải nghiệm thực hành nghề"),
        A("Sở Nội vụ", None, None,
          "cung cấp thông tin thị trường lao động năm 2026, mời ít nhất 12 doanh nghiệp tham gia gian giới thiệu việc làm"),
        A("Tỉnh đoàn Vân Cừ", None, None,
          "huy động 30 đoàn viên, thanh niên tình nguyện hỗ trợ công tác tổ chức, hướng dẫn học sinh tại mỗi cụm"),
        A("các Phòng Giáo dục và Đào tạo và các trường THPT, PTDTNT", None, "trước ngày 08/5/2026",
          "gửi báo cáo kết quả tham gia (số học sinh, số lượt tư vấn, đề xuất) về Sở GD&ĐT trước ngày 08/5/2026"),
    ], "intruders": ["Trương Công Hậu", "UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, GDTrH",
                     "Đinh Thị Nguyệt", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Như trên"]},
    {"id": "wrz05", "directive": "BC 71/BC-SNV", "source": D5, "actors": [
        A("UBND tỉnh", None, None,
          "Kính đề nghị UBND tỉnh bổ sung 6,5 tỷ đồng từ nguồn sự nghiệp giáo dục nghề nghiệp năm 2026"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "trước ngày 31/3/2026",
          "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ xây dựng cơ sở dữ liệu nguyện vọng học tiếp của học sinh lớp 9"),
        A("Sở Nội vụ", "phối hợp", "trước ngày 31/3/2026",
          "phối hợp với Sở Nội vụ xây dựng cơ sở dữ liệu nguyện vọng học tiếp của học sinh lớp 9"),
        A("Sở Nội vụ", "chủ trì", "hằng quý",
          "Sở Nội vụ chủ trì cập nhật thông tin cung - cầu lao động hằng quý"),
        A("Sở Tài chính", None, "trong quý I/2026",
          "thẩm định, tham mưu UBND tỉnh bố trí kinh phí nêu tại mục 1 trong quý I/2026"),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 15/6/2026",
          "giao chỉ tiêu phân luồng đến từng xã, phường, thị trấn; báo cáo kết quả 6 tháng đầu năm 2026 về Sở Nội vụ"),
        A("Các trường cao đẳng, trung cấp", None, None,
          "Các trường cao đẳng, trung cấp có trách nhiệm phối hợp với doanh nghiệp mở rộng đào tạo theo đơn đặt hàng"),
    ], "intruders": ["Hà Minh Quân", "Bộ Giáo dục và Đào tạo (để b/c)", "Lưu: VT, LĐVL&GDNN", "Nông Văn Khải",
                     "Như trên"]},
]

if __name__ == "__main__":
    build()
