# -*- coding: utf-8 -*-
"""Standalone checker for blind set 93 (no kg_rag).

Usage: python check_ng.py            -> prints OK or the list of problems (exit 1 on problems)
Reads corpus/*.txt|*.md (UTF-8), *.docx (zipfile + XML), *.pdf (pypdf).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")
WFILE = os.path.join(HERE, "who_what.jsonl")

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus",
         "follow-up", "unanswerable"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ABBR = re.compile(r"(?<![\w&])(KH|CV|QĐ|QD|TB|BC|UBND|KH&CN|KHCN|NN&MT|NNMT|HTX|HND|HNDT|TTKN|CĐS|MTTQ|"
                  r"HĐND|HDND|SNNMT|BVTV|TT&BVTV|PCT|CTV|TTr|NQ|STC|KBNN|ĐX|PVHCC|VP|GĐ|PGĐ|ND|KP|TT)(?![\w&])")

# place names / strings used by earlier sets: must not appear (see brief)
BANNED = 'An Phú | An Trạch | An Tuyền | An Điền | An Đạo | Ao Sen | Ba Lòng | Ba Nang | Ba Vách | Ban Nguyên | Bàng Thạch | Bàu Lác | Bàu Sen | Bàu Thỉ | Bàu Trám | Bãi Dâu | Bãi Gành | Bãi Lau | Bãi Nhút | Bãi Nổi | Bãi Sậy | Bãi Ổi | Bình Giang | Bình Khê | Bình Lục | Bình Minh | Bình Sơn | Bình Tường | Bích Trung | Bích Đàm | Bó Mạ | Bưởi Phú | Bạch Long | Bạch Sa | Bản Chang | Bản Cát | Bản Giàng | Bản Lìm | Bản Nguồn | Bản Sài | Bảo Lâm | Bảo Yên | Bảo Đài | Bắc Giang | Bắc Hà | Bằng Lăng | Bằng Phúc | Bến Cầu | Bến Gạo | Bến Lội | Bến Mây | Bến Mới | Bến Ngà | Bến Quế | Bến Sỏi | Bến Triều | Bến Trúc | Bến Đá | Bồ Khai | Bồng Lai | Bờ Tre | Cam Lộ | Cang Hồ | Cao Lộc | Cao Minh | Cao Mật | Cao Phong | Cao Viễn | Chiêm Lễ | Chiêu Dương | Chiềng Khương | Chiềng Pha | Chiềng Sại | Chu Phán | Chu Va | Chà Vàng | Chày Hạ | Chân Mộng | Chè An | Chè Shan | Chù Lìn | Chư Glei | Chư Krei | Chương Hòa | Chằm Dưới | Chế Lìu | Chỉ đạo | Chợ Vạc | Cán Tỷ | Cát Hạ | Cát Lũy | Cát Lộc | Cát Mộc | Cát Thượng | Cát Trinh | Cây Dầu | Cây Gạo | Cây Sữa | Cây Thị | Cò Noi | Cù Bàn | Cù Lao | Cù Mai | Cư Mlai | Cư Pơng | Cầu Gỗ | Cầu Mới | Cầu Trắng | Cẩm Liên | Cẩm Lư | Cẩm Phong | Cẩm Trạch | Cẩm Vân | Cẩm Đường | Cỏ Mây | Cốc Chủ | Cốc Lùng | Cốc Lầu | Cốc Phầy | Cốc Pái | Cốc Sâm | Cồn Mây | Cồn Thơm | Cồn Trứng | Cồn Vịt | Cồn Ốc | Cổ Chiêm | Cổ Loan | Cổ Nhuận | Cổ Thành | Cổ Đam | Cừ Bắc | Cừ Sơn | Cửa Lân | Cửa Triều | Cửa Vạn | Diên Hạ | Diên Phúc | Diên Thượng | Diên Thọ | Diễn Lũy | Dã Tượng | Dương Khẩu | Dằm Lau | Dằm Trên | Dốc Sỏi | Dốc Đỏ | Dực Thủy | Ea Kao | Ea Rôk | Eo Gió | Eo Ông | Ghềnh Bạc | Gia Hội | Gia Khánh | Gia Lạc | Gia Thụy | Giang Thành | Giáp Lũng | Giếng Đá | Giồng Keo | Giồng Sao | Gành Hàu | Gành Đỏ | Gò Chuông | Gò Dưa | Gò Lãnh | Gò Mít | Gò Nghệ | Gò Nhãn | Gò Sim | Gò Sắn | Gò Đình | Gềnh Sỏi | Gốc Gạo | Gốc Sung | Hiển Xuyên | Hiệp Thuận | Hoài Trung | Hoài Viễn | Hoàng Văn | Hoành Sa | Hoằng Thái | Huổi Lẹng | Hà Châu | Hà Lĩnh | Hà Mi | Hà Nguyên | Hà Sơn | Hà Trung | Hà Vĩ | Hàm Khê | Hàm Ngư | Hào Giang | Háng Lìa | Háng Tày | Hòa Bình | Hòa Khánh | Hòa Lâm | Hòa Lợi | Hòa Mục | Hòa Mỹ | Hòa Nam | Hòa Phong | Hòa Thuận | Hòa Vang | Hòa Đạt | Hòe Sơn | Hòn Chảo | Hô Sáng | Húc Nghì | Hưng Lộc | Hưng Nhượng | Hưng Thạnh | Hưng Đạo | Hương Cát | Hương Khê | Hương Trầm | Hướng Điền | Hạ Lũng | Hạ Mạch | Hạ Quan | Hạ Trạch | Hạ Vàng | Hạ Xuyên | Hạc Lĩnh | Hạc Xuyên | Hạnh Lâm | Hạnh Phú | Hải Thịnh | Hải Triều | Hải Đông | Hố Sen | Hồ Lăng | Hồ Lệ | Hồ Ngạn | Hồ Thượng | Hồng Diệp | Hồng Liễu | Hồng Nhạn | Hồng Phúc | Hội Khuyến | Hợp Tiến | Ia Mơ | Keo Lửa | Kha Lộ | Kha Vàm | Khai Lạc | Khang Điệp | Khau Nhòn | Khau Riềng | Khau Vài | Khe Cát | Khe Gió | Khe Giữa | Khe Lau | Khe Lim | Khe Mát | Khe Mây | Khe Mơ | Khe Ngang | Khe Nứa | Khe Rạc | Khe Sâu | Khe Sậy | Khe Tre | Khe Trúc | Khe Vải | Khoang đạt | Khuân Lềnh | Khuê Trung | Khuôn Thắm | Khuổi Lạn | Khuổi Ma | Khuổi Mùn | Khuổi Sáng | Khuổi Tát | Khuổi Vạc | Khánh Lâm | Khánh Lưu | Khánh Vĩ | Khánh Xuân | Khánh Đào | Khâm Lãng | Khâu Pàn | Khê Thủy | Khôi Hạ | Khôi Nguyên | Khôi Thượng | Khúa Lanh | Khúc Mai | Khúc Thủy | Khương Hòa | Khả Lãng | Khải Hòa | Khải Lập | Khải Ninh | Kim Lũy | Kim Ngưu | Kim Sơn | Kim Thành | Kim Thạch | Kinh Lăng | Kiên Thới | Kiến Mỹ | Kiều Lâm | Kiều Mộc | Kon Rơ | Krông Lũy | Kênh Hạ | Kỳ Hải | Kỳ Lam | Kỳ Phong | Kỳ Sơn | Kỳ Vân | Lai Hà | Lam Giang | Lam Hạ | Lam Nhạc | Lam Sơn | Lam Điền | Liêm Trực | Liên Hạnh | Liễu Dương | Long Châu | Lung Dừa | Ly Khê | Làng Chùa | Làng Mới | Láng Cò | Lâm Giang | Lâm Hoài | Lâu Mận | Lãm Ngọc | Lãng Hưng | Lãng Trì | Lãnh Giang | Lèng Phìn | Lèng Su | Lê Thị | Lìa Thượng | Lò Gạch | Lò Vôi | Lòi Ổi | Lùng Thàng | Lý Trạch | Lăng Mai | Lĩnh Châu | Lĩnh Hạ | Lĩnh Thành | Lũ Phong | Lũng Cao | Lũng Cốc | Lũng Khoen | Lũng Mần | Lũng Phầy | Lũng Pảng | Lũng Quang | Lũng Thắm | Lũng Tiên | Lũng Vài | Lũy Tre | Lư Khánh | Lưu Hạ | Lưu Kiệt | Lưu Sa | Lưu Thượng | Lương Hải | Lương Sa | Lương Điền | Lạc Diên | Lạc Giao | Lạc Hòa | Lạc Nhuế | Lạc Sơn | Lạc Uyên | Lạch Bàng | Lạch Ruông | Lạch Sơn | Lạn Thành | Lạng Sơn | Lạp Thượng | Lệ Trạch | Lộ Hạ | Lộ Thượng | Lộc Hải | Lộc Khê | Lộc Ninh | Lộc Thủy | Lộc Vịnh | Lộc Điền | Lục Giang | Lục Khê | Lục Yên | Mai Lĩnh | Mai Trì | Mai Xá | Mai Động | Minh Tiến | Mê Lăng | Mù Sang | Mũi Nghê | Mũi Đèn | Mương Khai | Mương Đá | Mường Chiêng | Mường Khoa | Mường Khê | Mường Lát | Mường Ón | Mạc Lăng | Mạc Thượng | Mạch Lâm | Mạn Thủy | Mẫn Lộ | Mậu Lâm | Mậu Xuyên | Mỏ Nhài | Mỏ Vàng | Mồ Dề | Mộ Khê | Mộc Hương | Mộc Sơn | Mộc Xuyến | Mộng Điền | Mỹ Cang | Mỹ Hào | Mỹ Lợi | Mỹ Nhơn | Mỹ Thạnh | Na Lầu | Na Ngần | Na Pháo | Nam Hà | Nam Hòa | Nam Khê | Nghi Thủy | Nghi Trạch | Nghiêm Xuyên | Nghè Cao | Nghê Bắc | Nghênh Phong | Nghĩa Hành | Nghĩa Phong | Nghĩa Thông | Nghĩa Trụ | Nghĩa Xuyên | Nguyệt Ánh | Ngàn Phố | Ngàn Sương | Ngàn Thông | Ngân Châu | Ngân Phong | Ngân Sơn | Ngòi Cả | Ngòi Dương | Ngũ Lĩnh | Ngũ Phúc | Ngư Lạc | Ngải Dương | Ngọa Long | Ngọc Bàng | Ngọc Dao | Ngọc Khê | Ngọc Liên | Ngọc Lâm | Ngọc Lũng | Ngọc Lương | Ngọc Thủy | Ngọc Trì | Ngọc Tuyền | Nhuận Trạch | Nhuệ Lâm | Nhân Thạc | Nhù Sang | Nhạn Tháp | Nhật Quang | Nhật Thịnh | Nhật Tảo | Ninh Giang | Ninh Phước | Nà Chiêng | Nà Cọ | Nà Hẩu | Nà Khoang | Nà Khuông | Nà Lùng | Nà Lươn | Nà Lừ | Nà Lừu | Nà Mò | Nà Mòn | Nà Pheo | Nà Phặc | Nà Pồng | Nà Pục | Nà Sáy | Nà Thẳm | Nà Tấu | Nà Vải | Nương Dâu | Nậm Cang | Nậm Khiêu | Nậm Khoa | Nậm Pằn | Nậm Sàng | Nậm Sơn | Nậm Ty | Nậm Xía | Nặm Cắm | Nặm Cọ | Nặm Dìn | Pa Cò | Pa Tầng | Phiêng Luông | Phiêng Lâm | Phiêng Lồm | Phiêng Mòn | Phja Khao | Phja Đén | Phong Dực | Phong Điền | Phìn Hồ | Phìn Lũng | Phìn Ngải | Phìn Sò | Phò Lạc | Phòng GD | Phù Liễu | Phù Lưu | Phù Mỹ | Phù Sa | Phù Thạch | Phù Vân | Phù Đông | Phú Hưng | Phú Khê | Phú Lâm | Phú Lãm | Phú Lạc | Phú Lễ | Phú Lộc | Phú Thượng | Phú Xuân | Phúc Điền | Phương Khê | Phương Mao | Phước Hòa | Phước Hưng | Phước Hải | Phước Hậu | Phước Kỳ | Phước Lâm | Phước Lũy | Phước Sơn | Phước Thạnh | Phước Thịnh | Phước Điền | Phượng Cầu | Phấn đấu | Phố Rèn | Phổ Lăng | Phổ Lại | Phụng Sơn | Piềng Lả | Plei Rông | Pá Hốc | Pá Lùng | Pác Mạ | Pác Ngà | Pác Ngòi | Pác Xả | Pò Háng | Pò Hẩu | Pù Luông | Pù Lình | Pù Mo | Pù Tao | Pú Xí | Pắc Xum | Pờ Hồ | Quan Dốc | Quang Hiển | Quang Minh | Quang Tiến | Quang Trung | Quy Lãm | Quy Thạch | Quyết Thắng | Quảng Hà | Quế Lâm | Quế Sơn | Quỳnh Châu | Quỳnh Lưu | Ra Mai | Rinh Thượng | Ràng Bông | Rào Mé | Rào Nậy | Rú Chè | Rạch Cốm | Rạch Vẹt | Rạch Điều | Rạn Trai | Rạng Khê | Rẫy Mới | Rịa Trong | Rộc Mạ | Rộc Vàng | Rừng Hồi | Sa Lung | Sa Lĩnh | Sa Mộc | Sa Vĩ | Sen Hồ | Soi Tiền | Suối Cạn | Suối Hoa | Suối Lau | Suối Mây | Suối Mơ | Suối Sim | Suối Thầu | Sà Dề | Sà Phìn | Sáng Pả | Séo Lủng | Sìn Pao | Sông Cầu | Sông Lụa | Sông Nhạn | Sông Rinh | Sông Trạch | Sùng Lĩnh | Sơn Cước | Sơn Hòa | Sơn Hải | Sơn Nguyên | Sơn Quỳ | Sơn Tịnh | Sơn Vỹ | Sương Mai | Sương Nguyệt | Sầm Vĩ | Sở đã | Tam Nông | Tam Đa | Thanh Bình | Thanh Hà | Thanh Lĩnh | Thanh Tước | Thanh Xá | Thiên Lộc | Thiết Hà | Thiết Sơn | Thiện Kỳ | Thuần Phong | Thuận Giang | Thuận Nguyên | Thành Mai | Thác Bưởi | Thác Ngàn | Thác Vọng | Thái Nguyên | Thái Sơn | Tháp Đá | Thôn Số | Thùy Dương | Thượng Kiệm | Thượng Lâm | Thượng Mỗ | Thượng Ngàn | Thượng Quỳ | Thạch Bàn | Thạch Hà | Thạch Lâm | Thạch Lựu | Thạch Môn | Thạch Quỳ | Thạch Xuyên | Thạnh Nê | Thạnh Quới | Thắng Lợi | Thẳm Hon | Thịnh Xuyên | Thống Nhất | Thổ Khối | Thụy Lôi | Thủy Liên | Thủy Tú | Tiên Lãng | Tiên Nữ | Tiên Sa | Tiên Sà | Tiêu Lạc | Tiền Phong | Triều Dương | Triệu Lâm | Trung Hòa | Trung Hậu | Trung Khải | Trung Lương | Trung Tâm | Truông Mít | Trà Giang | Trà Liên | Trà Lĩnh | Tràm Khê | Tràm Lụa | Tràng Bạch | Tràng Khúc | Tràng Liễu | Tràng Xá | Trì Nhuận | Trù Mật | Trúc Khê | Trúc Lâu | Trường Giang | Trường Lệ | Trường Xuân | Trạc Sơn | Trại Chè | Trại Cả | Trại Gai | Trại Mới | Trại Ươm | Trạm Phìn | Trảng Dầu | Trảng Ngọc | Trấn Giang | Trầm Hương | Trần Quốc | Trịnh Xuân | Tuy An | Tuy Lộc | Tuy Nam | Tuyết Sơn | Tuệ Minh | Tà Lùng | Tà Pình | Tà Sình | Tà Xuyên | Tân An | Tân Bửu | Tân Châu | Tân Dụ | Tân Khiêm | Tân Khê | Tân Linh | Tân Lập | Tân Mộc | Tân Ngọc | Tân Phong | Tân Phước | Tân Sương | Tây Lộ | Tây Nguyên | Tây Sơn | Tây Thạnh | Tính đến | Tùng Sơn | Tùng Ảnh | Tú Mỹ | Tương Khê | Tường Lĩnh | Tường Vân | Tượng Lĩnh | Tả Chải | Tảng Ngài | Tằm Hoa | Tịch Cốc | Tịnh Khuê | Tọa đàm | Tủa Thàng | Vi Hương | Vàm Láng | Vân Cát | Vân Cừ | Vân Giang | Vân Khê | Vân Lũng | Vân Sa | Vân Trì | Vân Tây | Vân Đồn | Võ Thanh | Văn Uyên | Vĩ Thượng | Vĩnh An | Vĩnh Linh | Vĩnh Lạc | Vĩnh Nhuận | Vĩnh Trà | Vĩnh Ấm | Vũ Lăng | Vũ Nông | Vũ Thị | Vũ Xá | Vũng Nồm | Vườn Chuối | Vạc Lĩnh | Vạn Lộc | Vạn Thủy | Vạn Triều | Vạn Xuân | Vạt Lúa | Vận động | Vệ Giang | Vịnh Nhàn | Vịnh Đào | Vọng Các | Vọng Giang | Vọng Khê | Vọng Lâu | Vọng Nguyệt | Vụ Lâm | Vực Trúc | Xuân Hợp | Xuân Khuê | Xuân Kiều | Xuân Ngạn | Xuân Viên | Xích Thổ | Xóm Chài | Xóm Đình | Yên Hòa | Yên Khê | Yên Lạc | Yên Mã | Yên Thành | Yên Thạch | Ô Cát | Ô Khê | Ô Lâu | Ô Đùng | Ông Bổn | Úc Kỳ | Đan Quế | Điền Cảng | Điệp Sơn | Đoài Khê | Đoàn Kết | Đoàn Thái | Đoàn Tuy | Đài Sơn | Đàm Hạ | Đàm Thượng | Đào Viên | Đá Bạc | Đá Chồng | Đá Lửa | Đá Mài | Đá Trắng | Đèo Bồng | Đèo Gió | Đèo Nhạn | Đình Cương | Đình Thượng | Đình Vọng | Đông Giang | Đông Hạ | Đông Hải | Đông Lâm | Đông Lĩnh | Đông Nghi | Đông Quyển | Đông Sơn | Đông Thành | Đông Tiến | Đông Vũ | Đại Khương | Đạm Thủy | Đạo Nguyên | Đầm Lác | Đầm Rồng | Đầm Vân | Đắk Bình | Đắk Sơn | Đằng Hà | Định Hóa | Đống Cao | Đồi Mây | Đồi Trúc | Đồng Bưởi | Đồng Bảng | Đồng Bục | Đồng Chùa | Đồng Chảy | Đồng Cát | Đồng Dinh | Đồng Giang | Đồng Gianh | Đồng Khiêm | Đồng Kiều | Đồng Liễu | Đồng Luông | Đồng Lư | Đồng Mận | Đồng Mới | Đồng Ngát | Đồng Nhãn | Đồng Phú | Đồng Quế | Đồng Ráng | Đồng Rẫy | Đồng Sả | Đồng Sậu | Đồng Tiêu | Đồng Tâm | Đồng Vố | Đồng Xoài | Đồng Xuyên | Đỗ Xá | Đức Lương | Đức Phổ | đi được | đi đạt | điều động | đoàn Ba | đoàn Bình | đoàn Bắc | đoàn Bồ | đoàn Cẩm | đoàn Diên | đoàn Hà | đoàn Hòa | đoàn Hương | đoàn Hướng | đoàn Hạc | đoàn Hải | đoàn Kha | đoàn Khúc | đoàn Kim | đoàn Kiên | đoàn Kiến | đoàn Kỳ | đoàn Lam | đoàn Ly | đoàn Lâm | đoàn Lương | đoàn Lộc | đoàn Mai | đoàn Mê | đoàn Mường | đoàn Mỹ | đoàn Nam | đoàn Ngàn | đoàn Ngân | đoàn Ngọc | đoàn Phước | đoàn Quảng | đoàn Quỳnh | đoàn Sa | đoàn Sơn | đoàn Thanh | đoàn Thượng | đoàn Thạch | đoàn Trà | đoàn Trạm | đoàn Tà | đoàn Tây | đoàn Tường | đoàn Tằm | đoàn Vân | đoàn Vịnh | đoàn Xích | đoàn Yên | đoàn Điệp | đoàn Đông | đoàn Đắk | đoàn đã | đoàn đúng | đoàn được | đoàn đề | đáp ứng | đã đăng | đã được | đã đạt | đôn đốc | được Ban | được Đảng | được đưa | đạt ít | đảo Hòn | đến Liên | đến đúng | để Hội | để đáp | để đăng | để được | đối ứng | đồng ý | đủ điều | ước đạt | Ấm Hạ | Ấm Thượng | ỦY BAN | ủy Bình | ủy Bắc | ủy Bồ | ủy Cam | ủy Cao | ủy Các | ủy Cẩm | ủy Dinh | ủy Hà | ủy Hòa | ủy Hưng | ủy Hương | ủy Hải | ủy Hồ | ủy Khau | ủy Kim | ủy Kiên | ủy Krông | ủy Kỳ | ủy Mê | ủy Mường | ủy Mỹ | ủy Nam | ủy Nghĩa | ủy Ngòi | ủy Ngư | ủy Ngọc | ủy Nhật | ủy Nậm | ủy Phù | ủy Phước | ủy Quảng | ủy Sơn | ủy Thanh | ủy Thái | ủy Thạch | ủy Tiên | ủy Tràng | ủy Tuyên | ủy Tà | ủy Tây | ủy Vân | ủy Vĩnh | ủy Vạn | ủy Xuân | ủy Yên | ủy Đá | ủy Đông | ủy Đắk | ủy Đặng | ủy Đức | ủy đánh | ủy đã | ủy đúng | ủy đưa | ủy đảm | ủy đề | ủy để | ủy định | ủy ở'.split(" | ")

# both-capitalised entries are place-like: also checked case-insensitively, except these
# two, whose lower-case forms are ordinary words required by the genre
CI_EXEMPT = {"ỦY BAN", "Trung Tâm"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


def read_docx(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                buf.append(" ")
        out.append("".join(buf))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def read_any(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read(), None
    if ext == "docx":
        return read_docx(path), None
    if ext == "pdf":
        return read_pdf(path)
    raise ValueError("unsupported " + path)


def has_diacritics(s):
    s = nfc(s)
    if "đ" in s.lower():
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", s))


def main():
    probs = []
    info = []
    # ---------------- corpus
    files = sorted(os.listdir(CORPUS))
    if len(files) != 5:
        probs.append("corpus must hold 5 files, has %d" % len(files))
    raw, text = {}, {}
    exts = set()
    for fn in files:
        if not re.match(r"^ng0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            probs.append("bad file name " + fn)
        t, pages = read_any(os.path.join(CORPUS, fn))
        raw[fn] = t
        text[fn] = norm(t)
        exts.add(fn.rsplit(".", 1)[-1])
        words = len(t.split())
        info.append("%s: %d words%s" % (fn, words, "" if pages is None else ", %d pages" % pages))
        if not 700 <= words <= 1500:
            probs.append("%s has %d words (700-1500)" % (fn, words))
        if pages is not None and not 2 <= pages <= 4:
            probs.append("%s has %d pages (2-4)" % (fn, pages))
        if fn.endswith((".txt", ".md")) and t != nfc(t):
            probs.append(fn + " is not NFC")
        if "57-nq/tw" in text[fn]:
            n_all = text[fn].count("57-nq/tw")
            n_basis = sum(1 for ln in t.splitlines() if "57-NQ/TW" in ln and ln.strip().startswith("Căn cứ"))
            if n_all > 1 or n_basis != n_all:
                probs.append(fn + ": 57-NQ/TW used outside one basis citation")
    for e in ("txt", "docx", "pdf"):
        if e not in exts:
            probs.append("no .%s file in corpus" % e)
    # hard-wrapped txt
    if not any(fn.endswith(".txt") and sum(1 for ln in raw[fn].splitlines() if 60 <= len(ln) <= 80) >= 30
               for fn in files):
        probs.append("no hard-wrapped .txt")
    # markdown table
    if not any(fn.endswith((".md", ".txt")) and re.search(r"^\|[-| ]+\|\s*$", raw[fn], re.M) for fn in files):
        probs.append("no Markdown table in .md/.txt")
    # header elements
    for fn in files:
        n = text[fn]
        for need in ("số:", "nơi nhận:"):
            if need not in n:
                probs.append("%s lacks '%s'" % (fn, need))
    # mass organisations (Hội Nông dân) head with "HỘI NÔNG DÂN VIỆT NAM" instead of the State motto
    if sum(1 for fn in files if "độc lập - tự do - hạnh phúc" in text[fn]) < 4:
        probs.append("State motto missing in more than one file")
    if not any(re.search(r"^\S.*\S {6,}\S.*$", raw[fn], re.M) and "CỘNG HÒA" in raw[fn] and
               re.search(r"^.*\S {6,}CỘNG HÒA", raw[fn], re.M) for fn in files if fn.endswith((".txt", ".md"))):
        probs.append("no two-column header typed with spaces")
    if not any("v/v" in text[fn] for fn in files):
        probs.append("no V/v line")

    # ---------------- banned strings
    def banned_scan(label, s):
        for b in BANNED:
            if b in s:
                probs.append("%s contains banned string '%s'" % (label, b))
            elif b not in CI_EXEMPT and b.split()[0][:1].isupper() and all(w[:1].isupper() for w in b.split()) \
                    and re.search(r"(?<!\w)" + re.escape(norm(b)) + r"(?!\w)", norm(s)):
                probs.append("%s contains banned place-like string '%s' (case-insensitive)" % (label, b))
        if "phượng hoàng" not in norm(s) and label.startswith("ng0"):
            probs.append(label + " does not mention tỉnh/Phượng Hoàng")
    for fn in files:
        banned_scan(fn, raw[fn])
        banned_scan(fn + " (collapsed)", re.sub(r"\s+", " ", raw[fn]))

    # ---------------- questions
    qs = []
    with open(QFILE, encoding="utf-8") as f:
        qraw = f.read()
    if qraw != nfc(qraw):
        probs.append("questions.jsonl is not NFC")
    for i, line in enumerate(qraw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except Exception as ex:
            probs.append("questions line %d: bad JSON %s" % (i, ex))
    banned_scan("questions.jsonl", qraw)
    ids = [q.get("id") for q in qs]
    if len(ids) != len(set(ids)):
        probs.append("duplicate question ids")
    seen_q = []
    cites = {fn: 0 for fn in files}
    n_un = n_nodia = n_abbr = n_fu = n_fu_un = n_ww = 0
    kinds = {}
    for idx, q in enumerate(qs):
        qid = q.get("id", "?")
        keys = set(q)
        if not QKEYS <= keys or not keys <= QKEYS | QOPT:
            probs.append("%s: keys %s" % (qid, sorted(keys)))
        if not re.match(r"^ng\d{3}$", str(qid)):
            probs.append("%s: bad id" % qid)
        if idx and qid != "ng%03d" % (idx + 1):
            probs.append("%s: ids not sequential" % qid)
        kind = q.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            probs.append("%s: bad kind %s" % (qid, kind))
        qt = q.get("question", "")
        if not qt.strip():
            probs.append(qid + ": empty question")
        ev, kw = q.get("evidence", []), q.get("keywords", [])
        if q.get("answerable") is False:
            n_un += 1
            if ev or kw:
                probs.append(qid + ": unanswerable must have empty evidence/keywords")
            if q.get("actors"):
                probs.append(qid + ": unanswerable with actors")
        elif q.get("answerable") is True:
            if not ev:
                probs.append(qid + ": answerable without evidence")
            if not 1 <= len(kw) <= 3:
                probs.append(qid + ": needs 1-3 keywords")
            quotes_n = []
            srcs = set()
            for e in ev:
                if set(e) != {"source", "quote"}:
                    probs.append(qid + ": evidence keys")
                    continue
                src, qu = e["source"], e["quote"]
                srcs.add(src)
                if src not in text:
                    probs.append("%s: unknown source %s" % (qid, src))
                    continue
                nq = norm(qu)
                quotes_n.append(nq)
                if not 20 <= len(nq) <= 200:
                    probs.append("%s: quote length %d: %s" % (qid, len(nq), qu[:40]))
                if nq not in text[src]:
                    probs.append("%s: quote not found in %s: %s" % (qid, src, qu[:60]))
            for s in srcs:
                if s in cites:
                    cites[s] += 1
            for k in kw:
                nk = norm(k)
                if not nk:
                    probs.append(qid + ": empty keyword")
                elif not any(nk in x for x in quotes_n):
                    if any(nk in text.get(s, "") for s in srcs):
                        info.append("%s: keyword '%s' only in cited file" % (qid, k))
                    else:
                        probs.append("%s: keyword '%s' not in quotes nor cited file" % (qid, k))
            for a in q.get("actors", []) or []:
                if not any(norm(a) in text.get(s, "") for s in srcs):
                    probs.append("%s: actor '%s' not verbatim in cited file" % (qid, a))
        else:
            probs.append(qid + ": answerable must be true/false")
        if not has_diacritics(qt):
            n_nodia += 1
        if ABBR.search(qt):
            n_abbr += 1
        if kind == "who-what":
            if q.get("actors"):
                n_ww += 1
            else:
                probs.append(qid + ": who-what without actors")
        if "history" in q:
            h = q["history"]
            if not h or any(x not in seen_q for x in h):
                probs.append(qid + ": history is not an earlier question")
            n_fu += 1
            if q.get("answerable") is False:
                n_fu_un += 1
            if kind not in ("follow-up",):
                info.append(qid + ": has history but kind " + str(kind))
        elif kind == "follow-up":
            probs.append(qid + ": follow-up without history")
        seen_q.append(qt)
    N = len(qs)
    if not 95 <= N <= 110:
        probs.append("question count %d (about 100)" % N)
    pct = lambda x: 100.0 * x / N if N else 0
    if pct(n_un) < 22:
        probs.append("unanswerable %.1f%% < 22%%" % pct(n_un))
    if pct(n_nodia) < 15:
        probs.append("no-diacritics %.1f%% < 15%%" % pct(n_nodia))
    if pct(n_abbr) < 12:
        probs.append("abbreviations %.1f%% < 12%%" % pct(n_abbr))
    if n_fu != 15:
        probs.append("follow-ups with history: %d (need 15)" % n_fu)
    if not 1 <= n_fu_un <= 2:
        probs.append("unanswerable follow-ups: %d (need 1-2)" % n_fu_un)
    if n_ww < 12:
        probs.append("who-what with actors: %d < 12" % n_ww)
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 2:
            probs.append("too few %s questions" % k)
    for fn, c in cites.items():
        if c < 12:
            probs.append("%s cited by %d questions (<12)" % (fn, c))
    info.append("questions=%d kinds=%s" % (N, json.dumps(kinds, ensure_ascii=False, sort_keys=True)))
    info.append("unanswerable=%d (%.1f%%) no-diacritics=%d (%.1f%%) abbreviations=%d (%.1f%%) "
                "follow-ups=%d (unanswerable %d) who-what=%d" % (n_un, pct(n_un), n_nodia, pct(n_nodia), n_abbr,
                                                                pct(n_abbr), n_fu, n_fu_un, n_ww))
    info.append("citations per file: " + json.dumps(cites))

    # ---------------- who-what gold
    with open(WFILE, encoding="utf-8") as f:
        wraw = f.read()
    if wraw != nfc(wraw):
        probs.append("who_what.jsonl is not NFC")
    banned_scan("who_what.jsonl", wraw)
    wsrc = []
    for i, line in enumerate(wraw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            w = json.loads(line)
        except Exception as ex:
            probs.append("who_what line %d: bad JSON %s" % (i, ex))
            continue
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            probs.append("%s: who_what keys %s" % (wid, sorted(w)))
        src = w.get("source")
        wsrc.append(src)
        if src not in text:
            probs.append("%s: unknown source %s" % (wid, src))
            continue
        T = text[src]
        names = set()
        if not w.get("actors"):
            probs.append(wid + ": no actors")
        for a in w.get("actors", []):
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                probs.append("%s: actor keys %s" % (wid, sorted(a)))
            names.add(norm(a["name"]))
            if norm(a["name"]) not in T:
                probs.append("%s: actor name not verbatim: %s" % (wid, a["name"]))
            if a.get("role") not in ROLES:
                probs.append("%s: bad role %s" % (wid, a.get("role")))
            tq = norm(a.get("task_quote", ""))
            if not 20 <= len(tq) <= 200:
                probs.append("%s: task_quote length %d (%s)" % (wid, len(tq), a["name"]))
            if tq not in T:
                probs.append("%s: task_quote not verbatim (%s): %s" % (wid, a["name"], a["task_quote"][:60]))
            if a.get("deadline") is not None and norm(a["deadline"]) not in T:
                probs.append("%s: deadline not verbatim: %s" % (wid, a["deadline"]))
        for x in w.get("intruders", []):
            if norm(x) not in T:
                probs.append("%s: intruder not in document: %s" % (wid, x))
            if norm(x) in names:
                probs.append("%s: intruder is also an actor: %s" % (wid, x))
        if not w.get("intruders"):
            probs.append(wid + ": no intruders")
    if sorted(wsrc) != sorted(files):
        probs.append("who_what.jsonl must have one line per document")

    for line in info:
        print("info:", line)
    if probs:
        print("PROBLEMS (%d):" % len(probs))
        for p in probs:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
