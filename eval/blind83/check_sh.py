# -*- coding: utf-8 -*-
"""Standalone checker for the blind83 evaluation set (no kg_rag).
Usage: /work/main/.venv/bin/python check_sh.py      -> prints OK or the list of problems.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata", "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
ABBR = re.compile(r"\b(KH|CV|QĐ|QD|TB|BC|UBND|KH&CN|GD&ĐT|CĐS|THCS|MTTQ|TĐC|TDC|QLTT|HTX|KT-HT|TT|DVNN|SĐT|SDT|TP|HTQLCL|TCVN|ISO|OCOP|VBQPPL)\b")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

BANNED = ['An Phú', 'An Trạch', 'An Tuyền', 'An Điền', 'An Đạo', 'Ao Sen', 'Ba Lòng', 'Ba Nang', 'Ba Vách', 'Ban Nguyên', 'Bàng Thạch', 'Bàu Lác', 'Bàu Sen', 'Bàu Thỉ', 'Bàu Trám', 'Bãi Dâu', 'Bãi Gành', 'Bãi Lau', 'Bãi Nổi', 'Bãi Sậy', 'Bãi Ổi', 'Bình Khê', 'Bình Lục', 'Bình Minh', 'Bình Sơn', 'Bình Tường', 'Bích Trung', 'Bích Đàm', 'Bó Mạ', 'Bưởi Phú', 'Bạch Long', 'Bản Chang', 'Bản Cát', 'Bản Giàng', 'Bản Nguồn', 'Bản Sài', 'Bảo Lâm', 'Bảo Yên', 'Bảo Đài', 'Bắc Giang', 'Bắc Hà', 'Bằng Lăng', 'Bến Cầu', 'Bến Gạo', 'Bến Lội', 'Bến Mây', 'Bến Mới', 'Bến Ngà', 'Bến Quế', 'Bến Sỏi', 'Bến Triều', 'Bến Trúc', 'Bến Đá', 'Bồ Khai', 'Bồng Lai', 'Bờ Tre', 'Cam Lộ', 'Cang Hồ', 'Cao Lộc', 'Cao Mật', 'Cao Phong', 'Chiêm Lễ', 'Chiêu Dương', 'Chiềng Pha', 'Chu Phán', 'Chu Va', 'Chà Vàng', 'Chày Hạ', 'Chè An', 'Chè Shan', 'Chù Lìn', 'Chư Glei', 'Chư Krei', 'Chương Hòa', 'Chằm Dưới', 'Chế Lìu', 'Chỉ đạo', 'Chợ Vạc', 'Cán Tỷ', 'Cát Hạ', 'Cát Lũy', 'Cát Lộc', 'Cát Mộc', 'Cát Thượng', 'Cát Trinh', 'Cây Dầu', 'Cây Gạo', 'Cây Sữa', 'Cây Thị', 'Cò Noi', 'Cù Bàn', 'Cù Lao', 'Cù Mai', 'Cư Mlai', 'Cư Pơng', 'Cầu Gỗ', 'Cầu Mới', 'Cầu Trắng', 'Cẩm Liên', 'Cẩm Lư', 'Cẩm Phong', 'Cẩm Trạch', 'Cẩm Vân', 'Cẩm Đường', 'Cỏ Mây', 'Cốc Chủ', 'Cốc Lùng', 'Cốc Lầu', 'Cốc Phầy', 'Cốc Pái', 'Cốc Sâm', 'Cồn Mây', 'Cồn Thơm', 'Cồn Trứng', 'Cồn Vịt', 'Cổ Chiêm', 'Cổ Loan', 'Cổ Nhuận', 'Cừ Bắc', 'Cừ Sơn', 'Cửa Lân', 'Cửa Triều', 'Cửa Vạn', 'Diên Hạ', 'Diên Phúc', 'Diên Thượng', 'Diên Thọ', 'Diễn Lũy', 'Dương Khẩu', 'Dốc Sỏi', 'Dốc Đỏ', 'Dực Thủy', 'Ea Kao', 'Ea Rôk', 'Eo Gió', 'Eo Ông', 'Ghềnh Bạc', 'Gia Hội', 'Gia Khánh', 'Gia Lạc', 'Giang Thành', 'Giáp Lũng', 'Giếng Đá', 'Giồng Keo', 'Giồng Sao', 'Gành Hàu', 'Gò Chuông', 'Gò Dưa', 'Gò Lãnh', 'Gò Mít', 'Gò Nghệ', 'Gò Nhãn', 'Gò Sim', 'Gò Đình', 'Gềnh Sỏi', 'Gốc Gạo', 'Gốc Sung', 'Hiệp Thuận', 'Hoài Viễn', 'Hoàng Văn', 'Hoành Sa', 'Hoằng Thái', 'Huổi Lẹng', 'Hà Châu', 'Hà Lĩnh', 'Hà Sơn', 'Hà Trung', 'Hàm Khê', 'Hàm Ngư', 'Hào Giang', 'Háng Lìa', 'Háng Tày', 'Hòa Bình', 'Hòa Khánh', 'Hòa Lâm', 'Hòa Lợi', 'Hòa Mục', 'Hòa Mỹ', 'Hòa Nam', 'Hòa Phong', 'Hòa Thuận', 'Hòa Vang', 'Hô Sáng', 'Húc Nghì', 'Hưng Lộc', 'Hưng Nhượng', 'Hưng Thạnh', 'Hương Cát', 'Hương Khê', 'Hương Trầm', 'Hướng Điền', 'Hạ Lũng', 'Hạ Quan', 'Hạ Trạch', 'Hạ Vàng', 'Hạ Xuyên', 'Hạc Lĩnh', 'Hạc Xuyên', 'Hạnh Lâm', 'Hải Triều', 'Hải Đông', 'Hố Sen', 'Hồ Lệ', 'Hồ Ngạn', 'Hồ Thượng', 'Hồng Diệp', 'Hồng Liễu', 'Hồng Nhạn', 'Hội Khuyến', 'Hợp Tiến', 'Ia Mơ', 'Kha Lộ', 'Kha Vàm', 'Khau Nhòn', 'Khau Riềng', 'Khau Vài', 'Khe Cát', 'Khe Gió', 'Khe Giữa', 'Khe Lau', 'Khe Lim', 'Khe Mát', 'Khe Mây', 'Khe Mơ', 'Khe Ngang', 'Khe Nứa', 'Khe Rạc', 'Khe Sâu', 'Khe Sậy', 'Khe Tre', 'Khe Trúc', 'Khoang đạt', 'Khuê Trung', 'Khuôn Thắm', 'Khuổi Lạn', 'Khuổi Mùn', 'Khuổi Sáng', 'Khuổi Tát', 'Khuổi Vạc', 'Khánh Vĩ', 'Khánh Xuân', 'Khánh Đào', 'Khâu Pàn', 'Khê Thủy', 'Khôi Hạ', 'Khôi Nguyên', 'Khôi Thượng', 'Khúa Lanh', 'Khúc Thủy', 'Khương Hòa', 'Khải Hòa', 'Khải Lập', 'Khải Ninh', 'Kim Lũy', 'Kim Sơn', 'Kim Thành', 'Kim Thạch', 'Kiên Thới', 'Kiến Mỹ', 'Kiều Lâm', 'Kiều Mộc', 'Kon Rơ', 'Krông Lũy', 'Kênh Hạ', 'Kỳ Lam', 'Kỳ Phong', 'Kỳ Sơn', 'Kỳ Vân', 'Lai Hà', 'Lam Giang', 'Lam Hạ', 'Lam Sơn', 'Lam Điền', 'Liêm Trực', 'Liên Hạnh', 'Liễu Dương', 'Long Châu', 'Lung Dừa', 'Làng Chùa', 'Làng Mới', 'Láng Cò', 'Lâm Giang', 'Lâm Hoài', 'Lâu Mận', 'Lãng Trì', 'Lê Thị', 'Lìa Thượng', 'Lò Gạch', 'Lò Vôi', 'Lòi Ổi', 'Lý Trạch', 'Lăng Mai', 'Lĩnh Châu', 'Lĩnh Hạ', 'Lĩnh Thành', 'Lũ Phong', 'Lũng Cao', 'Lũng Cốc', 'Lũng Mần', 'Lũng Phầy', 'Lũng Pảng', 'Lũng Quang', 'Lũng Tiên', 'Lũng Vài', 'Lũy Tre', 'Lư Khánh', 'Lưu Hạ', 'Lưu Sa', 'Lưu Thượng', 'Lương Sa', 'Lương Điền', 'Lạc Diên', 'Lạc Hòa', 'Lạc Nhuế', 'Lạc Sơn', 'Lạc Uyên', 'Lạch Sơn', 'Lạng Sơn', 'Lạp Thượng', 'Lệ Trạch', 'Lộ Hạ', 'Lộ Thượng', 'Lộc Hải', 'Lộc Khê', 'Lộc Ninh', 'Lộc Thủy', 'Lộc Điền', 'Lục Giang', 'Lục Khê', 'Lục Yên', 'Mai Lĩnh', 'Mai Trì', 'Mai Xá', 'Mai Động', 'Minh Tiến', 'Mê Lăng', 'Mù Sang', 'Mương Khai', 'Mương Đá', 'Mường Chiêng', 'Mường Khoa', 'Mường Khê', 'Mường Lát', 'Mường Ón', 'Mạc Thượng', 'Mạn Thủy', 'Mẫn Lộ', 'Mậu Lâm', 'Mỏ Nhài', 'Mỏ Vàng', 'Mồ Dề', 'Mộ Khê', 'Mộc Hương', 'Mộc Sơn', 'Mộc Xuyến', 'Mỹ Cang', 'Mỹ Hào', 'Mỹ Lợi', 'Mỹ Nhơn', 'Mỹ Thạnh', 'Na Lầu', 'Na Ngần', 'Na Pháo', 'Nam Hà', 'Nam Hòa', 'Nam Khê', 'Nghi Trạch', 'Nghiêm Xuyên', 'Nghè Cao', 'Nghênh Phong', 'Nghĩa Hành', 'Nghĩa Phong', 'Nghĩa Thông', 'Nghĩa Trụ', 'Nghĩa Xuyên', 'Ngàn Phố', 'Ngàn Sương', 'Ngàn Thông', 'Ngân Châu', 'Ngân Phong', 'Ngân Sơn', 'Ngòi Cả', 'Ngòi Dương', 'Ngũ Lĩnh', 'Ngư Lạc', 'Ngải Dương', 'Ngọa Long', 'Ngọc Bàng', 'Ngọc Dao', 'Ngọc Khê', 'Ngọc Liên', 'Ngọc Lâm', 'Ngọc Lũng', 'Ngọc Lương', 'Ngọc Thủy', 'Ngọc Trì', 'Ngọc Tuyền', 'Nhạn Tháp', 'Nhật Tảo', 'Ninh Giang', 'Ninh Phước', 'Nà Chiêng', 'Nà Cọ', 'Nà Hẩu', 'Nà Khoang', 'Nà Khuông', 'Nà Lùng', 'Nà Lươn', 'Nà Lừ', 'Nà Lừu', 'Nà Mò', 'Nà Mòn', 'Nà Pheo', 'Nà Phặc', 'Nà Pồng', 'Nà Pục', 'Nà Sáy', 'Nà Thẳm', 'Nà Vải', 'Nương Dâu', 'Nậm Cang', 'Nậm Khoa', 'Nậm Sàng', 'Nậm Sơn', 'Nậm Ty', 'Nậm Xía', 'Nặm Cắm', 'Nặm Cọ', 'Nặm Dìn', 'Pa Cò', 'Pa Tầng', 'Phiêng Luông', 'Phiêng Lâm', 'Phiêng Lồm', 'Phiêng Mòn', 'Phja Khao', 'Phja Đén', 'Phong Dực', 'Phong Điền', 'Phìn Hồ', 'Phìn Ngải', 'Phìn Sò', 'Phò Lạc', 'Phòng GD', 'Phù Lưu', 'Phù Mỹ', 'Phù Sa', 'Phù Vân', 'Phù Đông', 'Phú Hưng', 'Phú Khê', 'Phú Lâm', 'Phú Lãm', 'Phú Lạc', 'Phú Lễ', 'Phú Lộc', 'Phú Thượng', 'Phú Xuân', 'Phúc Điền', 'Phước Hòa', 'Phước Hưng', 'Phước Hải', 'Phước Hậu', 'Phước Kỳ', 'Phước Lâm', 'Phước Lũy', 'Phước Sơn', 'Phước Thạnh', 'Phước Thịnh', 'Phước Điền', 'Phượng Cầu', 'Phấn đấu', 'Phố Rèn', 'Phổ Lăng', 'Phổ Lại', 'Phụng Sơn', 'Piềng Lả', 'Plei Rông', 'Pá Hốc', 'Pá Lùng', 'Pác Mạ', 'Pác Ngà', 'Pác Ngòi', 'Pác Xả', 'Pò Háng', 'Pò Hẩu', 'Pù Luông', 'Pù Lình', 'Pú Xí', 'Pờ Hồ', 'Quan Dốc', 'Quang Minh', 'Quang Tiến', 'Quang Trung', 'Quyết Thắng', 'Quảng Hà', 'Quế Lâm', 'Quế Sơn', 'Quỳnh Châu', 'Quỳnh Lưu', 'Ra Mai', 'Rinh Thượng', 'Ràng Bông', 'Rào Mé', 'Rào Nậy', 'Rú Chè', 'Rạch Cốm', 'Rạch Vẹt', 'Rạch Điều', 'Rạng Khê', 'Rẫy Mới', 'Rịa Trong', 'Rộc Mạ', 'Rộc Vàng', 'Rừng Hồi', 'Sa Lung', 'Sa Mộc', 'Sa Vĩ', 'Sen Hồ', 'Soi Tiền', 'Suối Hoa', 'Suối Lau', 'Suối Mây', 'Suối Mơ', 'Suối Sim', 'Suối Thầu', 'Sà Dề', 'Sà Phìn', 'Sáng Pả', 'Séo Lủng', 'Sìn Pao', 'Sông Cầu', 'Sông Lụa', 'Sông Nhạn', 'Sông Rinh', 'Sông Trạch', 'Sùng Lĩnh', 'Sơn Cước', 'Sơn Hòa', 'Sơn Nguyên', 'Sơn Quỳ', 'Sơn Tịnh', 'Sơn Vỹ', 'Sở đã', 'Tam Nông', 'Thanh Bình', 'Thanh Hà', 'Thanh Lĩnh', 'Thanh Tước', 'Thiên Lộc', 'Thiện Kỳ', 'Thuần Phong', 'Thành Mai', 'Thác Bưởi', 'Thái Nguyên', 'Thái Sơn', 'Thôn Số', 'Thùy Dương', 'Thượng Kiệm', 'Thượng Lâm', 'Thượng Quỳ', 'Thạch Bàn', 'Thạch Hà', 'Thạch Lâm', 'Thạch Lựu', 'Thạch Môn', 'Thạch Quỳ', 'Thạch Xuyên', 'Thạnh Nê', 'Thạnh Quới', 'Thắng Lợi', 'Thống Nhất', 'Thụy Lôi', 'Tiên Lãng', 'Tiên Sa', 'Tiên Sà', 'Tiêu Lạc', 'Triều Dương', 'Trung Hòa', 'Trung Hậu', 'Trung Khải', 'Trung Lương', 'Trung Tâm', 'Truông Mít', 'Trà Giang', 'Trà Liên', 'Trà Lĩnh', 'Tràm Khê', 'Tràm Lụa', 'Tràng Khúc', 'Tràng Liễu', 'Tràng Xá', 'Trù Mật', 'Trúc Khê', 'Trúc Lâu', 'Trường Giang', 'Trường Lệ', 'Trường Xuân', 'Trại Chè', 'Trại Mới', 'Trại Ươm', 'Trạm Phìn', 'Trảng Dầu', 'Trảng Ngọc', 'Trầm Hương', 'Trần Quốc', 'Trịnh Xuân', 'Tuy An', 'Tuy Lộc', 'Tuy Nam', 'Tuyết Sơn', 'Tuệ Minh', 'Tà Lùng', 'Tà Pình', 'Tà Sình', 'Tà Xuyên', 'Tân An', 'Tân Bửu', 'Tân Châu', 'Tân Khiêm', 'Tân Khê', 'Tân Linh', 'Tân Lập', 'Tân Mộc', 'Tân Ngọc', 'Tân Phong', 'Tân Phước', 'Tân Sương', 'Tây Lộ', 'Tây Nguyên', 'Tây Sơn', 'Tây Thạnh', 'Tính đến', 'Tùng Sơn', 'Tùng Ảnh', 'Tú Mỹ', 'Tương Khê', 'Tường Vân', 'Tả Chải', 'Tảng Ngài', 'Tịch Cốc', 'Tịnh Khuê', 'Tọa đàm', 'Tủa Thàng', 'Vàm Láng', 'Vân Cát', 'Vân Cừ', 'Vân Giang', 'Vân Khê', 'Vân Trì', 'Vân Tây', 'Vân Đồn', 'Võ Thanh', 'Văn Uyên', 'Vĩ Thượng', 'Vĩnh An', 'Vĩnh Linh', 'Vĩnh Lạc', 'Vĩnh Nhuận', 'Vĩnh Trà', 'Vĩnh Ấm', 'Vũ Lăng', 'Vũ Nông', 'Vũ Thị', 'Vũ Xá', 'Vũng Nồm', 'Vườn Chuối', 'Vạn Lộc', 'Vạn Thủy', 'Vạn Triều', 'Vạt Lúa', 'Vận động', 'Vọng Khê', 'Vọng Lâu', 'Vọng Nguyệt', 'Vụ Lâm', 'Vực Trúc', 'Xuân Hợp', 'Xuân Khuê', 'Xuân Kiều', 'Xuân Ngạn', 'Xích Thổ', 'Xóm Chài', 'Xóm Đình', 'Yên Hòa', 'Yên Khê', 'Yên Lạc', 'Yên Thành', 'Yên Thạch', 'Ô Cát', 'Ô Đùng', 'Ông Bổn', 'Úc Kỳ', 'Đan Quế', 'Điền Cảng', 'Điệp Sơn', 'Đoài Khê', 'Đoàn Kết', 'Đoàn Thái', 'Đoàn Tuy', 'Đài Sơn', 'Đàm Hạ', 'Đàm Thượng', 'Đào Viên', 'Đá Bạc', 'Đá Chồng', 'Đá Lửa', 'Đá Mài', 'Đá Trắng', 'Đèo Bồng', 'Đèo Gió', 'Đèo Nhạn', 'Đình Cương', 'Đình Thượng', 'Đình Vọng', 'Đông Giang', 'Đông Hạ', 'Đông Hải', 'Đông Lâm', 'Đông Lĩnh', 'Đông Quyển', 'Đông Sơn', 'Đông Thành', 'Đông Tiến', 'Đại Khương', 'Đạm Thủy', 'Đạo Nguyên', 'Đầm Lác', 'Đắk Bình', 'Đắk Sơn', 'Định Hóa', 'Đống Cao', 'Đồi Mây', 'Đồng Bưởi', 'Đồng Bục', 'Đồng Chùa', 'Đồng Chảy', 'Đồng Cát', 'Đồng Giang', 'Đồng Gianh', 'Đồng Khiêm', 'Đồng Kiều', 'Đồng Liễu', 'Đồng Luông', 'Đồng Mận', 'Đồng Mới', 'Đồng Nhãn', 'Đồng Phú', 'Đồng Quế', 'Đồng Rẫy', 'Đồng Sả', 'Đồng Sậu', 'Đồng Tâm', 'Đồng Vố', 'Đồng Xoài', 'Đồng Xuyên', 'Đức Lương', 'Đức Phổ', 'đi được', 'đi đạt', 'đoàn Ba', 'đoàn Bình', 'đoàn Bắc', 'đoàn Bồ', 'đoàn Cẩm', 'đoàn Diên', 'đoàn Hòa', 'đoàn Hương', 'đoàn Hướng', 'đoàn Hạc', 'đoàn Kha', 'đoàn Kim', 'đoàn Kiên', 'đoàn Kiến', 'đoàn Kỳ', 'đoàn Lam', 'đoàn Lâm', 'đoàn Lương', 'đoàn Lộc', 'đoàn Mai', 'đoàn Mê', 'đoàn Mường', 'đoàn Mỹ', 'đoàn Nam', 'đoàn Ngàn', 'đoàn Ngân', 'đoàn Ngọc', 'đoàn Phước', 'đoàn Quảng', 'đoàn Quỳnh', 'đoàn Sơn', 'đoàn Thanh', 'đoàn Thượng', 'đoàn Thạch', 'đoàn Trà', 'đoàn Trạm', 'đoàn Tà', 'đoàn Tây', 'đoàn Vân', 'đoàn Xích', 'đoàn Yên', 'đoàn Điệp', 'đoàn Đông', 'đoàn Đắk', 'đoàn đã', 'đoàn đề', 'đã đăng', 'đã được', 'đã đạt', 'đôn đốc', 'được Đảng', 'được đưa', 'đạt ít', 'đảo Hòn', 'đến đúng', 'để Hội', 'để đăng', 'để được', 'đối ứng', 'đủ điều', 'ước đạt', 'Ấm Hạ', 'Ấm Thượng', 'ỦY BAN', 'ủy Bình', 'ủy Bắc', 'ủy Bồ', 'ủy Cam', 'ủy Cao', 'ủy Các', 'ủy Cẩm', 'ủy Dinh', 'ủy Hà', 'ủy Hòa', 'ủy Hưng', 'ủy Hương', 'ủy Khau', 'ủy Kim', 'ủy Kiên', 'ủy Krông', 'ủy Kỳ', 'ủy Mê', 'ủy Mường', 'ủy Mỹ', 'ủy Nam', 'ủy Nghĩa', 'ủy Ngòi', 'ủy Ngư', 'ủy Ngọc', 'ủy Nậm', 'ủy Phù', 'ủy Phước', 'ủy Quảng', 'ủy Sơn', 'ủy Thanh', 'ủy Thái', 'ủy Thạch', 'ủy Tiên', 'ủy Tuyên', 'ủy Tà', 'ủy Tây', 'ủy Vân', 'ủy Vĩnh', 'ủy Vạn', 'ủy Xuân', 'ủy Yên', 'ủy Đá', 'ủy Đông', 'ủy Đắk', 'ủy Đặng', 'ủy Đức', 'ủy đánh', 'ủy đã', 'ủy đúng', 'ủy đưa', 'ủy đảm', 'ủy đề', 'ủy để', 'ủy định', 'ủy ở']


problems = []


def bad(msg):
    problems.append(msg)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s).lower()).strip()


def read_docx(path):
    """Paragraphs and table cells (in body order) via zipfile + XML."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    body = root.find(f"{{{W}}}body")

    def para_text(p):
        parts = []
        for node in p.iter():
            if node.tag == f"{{{W}}}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{{{W}}}tab":
                parts.append("\t")
            elif node.tag in (f"{{{W}}}br", f"{{{W}}}cr"):
                parts.append("\n")
        return "".join(parts)

    for el in body:
        if el.tag == f"{{{W}}}p":
            out.append(para_text(el))
        elif el.tag == f"{{{W}}}tbl":
            for tr in el.iter(f"{{{W}}}tr"):
                cells = []
                for tc in tr.findall(f"{{{W}}}tc"):
                    cells.append("\n".join(para_text(p) for p in tc.findall(f"{{{W}}}p")))
                out.append(" | ".join(cells))
    return "\n".join(out)


def read_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def read_any(path):
    if path.endswith(".docx"):
        return read_docx(path)
    if path.endswith(".pdf"):
        return read_pdf(path)[0]
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_diacritics(s):
    for ch in unicodedata.normalize("NFD", s):
        if ord(ch) > 127 and unicodedata.category(ch)[0] in ("L", "M"):
            return True
    return False


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            if nfc(line) != line:
                bad(f"{name}:{n}: line is not NFC")
            try:
                rows.append(json.loads(line))
            except Exception as e:
                bad(f"{name}:{n}: bad JSON ({e})")
    return rows


def main():
    # ---------------- corpus
    files = sorted(os.listdir(CORPUS))
    if len(files) != 5:
        bad(f"corpus must have 5 files, has {len(files)}")
    raw, texts = {}, {}
    for f in files:
        if not re.match(r"^sh0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", f):
            bad(f"bad corpus file name {f}")
        t = read_any(os.path.join(CORPUS, f))
        raw[f] = t
        texts[f] = norm(t)
        if f.endswith((".txt", ".md")) and nfc(t) != t:
            bad(f"{f}: not NFC")
        nw = len([w for w in t.split() if re.search(r"\w", w)])
        if not 700 <= nw <= 1500:
            bad(f"{f}: {nw} words, need 700-1500")
        for b in BANNED:
            if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", nfc(t)):
                bad(f"{f}: uses banned name '{b}'")
        n57 = len(re.findall(r"57-NQ/TW", t))
        if n57 > 1 or (n57 == 1 and not re.search(r"Căn cứ [^\n]{0,40}57-NQ/TW", t)):
            bad(f"{f}: 57-NQ/TW used beyond one basis citation")
        if "Thượng Ngàn" not in t:
            bad(f"{f}: province name missing")
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".txt", ".docx", ".pdf"):
        if e not in exts:
            bad(f"no {e} file in corpus")
    if not any(f.endswith((".md", ".txt")) and re.search(r"^\|.*\|\s*$\n^\|[-| :]+\|\s*$", raw[f], re.M) for f in files):
        bad("no Markdown table in a .md/.txt file")
    for f in files:
        if f.endswith(".pdf"):
            n = read_pdf(os.path.join(CORPUS, f))[1]
            if not 2 <= n <= 4:
                bad(f"{f}: {n} pages, need 2-4")
        if f.endswith(".docx"):
            with zipfile.ZipFile(os.path.join(CORPUS, f)) as z:
                xml = z.read("word/document.xml").decode("utf-8")
            if "<w:tbl>" not in xml and "<w:tbl " not in xml:
                bad(f"{f}: no table")
            if "ListNumber" not in xml and "ListBullet" not in xml and "w:numPr" not in xml:
                bad(f"{f}: no Word list numbering")

    # ---------------- questions
    qs = load_jsonl("questions.jsonl")
    seen_ids, seen_q = set(), []
    per_doc = {f: 0 for f in files}
    for n, q in enumerate(qs, 1):
        qid = q.get("id", f"line{n}")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            bad(f"{qid}: keys {sorted(keys)}")
            continue
        if not re.match(r"^sh\d{3}$", qid):
            bad(f"{qid}: bad id")
        if qid in seen_ids:
            bad(f"{qid}: duplicate id")
        seen_ids.add(qid)
        if q["kind"] not in KINDS:
            bad(f"{qid}: bad kind {q['kind']}")
        if not isinstance(q["answerable"], bool):
            bad(f"{qid}: answerable not bool")
        for b in BANNED:
            if re.search(r"(?<!\w)" + re.escape(b) + r"(?!\w)", q["question"]):
                bad(f"{qid}: question uses banned name '{b}'")
        if "history" in q:
            for h in q["history"]:
                if h not in seen_q:
                    bad(f"{qid}: history question is not an earlier question: {h[:50]}")
        seen_q.append(q["question"])
        if not q["answerable"]:
            if q["evidence"] or q["keywords"]:
                bad(f"{qid}: unanswerable must have empty evidence and keywords")
            continue
        if not q["evidence"]:
            bad(f"{qid}: answerable without evidence")
        if not 1 <= len(q["keywords"]) <= 3:
            bad(f"{qid}: needs 1-3 keywords")
        cited = set()
        for ev in q["evidence"]:
            src, quote = ev.get("source"), ev.get("quote", "")
            if set(ev) != {"source", "quote"}:
                bad(f"{qid}: evidence keys {sorted(ev)}")
            if src not in texts:
                bad(f"{qid}: unknown source {src}")
                continue
            cited.add(src)
            if not 20 <= len(quote) <= 200:
                bad(f"{qid}: quote length {len(quote)} not in 20-200")
            if norm(quote) not in texts[src]:
                bad(f"{qid}: quote not found in {src}: {quote[:60]}")
        for src in cited:
            per_doc[src] += 1
        evtext = " ".join(norm(e["quote"]) for e in q["evidence"])
        for k in q["keywords"]:
            if norm(k) not in evtext and not any(norm(k) in texts[s] for s in cited):
                bad(f"{qid}: keyword '{k}' not in evidence or cited file")
        for a in q.get("actors", []):
            if not any(norm(a) in texts[s] for s in cited):
                bad(f"{qid}: actor '{a}' not verbatim in cited file")

    N = len(qs)
    unans = sum(1 for q in qs if q.get("answerable") is False)
    nodia = sum(1 for q in qs if not has_diacritics(q.get("question", "")))
    abbr = sum(1 for q in qs if ABBR.search(q.get("question", "")))
    fups = [q for q in qs if q.get("history")]
    fups_un = sum(1 for q in fups if not q["answerable"])
    ww = [q for q in qs if q.get("kind") == "who-what"]
    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    if not 90 <= N <= 115:
        bad(f"{N} questions, want about 100")
    if unans / N < 0.22:
        bad(f"unanswerable {unans}/{N} < 22%")
    if nodia / N < 0.15:
        bad(f"no-diacritics {nodia}/{N} < 15%")
    if abbr / N < 0.12:
        bad(f"abbreviations {abbr}/{N} < 12%")
    if len(fups) != 15:
        bad(f"{len(fups)} follow-ups, want 15")
    if not 1 <= fups_un <= 2:
        bad(f"{fups_un} unanswerable follow-ups, want 1-2")
    if len(ww) < 12 or any(not q.get("actors") for q in ww):
        bad(f"who-what: {len(ww)} (need >=12, each with actors)")
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 3:
            bad(f"too few {k} questions")
    for f, c in per_doc.items():
        if c < 12:
            bad(f"{f}: cited by {c} questions (<12)")

    # ---------------- who-what gold
    wws = load_jsonl("who_what.jsonl")
    srcs = set()
    for w in wws:
        wid = w.get("id")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            bad(f"{wid}: keys {sorted(w)}")
            continue
        src = w["source"]
        if src not in texts:
            bad(f"{wid}: unknown source {src}")
            continue
        srcs.add(src)
        t = texts[src]
        if not w["actors"]:
            bad(f"{wid}: no actors")
        for a in w["actors"]:
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                bad(f"{wid}: actor keys {sorted(a)}")
                continue
            if norm(a["name"]) not in t:
                bad(f"{wid}: actor name not verbatim: {a['name']}")
            if a["role"] not in ROLES:
                bad(f"{wid}: bad role {a['role']}")
            if a["deadline"] is not None and norm(a["deadline"]) not in t:
                bad(f"{wid}: deadline not verbatim: {a['deadline']}")
            tq = a["task_quote"]
            if not 20 <= len(tq) <= 200:
                bad(f"{wid}: task_quote length {len(tq)}")
            if norm(tq) not in t:
                bad(f"{wid}: task_quote not verbatim: {tq[:60]}")
        for x in w["intruders"]:
            if norm(x) not in t:
                bad(f"{wid}: intruder not verbatim: {x}")
    if srcs != set(files):
        bad("who_what.jsonl must have one line per document")

    # ---------------- report
    print(f"questions={N} unanswerable={unans} ({100*unans/N:.0f}%) no-diacritics={nodia} ({100*nodia/N:.0f}%) "
          f"abbreviations={abbr} ({100*abbr/N:.0f}%) follow-ups={len(fups)} (unanswerable {fups_un}) who-what={len(ww)}")
    print("kinds:", dict(sorted(kinds.items())))
    print("questions citing each file:", per_doc)
    if problems:
        print(f"FAIL: {len(problems)} problem(s)")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
