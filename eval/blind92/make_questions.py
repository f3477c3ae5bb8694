# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl of eval set blind92 (hand-written content)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "ql01_kh_truyenthong_tiemchung.md"
F2 = "ql02_hd_socapcuu_giaovien.docx"
F3 = "ql03_cv_bhyt_hocsinh.txt"
F4 = "ql04_qd_doi_luudong.pdf"
F5 = "ql05_bc_ketqua_khangninh.txt"

Q = []  # (question, kind, [(file, quote)], [keywords], extra)


def A(question, kind, ev, kw, **extra):
    Q.append(dict(question=question, answerable=True, kind=kind,
                  evidence=[{"source": f, "quote": q} for f, q in ev], keywords=kw, **extra))


def U(question, kind="unanswerable", **extra):
    Q.append(dict(question=question, answerable=False, kind=kind, evidence=[], keywords=[], **extra))


def prev(i):
    """text of the i-th question written so far (1-based)"""
    return Q[i - 1]["question"]


# ---------------------------------------------------------------- ql01 KH 27/KH-UBND
A("Kế hoạch truyền thông tiêm chủng năm 2026 của huyện Thuận Khang số mấy, ban hành ngày nào?", "metadata",
  [(F1, "Số: 27/KH-UBND Thuận Khang, ngày 12 tháng 3 năm 2026")], ["27/KH-UBND", "12 tháng 3 năm 2026"])          # 1
A("Ai ký KH 27 của UBND huyện Thuận Khang?", "metadata",
  [(F1, "- Lưu: VT, YT. Ngô Thị Minh Nguyệt")], ["Ngô Thị Minh Nguyệt"])                                            # 2
A("Tổng tiền cho kế hoạch truyền thông tiêm chủng, dinh dưỡng trẻ em của huyện năm nay là bao nhiêu?", "factoid",
  [(F1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 186.400.000 đồng")], ["186.400.000"])                       # 3
A("Trong đó ngân sách huyện chi bao nhiêu?", "follow-up",
  [(F1, "- Ngân sách huyện: 120.000.000 đồng;")], ["120.000.000"], history=[prev(3)])                               # 4
U("Kinh phí kế hoạch truyền thông tiêm chủng của huyện Thuận Khang năm 2027 dự kiến bao nhiêu?")                    # 5
A("Xã Thạch Bích đợt 1 tổ chức truyền thông ngày nào, ở đâu?", "factoid",
  [(F1, "| 5 | Xã Thạch Bích | 20-21/4/2026 | 19-20/10/2026 | Nhà văn hóa bản Suối Đôi | Tổ 3 |")],
  ["20-21/4/2026", "Suối Đôi"])                                                                                      # 6
A("Còn đợt 2 thì sao?", "follow-up",
  [(F1, "| 5 | Xã Thạch Bích | 20-21/4/2026 | 19-20/10/2026 | Nhà văn hóa bản Suối Đôi | Tổ 3 |")],
  ["19-20/10/2026"], history=[prev(6)])                                                                              # 7
A("Thế xã Hòa Tân?", "follow-up",
  [(F1, "| 6 | Xã Hòa Tân | 22-23/4/2026 | 21-22/10/2026 | Chợ trung tâm xã Hòa Tân | Tổ 3 |")],
  ["22-23/4/2026", "Chợ trung tâm xã Hòa Tân"], history=[prev(6)])                                                   # 8
U("Thế còn xã Khang Thịnh?", kind="follow-up", history=[prev(6)])                                                   # 9
A("tai xa my quang buoi truyen thong to chuc o dau, to nao cua trung tam y te ho tro", "no-diacritics",
  [(F1, "| 3 | Xã Mỹ Quang | 13-14/4/2026 | 12-13/10/2026 | Trường Mầm non Mỹ Quang | Tổ 2 |")],
  ["Trường Mầm non Mỹ Quang", "Tổ 2"])                                                                               # 10
A("Phòng Y tế huyện phải làm gì theo KH 27?", "who-what",
  [(F1, "Là cơ quan thường trực, chủ trì tham mưu UBND huyện triển khai Kế hoạch"),
   (F1, "tổng hợp, báo cáo kết quả về UBND huyện và Sở Y tế trước ngày 15/11/2026")],
  ["thường trực", "15/11/2026"], actors=["Phòng Y tế huyện"])                                                        # 11
A("Hội Chữ thập đỏ huyện được giao việc gì trong kế hoạch tiêm chủng, dinh dưỡng của huyện?", "who-what",
  [(F1, "trao tặng 40 suất quà dinh dưỡng cho trẻ suy dinh dưỡng thuộc hộ nghèo, hộ cận nghèo; mỗi suất trị giá 350.000 đồng")],
  ["40 suất quà", "350.000"], actors=["Hội Chữ thập đỏ huyện"])                                                     # 12
A("Đơn vị nào chủ trì hội thi Bé khỏe - Mẹ thông thái cấp huyện?", "who-what",
  [(F1, "Hội Liên hiệp Phụ nữ huyện chủ trì tổ chức Hội thi \"Bé khỏe - Mẹ thông thái\" cấp huyện")],
  ["Hội Liên hiệp Phụ nữ huyện"], actors=["Hội Liên hiệp Phụ nữ huyện"])                                           # 13
A("Hội thi đó làm vào tháng nào, cơ cấu giải ra sao?", "follow-up",
  [(F1, "tổ chức trong tháng 9/2026 tại Trung tâm Văn hóa - Thể thao và Truyền thông huyện"),
   (F1, "Cơ cấu giải thưởng gồm 01 giải nhất, 02 giải nhì, 03 giải ba và 04 giải khuyến khích")],
  ["tháng 9/2026", "01 giải nhất"], history=[prev(13)])                                                              # 14
U("Giải nhất hội thi Bé khỏe - Mẹ thông thái được thưởng bao nhiêu tiền?")                                          # 15
A("UBND các xã phải gửi kế hoạch của địa phương cho ai, hạn khi nào?", "who-what",
  [(F1, "Xây dựng kế hoạch của địa phương, gửi Phòng Y tế huyện trước ngày 25/3/2026")],
  ["25/3/2026"], actors=["Ủy ban nhân dân các xã, thị trấn"])                                                       # 16
A("Các xã báo cáo kết quả mỗi đợt truyền thông tiêm chủng trong thời hạn bao lâu?", "factoid",
  [(F1, "báo cáo kết quả từng đợt về Phòng Y tế huyện trong thời hạn 07 ngày kể từ ngày kết thúc đợt")],
  ["07 ngày"])                                                                                                       # 17
A("phong van hoa va thong tin huyen lam gi trong ke hoach tiem chung nam 2026", "who-what",
  [(F1, "phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện xây dựng chuyên mục \"Sức khỏe cho em\", phát sóng 02 lần/tuần")],
  ["Sức khỏe cho em", "02 lần/tuần"], actors=["Phòng Văn hóa và Thông tin huyện"])                                # 18
A("Mục tiêu giảm thấp còi ở trẻ dưới 5 tuổi của huyện năm 2026 là bao nhiêu?", "factoid",
  [(F1, "giảm xuống dưới 17,5% (năm 2025 là 18,4%)")], ["17,5%"])                                                   # 19
U("Tỷ lệ suy dinh dưỡng thể nhẹ cân của trẻ dưới 5 tuổi huyện Thuận Khang năm 2025 là bao nhiêu?")                # 20
A("Muốn hỏi về KH 27 thì liên hệ ai, số điện thoại?", "abbreviation",
  [(F1, "ông Đinh Quang Huy, Phó Trưởng phòng Y tế huyện, điện thoại 0912 447 318")],
  ["Đinh Quang Huy", "0912 447 318"])                                                                               # 21
A("Ngày tiêm chủng thường xuyên ở trạm là ngày nào trong tháng?", "factoid",
  [(F1, "vào các ngày tiêm chủng thường xuyên (ngày 10 và ngày 25 hằng tháng)")], ["ngày 10 và ngày 25"])             # 22
A("KH 27 căn cứ vào những văn bản nào của tỉnh?", "metadata",
  [(F1, "Căn cứ Kế hoạch số 41/KH-SYT ngày 16/01/2026 của Sở Y tế tỉnh Quỳnh Lâm"),
   (F1, "Căn cứ Chỉ thị số 07/CT-UBND ngày 05/02/2026 của Ủy ban nhân dân tỉnh Quỳnh Lâm")],
  ["41/KH-SYT", "07/CT-UBND"])                                                                                     # 23
A("moi xa nhan bao nhieu tien moi dot de to chuc truyen thong truc tiep", "no-diacritics",
  [(F1, "mỗi xã, thị trấn nhận 6.000.000 đồng/đợt để tổ chức truyền thông trực tiếp")], ["6.000.000"])             # 24
U("Thị trấn Thuận Khang hiện còn bao nhiêu trẻ chưa tiêm đủ mũi?")                                                  # 25
A("Vitamin A liều cao cho trẻ mấy tháng tuổi, còn cân đo trẻ vào tháng nào?", "factoid",
  [(F1, "cân, đo chiều cao cho trẻ dưới 5 tuổi 02 lần trong năm (tháng 6 và tháng 12), kết hợp cho trẻ từ 6 đến 36 tháng tuổi uống vitamin A liều cao")],
  ["6 đến 36 tháng tuổi", "tháng 6 và tháng 12"])                                                                  # 26
A("Những xã nào phải dùng tiếng dân tộc khi truyền thông?", "list",
  [(F1, "sử dụng tiếng dân tộc tại các xã Thạch Bích và Xuân Đài")], ["Thạch Bích", "Xuân Đài"])                    # 27
A("Tổ 3 của TTYT hỗ trợ những xã nào?", "abbreviation",
  [(F1, "| 5 | Xã Thạch Bích | 20-21/4/2026 | 19-20/10/2026 | Nhà văn hóa bản Suối Đôi | Tổ 3 |"),
   (F1, "| 6 | Xã Hòa Tân | 22-23/4/2026 | 21-22/10/2026 | Chợ trung tâm xã Hòa Tân | Tổ 3 |"),
   (F1, "| 7 | Xã Xuân Đài | 27-28/4/2026 | 26-27/10/2026 | Nhà văn hóa bản Co Muông | Tổ 3 |")],
  ["Thạch Bích", "Hòa Tân", "Xuân Đài"])                                                                            # 28
A("Nếu trời mưa bão thì xã được lùi lịch truyền thông tối đa mấy ngày?", "factoid",
  [(F1, "thống nhất với Trung tâm Y tế huyện để lùi lịch không quá 07 ngày")], ["không quá 07 ngày"])              # 29
U("Sở Y tế giao chỉ tiêu tiêm chủng đầy đủ cho huyện Minh Lương năm 2026 là bao nhiêu phần trăm?")                 # 30
U("Tổ 2 của Trung tâm Y tế huyện gồm những cán bộ nào?")                                                            # 31

# ---------------------------------------------------------------- ql02 HD 318/HD-SGDĐT
A("HD về bồi dưỡng sơ cấp cứu cho giáo viên số mấy, ngày nào?", "metadata",
  [(F2, "SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 318/HD-SGDĐT"), (F2, "Quỳnh Lâm, ngày 20 tháng 02 năm 2026")],
  ["318/HD-SGDĐT", "20 tháng 02 năm 2026"])                                                                        # 32
A("Ai ký hướng dẫn 318 của Sở GD&ĐT?", "metadata",
  [(F2, "PHÓ GIÁM ĐỐC (Đã ký) Nông Đức Khải")], ["Nông Đức Khải"])                                                 # 33
A("Khóa sơ cấp cứu cho giáo viên tổng cộng bao nhiêu tiết, học mấy ngày?", "factoid",
  [(F2, "Chương trình gồm 04 mô-đun với tổng thời lượng 24 tiết (mỗi tiết 45 phút), học tập trung trong 03 ngày")],
  ["24 tiết", "03 ngày"])                                                                                           # 34
A("Mô-đun SCC-02 học nội dung gì, mấy tiết thực hành?", "abbreviation",
  [(F2, "Mô-đun SCC-02: Hồi sinh tim phổi cơ bản và sử dụng máy khử rung tim tự động (AED), thời lượng 08 tiết (02 tiết lý thuyết, 06 tiết thực hành)")],
  ["Hồi sinh tim phổi", "06 tiết thực hành"])                                                                      # 35
A("Còn SCC-03?", "follow-up",
  [(F2, "Mô-đun SCC-03: Xử trí dị vật đường thở, đuối nước, điện giật, thời lượng 06 tiết")],
  ["đuối nước", "06 tiết"], history=[prev(35)])                                                                     # 36
U("Thế mô-đun SCC-05 thì học gì?", kind="follow-up", history=[prev(35)])                                            # 37
A("Điều kiện nhận giấy chứng nhận sơ cấp cứu là gì?", "factoid",
  [(F2, "Học viên tham dự tối thiểu 90% thời lượng, có điểm lý thuyết từ 7,0 trở lên (thang điểm 10) và kết quả thực hành xếp loại \"Đạt\"")],
  ["90%", "7,0"])                                                                                                   # 38
A("Giấy chứng nhận sơ cấp cứu do ai cấp, có giá trị mấy năm?", "factoid",
  [(F2, "Giấy chứng nhận do Trung tâm Kiểm soát bệnh tật tỉnh Quỳnh Lâm cấp, có giá trị 03 năm kể từ ngày cấp")],
  ["Trung tâm Kiểm soát bệnh tật tỉnh Quỳnh Lâm", "03 năm"])                                                       # 39
A("hoc vien truot bai kiem tra so cap cuu thi co duoc thi lai khong", "no-diacritics",
  [(F2, "Học viên chưa đạt được kiểm tra lại 01 lần trong vòng 30 ngày kể từ ngày kết thúc lớp")],
  ["01 lần", "30 ngày"])                                                                                            # 40
A("Cụm 2 lớp sơ cấp cứu học ở đâu, từ ngày nào đến ngày nào?", "factoid",
  [(F2, "Cụm 2 (học viên huyện Thuận Khang): tại Trung tâm Y tế huyện Thuận Khang, từ ngày 08/6/2026 đến ngày 26/6/2026")],
  ["08/6/2026", "26/6/2026"])                                                                                       # 41
A("Còn giáo viên huyện Minh Lương thì học lúc nào?", "follow-up",
  [(F2, "Cụm 3 (học viên huyện Minh Lương): tại Trung tâm Y tế huyện Minh Lương, từ ngày 06/7/2026 đến ngày 24/7/2026")],
  ["06/7/2026", "24/7/2026"], history=[prev(41)])                                                                   # 42
A("Trường Cao đẳng Y tế Quỳnh Lâm phải chuẩn bị những gì cho lớp sơ cấp cứu?", "who-what",
  [(F2, "bố trí phòng học và thiết bị thực hành cho cụm 1, gồm 12 mô hình hồi sinh tim phổi người lớn, 08 mô hình trẻ em và 04 máy AED huấn luyện")],
  ["12 mô hình", "04 máy AED"], actors=["Trường Cao đẳng Y tế Quỳnh Lâm"])                                        # 43
A("Phòng Giáo dục các huyện nộp danh sách học viên sơ cấp cứu theo mẫu nào, hạn khi nào?", "who-what",
  [(F2, "lập danh sách học viên cấp mầm non, tiểu học, trung học cơ sở theo Mẫu 01-SCC, gửi về Sở"),
   (F2, "(qua Phòng Công tác học sinh và Y tế trường học) trước ngày 05/3/2026")],
  ["Mẫu 01-SCC", "05/3/2026"], actors=["Phòng Giáo dục và Đào tạo các huyện, thành phố"])                         # 44
A("CDC tỉnh có nhiệm vụ gì trong việc bồi dưỡng sơ cấp cứu cho giáo viên?", "who-what",
  [(F2, "cử giảng viên, biên soạn tài liệu, tổ chức kiểm tra và cấp Giấy chứng nhận cho học viên trong vòng 15 ngày làm việc sau khi kết thúc mỗi lớp")],
  ["biên soạn tài liệu", "15 ngày làm việc"], actors=["Trung tâm Kiểm soát bệnh tật tỉnh Quỳnh Lâm"])            # 45
A("Đơn vị nào chủ trì mở các lớp sơ cấp cứu, và hạn báo cáo tổng kết là khi nào?", "who-what",
  [(F2, "Phòng Công tác học sinh và Y tế trường học (thuộc Sở) chủ trì tổ chức các lớp"),
   (F2, "gửi báo cáo tổng kết lên Giám đốc Sở trước ngày 15/8/2026")],
  ["Phòng Công tác học sinh và Y tế trường học", "15/8/2026"],
  actors=["Phòng Công tác học sinh và Y tế trường học"])                                                           # 46
A("kinh phi boi duong so cap cuu giao vien du toan bao nhieu, hoc vien co phai dong tien khong", "no-diacritics",
  [(F2, "Dự toán kinh phí tổ chức là 612.500.000 đồng"), (F2, "Học viên không phải nộp học phí")],
  ["612.500.000", "không phải nộp học phí"])                                                                        # 47
U("Sở GD&ĐT dự toán bao nhiêu tiền cho các lớp sơ cấp cứu giáo viên năm 2027?")                                   # 48
A("moi truong phai cu it nhat may nguoi di hoc so cap cuu", "no-diacritics",
  [(F2, "Mỗi cơ sở giáo dục cử tối thiểu 03 người; trường có học sinh bán trú, nội trú cử tối thiểu 05 người")],
  ["03 người", "05 người"])                                                                                         # 49
A("Lý thuyết mô-đun SCC-04 học online ở trang nào?", "abbreviation",
  [(F2, "Phần lý thuyết của mô-đun SCC-04 học trực tuyến trên hệ thống học tập của Sở tại địa chỉ taphuan.quynhlam.edu.vn")],
  ["taphuan.quynhlam.edu.vn"])                                                                                      # 50
A("Vướng mắc về lớp sơ cấp cứu thì gọi cho ai?", "factoid",
  [(F2, "bà Lục Thị Thanh Mai, chuyên viên Phòng Công tác học sinh và Y tế trường học, điện thoại 0208 3856 214")],
  ["Lục Thị Thanh Mai", "0208 3856 214"])                                                                           # 51
U("Học viên lớp sơ cấp cứu được hỗ trợ tiền ăn bao nhiêu một ngày?")                                                # 52
A("Toàn tỉnh dự kiến bao nhiêu học viên sơ cấp cứu, chia mấy lớp?", "factoid",
  [(F2, "Tổng số học viên dự kiến toàn tỉnh khoảng 2.450 người, chia thành 62 lớp, mỗi lớp không quá 40 học viên")],
  ["2.450", "62 lớp"])                                                                                              # 53
A("Các trường THPT cần làm gì sau khóa học sơ cấp cứu?", "who-what",
  [(F2, "sau khóa học bổ sung tủ thuốc, túi sơ cấp cứu theo danh mục quy định")], ["tủ thuốc"],
  actors=["Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"])            # 54
U("lop so cap cuu cum 2 co bao nhieu giao vien cua huyen thuan khang dang ky")                                      # 55

# ---------------------------------------------------------------- ql03 CV 64/PYT-NV
A("Công văn đề nghị báo cáo BHYT học sinh số bao nhiêu, ai ký?", "metadata",
  [(F3, "Số: 64/PYT-NV Thuận Khang, ngày 08 tháng 4 năm 2026"), (F3, "- Lưu: VT, NV. Hà Thị Kim Oanh")],
  ["64/PYT-NV", "Hà Thị Kim Oanh"])                                                                                 # 56
A("Các xã gửi báo cáo tỷ lệ BHYT học sinh theo mẫu nào, hạn chót lúc nào?", "abbreviation",
  [(F3, "Lập báo cáo theo Mẫu số 03/BC-BHYTHS kèm theo Công văn này, gửi về Phòng Y tế huyện trước 17 giờ 00 ngày 24/4/2026")],
  ["03/BC-BHYTHS", "17 giờ 00 ngày 24/4/2026"])                                                                     # 57
A("Còn các trường thì nộp mẫu nào, cho ai?", "follow-up",
  [(F3, "theo Mẫu số 04/BC-BHYTHS, gửi UBND xã nơi trường đóng trụ sở trước ngày 20/4/2026")],
  ["04/BC-BHYTHS", "20/4/2026"], history=[prev(57)])                                                                # 58
A("Đến 31/3 toàn huyện bao nhiêu phần trăm học sinh có BHYT?", "abbreviation",
  [(F3, "17.735 học sinh tham gia bảo hiểm y tế, đạt 93,5%; còn 1.225 học sinh chưa tham gia")], ["93,5%"])        # 59
A("Xã nào thấp nhất?", "follow-up",
  [(F3, "Hai xã có tỷ lệ thấp nhất là Thạch Bích (86,2%) và Xuân Đài (88,9%)")], ["Thạch Bích", "86,2%"],
  history=[prev(59)])                                                                                               # 60
U("Tỷ lệ học sinh tham gia BHYT của xã Mỹ Quang là bao nhiêu?")                                                     # 61
A("muc dong bhyt hoc sinh nam hoc 2025-2026 la bao nhieu", "no-diacritics",
  [(F3, "Mức đóng bảo hiểm y tế học sinh năm học 2025 - 2026 là 1.263.600 đồng/học sinh/12 tháng")], ["1.263.600"])  # 62
A("the hoc sinh tu dong bao nhieu", "follow-up",
  [(F3, "ngân sách nhà nước hỗ trợ 30%, học sinh đóng 884.520 đồng")], ["884.520"], history=[prev(62)])            # 63
A("BHXH huyện Thuận Khang được đề nghị làm gì, trước ngày nào?", "who-what",
  [(F3, "Cung cấp dữ liệu thẻ bảo hiểm y tế học sinh còn giá trị sử dụng đến ngày 31/3/2026, chia theo từng xã, thị trấn, gửi UBND các xã, thị trấn trước ngày 15/4/2026")],
  ["15/4/2026"], actors=["Bảo hiểm xã hội huyện Thuận Khang"])                                                     # 64
A("Hội Chữ thập đỏ huyện phối hợp với ai để vận động tặng thẻ BHYT, bao nhiêu thẻ?", "who-what",
  [(F3, "Đề nghị Hội Chữ thập đỏ huyện phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động các tổ chức, cá nhân hảo tâm tặng tối thiểu 150 thẻ")],
  ["150 thẻ", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"], actors=["Hội Chữ thập đỏ huyện"])                        # 65
A("Hạn vận động tặng thẻ BHYT cho học sinh khó khăn là ngày nào?", "abbreviation",
  [(F3, "thẻ bảo hiểm y tế cho học sinh có hoàn cảnh khó khăn, hoàn thành trước ngày 31/8/2026")], ["31/8/2026"])  # 66
A("Trạm y tế xã phải làm gì theo công văn 64 về BHYT học sinh?", "who-what",
  [(F3, "Cung cấp cho UBND xã danh sách học sinh có thẻ bảo hiểm y tế đăng ký khám, chữa bệnh ban đầu tại trạm")],
  ["đăng ký khám, chữa bệnh ban đầu"], actors=["Trạm Y tế các xã, thị trấn"])                                    # 67
A("phong giao duc huyen duoc de nghi lam gi ve bhyt hoc sinh", "who-what",
  [(F3, "Yêu cầu hiệu trưởng các trường đưa chỉ tiêu học sinh tham gia bảo hiểm y tế vào tiêu chí thi đua năm học 2026 - 2027")],
  ["tiêu chí thi đua"], actors=["Phòng Giáo dục và Đào tạo huyện"])                                                # 68
A("Xã nào nộp báo cáo BHYT học sinh chậm thì sao?", "abbreviation",
  [(F3, "Các xã, thị trấn chậm báo cáo sẽ bị nêu tên tại hội nghị giao ban tháng 5/2026 của UBND huyện")],
  ["nêu tên", "tháng 5/2026"])                                                                                      # 69
A("CV 64 về BHYT thực hiện theo công văn nào của BHXH tỉnh?", "metadata",
  [(F3, "Thực hiện Công văn số 512/BHXH-QLT ngày 25/3/2026 của Bảo hiểm xã hội tỉnh Quỳnh Lâm")], ["512/BHXH-QLT"])  # 70
U("Công văn 46/PYT-NV về BHYT học sinh yêu cầu nộp báo cáo trước ngày nào?")                                        # 71
A("Đến hết tháng 9/2026 mỗi xã phải có bao nhiêu phần trăm học sinh tham gia bảo hiểm y tế?", "factoid",
  [(F3, "phấn đấu đến hết tháng 9/2026 toàn xã có tối thiểu 98% học sinh tham gia bảo hiểm y tế")], ["98%"])       # 72
A("lien he ai o phong y te ve bao cao bhyt hoc sinh", "no-diacritics",
  [(F3, "Mọi thông tin xin liên hệ ông Bế Văn Tiệp, chuyên viên Phòng Y tế, điện thoại 0986 231 574")],
  ["Bế Văn Tiệp", "0986 231 574"])                                                                                  # 73
U("Năm học 2024-2025 tỷ lệ học sinh tham gia BHYT của huyện Thuận Khang là bao nhiêu?")                              # 74
U("CV 64 yêu cầu các trường THPT báo cáo BHYT học sinh theo mẫu số mấy?")                                           # 75
U("Ngân sách tỉnh hỗ trợ thêm bao nhiêu phần trăm mức đóng BHYT cho học sinh hộ cận nghèo?")                       # 76

# ---------------------------------------------------------------- ql04 QĐ 152/QĐ-TTYT
A("Quyết định thành lập đội khám chữa bệnh lưu động số mấy, ai ký?", "metadata",
  [(F4, "Số: 152/QĐ-TTYT Thuận Khang, ngày 02 tháng 4 năm 2026"), (F4, "- Lưu: VT, KHNV. Tống Minh Khoa")],
  ["152/QĐ-TTYT", "Tống Minh Khoa"])                                                                                # 77
A("Đội lưu động có bao nhiêu thành viên, ai làm đội trưởng?", "factoid",
  [(F4, "gồm 09 thành viên có tên sau"), (F4, "BSCKI Quách Văn Lực, Phó Giám đốc Trung tâm - Đội trưởng")],
  ["09 thành viên", "Quách Văn Lực"])                                                                               # 78
A("Còn đội phó là ai?", "follow-up",
  [(F4, "BS Đàm Thị Thu Trang, Phó Trưởng khoa Nhi - Đội phó")], ["Đàm Thị Thu Trang"], history=[prev(78)])        # 79
A("Ai phụ trách siêu âm trong đội lưu động?", "factoid",
  [(F4, "KTV Tạ Minh Đức, Khoa Xét nghiệm - Chẩn đoán hình ảnh - thành viên, phụ trách xét nghiệm nhanh, siêu âm")],
  ["Tạ Minh Đức"])                                                                                                  # 80
A("Anh lái xe Lý Văn Sáng có phải thành viên của đội lưu động không?", "factoid",
  [(F4, "Ông Lý Văn Sáng, lái xe thuộc Phòng Tổ chức - Hành chính, phục vụ Đội lưu động và không phải là thành viên của Đội")],
  ["không phải là thành viên"])                                                                                    # 81
A("Đội lưu động đi khám ở những xã nào?", "list",
  [(F4, "tại 04 xã vùng khó khăn: Thạch Bích, Xuân Đài, Lương Ngọc và Tiên Hội")],
  ["Thạch Bích", "Lương Ngọc", "Tiên Hội"])                                                                         # 82
A("lich doi luu dong xuong xa luong ngoc vao hom nao", "no-diacritics",
  [(F4, "thứ Ba tuần thứ tư tại xã Lương Ngọc")], ["thứ Ba tuần thứ tư"])                                          # 83
A("Thế xã Xuân Đài?", "follow-up",
  [(F4, "thứ Năm tuần thứ hai tại xã Xuân Đài")], ["thứ Năm tuần thứ hai"], history=[prev(83)])                     # 84
U("Tháng 4/2026 đội lưu động đã khám cho bao nhiêu người ở xã Thạch Bích?")                                        # 85
A("phu cap luu dong cho thanh vien doi bao nhieu 1 ngay", "no-diacritics",
  [(F4, "hưởng phụ cấp lưu động 150.000 đồng/người/ngày thực tế đi cơ sở")], ["150.000"])                         # 86
A("Phòng Tổ chức - Hành chính của TTYT phải lo gì cho đội lưu động?", "who-what",
  [(F4, "Phòng Tổ chức - Hành chính bố trí 01 xe ô tô cứu thương biển kiểm soát 99B-027.48 và lái xe phục vụ Đội")],
  ["99B-027.48"], actors=["Phòng Tổ chức - Hành chính"])                                                          # 87
A("Khoa Dược chuẩn bị gì cho mỗi chuyến đi lưu động?", "who-what",
  [(F4, "bảo đảm cơ số thuốc, vật tư, test xét nghiệm nhanh và máy siêu âm xách tay cho mỗi chuyến")],
  ["máy siêu âm xách tay"], actors=["Khoa Dược - Trang thiết bị - Vật tư y tế"])                                  # 88
A("Trạm y tế 4 xã có đội lưu động về khám thì phải làm gì?", "who-what",
  [(F4, "thông báo lịch khám đến người dân, chuẩn bị địa điểm và cử 01 nhân viên phối hợp với Đội trong ngày khám")],
  ["cử 01 nhân viên"], actors=["Trạm Y tế các xã Thạch Bích, Xuân Đài, Lương Ngọc, Tiên Hội"])                   # 89
A("Còn UBND các xã đó thì sao?", "follow-up",
  [(F4, "hỗ trợ địa điểm, thông báo trên hệ thống loa truyền thanh và bảo đảm an ninh, trật tự tại điểm khám")],
  ["an ninh, trật tự"], history=[prev(89)],
  actors=["Ủy ban nhân dân các xã Thạch Bích, Xuân Đài, Lương Ngọc, Tiên Hội"])                                   # 90
A("Đội lưu động hoạt động đến khi nào?", "factoid",
  [(F4, "Đội lưu động tự giải thể sau ngày 31/12/2026")], ["31/12/2026"])                                           # 91
A("Sau mỗi chuyến đội phải báo cáo trong mấy ngày, gửi đâu?", "factoid",
  [(F4, "báo cáo kết quả sau mỗi chuyến về Phòng Kế hoạch - Nghiệp vụ trong vòng 03 ngày làm việc")],
  ["03 ngày làm việc", "Phòng Kế hoạch - Nghiệp vụ"])                                                              # 92
A("Đội xuất phát mấy giờ, khám từ mấy giờ?", "factoid",
  [(F4, "Đội xuất phát lúc 6 giờ 30 phút tại Trung tâm Y tế huyện; thời gian khám tại điểm khám từ 7 giờ 30 phút đến 16 giờ 00")],
  ["6 giờ 30 phút", "7 giờ 30 phút"])                                                                               # 93
U("Tình nguyện viên Hội Chữ thập đỏ đi cùng đội lưu động được phụ cấp bao nhiêu một ngày?")                        # 94
A("QĐ 152 căn cứ CV nào của SYT?", "abbreviation",
  [(F4, "Căn cứ Công văn số 233/SYT-NVY ngày 19/3/2026 của Sở Y tế tỉnh Quỳnh Lâm")], ["233/SYT-NVY"])             # 95
A("Gặp ca cấp cứu thì đội báo giám đốc qua số nào?", "factoid",
  [(F4, "báo cáo ngay cho Giám đốc qua số điện thoại trực 0208 3712 115")], ["0208 3712 115"])                     # 96
A("Mỗi lượt khám phải phục vụ tối thiểu bao nhiêu người, cả năm phấn đấu bao nhiêu lượt?", "factoid",
  [(F4, "Mỗi lượt khám phục vụ tối thiểu 80 người; trong năm 2026, Đội lưu động phấn đấu khám cho khoảng 2.900 lượt người")],
  ["80 người", "2.900"])                                                                                            # 97
A("doi luu dong kham sang loc tang huyet ap cho nguoi tu bao nhieu tuoi", "no-diacritics",
  [(F4, "Khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên")], ["40 tuổi"])                 # 98
U("Trung tâm Y tế cấp cho đội lưu động bao nhiêu tiền mua thuốc năm 2026?")                                         # 99
U("Quyết định 152 quy định phụ cấp trực đêm cho thành viên đội là bao nhiêu?")                                      # 100

# ---------------------------------------------------------------- ql05 BC 19/BC-UBND
A("Báo cáo kết quả đợt 1 của xã Khang Ninh số mấy, ngày nào, ai ký?", "metadata",
  [(F5, "Số: 19/BC-UBND Khang Ninh, ngày 13 tháng 4 năm 2026"), (F5, "- Lưu: VT. (Đã ký) Sầm Thị Thảo")],
  ["19/BC-UBND", "Sầm Thị Thảo"])                                                                                   # 101
A("Tỷ lệ trẻ dưới 1 tuổi tiêm đủ ở Khang Ninh là bao nhiêu?", "factoid",
  [(F5, "| 1 | Trẻ dưới 1 tuổi tiêm chủng đầy đủ | trẻ | 118 | 113 | 95,8 |")], ["95,8"])                             # 102
A("Tỷ lệ tiêm nhắc DPT cho trẻ 18 tháng ở xã Khang Ninh đạt bao nhiêu?", "abbreviation",
  [(F5, "| 2 | Trẻ 18 tháng tuổi tiêm nhắc vắc xin DPT | trẻ | 121 | 112 | 92,6 |")], ["92,6"])                    # 103
A("khang ninh co bao nhieu tre duoi 5 tuoi bi suy dinh duong thap coi", "no-diacritics",
  [(F5, "Toàn xã có 412 trẻ dưới 5 tuổi, trong đó 64 trẻ suy dinh dưỡng thể thấp còi, chiếm 15,5%")],
  ["64 trẻ", "15,5%"])                                                                                              # 104
A("Đợt 1 xã Khang Ninh có bao nhiêu lượt người dự các buổi nói chuyện?", "factoid",
  [(F5, "01 buổi tại Nhà văn hóa thôn Ninh Hạ, thu hút 312 lượt người tham dự")], ["312"])                         # 105
A("Kinh phí đợt 1 xã Khang Ninh chi hết bao nhiêu?", "factoid",
  [(F5, "tổng chi đợt 1 là 8.850.000 đồng, trong đó ngân sách huyện 6.000.000 đồng, ngân sách xã 2.850.000 đồng")],
  ["8.850.000"])                                                                                                    # 106
A("Trạm y tế xã Khang Ninh phải làm gì trước đợt 2?", "who-what",
  [(F5, "lập danh sách và tiêm vét cho 09 trẻ chưa tiêm nhắc trước ngày 30/5/2026")], ["09 trẻ", "30/5/2026"],
  actors=["Trạm Y tế xã"])                                                                                          # 107
A("Hội Phụ nữ xã Khang Ninh được giao việc gì?", "who-what",
  [(F5, "thành lập 02 câu lạc bộ \"Nuôi con khỏe\" tại thôn Ninh Hạ và thôn Khang Đông trong quý II/2026")],
  ["Nuôi con khỏe", "quý II/2026"], actors=["Hội Liên hiệp Phụ nữ xã"])                                           # 108
A("Vậy trường mầm non thì sao?", "follow-up",
  [(F5, "phối hợp với Trạm Y tế xã cân, đo cho 186 trẻ đang học tại trường trong tháng 6/2026")],
  ["186 trẻ", "tháng 6/2026"], history=[prev(108)], actors=["Trường Mầm non Khang Ninh"])                         # 109
A("Xã Khang Ninh kiến nghị cấp trên những gì?", "list",
  [(F5, "Đề nghị UBND huyện hỗ trợ lắp đặt 02 cụm loa truyền thanh cho thôn Ninh Hạ và thôn Khang Đông"),
   (F5, "Đề nghị Trung tâm Y tế huyện cấp bổ sung 01 thước đo chiều dài nằm và 01 cân điện tử trẻ sơ sinh")],
  ["02 cụm loa truyền thanh", "thước đo chiều dài nằm"])                                                           # 110
U("Kết quả đợt 2 ở xã Khang Ninh thế nào, bao nhiêu người dự?")                                                     # 111
U("Tỷ lệ trẻ dưới 1 tuổi tiêm đủ mũi của xã Đăng Lộc đợt 1 là bao nhiêu?")                                          # 112
A("Người liên hệ của báo cáo xã Khang Ninh là ai?", "factoid",
  [(F5, "bà Phạm Thị Thu Hà, Trạm trưởng Trạm Y tế xã Khang Ninh, điện thoại 0975 602 118")],
  ["Phạm Thị Thu Hà", "0975 602 118"])                                                                              # 113
A("BC 19 xã Khang Ninh: Hội CTĐ xã trao mấy suất quà, mỗi suất bao nhiêu?", "abbreviation",
  [(F5, "Hội Chữ thập đỏ xã trao 05 suất quà dinh dưỡng do Hội Chữ thập đỏ huyện hỗ trợ, mỗi suất 350.000 đồng")],
  ["05 suất", "350.000"])                                                                                           # 114
U("Hội Chữ thập đỏ xã Khang Ninh trao quà cho bao nhiêu trẻ ở thôn Khang Đông?")                                   # 115
A("Ban chỉ đạo chăm sóc sức khỏe nhân dân xã Khang Ninh có mấy thành viên?", "factoid",
  [(F5, "Ban chỉ đạo chăm sóc sức khỏe nhân dân xã gồm 11 thành viên")], ["11 thành viên"])                       # 116
A("vi sao khang ninh con tre chua tiem nhac dpt", "no-diacritics",
  [(F5, "Còn 09 trẻ 18 tháng tuổi chưa tiêm nhắc vắc xin DPT do gia đình đi làm ăn xa")], ["đi làm ăn xa"])      # 117
U("thon ninh ha co bao nhieu tre duoi 5 tuoi")                                                                      # 118

# ---------------------------------------------------------------- corpus questions
A("Những văn bản nào căn cứ hoặc thực hiện KH 27 của UBND huyện Thuận Khang?", "corpus",
  [(F4, "Căn cứ Kế hoạch số 27/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân huyện Thuận Khang"),
   (F5, "Thực hiện Kế hoạch số 27/KH-UBND ngày 12/3/2026 của UBND huyện Thuận Khang")],
  ["152/QĐ-TTYT", "19/BC-UBND"])                                                                                   # 119
A("Hội Chữ thập đỏ huyện được giao nhiệm vụ trong những văn bản nào?", "corpus",
  [(F1, "trao tặng 40 suất quà dinh dưỡng cho trẻ suy dinh dưỡng thuộc hộ nghèo"),
   (F3, "vận động các tổ chức, cá nhân hảo tâm tặng tối thiểu 150 thẻ bảo hiểm y tế"),
   (F4, "Đề nghị Hội Chữ thập đỏ huyện cử tình nguyện viên hỗ trợ hướng dẫn người dân")],
  ["40 suất quà", "150 thẻ", "tình nguyện viên"], actors=["Hội Chữ thập đỏ huyện"])                              # 120
A("Văn bản nào trong bộ tài liệu lấy KH 41/KH-SYT của Sở Y tế làm căn cứ?", "corpus",
  [(F1, "Căn cứ Kế hoạch số 41/KH-SYT ngày 16/01/2026 của Sở Y tế tỉnh Quỳnh Lâm"),
   (F2, "Căn cứ Kế hoạch số 41/KH-SYT ngày 16/01/2026 của Sở Y tế tỉnh Quỳnh Lâm")],
  ["27/KH-UBND", "318/HD-SGDĐT"])                                                                                   # 121
A("Lịch đợt 2 ở xã Khang Ninh được nhắc trong những văn bản nào, ngày nào?", "corpus",
  [(F1, "| 1 | Xã Khang Ninh | 06-07/4/2026 | 05-06/10/2026 | Hội trường UBND xã | Tổ 1 |"),
   (F5, "Đợt 2 dự kiến tổ chức trong hai ngày 05-06/10/2026 theo lịch của huyện")], ["05-06/10/2026"])           # 122
A("co may van ban do uy ban nhan dan ban hanh trong bo tai lieu nay", "corpus",
  [(F1, "Ủy ban nhân dân huyện Thuận Khang ban hành Kế hoạch truyền thông tiêm chủng mở rộng"),
   (F5, "Ủy ban nhân dân xã báo cáo kết quả đợt 1 như sau")],
  ["27/KH-UBND", "19/BC-UBND"])                                                                                     # 123


# ---------------------------------------------------------------- who-what gold
WW = [
    {"id": "wql01", "directive": "KH 27/KH-UBND", "source": F1, "actors": [
        {"name": "Phòng Y tế huyện", "role": "thường trực", "deadline": "trước ngày 15/11/2026",
         "task_quote": "Là cơ quan thường trực, chủ trì tham mưu UBND huyện triển khai Kế hoạch"},
        {"name": "Trung tâm Y tế huyện", "role": "chủ trì", "deadline": "trước ngày 31/3/2026",
         "task_quote": "Chủ trì về chuyên môn; thành lập 03 tổ hỗ trợ các xã theo lịch tại mục IV"},
        {"name": "Phòng Văn hóa và Thông tin huyện", "role": "chủ trì", "deadline": None,
         "task_quote": "phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện xây dựng chuyên mục \"Sức khỏe cho em\""},
        {"name": "Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "role": "phối hợp", "deadline": None,
         "task_quote": "phát sóng 02 lần/tuần trong thời gian diễn ra mỗi đợt"},
        {"name": "Phòng Giáo dục và Đào tạo huyện", "role": None, "deadline": "trong tháng 6 và tháng 12/2026",
         "task_quote": "Hướng dẫn các trường mầm non, tiểu học lồng ghép nội dung dinh dưỡng hợp lý vào hoạt động giáo dục"},
        {"name": "Phòng Tài chính - Kế hoạch huyện", "role": None, "deadline": None,
         "task_quote": "Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị thanh toán, quyết toán theo quy định"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "role": None,
         "deadline": None, "task_quote": "Tuyên truyền, vận động đoàn viên, hội viên đưa trẻ đi tiêm chủng đầy đủ, đúng lịch"},
        {"name": "Hội Liên hiệp Phụ nữ huyện", "role": "chủ trì", "deadline": None,
         "task_quote": "Hội Liên hiệp Phụ nữ huyện chủ trì tổ chức Hội thi \"Bé khỏe - Mẹ thông thái\" cấp huyện"},
        {"name": "Hội Chữ thập đỏ huyện", "role": None, "deadline": None,
         "task_quote": "Huy động nguồn xã hội hóa, trao tặng 40 suất quà dinh dưỡng cho trẻ suy dinh dưỡng thuộc hộ nghèo, hộ cận nghèo"},
        {"name": "Ủy ban nhân dân các xã, thị trấn", "role": None, "deadline": "trước ngày 25/3/2026",
         "task_quote": "Xây dựng kế hoạch của địa phương, gửi Phòng Y tế huyện trước ngày 25/3/2026"},
        {"name": "Ủy ban nhân dân các xã, thị trấn", "role": None, "deadline": "trong thời hạn 07 ngày kể từ ngày kết thúc đợt",
         "task_quote": "báo cáo kết quả từng đợt về Phòng Y tế huyện trong thời hạn 07 ngày kể từ ngày kết thúc đợt"},
        {"name": "Trạm y tế các xã, thị trấn", "role": None, "deadline": "mỗi tuần 01 lần",
         "task_quote": "phát bản tin sức khỏe trên hệ thống loa truyền thanh cơ sở mỗi tuần 01 lần"},
    ], "intruders": ["Ngô Thị Minh Nguyệt", "Sở Y tế tỉnh Quỳnh Lâm (b/c)", "TT Huyện ủy, TT HĐND huyện (b/c)",
                     "CT, các PCT UBND huyện", "Lưu: VT, YT", "Đinh Quang Huy"]},
    {"id": "wql02", "directive": "HD 318/HD-SGDĐT", "source": F2, "actors": [
        {"name": "Phòng Công tác học sinh và Y tế trường học", "role": "chủ trì", "deadline": "trước ngày 15/8/2026",
         "task_quote": "chủ trì tổ chức các lớp; tổng hợp danh sách học viên, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh xếp lớp"},
        {"name": "Phòng Kế hoạch - Tài chính", "role": None, "deadline": None,
         "task_quote": "Phòng Kế hoạch - Tài chính (thuộc Sở) bảo đảm kinh phí, hướng dẫn thanh toán, quyết toán"},
        {"name": "Trung tâm Kiểm soát bệnh tật tỉnh Quỳnh Lâm", "role": None,
         "deadline": "trong vòng 15 ngày làm việc sau khi kết thúc mỗi lớp",
         "task_quote": "cử giảng viên, biên soạn tài liệu, tổ chức kiểm tra và cấp Giấy chứng nhận cho học viên"},
        {"name": "Trung tâm Kiểm soát bệnh tật tỉnh", "role": "chủ trì", "deadline": "Trước ngày 12/3/2026",
         "task_quote": "Biên soạn, in tài liệu bồi dưỡng"},
        {"name": "Trường Cao đẳng Y tế Quỳnh Lâm", "role": None, "deadline": None,
         "task_quote": "bố trí phòng học và thiết bị thực hành cho cụm 1"},
        {"name": "Trường Cao đẳng Y tế Quỳnh Lâm", "role": "phối hợp", "deadline": "Từ 16/3 đến 10/4/2026",
         "task_quote": "Tổ chức các lớp cụm 1"},
        {"name": "Trung tâm Y tế huyện Thuận Khang", "role": None, "deadline": None,
         "task_quote": "Đề nghị Trung tâm Y tế huyện Thuận Khang và Trung tâm Y tế huyện Minh Lương bố trí hội trường, khu thực hành cho cụm 2 và cụm 3"},
        {"name": "Trung tâm Y tế huyện Minh Lương", "role": None, "deadline": None,
         "task_quote": "Đề nghị Trung tâm Y tế huyện Thuận Khang và Trung tâm Y tế huyện Minh Lương bố trí hội trường, khu thực hành cho cụm 2 và cụm 3"},
        {"name": "Phòng Giáo dục và Đào tạo các huyện, thành phố", "role": None, "deadline": "trước ngày 05/3/2026",
         "task_quote": "lập danh sách học viên cấp mầm non, tiểu học, trung học cơ sở theo Mẫu 01-SCC"},
        {"name": "Phòng Giáo dục và Đào tạo các huyện, thành phố", "role": "phối hợp", "deadline": "Trước ngày 10/3/2026",
         "task_quote": "Tổng hợp danh sách học viên toàn tỉnh"},
        {"name": "Các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", "role": None,
         "deadline": "trước ngày 05/3/2026",
         "task_quote": "cử học viên và gửi danh sách trực tiếp về Sở trước ngày 05/3/2026"},
    ], "intruders": ["Nông Đức Khải", "Sở Y tế tỉnh Quỳnh Lâm (để phối hợp)", "Giám đốc, các PGĐ Sở",
                     "Lưu: VT, CTHS", "UBND TỈNH QUỲNH LÂM", "Lục Thị Thanh Mai"]},
    {"id": "wql03", "directive": "CV 64/PYT-NV", "source": F3, "actors": [
        {"name": "Ủy ban nhân dân các xã, thị trấn", "role": None, "deadline": "trước 17 giờ 00 ngày 24/4/2026",
         "task_quote": "Lập báo cáo theo Mẫu số 03/BC-BHYTHS kèm theo Công văn này, gửi về Phòng Y tế huyện"},
        {"name": "Ủy ban nhân dân các xã, thị trấn", "role": None, "deadline": "đến hết tháng 9/2026",
         "task_quote": "Giao chỉ tiêu vận động cho từng thôn, bản"},
        {"name": "công chức Văn hóa - Xã hội", "role": None, "deadline": None,
         "task_quote": "Giao công chức Văn hóa - Xã hội phối hợp với Trạm Y tế và các trường rà soát số học sinh"},
        {"name": "Trạm Y tế các xã, thị trấn", "role": None, "deadline": None,
         "task_quote": "Cung cấp cho UBND xã danh sách học sinh có thẻ bảo hiểm y tế đăng ký khám, chữa bệnh ban đầu tại trạm"},
        {"name": "Các trường mầm non, tiểu học, trung học cơ sở", "role": None, "deadline": "trước ngày 20/4/2026",
         "task_quote": "Báo cáo số liệu học sinh tham gia bảo hiểm y tế theo Mẫu số 04/BC-BHYTHS"},
        {"name": "Bảo hiểm xã hội huyện Thuận Khang", "role": None, "deadline": "trước ngày 15/4/2026",
         "task_quote": "Cung cấp dữ liệu thẻ bảo hiểm y tế học sinh còn giá trị sử dụng đến ngày 31/3/2026"},
        {"name": "Phòng Giáo dục và Đào tạo huyện", "role": None, "deadline": None,
         "task_quote": "Yêu cầu hiệu trưởng các trường đưa chỉ tiêu học sinh tham gia bảo hiểm y tế vào tiêu chí thi đua"},
        {"name": "Hội Chữ thập đỏ huyện", "role": None, "deadline": "trước ngày 31/8/2026",
         "task_quote": "vận động các tổ chức, cá nhân hảo tâm tặng tối thiểu 150 thẻ bảo hiểm y tế"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "role": "phối hợp", "deadline": "trước ngày 31/8/2026",
         "task_quote": "Đề nghị Hội Chữ thập đỏ huyện phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động"},
        {"name": "Phòng Y tế", "role": None, "deadline": "trước ngày 30/4/2026",
         "task_quote": "Phòng Y tế sẽ tổng hợp, báo cáo UBND huyện và Bảo hiểm xã hội tỉnh"},
    ], "intruders": ["Hà Thị Kim Oanh", "Bế Văn Tiệp", "Lưu: VT, NV", "UBND huyện (b/c)",
                     "Bảo hiểm xã hội tỉnh Quỳnh Lâm", "UBND HUYỆN THUẬN KHANG"]},
    {"id": "wql04", "directive": "QĐ 152/QĐ-TTYT", "source": F4, "actors": [
        {"name": "Đội lưu động", "role": None, "deadline": "trong vòng 03 ngày làm việc",
         "task_quote": "Tổ chức khám, chữa bệnh lưu động định kỳ tại 04 xã vùng khó khăn"},
        {"name": "Phòng Tổ chức - Hành chính", "role": None, "deadline": "hằng tháng",
         "task_quote": "bố trí 01 xe ô tô cứu thương biển kiểm soát 99B-027.48 và lái xe phục vụ Đội"},
        {"name": "Phòng Kế hoạch - Nghiệp vụ", "role": "chủ trì", "deadline": "trước ít nhất 07 ngày",
         "task_quote": "chủ trì xây dựng lịch khám cụ thể, thông báo cho các xã"},
        {"name": "Khoa Dược - Trang thiết bị - Vật tư y tế", "role": None, "deadline": None,
         "task_quote": "bảo đảm cơ số thuốc, vật tư, test xét nghiệm nhanh và máy siêu âm xách tay cho mỗi chuyến"},
        {"name": "Trạm Y tế các xã Thạch Bích, Xuân Đài, Lương Ngọc, Tiên Hội", "role": None, "deadline": None,
         "task_quote": "thông báo lịch khám đến người dân, chuẩn bị địa điểm và cử 01 nhân viên phối hợp với Đội"},
        {"name": "Ủy ban nhân dân các xã Thạch Bích, Xuân Đài, Lương Ngọc, Tiên Hội", "role": None, "deadline": None,
         "task_quote": "hỗ trợ địa điểm, thông báo trên hệ thống loa truyền thanh và bảo đảm an ninh, trật tự tại điểm khám"},
        {"name": "Hội Chữ thập đỏ huyện", "role": None, "deadline": None,
         "task_quote": "cử tình nguyện viên hỗ trợ hướng dẫn người dân"},
        {"name": "Dược sĩ của Đội", "role": None, "deadline": None,
         "task_quote": "Dược sĩ của Đội lập biên bản bàn giao thuốc trước và sau mỗi chuyến"},
    ], "intruders": ["Tống Minh Khoa", "Sở Y tế (b/c)", "UBND huyện Thuận Khang (b/c)", "Phòng Y tế huyện",
                     "Lưu: VT, KHNV", "SỞ Y TẾ TỈNH QUỲNH LÂM"]},
    {"id": "wql05", "directive": "BC 19/BC-UBND", "source": F5, "actors": [
        {"name": "Trạm Y tế xã", "role": None, "deadline": "trước ngày 30/5/2026",
         "task_quote": "lập danh sách và tiêm vét cho 09 trẻ chưa tiêm nhắc trước ngày 30/5/2026"},
        {"name": "Công chức Văn hóa - Xã hội xã", "role": None, "deadline": None,
         "task_quote": "duy trì phát bản tin sức khỏe 02 lần/tuần trên loa truyền thanh xã"},
        {"name": "Hội Liên hiệp Phụ nữ xã", "role": None, "deadline": "trong quý II/2026",
         "task_quote": "thành lập 02 câu lạc bộ \"Nuôi con khỏe\" tại thôn Ninh Hạ và thôn Khang Đông"},
        {"name": "Trường Mầm non Khang Ninh", "role": "phối hợp", "deadline": "trong tháng 6/2026",
         "task_quote": "phối hợp với Trạm Y tế xã cân, đo cho 186 trẻ đang học tại trường"},
        {"name": "Các thôn trưởng", "role": None, "deadline": None,
         "task_quote": "nắm danh sách hộ có trẻ đến tuổi tiêm chủng, nhắc gia đình đưa trẻ đến trạm"},
        {"name": "UBND huyện", "role": None, "deadline": None,
         "task_quote": "Đề nghị UBND huyện hỗ trợ lắp đặt 02 cụm loa truyền thanh cho thôn Ninh Hạ và thôn Khang Đông"},
        {"name": "Trung tâm Y tế huyện", "role": None, "deadline": None,
         "task_quote": "Đề nghị Trung tâm Y tế huyện cấp bổ sung 01 thước đo chiều dài nằm và 01 cân điện tử trẻ sơ sinh"},
    ], "intruders": ["Sầm Thị Thảo", "Phạm Thị Thu Hà", "TT Đảng ủy, TT HĐND xã", "Lưu: VT", "Phòng Y tế huyện",
                     "XÃ KHANG NINH"]},
]


# drafted questions left out of the final set (numbers as in the comments above), to keep ~100 lines
DROP = {17, 19, 22, 26, 29, 34, 38, 51, 53, 66, 72, 80, 81, 92, 96, 97, 105, 116}


def main():
    final = [q for n, q in enumerate(Q, 1) if n not in DROP]
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(final, 1):
            obj = {"id": f"ql{i:03d}"}
            obj.update(q)
            line = json.dumps(obj, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", line) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(unicodedata.normalize("NFC", json.dumps(w, ensure_ascii=False)) + "\n")
    print(len(final), "questions,", len(WW), "who-what lines")


if __name__ == "__main__":
    main()
