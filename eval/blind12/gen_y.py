#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl for eval/blind12 from data held here."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = {"y01": "y01_ct12_hu_dak_binh_stem_ky_nang_so.txt",
     "y02": "y02_kh31_huyen_doan_dak_binh_ky_nang_so.docx",
     "y03": "y03_hd09_btg_hu_ngay_khcn_18_5.txt",
     "y04": "y04_tb86_vp_ubnd_hoi_nghi_so_ket_ct12.txt",
     "y05": "y05_bc58_thcs_phan_boi_chau_cds_2025_2026.md"}

def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}

WW = [
 ("CT 12-CT/HU", "y01", [
   A("Ban cán sự đảng Ủy ban nhân dân huyện", None, "trước ngày 28/02/2026", "Ban cán sự đảng Ủy ban nhân dân huyện lãnh đạo Ủy ban nhân dân huyện ban hành kế hoạch thực hiện Chỉ thị trước ngày 28/02/2026"),
   A("Ủy ban nhân dân huyện", None, "trước ngày 28/02/2026", "lãnh đạo Ủy ban nhân dân huyện ban hành kế hoạch thực hiện Chỉ thị trước ngày 28/02/2026; bố trí ngân sách huyện tối thiểu 1,5 tỷ đồng mỗi năm"),
   A("Phòng Giáo dục và Đào tạo", "chủ trì", "trước ngày 31/8/2026", "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu đầu tư 06 phòng học STEM trong năm 2026"),
   A("Phòng Tài chính - Kế hoạch", "phối hợp", "trong năm 2026", "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu đầu tư 06 phòng học STEM trong năm 2026"),
   A("Phòng Văn hóa và Thông tin", "chủ trì", "trong quý II/2026", "Phòng Văn hóa và Thông tin chủ trì, phối hợp với các doanh nghiệp viễn thông trên địa bàn rà soát, đề xuất phương án phủ sóng cho 23 thôn, buôn"),
   A("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", None, None, "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở tối thiểu 20 lớp bồi dưỡng kỹ năng số mỗi năm"),
   A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "chủ trì", None, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện chủ trì giám sát việc thực hiện Chỉ thị tại các xã, thị trấn"),
   A("Huyện đoàn", "chủ trì", "vào tháng 4 hằng năm", 'Huyện đoàn chủ trì thành lập "Tổ công nghệ số cộng đồng" của đoàn viên thanh niên tại 100% thôn, buôn, tổ dân phố'),
   A("Hội Liên hiệp Phụ nữ huyện", None, None, "Hội Liên hiệp Phụ nữ huyện hướng dẫn hội viên sử dụng thanh toán không dùng tiền mặt và đưa nông sản lên sàn thương mại điện tử"),
   A("Hội Nông dân huyện", None, None, "Hội Nông dân huyện phối hợp với Phòng Nông nghiệp và Môi trường tuyên truyền, hướng dẫn hội viên ứng dụng công nghệ số"),
   A("Phòng Nông nghiệp và Môi trường", "phối hợp", None, "Hội Nông dân huyện phối hợp với Phòng Nông nghiệp và Môi trường tuyên truyền, hướng dẫn hội viên ứng dụng công nghệ số"),
   A("Ban Tuyên giáo Huyện ủy", "chủ trì", "trước ngày 15/12 hằng năm", "Ban Tuyên giáo Huyện ủy chủ trì hướng dẫn nội dung tuyên truyền Chỉ thị này"),
   A("Văn phòng Huyện ủy", "phối hợp", "trước ngày 15/12 hằng năm", "Giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp tình hình"),
   A("Ủy ban Kiểm tra Huyện ủy", None, None, "Ủy ban Kiểm tra Huyện ủy đưa nội dung thực hiện Chỉ thị vào chương trình kiểm tra, giám sát hằng năm"),
   A("Các chi, đảng bộ trực thuộc", None, "trước ngày 15/02/2026", "Các chi, đảng bộ trực thuộc tổ chức quán triệt Chỉ thị này đến cán bộ, đảng viên trước ngày 15/02/2026"),
  ], ["Hoàng Minh Thạch", "Sở Giáo dục và Đào tạo tỉnh Đắk Sơn", "Ban Thường vụ Tỉnh ủy (để báo cáo)",
      "Ban Tuyên giáo Tỉnh ủy (để báo cáo)", "ĐẢNG CỘNG SẢN VIỆT NAM", "Bộ Chính trị", "Thủ tướng Chính phủ", "Lưu: VT"]),
 ("KH 31-KH/HĐTN", "y02", [
   A("Rơ Mah Thị Huyền", None, None, "Phân công đồng chí Rơ Mah Thị Huyền, Phó Bí thư Huyện đoàn trực tiếp chỉ đạo chiến dịch"),
   A("Ban Phong trào Huyện đoàn", None, None, "Ban Phong trào Huyện đoàn là bộ phận thường trực, tham mưu tổ chức các hoạt động"),
   A("Ban Tổ chức - Kiểm tra Huyện đoàn", None, "trước ngày 10/8/2026", "Ban Tổ chức - Kiểm tra Huyện đoàn theo dõi, tổng hợp kết quả thi đua, đề xuất khen thưởng các tập thể, cá nhân tiêu biểu trước ngày 10/8/2026"),
   A("Các cơ sở Đoàn", None, "trước ngày 20/02/2026", "Các cơ sở Đoàn xây dựng kế hoạch triển khai tại cơ sở, gửi về Huyện đoàn (qua Ban Phong trào) trước ngày 20/02/2026"),
   A("Phòng Giáo dục và Đào tạo", None, None, "Đề nghị Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS tạo điều kiện cho học sinh tham gia Ngày hội STEM tuổi trẻ"),
   A("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", None, None, "Đề nghị Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện hỗ trợ giảng viên, phòng máy cho lớp tập huấn thành viên nòng cốt"),
  ], ["Đinh Thị Hồng Nhung", "Ban Thường vụ Tỉnh đoàn (để báo cáo)", "Thường trực Huyện ủy (để báo cáo)",
      "Ban Tuyên giáo Huyện ủy", "ĐOÀN TNCS HỒ CHÍ MINH", "Y Sang Byă", "Lưu: VT"]),
 ("HD 09-HD/BTGHU", "y03", [
   A("Các chi, đảng bộ trực thuộc", None, "trước ngày 27/5/2026", "Các chi, đảng bộ trực thuộc căn cứ Hướng dẫn này chỉ đạo tuyên truyền phù hợp với tình hình địa phương, đơn vị"),
   A("Phòng Văn hóa và Thông tin", "chủ trì", None, "Phòng Văn hóa và Thông tin chủ trì hướng dẫn các xã, thị trấn đăng tải tin, bài trên trang thông tin điện tử"),
   A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "chủ trì", "trước ngày 12/5/2026", "Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì thực hiện tuyên truyền cổ động trực quan, treo 120 băng rôn và 06 pano"),
   A("Phòng Kinh tế và Hạ tầng", "chủ trì", "sáng thứ Bảy ngày 16/5/2026", "Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Hội Nông dân huyện tổ chức tọa đàm"),
   A("Hội Nông dân huyện", "phối hợp", "sáng thứ Bảy ngày 16/5/2026", "Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Hội Nông dân huyện tổ chức tọa đàm"),
   A("Phòng Giáo dục và Đào tạo", None, "sáng thứ Hai ngày 18/5/2026", "Phòng Giáo dục và Đào tạo chỉ đạo các trường học lồng ghép nội dung tuyên truyền vào tiết chào cờ sáng thứ Hai ngày 18/5/2026"),
   A("Huyện đoàn", "chủ trì", None, 'Huyện đoàn chủ trì tổ chức diễn đàn "Thanh niên với khoa học và sáng tạo" trên trang Fanpage của Huyện đoàn'),
  ], ["Trần Ngọc Lâm", "Phan Thị Diệu", "Ban Tuyên giáo Tỉnh ủy (để báo cáo)", "Thường trực Huyện ủy (để báo cáo)",
      "ĐẢNG CỘNG SẢN VIỆT NAM", "Lưu: VT"]),
 ("TB 86/TB-VP", "y04", [
   A("Lương Văn Khải", "chủ trì", "ngày 18/6/2026", "Đồng chí Lương Văn Khải, Huyện ủy viên, Phó Chủ tịch Ủy ban nhân dân huyện chủ trì hội nghị"),
   A("Phòng Giáo dục và Đào tạo", "chủ trì", "trước 16 giờ 00 ngày 15/6/2026", "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với các cơ quan liên quan xây dựng báo cáo sơ kết"),
   A("Phòng Tài chính - Kế hoạch", None, None, "Phòng Tài chính - Kế hoạch báo cáo tiến độ giải ngân kinh phí mua sắm thiết bị cho 06 phòng học STEM năm 2026"),
   A("Phòng Văn hóa và Thông tin", None, "15 giờ 00 ngày 17/6/2026", 'Phòng Văn hóa và Thông tin báo cáo kết quả rà soát 23 thôn, buôn "vùng lõm" sóng di động và phương án phủ sóng'),
   A("Viettel Đắk Bình", "phối hợp", "15 giờ 00 ngày 17/6/2026", "đồng thời phối hợp với Viettel Đắk Bình bảo đảm đường truyền cho các điểm cầu trực tuyến"),
   A("Trường THCS Phan Bội Châu", None, None, "Trường THCS Phan Bội Châu chuẩn bị tham luận về kết quả chuyển đổi số trong năm học 2025 - 2026"),
   A("Huyện đoàn", None, None, 'Huyện đoàn chuẩn bị tham luận về chiến dịch "Thanh niên Đắk Bình làm chủ kỹ năng số"'),
   A("Văn phòng HĐND và UBND huyện", None, None, "Văn phòng HĐND và UBND huyện chuẩn bị hội trường, in 60 bộ tài liệu"),
  ], ["Đỗ Mạnh Cường", "Lê Thị Kim Oanh", "VNPT Đắk Bình", "Phòng Nội vụ", "Thường trực HĐND huyện (để báo cáo)",
      "Thường trực Huyện ủy (để báo cáo)", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lưu: VT"]),
 ("BC 58/BC-THCSPBC", "y05", [
   A("Phòng Giáo dục và Đào tạo", None, "trước năm học 2026 - 2027", "Đề nghị Phòng Giáo dục và Đào tạo cấp bổ sung 20 bộ máy tính cho phòng máy trước năm học 2026 - 2027"),
   A("Ủy ban nhân dân huyện", None, None, "Đề nghị Ủy ban nhân dân huyện đưa trường vào danh sách 06 trường được đầu tư phòng học STEM năm 2026"),
   A("Huyện đoàn", None, None, "Đề nghị Huyện đoàn và Hội Khuyến học huyện vận động hỗ trợ 25 máy tính bảng cho học sinh có hoàn cảnh khó khăn"),
   A("Hội Khuyến học huyện", None, None, "Đề nghị Huyện đoàn và Hội Khuyến học huyện vận động hỗ trợ 25 máy tính bảng cho học sinh có hoàn cảnh khó khăn"),
   A("Tổ Khoa học tự nhiên", "chủ trì", "trước ngày 30/9/2026", "Tổ Khoa học tự nhiên chủ trì xây dựng thêm 4 chủ đề STEM gắn với sản xuất nông nghiệp của địa phương"),
   A("Tổ Tin học - Công nghệ", "chủ trì", "trong học kỳ I", "Tổ Tin học - Công nghệ chủ trì, phối hợp với Đoàn Thanh niên nhà trường bồi dưỡng kỹ năng số cho giáo viên lớn tuổi"),
   A("Đoàn Thanh niên nhà trường", "phối hợp", "trong học kỳ I", "Tổ Tin học - Công nghệ chủ trì, phối hợp với Đoàn Thanh niên nhà trường bồi dưỡng kỹ năng số cho giáo viên lớn tuổi"),
  ], ["Bùi Quang Vinh", "Nguyễn Thị Minh Hòa", "UBND thị trấn Đắk Bình", "Hội đồng trường",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lưu: VT"]),
]

# Questions: (doc-tag for bookkeeping, kind, question, evidence [(doc, quote)], keywords, extra)
# evidence [] => unanswerable. extra may hold "h" (list of earlier question texts) and "a" (actors).
Q = []
def q(doc, kind, text, ev=(), kw=(), h=None, a=None):
    Q.append((doc, kind, text, list(ev), list(kw), h, a))
    return text

# ---------------- y01 Chỉ thị 12-CT/HU
t1 = q("y01", "factoid", "Chỉ thị của Huyện ủy Đắk Bình đặt mục tiêu đến năm nào thì tất cả trường trung học cơ sở đều dạy STEM?",
       [("y01", "Phấn đấu đến năm 2027, 100% trường THCS trên địa bàn huyện tổ chức giáo dục STEM")], ["2027"])
q("y01", "follow-up", "Còn tỷ lệ người dân có kỹ năng số thì phấn đấu bao nhiêu?",
  [("y01", "đến năm 2030, tối thiểu 80% người dân trong độ tuổi lao động có kỹ năng số cơ bản")], ["80%"], h=[t1])
q("y01", "abbreviation", "CT 12 yêu cầu UBND huyện bố trí ngân sách mỗi năm bao nhiêu cho STEM và kỹ năng số?",
  [("y01", "bố trí ngân sách huyện tối thiểu 1,5 tỷ đồng mỗi năm trong giai đoạn 2026 - 2030")], ["1,5 tỷ đồng"])
t4 = q("y01", "who-what", "Phòng GD&ĐT được Huyện ủy giao những việc gì trong chỉ thị về STEM?",
  [("y01", "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu đầu tư 06 phòng học STEM trong năm 2026"),
   ("y01", "hoàn thành việc bồi dưỡng dạy học STEM cho toàn bộ giáo viên Khoa học tự nhiên, Tin học và Công nghệ trước ngày 31/8/2026")],
  ["06 phòng học STEM", "31/8/2026"], a=["Phòng Giáo dục và Đào tạo"])
q("y01", "follow-up", "Mấy phòng học đó ưu tiên cho trường ở xã nào?",
  [("y01", "ưu tiên các trường THCS ở xã Ea Rôk, Cư Pơng và Buôn Triết Hạ")], ["Ea Rôk", "Cư Pơng", "Buôn Triết Hạ"], h=[t4])
q("y01", "unanswerable", "Chỉ thị 12 định mức bao nhiêu tiền cho mỗi phòng học STEM?")
t7 = q("y01", "no-diacritics", "ai lo phuong an phu song cho may thon buon vung lom theo chi thi 12",
  [("y01", "Phòng Văn hóa và Thông tin chủ trì, phối hợp với các doanh nghiệp viễn thông trên địa bàn rà soát, đề xuất phương án phủ sóng cho 23 thôn, buôn")],
  ["Phòng Văn hóa và Thông tin"])
q("y01", "follow-up", "Hạn báo cáo việc đó là khi nào?",
  [("y01", "báo cáo Ủy ban nhân dân huyện trong quý II/2026")], ["quý II/2026"], h=[t7])
q("y01", "who-what", "Huyện đoàn phải làm gì theo chỉ thị về STEM và kỹ năng số?",
  [("y01", 'Huyện đoàn chủ trì thành lập "Tổ công nghệ số cộng đồng" của đoàn viên thanh niên tại 100% thôn, buôn, tổ dân phố'),
   ("y01", "tổ chức Ngày hội STEM tuổi trẻ cấp huyện vào tháng 4 hằng năm")],
  ["Tổ công nghệ số cộng đồng", "tháng 4"], a=["Huyện đoàn"])
q("y01", "metadata", "Ai ký Chỉ thị 12-CT/HU?",
  [("y01", "BÍ THƯ (Đã ký) Hoàng Minh Thạch")], ["Hoàng Minh Thạch"])
t13 = q("y01", "abbreviation", "Hiện cả huyện có bao nhiêu trường THCS đã làm STEM thường xuyên?",
  [("y01", "mới có 9/14 trường THCS tổ chức hoạt động giáo dục STEM thường xuyên")], ["9/14"])
q("y01", "unanswerable", "Còn trường tiểu học thì bao nhiêu trường đã triển khai STEM?", h=[t13])
q("y01", "unanswerable", "Trong 38 giáo viên đã được tập huấn STEM có bao nhiêu người dạy ở xã Ea Rôk?")
q("y01", "unanswerable", "Chỉ thị 12 giao Trung tâm Y tế huyện nhiệm vụ gì về chuyển đổi số?")
q("y01", "unanswerable", "chi thi 12 co quy dinh muc thuong cho giao vien day stem gioi khong")
q("y01", "who-what", "Ai kiểm tra, giám sát việc thực hiện chỉ thị, năm nay phải kiểm tra mấy tổ chức đảng?",
  [("y01", "Ủy ban Kiểm tra Huyện ủy đưa nội dung thực hiện Chỉ thị vào chương trình kiểm tra, giám sát hằng năm"),
   ("y01", "năm 2026 kiểm tra tối thiểu 04 tổ chức đảng trực thuộc")], ["Ủy ban Kiểm tra Huyện ủy", "04 tổ chức đảng"],
  a=["Ủy ban Kiểm tra Huyện ủy"])
t20 = q("y01", "factoid", "Chuyên mục học số trên loa truyền thanh tên gì, mỗi tháng phát mấy kỳ?",
  [("y01", 'hệ thống loa truyền thanh cơ sở mở chuyên mục "Đắk Bình học số", phát sóng tối thiểu 02 kỳ mỗi tháng')],
  ["Đắk Bình học số", "02 kỳ"])
q("y01", "follow-up", "Vậy ai chủ trì việc này?",
  [("y01", "Ban Tuyên giáo Huyện ủy chủ trì hướng dẫn nội dung tuyên truyền Chỉ thị này")], ["Ban Tuyên giáo Huyện ủy"], h=[t20])
q("y01", "who-what", "MTTQ huyện được giao nhiệm vụ gì trong CT 12?",
  [("y01", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện chủ trì giám sát việc thực hiện Chỉ thị tại các xã, thị trấn")], ["giám sát"],
  a=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"])
q("y01", "list", "Chỉ thị 12 của Huyện ủy căn cứ vào những văn bản cấp trên nào?",
  [("y01", "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị"),
   ("y01", "Kế hoạch số 145-KH/TU, ngày 18/3/2025 của Ban Thường vụ Tỉnh ủy Đắk Sơn"),
   ("y01", "Quyết định số 131/QĐ-TTg, ngày 25/01/2022 của Thủ tướng Chính phủ")],
  ["57-NQ/TW", "145-KH/TU", "131/QĐ-TTg"])
q("y01", "no-diacritics", "cac chi bo phai quan triet chi thi stem truoc ngay nao",
  [("y01", "tổ chức quán triệt Chỉ thị này đến cán bộ, đảng viên trước ngày 15/02/2026")], ["15/02/2026"])
q("y01", "no-diacritics", "huyen minh con thieu bao nhieu giao vien tin hoc voi cong nghe",
  [("y01", "đội ngũ giáo viên Tin học và Công nghệ thiếu 17 người so với định mức")], ["17 người"])

# ---------------- y02 KH 31-KH/HĐTN (docx, curly quotes)
b1 = q("y02", "factoid", "Kế hoạch của Huyện đoàn đặt chỉ tiêu lập bao nhiêu tổ công nghệ số cộng đồng?",
  [("y02", "Thành lập 86 “Tổ công nghệ số cộng đồng”, bảo đảm 100% thôn, buôn, tổ dân phố")], ["86"])
q("y02", "follow-up", "Mỗi tổ cử mấy người đi tập huấn?",
  [("y02", "Tập huấn kỹ năng số cho 172 thành viên nòng cốt của các Tổ công nghệ số cộng đồng, mỗi tổ cử 02 thành viên")],
  ["02 thành viên"], h=[b1])
b4 = q("y02", "abbreviation", "KH 31 của Huyện đoàn tổng kinh phí bao nhiêu, ngân sách huyện hỗ trợ bao nhiêu?",
  [("y02", "Tổng kinh phí dự kiến 186.500.000 đồng"), ("y02", "ngân sách huyện hỗ trợ 120.000.000 đồng")],
  ["186.500.000", "120.000.000"])
q("y02", "follow-up", "Phần còn lại lấy từ nguồn nào?",
  [("y02", "xã hội hóa từ doanh nghiệp viễn thông và các nhà hảo tâm 66.500.000 đồng")], ["66.500.000"], h=[b4])
q("y02", "no-diacritics", "ngay hoi stem tuoi tre huyen to chuc hom nao o dau",
  [("y02", "Ngày hội STEM tuổi trẻ huyện Đắk Bình năm 2026 và chung kết cuộc thi"),
   ("y02", "Trường THCS Phan Bội Châu, thị trấn Đắk Bình")], ["18/4/2026", "Trường THCS Phan Bội Châu"])
b7 = q("y02", "factoid", "Lễ ra quân chiến dịch thanh niên làm chủ kỹ năng số bắt đầu lúc mấy giờ?",
  [("y02", "07 giờ 30, Chủ nhật ngày 08/3/2026")], ["07 giờ 30", "08/3/2026"])
q("y02", "follow-up", "Mỗi cơ sở Đoàn phải cử bao nhiêu người dự?",
  [("y02", "mỗi cơ sở Đoàn cử 10 đoàn viên tham dự")], ["10 đoàn viên"], h=[b7])
q("y02", "who-what", "Ai trực tiếp chỉ đạo chiến dịch của Huyện đoàn?",
  [("y02", "Phân công đồng chí Rơ Mah Thị Huyền, Phó Bí thư Huyện đoàn trực tiếp chỉ đạo chiến dịch")], ["Rơ Mah Thị Huyền"],
  a=["Rơ Mah Thị Huyền"])
q("y02", "who-what", "Ban Tổ chức - Kiểm tra Huyện đoàn lo việc gì, hạn đến khi nào?",
  [("y02", "Ban Tổ chức - Kiểm tra Huyện đoàn theo dõi, tổng hợp kết quả thi đua, đề xuất khen thưởng các tập thể, cá nhân tiêu biểu trước ngày 10/8/2026")],
  ["10/8/2026"], a=["Ban Tổ chức - Kiểm tra Huyện đoàn"])
b11 = q("y02", "no-diacritics", "co so doan gui ke hoach trien khai ve huyen doan truoc ngay may",
  [("y02", "Các cơ sở Đoàn xây dựng kế hoạch triển khai tại cơ sở, gửi về Huyện đoàn (qua Ban Phong trào) trước ngày 20/02/2026")],
  ["20/02/2026"])
q("y02", "follow-up", "Còn báo cáo tổng kết thì hạn bao giờ?",
  [("y02", "báo cáo tổng kết chiến dịch gửi về Huyện đoàn trước ngày 05/8/2026")], ["05/8/2026"], h=[b11])
q("y02", "list", "Cuộc thi Sáng tạo trẻ Đắk Bình có những giải gì?",
  [("y02", "Cơ cấu giải thưởng gồm 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích")],
  ["01 giải Nhất", "02 giải Nhì", "03 giải Ba", "05 giải Khuyến khích"])
q("y02", "unanswerable", "Giải Nhất cuộc thi Sáng tạo trẻ Đắk Bình được thưởng bao nhiêu tiền?")
q("y02", "unanswerable", "Phiên chợ số ở xã Hòa Khánh Nam tổ chức ngày nào?")
q("y02", "metadata", "KH chiến dịch kỹ năng số của Huyện đoàn số mấy, ai ký?",
  [("y02", "Số: 31-KH/HĐTN KẾ HOẠCH"), ("y02", "BÍ THƯ (Đã ký) Đinh Thị Hồng Nhung")], ["31-KH/HĐTN", "Đinh Thị Hồng Nhung"])
q("y02", "who-what", "Huyện đoàn đề nghị Phòng GD&ĐT phối hợp những gì?",
  [("y02", "Đề nghị Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS tạo điều kiện cho học sinh tham gia Ngày hội STEM tuổi trẻ và cử giáo viên làm giám khảo cuộc thi")],
  ["giám khảo"], a=["Phòng Giáo dục và Đào tạo"])
q("y02", "abbreviation", "Phiên chợ số điểm cấp huyện do ai chủ trì, Hội LHPN xã nào phối hợp?",
  [("y02", "Hội Liên hiệp Phụ nữ xã Ea Rôk"), ("y02", "Chợ trung tâm xã Ea Rôk")], ["Đoàn xã Ea Rôk", "Hội Liên hiệp Phụ nữ xã Ea Rôk"])
q("y02", "unanswerable", "ngay hoi stem co bao nhieu gian trung bay cua cac truong")
b20 = q("y02", "no-diacritics", "chi tieu ho tro dan cai vneid la bao nhieu luot",
  [("y02", "Hỗ trợ ít nhất 6.500 lượt người dân cài đặt, kích hoạt và sử dụng ứng dụng VNeID")], ["6.500"])
q("y02", "unanswerable", "Vậy tới giờ đã hỗ trợ được bao nhiêu lượt rồi?", h=[b20])
q("y02", "unanswerable", "Huyện đoàn dự kiến mua bao nhiêu bộ robot cho phần thi lập trình?")

# ---------------- y03 HD 09-HD/BTGHU
q("y03", "list", "Cho tôi vài khẩu hiệu tuyên truyền Ngày KH&CN 18/5 năm nay",
  [("y03", "Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5!"),
   ("y03", "Tuổi trẻ Đắk Bình học STEM - sáng tạo vì quê hương!"),
   ("y03", 'Toàn dân tích cực tham gia phong trào "Bình dân học vụ số"!')],
  ["Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5", "Tuổi trẻ Đắk Bình học STEM"])
c2 = q("y03", "factoid", "Đợt cao điểm tuyên truyền Ngày Khoa học và Công nghệ từ ngày nào đến ngày nào?",
  [("y03", "cao điểm từ ngày 15/5/2026 đến ngày 19/5/2026")], ["15/5/2026", "19/5/2026"])
q("y03", "follow-up", "bang ron pano phai treo xong truoc ngay nao",
  [("y03", "Băng rôn, pano phải được treo xong trước ngày 12/5/2026")], ["12/5/2026"], h=[c2])
q("y03", "who-what", "Ai phụ trách treo băng rôn, pano dịp 18/5, số lượng bao nhiêu?",
  [("y03", "Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì thực hiện tuyên truyền cổ động trực quan, treo 120 băng rôn và 06 pano tấm lớn")],
  ["120 băng rôn", "06 pano"], a=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
c5 = q("y03", "no-diacritics", "toa dam nong dan dak binh voi cong nghe so to chuc o dau ngay nao",
  [("y03", "vào sáng thứ Bảy ngày 16/5/2026 tại Hội trường Ủy ban nhân dân xã Cư Pơng")], ["16/5/2026", "Cư Pơng"])
q("y03", "follow-up", "Đơn vị nào chủ trì tọa đàm đó?",
  [("y03", "Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Hội Nông dân huyện tổ chức tọa đàm")], ["Phòng Kinh tế và Hạ tầng"], h=[c5])
c7 = q("y03", "factoid", "Báo cáo kết quả tuyên truyền ngày 18/5 phải gửi Ban Tuyên giáo trước ngày nào?",
  [("y03", "về Ban Tuyên giáo Huyện ủy trước ngày 27/5/2026")], ["27/5/2026"])
q("y03", "follow-up", "Gửi qua email nào?",
  [("y03", "qua hộp thư điện tử bantuyengiaohu@dakbinh.dakson.gov.vn")], ["bantuyengiaohu@dakbinh.dakson.gov.vn"], h=[c7])
q("y03", "metadata", "HD 09-HD/BTGHU do ai ký?",
  [("y03", "PHÓ TRƯỞNG BAN (Đã ký) Trần Ngọc Lâm")], ["Trần Ngọc Lâm"])
q("y03", "metadata", "Hướng dẫn tuyên truyền Ngày Khoa học và Công nghệ năm 2026 ban hành hôm nào, căn cứ văn bản nào của tỉnh?",
  [("y03", "Đắk Bình, ngày 20 tháng 4 năm 2026"),
   ("y03", "Căn cứ Hướng dẫn số 52-HD/BTGTU, ngày 06/4/2026 của Ban Tuyên giáo Tỉnh ủy Đắk Sơn")],
  ["20 tháng 4 năm 2026", "52-HD/BTGTU"])
q("y03", "who-what", "Phòng GD&ĐT phải làm gì dịp 18/5?",
  [("y03", "Phòng Giáo dục và Đào tạo chỉ đạo các trường học lồng ghép nội dung tuyên truyền vào tiết chào cờ sáng thứ Hai ngày 18/5/2026")],
  ["chào cờ"], a=["Phòng Giáo dục và Đào tạo"])
q("y03", "who-what", "Huyện đoàn được Ban Tuyên giáo giao việc gì trong đợt tuyên truyền ngày khoa học công nghệ?",
  [("y03", 'Huyện đoàn chủ trì tổ chức diễn đàn "Thanh niên với khoa học và sáng tạo" trên trang Fanpage của Huyện đoàn')],
  ["Thanh niên với khoa học và sáng tạo"], a=["Huyện đoàn"])
q("y03", "unanswerable", "Kinh phí làm băng rôn, pano dịp 18/5 là bao nhiêu?")
q("y03", "unanswerable", "Ban Tuyên giáo tổ chức cuộc thi trắc nghiệm tìm hiểu Nghị quyết 57 dịp 18/5 với cơ cấu giải thế nào?")
q("y03", "no-diacritics", "mo hinh truy xuat nguon goc sau rieng o xa nao",
  [("y03", "mô hình truy xuất nguồn gốc sầu riêng tại xã Ea Kao Tây")], ["Ea Kao Tây"])
q("y03", "no-diacritics", "vuong mac ve huong dan 18/5 thi lien he ai o ban tuyen giao",
  [("y03", "liên hệ đồng chí Phan Thị Diệu, chuyên viên Ban Tuyên giáo Huyện ủy, điện thoại 0262.3871.245")],
  ["Phan Thị Diệu", "0262.3871.245"])
q("y03", "unanswerable", "Ban Tuyên giáo huyện Đắk Bình hướng dẫn tuyên truyền Ngày Chuyển đổi số quốc gia 10/10 thế nào?")
q("y03", "list", "Băng rôn khẩu hiệu treo trên những tuyến đường nào ở thị trấn?",
  [("y03", "trên các tuyến đường Hùng Vương, Nguyễn Tất Thành và đường Trường Chinh của thị trấn Đắk Bình")],
  ["Hùng Vương", "Nguyễn Tất Thành", "Trường Chinh"])
q("y03", "unanswerable", "Năm 2025 huyện treo bao nhiêu băng rôn dịp Ngày KH&CN?")
q("y03", "factoid", "Loa truyền thanh phải phát tuyên truyền ít nhất bao lâu mỗi ngày?",
  [("y03", "thời lượng phát sóng trên loa tối thiểu 15 phút mỗi ngày trong thời gian cao điểm")], ["15 phút"])

# ---------------- y04 TB 86/TB-VP (giấy mời)
d1 = q("y04", "factoid", "Hội nghị sơ kết 6 tháng chỉ thị 12 họp mấy giờ, ngày nào?",
  [("y04", "bắt đầu lúc 08 giờ 00 phút, thứ Năm, ngày 18/6/2026")], ["08 giờ 00", "18/6/2026"])
d2 = q("y04", "follow-up", "Họp ở phòng nào?",
  [("y04", "Phòng họp số 2, tầng 3, trụ sở HĐND và UBND huyện, số 68 đường Hùng Vương")], ["Phòng họp số 2", "tầng 3"], h=[d1])
q("y04", "follow-up", "Ai chủ trì?",
  [("y04", "Đồng chí Lương Văn Khải, Huyện ủy viên, Phó Chủ tịch Ủy ban nhân dân huyện chủ trì hội nghị")], ["Lương Văn Khải"],
  h=[d1, d2])
q("y04", "abbreviation", "Phòng GD&ĐT nộp dự thảo báo cáo sơ kết cho VP trước mấy giờ ngày nào?",
  [("y04", "gửi dự thảo về Văn phòng HĐND và UBND huyện trước 16 giờ 00 ngày 15/6/2026")], ["16 giờ 00 ngày 15/6/2026"])
d5 = q("y04", "who-what", "Phòng Tài chính - Kế hoạch cần chuẩn bị gì cho hội nghị sơ kết?",
  [("y04", "Phòng Tài chính - Kế hoạch báo cáo tiến độ giải ngân kinh phí mua sắm thiết bị cho 06 phòng học STEM năm 2026")],
  ["giải ngân"], a=["Phòng Tài chính - Kế hoạch"])
q("y04", "follow-up", "Được trình bày tối đa mấy phút?",
  [("y04", "thời lượng trình bày không quá 07 phút")], ["07 phút"], h=[d5])
q("y04", "no-diacritics", "chay thu ket noi diem cau truc tuyen luc may gio",
  [("y04", "chạy thử kết nối lúc 15 giờ 00 ngày 17/6/2026")], ["15 giờ 00", "17/6/2026"])
q("y04", "who-what", "Ai lo đường truyền cho các điểm cầu trực tuyến của hội nghị?",
  [("y04", "đồng thời phối hợp với Viettel Đắk Bình bảo đảm đường truyền cho các điểm cầu trực tuyến"),
   ("y04", 'Phòng Văn hóa và Thông tin báo cáo kết quả rà soát 23 thôn, buôn "vùng lõm" sóng di động')],
  ["Viettel Đắk Bình", "Phòng Văn hóa và Thông tin"], a=["Phòng Văn hóa và Thông tin", "Viettel Đắk Bình"])
d9 = q("y04", "who-what", "Những đơn vị nào phải chuẩn bị tham luận tại hội nghị sơ kết?",
  [("y04", "Trường THCS Phan Bội Châu chuẩn bị tham luận về kết quả chuyển đổi số trong năm học 2025 - 2026"),
   ("y04", "Huyện đoàn chuẩn bị tham luận về chiến dịch")],
  ["Trường THCS Phan Bội Châu", "Huyện đoàn"], a=["Trường THCS Phan Bội Châu", "Huyện đoàn"])
q("y04", "follow-up", "Mỗi bài nói tối đa bao lâu?",
  [("y04", "mỗi tham luận không quá 10 phút")], ["10 phút"], h=[d9])
q("y04", "metadata", "TB mời họp sơ kết CT 12 số mấy, ai ký?",
  [("y04", "Số: 86/TB-VP Đắk Bình, ngày 10 tháng 6 năm 2026"), ("y04", "CHÁNH VĂN PHÒNG (Đã ký) Đỗ Mạnh Cường")],
  ["86/TB-VP", "Đỗ Mạnh Cường"])
q("y04", "no-diacritics", "muon hoi them ve hoi nghi so ket ngay 18/6 thi goi ai",
  [("y04", "liên hệ bà Lê Thị Kim Oanh, chuyên viên Văn phòng HĐND và UBND huyện, số điện thoại 0914.326.558")],
  ["Lê Thị Kim Oanh", "0914.326.558"])
q("y04", "unanswerable", "Hội nghị tổng kết năm 2026 thực hiện Chỉ thị 12 dự kiến họp ngày nào?")
q("y04", "unanswerable", "Kinh phí tổ chức hội nghị sơ kết ngày 18/6 hết bao nhiêu?")
q("y04", "abbreviation", "Ở điểm cầu các xã, TT thì thành phần dự gồm những ai?",
  [("y04", "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân xã, thị trấn phụ trách văn hóa - xã hội"),
   ("y04", "công chức Văn hóa - Xã hội và Trưởng Tổ công nghệ số cộng đồng của các thôn, buôn")],
  ["công chức Văn hóa - Xã hội", "Trưởng Tổ công nghệ số cộng đồng"])
q("y04", "unanswerable", "giay moi hop so ket co yeu cau dai bieu mac trang phuc gi khong")
q("y04", "unanswerable", "Kế hoạch 27/KH-UBND giao Phòng Nội vụ nhiệm vụ gì?")
q("y04", "no-diacritics", "dai bieu phai co mat truoc may gio de nhan tai lieu",
  [("y04", "Đại biểu có mặt trước 07 giờ 45 phút để nhận tài liệu")], ["07 giờ 45"])
q("y04", "unanswerable", "Kết luận của đồng chí Lương Văn Khải tại hội nghị sơ kết giao những việc gì?")

# ---------------- y05 BC 58/BC-THCSPBC (.md)
q("y05", "abbreviation", "Trường THCS Phan Bội Châu năm học này có bao nhiêu lớp, bao nhiêu học sinh?",
  [("y05", "nhà trường có 24 lớp với 918 học sinh")], ["24 lớp", "918 học sinh"])
q("y05", "factoid", "Tỷ lệ thu học phí không dùng tiền mặt ở trường Phan Bội Châu đạt bao nhiêu?",
  [("y05", "bằng hình thức không dùng tiền mặt đạt 96,4%")], ["96,4%"])
e3 = q("y05", "factoid", "Khối 8 có bao nhiêu phần trăm học sinh đạt chuẩn kỹ năng số cơ bản?",
  [("y05", "| Khối 8 | 6 | 226 | 97,8% | 84,5% | 28 |")], ["84,5%"])
e4 = q("y05", "follow-up", "Còn khối 9?",
  [("y05", "| Khối 9 | 6 | 218 | 100% | 90,8% | 20 |")], ["90,8%"], h=[e3])
q("y05", "follow-up", "Tính chung toàn trường thì sao?",
  [("y05", "**Toàn trường** | **24** | **918** | **96,3%** | **80,9%**")], ["80,9%"], h=[e3, e4])
q("y05", "no-diacritics", "khoi nao hoc nhieu tiet stem nhat trong nam",
  [("y05", "| Khối 8 | 6 | 226 | 97,8% | 84,5% | 28 |")], ["Khối 8"])
e7 = q("y05", "list", "Những thầy cô nào của trường Phan Bội Châu đạt giải cấp tỉnh năm 2026?",
  [("y05", 'Cô Nguyễn Thị Minh Hòa, giáo viên Tin học, đạt giải Nhất cuộc thi "Thiết kế bài giảng điện tử" cấp tỉnh năm 2026'),
   ("y05", "Thầy Ksor Y Thiên, giáo viên Vật lý, hướng dẫn nhóm học sinh đạt giải Ba Cuộc thi khoa học, kỹ thuật cấp tỉnh")],
  ["Nguyễn Thị Minh Hòa", "Ksor Y Thiên"])
q("y05", "follow-up", "Dự án nhóm của thầy Thiên tên là gì?",
  [("y05", 'với dự án "Hệ thống cảnh báo độ ẩm đất cho vườn cà phê"')], ["Hệ thống cảnh báo độ ẩm đất cho vườn cà phê"], h=[e7])
q("y05", "no-diacritics", "em doan gia bao hoc lop may, dat giai gi",
  [("y05", 'Em Đoàn Gia Bảo, lớp 9A2, đạt giải Nhất cuộc thi "Sáng tạo trẻ Đắk Bình" năm 2026')], ["9A2", "giải Nhất"])
q("y05", "who-what", "Trường xin Phòng GD&ĐT hỗ trợ gì?",
  [("y05", "Đề nghị Phòng Giáo dục và Đào tạo cấp bổ sung 20 bộ máy tính cho phòng máy trước năm học 2026 - 2027")],
  ["20 bộ máy tính"], a=["Phòng Giáo dục và Đào tạo"])
q("y05", "who-what", "Tổ nào chủ trì soạn thêm chủ đề STEM cho năm học tới, xong trước ngày nào?",
  [("y05", "Tổ Khoa học tự nhiên chủ trì xây dựng thêm 4 chủ đề STEM gắn với sản xuất nông nghiệp của địa phương"),
   ("y05", "hoàn thành trước ngày 30/9/2026")], ["Tổ Khoa học tự nhiên", "30/9/2026"], a=["Tổ Khoa học tự nhiên"])
q("y05", "metadata", "BC 58 của trường THCS Phan Bội Châu ai ký, ngày nào?",
  [("y05", "Đắk Bình, ngày 26 tháng 5 năm 2026"), ("y05", "HIỆU TRƯỞNG (Đã ký) Bùi Quang Vinh")],
  ["26 tháng 5 năm 2026", "Bùi Quang Vinh"])
q("y05", "unanswerable", "Trường THCS Phan Bội Châu có bao nhiêu học sinh người dân tộc thiểu số?")
q("y05", "unanswerable", "Năm học 2024 - 2025 tỷ lệ học sinh đạt chuẩn kỹ năng số của trường là bao nhiêu?")
q("y05", "unanswerable", "truong thcs le loi dak binh bao cao chuyen doi so nam hoc nay ra sao")
q("y05", "no-diacritics", "bao nhieu phan tram hoc sinh chua co thiet bi hoc online o nha",
  [("y05", "Khoảng 9% học sinh (chủ yếu ở các buôn Ea Tuôr, buôn Kbu) chưa có thiết bị học trực tuyến tại nhà")], ["9%"])
q("y05", "unanswerable", "Trường được cấp bao nhiêu tiền để làm phòng học STEM năm 2026?")
q("y05", "abbreviation", "CLB Robotics của trường có bao nhiêu HS tham gia?",
  [("y05", "câu lạc bộ Robotics với 42 học sinh tham gia")], ["42 học sinh"])

# ---------------- corpus-level
q("all", "corpus", "Những văn bản nào triển khai Chỉ thị 12-CT/HU của Huyện ủy?",
  [("y02", "Thực hiện Chỉ thị số 12-CT/HU, ngày 12/01/2026 của Ban Thường vụ Huyện ủy Đắk Bình"),
   ("y03", "thực hiện Chỉ thị số 12-CT/HU, ngày 12/01/2026 của Ban Thường vụ Huyện ủy về tăng cường"),
   ("y04", "Kế hoạch số 27/KH-UBND, ngày 24/02/2026 của Ủy ban nhân dân huyện triển khai thực hiện Chỉ thị số 12-CT/HU")],
  ["31-KH/HĐTN", "09-HD/BTGHU", "86/TB-VP"])
q("all", "corpus", "Trong kho có mấy văn bản do cơ quan Đảng ban hành?",
  [("y01", "ĐẢNG BỘ TỈNH ĐẮK SƠN ĐẢNG CỘNG SẢN VIỆT NAM"), ("y03", "ĐẢNG BỘ HUYỆN ĐẮK BÌNH ĐẢNG CỘNG SẢN VIỆT NAM")],
  ["12-CT/HU", "09-HD/BTGHU"])
q("all", "corpus", "Văn bản nào của VP HĐND và UBND huyện có trong kho?",
  [("y04", "VĂN PHÒNG HĐND VÀ UBND")], ["86/TB-VP"])
q("all", "corpus", "Những văn bản nào có nhắc tới trường THCS Phan Bội Châu?",
  [("y02", "Trường THCS Phan Bội Châu, thị trấn Đắk Bình"),
   ("y04", "Trường THCS Phan Bội Châu chuẩn bị tham luận"),
   ("y05", "TRƯỜNG THCS PHAN BỘI CHÂU")], ["31-KH/HĐTN", "86/TB-VP", "58/BC-THCSPBC"])
q("all", "unanswerable", "Kế hoạch 145-KH/TU của Tỉnh ủy Đắk Sơn giao những chỉ tiêu gì cho huyện Đắk Bình?")


def main():
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for i, (d, s, actors, intr) in enumerate(WW, 1):
            f.write(json.dumps({"id": "wy%02d" % i, "directive": d, "source": F[s], "actors": actors,
                                "intruders": intr}, ensure_ascii=False) + "\n")
    per = collections.Counter()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (doc, kind, text, ev, kw, h, a) in enumerate(Q, 1):
            o = {"id": "yx%03d" % i, "question": text, "answerable": bool(ev), "kind": kind,
                 "evidence": [{"source": F[s], "quote": qt} for s, qt in ev], "keywords": kw}
            if h:
                o["history"] = h
            if a:
                o["actors"] = a
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
            srcs = {s for s, _ in ev} or ({doc} if doc != "all" else set())
            for s in srcs:
                per[s] += 1
    print("questions:", len(Q), "per doc (incl. cross-doc citations and unanswerables):", dict(sorted(per.items())))

if __name__ == "__main__":
    main()
