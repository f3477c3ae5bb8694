#!/usr/bin/env python3
"""Standalone checker for the blind94 evaluation set (no kg_rag import).

    /work/main/.venv/bin/python eval/blind94/check_mc.py

Reads corpus/*.txt|.md (UTF-8), .docx (zipfile + XML), .pdf (pypdf), normalises text
(NFC, lower case, whitespace collapsed) and checks questions.jsonl and who_what.jsonl.
Prints OK, or the list of problems (exit code 1).
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

KINDS = {"factoid", "list", "who-what", "no-diacritics", "abbreviation", "metadata",
         "corpus", "follow-up", "unanswerable"}
QKEYS = {"id", "question", "answerable", "kind", "evidence", "keywords"}
QOPT = {"history", "actors"}
ROLES = {"chủ trì", "phối hợp", "thường trực", None}
# officer-style abbreviations counted for the abbreviation quota
ABBREV = [r"KH", r"HD", r"TB", r"CTr", r"BC", r"CV", r"QĐ", r"UBND", r"MTTQ", r"ĐU", r"ĐTN",
          r"HPN", r"LHPN", r"CCB", r"HND", r"CĐS", r"THCS", r"BTGDV", r"BĐVH", r"sđt", r"KH&CN",
          r"GD&ĐT", r"TTHC", r"HĐND", r"BTV", r"TG&DV", r"VP"]
ABBREV_RE = re.compile(r"(?<![\w&])(" + "|".join(re.escape(a) for a in ABBREV) + r")(?![\w&])",
                       re.IGNORECASE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

BANNED_PLACE_NAMES = [
    "An Phú", "An Trạch", "An Tuyền", "An Điền", "An Đạo", "Ao Sen", "Ba Lòng", "Ba Nang",
    "Ba Vách", "Ban Nguyên", "Bàng Thạch", "Bàu Lác", "Bàu Sen", "Bàu Thỉ", "Bàu Trám", "Bãi Dâu",
    "Bãi Gành", "Bãi Lau", "Bãi Nhút", "Bãi Nổi", "Bãi Sậy", "Bãi Ổi", "Bình Giang", "Bình Khê",
    "Bình Lục", "Bình Minh", "Bình Sơn", "Bình Tường", "Bích Trung", "Bích Đàm", "Bó Mạ",
    "Bưởi Phú", "Bạch Long", "Bạch Sa", "Bản Chang", "Bản Cát", "Bản Giàng", "Bản Lìm",
    "Bản Nguồn", "Bản Sài", "Bảo Lâm", "Bảo Yên", "Bảo Đài", "Bắc Giang", "Bắc Hà", "Bằng Lăng",
    "Bằng Phúc", "Bến Cầu", "Bến Gạo", "Bến Lội", "Bến Mây", "Bến Mới", "Bến Ngà", "Bến Quế",
    "Bến Sỏi", "Bến Triều", "Bến Trúc", "Bến Đá", "Bồ Khai", "Bồng Lai", "Bờ Tre", "Cam Lộ",
    "Cang Hồ", "Cao Lộc", "Cao Minh", "Cao Mật", "Cao Phong", "Cao Viễn", "Chiêm Lễ",
    "Chiêu Dương", "Chiềng Khương", "Chiềng Pha", "Chiềng Sại", "Chu Phán", "Chu Va", "Chà Vàng",
    "Chày Hạ", "Chân Mộng", "Chè An", "Chè Shan", "Chù Lìn", "Chư Glei", "Chư Krei", "Chương Hòa",
    "Chằm Dưới", "Chế Lìu", "Chỉ đạo", "Chợ Vạc", "Cán Tỷ", "Cát Hạ", "Cát Lũy", "Cát Lộc",
    "Cát Mộc", "Cát Thượng", "Cát Trinh", "Cây Dầu", "Cây Gạo", "Cây Sữa", "Cây Thị", "Cò Noi",
    "Cù Bàn", "Cù Lao", "Cù Mai", "Cư Mlai", "Cư Pơng", "Cầu Gỗ", "Cầu Mới", "Cầu Trắng",
    "Cẩm Liên", "Cẩm Lư", "Cẩm Phong", "Cẩm Trạch", "Cẩm Vân", "Cẩm Đường", "Cỏ Mây", "Cốc Chủ",
    "Cốc Lùng", "Cốc Lầu", "Cốc Phầy", "Cốc Pái", "Cốc Sâm", "Cồn Mây", "Cồn Thơm", "Cồn Trứng",
    "Cồn Vịt", "Cồn Ốc", "Cổ Chiêm", "Cổ Loan", "Cổ Nhuận", "Cổ Thành", "Cổ Đam", "Cừ Bắc",
    "Cừ Sơn", "Cửa Lân", "Cửa Triều", "Cửa Vạn", "Diên Hạ", "Diên Phúc", "Diên Thượng", "Diên Thọ",
    "Diễn Lũy", "Dã Tượng", "Dương Khẩu", "Dằm Lau", "Dằm Trên", "Dốc Sỏi", "Dốc Đỏ", "Dực Thủy",
    "Ea Kao", "Ea Rôk", "Eo Gió", "Eo Ông", "Ghềnh Bạc", "Gia Hội", "Gia Khánh", "Gia Lạc",
    "Gia Thụy", "Giang Thành", "Giáp Lũng", "Giếng Đá", "Giồng Keo", "Giồng Sao", "Gành Hàu",
    "Gành Đỏ", "Gò Chuông", "Gò Dưa", "Gò Lãnh", "Gò Mít", "Gò Nghệ", "Gò Nhãn", "Gò Sim",
    "Gò Sắn", "Gò Đình", "Gềnh Sỏi", "Gốc Gạo", "Gốc Sung", "Hiển Xuyên", "Hiệp Thuận",
    "Hoài Trung", "Hoài Viễn", "Hoàng Văn", "Hoành Sa", "Hoằng Thái", "Huổi Lẹng", "Hà Châu",
    "Hà Lĩnh", "Hà Mi", "Hà Nguyên", "Hà Sơn", "Hà Trung", "Hà Vĩ", "Hàm Khê", "Hàm Ngư",
    "Hào Giang", "Háng Lìa", "Háng Tày", "Hòa Bình", "Hòa Khánh", "Hòa Lâm", "Hòa Lợi", "Hòa Mục",
    "Hòa Mỹ", "Hòa Nam", "Hòa Phong", "Hòa Thuận", "Hòa Vang", "Hòa Đạt", "Hòe Sơn", "Hòn Chảo",
    "Hô Sáng", "Húc Nghì", "Hưng Lộc", "Hưng Nhượng", "Hưng Thạnh", "Hưng Đạo", "Hương Cát",
    "Hương Khê", "Hương Trầm", "Hướng Điền", "Hạ Lũng", "Hạ Mạch", "Hạ Quan", "Hạ Trạch",
    "Hạ Vàng", "Hạ Xuyên", "Hạc Lĩnh", "Hạc Xuyên", "Hạnh Lâm", "Hạnh Phú", "Hải Thịnh",
    "Hải Triều", "Hải Đông", "Hố Sen", "Hồ Lăng", "Hồ Lệ", "Hồ Ngạn", "Hồ Thượng", "Hồng Diệp",
    "Hồng Liễu", "Hồng Nhạn", "Hồng Phúc", "Hội Khuyến", "Hợp Tiến", "Ia Mơ", "Keo Lửa", "Kha Lộ",
    "Kha Vàm", "Khai Lạc", "Khang Điệp", "Khau Nhòn", "Khau Riềng", "Khau Vài", "Khe Cát",
    "Khe Gió", "Khe Giữa", "Khe Lau", "Khe Lim", "Khe Mát", "Khe Mây", "Khe Mơ", "Khe Ngang",
    "Khe Nứa", "Khe Rạc", "Khe Sâu", "Khe Sậy", "Khe Tre", "Khe Trúc", "Khe Vải", "Khoang đạt",
    "Khuân Lềnh", "Khuê Trung", "Khuôn Thắm", "Khuổi Lạn", "Khuổi Ma", "Khuổi Mùn", "Khuổi Sáng",
    "Khuổi Tát", "Khuổi Vạc", "Khánh Lâm", "Khánh Lưu", "Khánh Vĩ", "Khánh Xuân", "Khánh Đào",
    "Khâm Lãng", "Khâu Pàn", "Khê Thủy", "Khôi Hạ", "Khôi Nguyên", "Khôi Thượng", "Khúa Lanh",
    "Khúc Mai", "Khúc Thủy", "Khương Hòa", "Khả Lãng", "Khải Hòa", "Khải Lập", "Khải Ninh",
    "Kim Lũy", "Kim Ngưu", "Kim Sơn", "Kim Thành", "Kim Thạch", "Kinh Lăng", "Kiên Thới",
    "Kiến Mỹ", "Kiều Lâm", "Kiều Mộc", "Kon Rơ", "Krông Lũy", "Kênh Hạ", "Kỳ Hải", "Kỳ Lam",
    "Kỳ Phong", "Kỳ Sơn", "Kỳ Vân", "Lai Hà", "Lam Giang", "Lam Hạ", "Lam Nhạc", "Lam Sơn",
    "Lam Điền", "Liêm Trực", "Liên Hạnh", "Liễu Dương", "Long Châu", "Lung Dừa", "Ly Khê",
    "Làng Chùa", "Làng Mới", "Láng Cò", "Lâm Giang", "Lâm Hoài", "Lâu Mận", "Lãm Ngọc",
    "Lãng Hưng", "Lãng Trì", "Lãnh Giang", "Lèng Phìn", "Lèng Su", "Lê Thị", "Lìa Thượng",
    "Lò Gạch", "Lò Vôi", "Lòi Ổi", "Lùng Thàng", "Lý Trạch", "Lăng Mai", "Lĩnh Châu", "Lĩnh Hạ",
    "Lĩnh Thành", "Lũ Phong", "Lũng Cao", "Lũng Cốc", "Lũng Khoen", "Lũng Mần", "Lũng Phầy",
    "Lũng Pảng", "Lũng Quang", "Lũng Thắm", "Lũng Tiên", "Lũng Vài", "Lũy Tre", "Lư Khánh",
    "Lưu Hạ", "Lưu Kiệt", "Lưu Sa", "Lưu Thượng", "Lương Hải", "Lương Sa", "Lương Điền",
    "Lạc Diên", "Lạc Giao", "Lạc Hòa", "Lạc Nhuế", "Lạc Sơn", "Lạc Uyên", "Lạch Bàng",
    "Lạch Ruông", "Lạch Sơn", "Lạn Thành", "Lạng Sơn", "Lạp Thượng", "Lệ Trạch", "Lộ Hạ",
    "Lộ Thượng", "Lộc Hải", "Lộc Khê", "Lộc Ninh", "Lộc Thủy", "Lộc Vịnh", "Lộc Điền", "Lục Giang",
    "Lục Khê", "Lục Yên", "Mai Lĩnh", "Mai Trì", "Mai Xá", "Mai Động", "Minh Tiến", "Mê Lăng",
    "Mù Sang", "Mũi Nghê", "Mũi Đèn", "Mương Khai", "Mương Đá", "Mường Chiêng", "Mường Khoa",
    "Mường Khê", "Mường Lát", "Mường Ón", "Mạc Lăng", "Mạc Thượng", "Mạch Lâm", "Mạn Thủy",
    "Mẫn Lộ", "Mậu Lâm", "Mậu Xuyên", "Mỏ Nhài", "Mỏ Vàng", "Mồ Dề", "Mộ Khê", "Mộc Hương",
    "Mộc Sơn", "Mộc Xuyến", "Mộng Điền", "Mỹ Cang", "Mỹ Hào", "Mỹ Lợi", "Mỹ Nhơn", "Mỹ Thạnh",
    "Na Lầu", "Na Ngần", "Na Pháo", "Nam Hà", "Nam Hòa", "Nam Khê", "Nghi Thủy", "Nghi Trạch",
    "Nghiêm Xuyên", "Nghè Cao", "Nghê Bắc", "Nghênh Phong", "Nghĩa Hành", "Nghĩa Phong",
    "Nghĩa Thông", "Nghĩa Trụ", "Nghĩa Xuyên", "Nguyệt Ánh", "Ngàn Phố", "Ngàn Sương",
    "Ngàn Thông", "Ngân Châu", "Ngân Phong", "Ngân Sơn", "Ngòi Cả", "Ngòi Dương", "Ngũ Lĩnh",
    "Ngũ Phúc", "Ngư Lạc", "Ngải Dương", "Ngọa Long", "Ngọc Bàng", "Ngọc Dao", "Ngọc Khê",
    "Ngọc Liên", "Ngọc Lâm", "Ngọc Lũng", "Ngọc Lương", "Ngọc Thủy", "Ngọc Trì", "Ngọc Tuyền",
    "Nhuận Trạch", "Nhuệ Lâm", "Nhân Thạc", "Nhù Sang", "Nhạn Tháp", "Nhật Quang", "Nhật Thịnh",
    "Nhật Tảo", "Ninh Giang", "Ninh Phước", "Nà Chiêng", "Nà Cọ", "Nà Hẩu", "Nà Khoang",
    "Nà Khuông", "Nà Lùng", "Nà Lươn", "Nà Lừ", "Nà Lừu", "Nà Mò", "Nà Mòn", "Nà Pheo", "Nà Phặc",
    "Nà Pồng", "Nà Pục", "Nà Sáy", "Nà Thẳm", "Nà Tấu", "Nà Vải", "Nương Dâu", "Nậm Cang",
    "Nậm Khiêu", "Nậm Khoa", "Nậm Pằn", "Nậm Sàng", "Nậm Sơn", "Nậm Ty", "Nậm Xía", "Nặm Cắm",
    "Nặm Cọ", "Nặm Dìn", "Pa Cò", "Pa Tầng", "Phiêng Luông", "Phiêng Lâm", "Phiêng Lồm",
    "Phiêng Mòn", "Phja Khao", "Phja Đén", "Phong Dực", "Phong Điền", "Phìn Hồ", "Phìn Lũng",
    "Phìn Ngải", "Phìn Sò", "Phò Lạc", "Phòng GD", "Phù Liễu", "Phù Lưu", "Phù Mỹ", "Phù Sa",
    "Phù Thạch", "Phù Vân", "Phù Đông", "Phú Hưng", "Phú Khê", "Phú Lâm", "Phú Lãm", "Phú Lạc",
    "Phú Lễ", "Phú Lộc", "Phú Thượng", "Phú Xuân", "Phúc Điền", "Phương Khê", "Phương Mao",
    "Phước Hòa", "Phước Hưng", "Phước Hải", "Phước Hậu", "Phước Kỳ", "Phước Lâm", "Phước Lũy",
    "Phước Sơn", "Phước Thạnh", "Phước Thịnh", "Phước Điền", "Phượng Cầu", "Phấn đấu", "Phố Rèn",
    "Phổ Lăng", "Phổ Lại", "Phụng Sơn", "Piềng Lả", "Plei Rông", "Pá Hốc", "Pá Lùng", "Pác Mạ",
    "Pác Ngà", "Pác Ngòi", "Pác Xả", "Pò Háng", "Pò Hẩu", "Pù Luông", "Pù Lình", "Pù Mo", "Pù Tao",
    "Pú Xí", "Pắc Xum", "Pờ Hồ", "Quan Dốc", "Quang Hiển", "Quang Minh", "Quang Tiến",
    "Quang Trung", "Quy Lãm", "Quy Thạch", "Quyết Thắng", "Quảng Hà", "Quế Lâm", "Quế Sơn",
    "Quỳnh Châu", "Quỳnh Lưu", "Ra Mai", "Rinh Thượng", "Ràng Bông", "Rào Mé", "Rào Nậy", "Rú Chè",
    "Rạch Cốm", "Rạch Vẹt", "Rạch Điều", "Rạn Trai", "Rạng Khê", "Rẫy Mới", "Rịa Trong", "Rộc Mạ",
    "Rộc Vàng", "Rừng Hồi", "Sa Lung", "Sa Lĩnh", "Sa Mộc", "Sa Vĩ", "Sen Hồ", "Soi Tiền",
    "Suối Cạn", "Suối Hoa", "Suối Lau", "Suối Mây", "Suối Mơ", "Suối Sim", "Suối Thầu", "Sà Dề",
    "Sà Phìn", "Sáng Pả", "Séo Lủng", "Sìn Pao", "Sông Cầu", "Sông Lụa", "Sông Nhạn", "Sông Rinh",
    "Sông Trạch", "Sùng Lĩnh", "Sơn Cước", "Sơn Hòa", "Sơn Hải", "Sơn Nguyên", "Sơn Quỳ",
    "Sơn Tịnh", "Sơn Vỹ", "Sương Mai", "Sương Nguyệt", "Sầm Vĩ", "Sở đã", "Tam Nông", "Tam Đa",
    "Thanh Bình", "Thanh Hà", "Thanh Lĩnh", "Thanh Tước", "Thanh Xá", "Thiên Lộc", "Thiết Hà",
    "Thiết Sơn", "Thiện Kỳ", "Thuần Phong", "Thuận Giang", "Thuận Nguyên", "Thành Mai",
    "Thác Bưởi", "Thác Ngàn", "Thác Vọng", "Thái Nguyên", "Thái Sơn", "Tháp Đá", "Thôn Số",
    "Thùy Dương", "Thượng Kiệm", "Thượng Lâm", "Thượng Mỗ", "Thượng Ngàn", "Thượng Quỳ",
    "Thạch Bàn", "Thạch Hà", "Thạch Lâm", "Thạch Lựu", "Thạch Môn", "Thạch Quỳ", "Thạch Xuyên",
    "Thạnh Nê", "Thạnh Quới", "Thắng Lợi", "Thẳm Hon", "Thịnh Xuyên", "Thống Nhất", "Thổ Khối",
    "Thụy Lôi", "Thủy Liên", "Thủy Tú", "Tiên Lãng", "Tiên Nữ", "Tiên Sa", "Tiên Sà", "Tiêu Lạc",
    "Tiền Phong", "Triều Dương", "Triệu Lâm", "Trung Hòa", "Trung Hậu", "Trung Khải",
    "Trung Lương", "Trung Tâm", "Truông Mít", "Trà Giang", "Trà Liên", "Trà Lĩnh", "Tràm Khê",
    "Tràm Lụa", "Tràng Bạch", "Tràng Khúc", "Tràng Liễu", "Tràng Xá", "Trì Nhuận", "Trù Mật",
    "Trúc Khê", "Trúc Lâu", "Trường Giang", "Trường Lệ", "Trường Xuân", "Trạc Sơn", "Trại Chè",
    "Trại Cả", "Trại Gai", "Trại Mới", "Trại Ươm", "Trạm Phìn", "Trảng Dầu", "Trảng Ngọc",
    "Trấn Giang", "Trầm Hương", "Trần Quốc", "Trịnh Xuân", "Tuy An", "Tuy Lộc", "Tuy Nam",
    "Tuyết Sơn", "Tuệ Minh", "Tà Lùng", "Tà Pình", "Tà Sình", "Tà Xuyên", "Tân An", "Tân Bửu",
    "Tân Châu", "Tân Dụ", "Tân Khiêm", "Tân Khê", "Tân Linh", "Tân Lập", "Tân Mộc", "Tân Ngọc",
    "Tân Phong", "Tân Phước", "Tân Sương", "Tây Lộ", "Tây Nguyên", "Tây Sơn", "Tây Thạnh",
    "Tính đến", "Tùng Sơn", "Tùng Ảnh", "Tú Mỹ", "Tương Khê", "Tường Lĩnh", "Tường Vân",
    "Tượng Lĩnh", "Tả Chải", "Tảng Ngài", "Tằm Hoa", "Tịch Cốc", "Tịnh Khuê", "Tọa đàm",
    "Tủa Thàng", "Vi Hương", "Vàm Láng", "Vân Cát", "Vân Cừ", "Vân Giang", "Vân Khê", "Vân Lũng",
    "Vân Sa", "Vân Trì", "Vân Tây", "Vân Đồn", "Võ Thanh", "Văn Uyên", "Vĩ Thượng", "Vĩnh An",
    "Vĩnh Linh", "Vĩnh Lạc", "Vĩnh Nhuận", "Vĩnh Trà", "Vĩnh Ấm", "Vũ Lăng", "Vũ Nông", "Vũ Thị",
    "Vũ Xá", "Vũng Nồm", "Vườn Chuối", "Vạc Lĩnh", "Vạn Lộc", "Vạn Thủy", "Vạn Triều", "Vạn Xuân",
    "Vạt Lúa", "Vận động", "Vệ Giang", "Vịnh Nhàn", "Vịnh Đào", "Vọng Các", "Vọng Giang",
    "Vọng Khê", "Vọng Lâu", "Vọng Nguyệt", "Vụ Lâm", "Vực Trúc", "Xuân Hợp", "Xuân Khuê",
    "Xuân Kiều", "Xuân Ngạn", "Xuân Viên", "Xích Thổ", "Xóm Chài", "Xóm Đình", "Yên Hòa",
    "Yên Khê", "Yên Lạc", "Yên Mã", "Yên Thành", "Yên Thạch", "Ô Cát", "Ô Khê", "Ô Lâu", "Ô Đùng",
    "Ông Bổn", "Úc Kỳ", "Đan Quế", "Điền Cảng", "Điệp Sơn", "Đoài Khê", "Đoàn Kết", "Đoàn Thái",
    "Đoàn Tuy", "Đài Sơn", "Đàm Hạ", "Đàm Thượng", "Đào Viên", "Đá Bạc", "Đá Chồng", "Đá Lửa",
    "Đá Mài", "Đá Trắng", "Đèo Bồng", "Đèo Gió", "Đèo Nhạn", "Đình Cương", "Đình Thượng",
    "Đình Vọng", "Đông Giang", "Đông Hạ", "Đông Hải", "Đông Lâm", "Đông Lĩnh", "Đông Nghi",
    "Đông Quyển", "Đông Sơn", "Đông Thành", "Đông Tiến", "Đông Vũ", "Đại Khương", "Đạm Thủy",
    "Đạo Nguyên", "Đầm Lác", "Đầm Rồng", "Đầm Vân", "Đắk Bình", "Đắk Sơn", "Đằng Hà", "Định Hóa",
    "Đống Cao", "Đồi Mây", "Đồi Trúc", "Đồng Bưởi", "Đồng Bảng", "Đồng Bục", "Đồng Chùa",
    "Đồng Chảy", "Đồng Cát", "Đồng Dinh", "Đồng Giang", "Đồng Gianh", "Đồng Khiêm", "Đồng Kiều",
    "Đồng Liễu", "Đồng Luông", "Đồng Lư", "Đồng Mận", "Đồng Mới", "Đồng Ngát", "Đồng Nhãn",
    "Đồng Phú", "Đồng Quế", "Đồng Ráng", "Đồng Rẫy", "Đồng Sả", "Đồng Sậu", "Đồng Tiêu",
    "Đồng Tâm", "Đồng Vố", "Đồng Xoài", "Đồng Xuyên", "Đỗ Xá", "Đức Lương", "Đức Phổ", "đi được",
    "đi đạt", "điều động", "đoàn Ba", "đoàn Bình", "đoàn Bắc", "đoàn Bồ", "đoàn Cẩm", "đoàn Diên",
    "đoàn Hà", "đoàn Hòa", "đoàn Hương", "đoàn Hướng", "đoàn Hạc", "đoàn Hải", "đoàn Kha",
    "đoàn Khúc", "đoàn Kim", "đoàn Kiên", "đoàn Kiến", "đoàn Kỳ", "đoàn Lam", "đoàn Ly",
    "đoàn Lâm", "đoàn Lương", "đoàn Lộc", "đoàn Mai", "đoàn Mê", "đoàn Mường", "đoàn Mỹ",
    "đoàn Nam", "đoàn Ngàn", "đoàn Ngân", "đoàn Ngọc", "đoàn Phước", "đoàn Quảng", "đoàn Quỳnh",
    "đoàn Sa", "đoàn Sơn", "đoàn Thanh", "đoàn Thượng", "đoàn Thạch", "đoàn Trà", "đoàn Trạm",
    "đoàn Tà", "đoàn Tây", "đoàn Tường", "đoàn Tằm", "đoàn Vân", "đoàn Vịnh", "đoàn Xích",
    "đoàn Yên", "đoàn Điệp", "đoàn Đông", "đoàn Đắk", "đoàn đã", "đoàn đúng", "đoàn được",
    "đoàn đề", "đáp ứng", "đã đăng", "đã được", "đã đạt", "đôn đốc", "được Ban", "được Đảng",
    "được đưa", "đạt ít", "đảo Hòn", "đến Liên", "đến đúng", "để Hội", "để đáp", "để đăng",
    "để được", "đối ứng", "đồng ý", "đủ điều", "ước đạt", "Ấm Hạ", "Ấm Thượng", "ỦY BAN",
    "ủy Bình", "ủy Bắc", "ủy Bồ", "ủy Cam", "ủy Cao", "ủy Các", "ủy Cẩm", "ủy Dinh", "ủy Hà",
    "ủy Hòa", "ủy Hưng", "ủy Hương", "ủy Hải", "ủy Hồ", "ủy Khau", "ủy Kim", "ủy Kiên", "ủy Krông",
    "ủy Kỳ", "ủy Mê", "ủy Mường", "ủy Mỹ", "ủy Nam", "ủy Nghĩa", "ủy Ngòi", "ủy Ngư", "ủy Ngọc",
    "ủy Nhật", "ủy Nậm", "ủy Phù", "ủy Phước", "ủy Quảng", "ủy Sơn", "ủy Thanh", "ủy Thái",
    "ủy Thạch", "ủy Tiên", "ủy Tràng", "ủy Tuyên", "ủy Tà", "ủy Tây", "ủy Vân", "ủy Vĩnh",
    "ủy Vạn", "ủy Xuân", "ủy Yên", "ủy Đá", "ủy Đông", "ủy Đắk", "ủy Đặng", "ủy Đức", "ủy đánh",
    "ủy đã", "ủy đúng", "ủy đưa", "ủy đảm", "ủy đề", "ủy để", "ủy định", "ủy ở",
]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


def has_diacritics(s):
    return any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in s)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out = []

    def para(p):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag in (W + "tab", W + "br"):
                parts.append(" ")
        return "".join(parts)

    for el in body:
        if el.tag == W + "p":
            out.append(para(el))
        elif el.tag == W + "tbl":
            for tc in el.iter(W + "tc"):
                for p in tc.iter(W + "p"):
                    out.append(para(p))
    return "\n".join(out)


def pdf_text(path):
    import pypdf
    return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)


def read_doc(fn):
    path = os.path.join(CORPUS, fn)
    if fn.endswith(".docx"):
        return docx_text(path)
    if fn.endswith(".pdf"):
        return pdf_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def load_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if unicodedata.normalize("NFC", raw) != raw:
        problems.append("%s: not NFC" % os.path.basename(path))
    for i, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            problems.append("%s line %d: bad JSON (%s)" % (os.path.basename(path), i, e))
    return rows


def main():
    problems = []
    files = sorted(f for f in os.listdir(CORPUS) if not f.startswith("."))
    raw, docs = {}, {}
    for fn in files:
        if not re.match(r"^mc0[1-5]_[a-z0-9_]+\.(txt|md|docx|pdf)$", fn):
            problems.append("corpus: unexpected file name %s" % fn)
        t = read_doc(fn)
        raw[fn] = t
        docs[fn] = norm(t)
        if unicodedata.normalize("NFC", t) != t:
            problems.append("%s: text not NFC" % fn)
        words = len(t.split())
        if not 700 <= words <= 1500:
            problems.append("%s: %d words (want 700-1500)" % (fn, words))
        for b in BANNED_PLACE_NAMES:
            if b in t:
                problems.append("%s: uses banned name %r" % (fn, b))
        for line in t.splitlines():
            if "57-NQ/TW" in line and not line.strip().startswith("Căn cứ"):
                problems.append("%s: 57-NQ/TW outside a 'Căn cứ' line: %r" % (fn, line.strip()[:60]))
        if fn.endswith(".pdf"):
            import pypdf
            n = len(pypdf.PdfReader(os.path.join(CORPUS, fn)).pages)
            if not 2 <= n <= 4:
                problems.append("%s: %d pages (want 2-4)" % (fn, n))
    if len(files) != 5:
        problems.append("corpus: %d files (want 5)" % len(files))
    exts = {os.path.splitext(f)[1] for f in files}
    for e in (".txt", ".docx", ".pdf"):
        if e not in exts:
            problems.append("corpus: no %s file" % e)
    alltext = "\n".join(raw.values())
    if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in alltext:
        problems.append("corpus: State motto missing")
    if not any(re.search(r"^\|.*\|\s*$", raw[f], re.M) for f in files if f.endswith((".md", ".txt"))):
        problems.append("corpus: no Markdown table in .md/.txt")

    def check_quote(where, src, quote):
        if src not in docs:
            problems.append("%s: unknown source %r" % (where, src))
            return False
        q = norm(quote)
        if not 20 <= len(q) <= 200:
            problems.append("%s: quote length %d not in 20-200: %r" % (where, len(q), quote[:50]))
        if q not in docs[src]:
            problems.append("%s: quote not found in %s: %r" % (where, src, quote[:80]))
            return False
        return True

    # ---------------- questions
    qs = load_jsonl(QFILE, problems)
    seen, texts = set(), {}
    cited = {f: 0 for f in files}
    n_un = n_nod = n_abbr = n_fu = n_fu_un = n_ww = 0
    kinds = {}
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not QKEYS <= keys or keys - QKEYS - QOPT:
            problems.append("%s: bad keys %s" % (qid, sorted(keys)))
            continue
        if not re.match(r"^mc\d{3}$", qid):
            problems.append("%s: bad id" % qid)
        if qid in seen:
            problems.append("%s: duplicate id" % qid)
        seen.add(qid)
        text = q["question"]
        if unicodedata.normalize("NFC", text) != text:
            problems.append("%s: question not NFC" % qid)
        for b in BANNED_PLACE_NAMES:
            if b in text:
                problems.append("%s: question uses banned name %r" % (qid, b))
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        if q["kind"] not in KINDS:
            problems.append("%s: bad kind %r" % (qid, q["kind"]))
        if "history" in q:
            n_fu += 1
            if not q["answerable"]:
                n_fu_un += 1
            if not isinstance(q["history"], list) or not q["history"]:
                problems.append("%s: empty history" % qid)
            for h in q.get("history") or []:
                if h not in texts.values():
                    problems.append("%s: history is not an earlier question: %r" % (qid, h[:50]))
        texts[qid] = text
        if not has_diacritics(text):
            n_nod += 1
        if ABBREV_RE.search(text):
            n_abbr += 1
        if q["answerable"] is False:
            n_un += 1
            if q["evidence"] or q["keywords"]:
                problems.append("%s: unanswerable with evidence/keywords" % qid)
            continue
        if q["answerable"] is not True:
            problems.append("%s: answerable must be true/false" % qid)
        if not q["evidence"]:
            problems.append("%s: answerable without evidence" % qid)
        if not 1 <= len(q["keywords"]) <= 3:
            problems.append("%s: %d keywords (want 1-3)" % (qid, len(q["keywords"])))
        srcs = []
        for i, ev in enumerate(q["evidence"]):
            if set(ev) != {"source", "quote"}:
                problems.append("%s: evidence %d bad keys" % (qid, i))
                continue
            if check_quote("%s ev%d" % (qid, i), ev["source"], ev["quote"]):
                srcs.append(ev["source"])
        for s in set(srcs):
            cited[s] += 1
        quotes = " || ".join(norm(ev.get("quote", "")) for ev in q["evidence"])
        for kw in q["keywords"]:
            k = norm(kw)
            if not k:
                problems.append("%s: empty keyword" % qid)
            elif k not in quotes and not any(k in docs[s] for s in srcs):
                problems.append("%s: keyword %r not in quotes or cited file" % (qid, kw))
        if q.get("actors"):
            n_ww += 1
            for a in q["actors"]:
                if not any(norm(a) in docs[s] for s in srcs):
                    problems.append("%s: actor %r not verbatim in cited file" % (qid, a))
    n = len(qs)
    if n == 0:
        problems.append("questions.jsonl: empty")
        n = 1
    pct = lambda k: 100.0 * k / n
    if pct(n_un) < 22:
        problems.append("unanswerable %.1f%% < 22%%" % pct(n_un))
    if pct(n_nod) < 15:
        problems.append("no-diacritics %.1f%% < 15%%" % pct(n_nod))
    if pct(n_abbr) < 12:
        problems.append("abbreviations %.1f%% < 12%%" % pct(n_abbr))
    if n_fu < 15:
        problems.append("follow-ups %d < 15" % n_fu)
    if not 1 <= n_fu_un <= 2:
        problems.append("unanswerable follow-ups %d (want 1-2)" % n_fu_un)
    if n_ww < 12:
        problems.append("who-what questions with actors %d < 12" % n_ww)
    for k in ("metadata", "corpus"):
        if kinds.get(k, 0) < 1:
            problems.append("no %s question" % k)
    for f, c in cited.items():
        if c < 12:
            problems.append("%s cited by %d answerable questions (< 12)" % (f, c))

    # ---------------- who-what gold
    ws = load_jsonl(WFILE, problems)
    wsrc = set()
    for w in ws:
        wid = w.get("id", "?")
        if set(w) != {"id", "directive", "source", "actors", "intruders"}:
            problems.append("%s: bad keys %s" % (wid, sorted(w)))
            continue
        src = w["source"]
        if src not in docs:
            problems.append("%s: unknown source %r" % (wid, src))
            continue
        wsrc.add(src)
        names = set()
        for i, a in enumerate(w["actors"]):
            where = "%s actor%d" % (wid, i)
            if set(a) != {"name", "role", "deadline", "task_quote"}:
                problems.append("%s: bad keys" % where)
                continue
            if norm(a["name"]) not in docs[src]:
                problems.append("%s: name %r not verbatim" % (where, a["name"]))
            names.add(norm(a["name"]))
            if a["role"] not in ROLES:
                problems.append("%s: bad role %r" % (where, a["role"]))
            if a["deadline"] is not None and norm(a["deadline"]) not in docs[src]:
                problems.append("%s: deadline %r not verbatim" % (where, a["deadline"]))
            check_quote(where, src, a["task_quote"])
        if not w["actors"]:
            problems.append("%s: no actors" % wid)
        for x in w["intruders"]:
            if norm(x) not in docs[src]:
                problems.append("%s: intruder %r not in document" % (wid, x))
            if norm(x) in names:
                problems.append("%s: intruder %r is also an actor" % (wid, x))
    for f in files:
        if f not in wsrc:
            problems.append("who_what.jsonl: no line for %s" % f)

    print("questions: %d | unanswerable %.1f%% | no-diacritics %.1f%% | abbreviations %.1f%% | "
          "follow-ups %d (%d unanswerable) | who-what with actors %d"
          % (len(qs), pct(n_un), pct(n_nod), pct(n_abbr), n_fu, n_fu_un, n_ww))
    print("kinds:", json.dumps(dict(sorted(kinds.items())), ensure_ascii=False))
    print("cited:", json.dumps(cited, ensure_ascii=False))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
