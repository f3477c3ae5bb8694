"""Reading who acts in a sentence of a directive, and on what terms: the body's full name, its role
("chủ trì", "phối hợp", "thường trực"), the bodies it works with, and the deadline.

    "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Khoa học và Công nghệ hướng dẫn …; hoàn
     thành trước ngày 30/6/2025"  -> actor, role "chủ trì", partners [Sở …], deadline "trước ngày 30/6/2025"
    "Giao Văn phòng Tỉnh ủy …", "Các chi bộ, đảng ủy cơ sở: Theo chức năng …" -> the actor, where its task starts

A name is never cut: a verb only ends it when written in lower case after the name ("Ban Chỉ đạo"
is a name, "… chỉ đạo các xã" a task), and a list of bodies before the verb is one group whose
members are listed once.
"""
from __future__ import annotations

import re

from ..text.genre import expand_abbreviations
from ..text.letters import capitals
from ..text.normalize import fold
from ..text.segment import is_word

HEADS = ("Ban", "Phòng", "Sở", "Văn phòng", "Ủy ban", "UBND", "UBMTTQ", "Đảng ủy", "Đảng bộ", "Đảng đoàn", "Cấp ủy",
         "Chi bộ", "Các", "Tuyên giáo", "Trung tâm", "Đoàn", "Hội", "Mặt trận", "Huyện ủy", "Tỉnh ủy", "Thành ủy",
         "Thị ủy", "Thường trực", "Công an", "Bộ", "Cơ quan", "Báo", "Đài", "Giám đốc", "Chủ tịch", "Thủ trưởng",
         "Chánh Văn phòng", "Trường", "Viện", "Liên đoàn", "Hội đồng", "Tổ", "Trạm", "Bí thư", "Thủ tướng", "MTTQ",
         "Lãnh đạo", "Công chức", "Cán bộ", "Giáo viên", "Hiệu trưởng", "Phó Hiệu trưởng", "Đồng chí", "Tổ trưởng", "Trưởng", "Phó Trưởng", "Người đứng đầu", "Thôn", "Tổ dân phố", "Đảng viên", "Hội viên",
         "Đoàn viên", "Nhà trường", "Chi đoàn", "Chi hội", "Ban chỉ đạo", "Ban quản lý", "Ban Giám hiệu",
         "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn", "Thị đoàn", "Huyện Đoàn", "Tỉnh Đoàn", "Thành Đoàn", "Thị Đoàn", "Liên hiệp", "Hiệp hội", "Liên minh", "Chi cục", "Cục", "Tổng cục", "Quỹ",
         "Cổng Thông tin", "Cổng thông tin", "Bệnh viện", "Kho bạc", "Thư viện", "Bảo tàng", "Nhà văn hóa", "Nhà Văn hóa",
         "Nhà Thiếu nhi", "Cung Văn hóa", "Cung Thiếu nhi",
         "Hợp tác xã", "Bảo hiểm xã hội", "Bưu điện", "Công ty", "Tập đoàn", "Ngân hàng", "Viettel", "VNPT", "Viễn thông", "Điện lực", "Chi nhánh", "HTX", "Đội", "Công đoàn", "Liên đội", "Chi ủy", "Khoa", "Đồn",
         "Hạt Kiểm lâm", "Hạt Quản lý")
# not "Tổ chức …", "Tuyên truyền …": verbs; nor "Lãnh đạo" leading no body ("Lãnh đạo hoàn thiện hồ sơ …", "Lãnh đạo số hóa …")
# (and "Bộ phận Kế toán Phòng GD&ĐT", not "bộ phận" as a part of something; "Thanh tra Sở", not "Thanh tra việc …")
_HEAD_RE = r"(?:Bộ phận(?= [A-ZĐÀ-Ỹ])|Thanh tra(?= (?:[A-ZĐÀ-Ỹ]|tỉnh\b|huyện\b))|" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)) + r")(?![\wÀ-ỹ])(?<!Tổ(?= chức))(?<!Sở(?= hữu))(?<!Bộ(?= máy| phận))" \
    r"(?<!Báo(?= cáo))(?<!Trường(?= hợp))(?<!Hội(?= nghị| thảo| thi| diễn| chợ| nhập))(?<!Đoàn(?= kết))(?<!Đội(?= ngũ))" \
    r"(?<!Viễn thông(?! [A-ZĐÀ-Ỹ]))(?<!Lãnh đạo(?! (?:[A-ZĐÀ-Ỹ]|các\b|cấp\b|đơn vị|cơ quan|nhà trường|địa phương|ngành\b)))(?<!Ban(?= hành))(?<!Phòng(?=,? chống| ngừa))(?<!Khoa(?= học))"
# an actor opens the text, or follows an assignment cue ("Giao …", "Đề nghị các trường …")
# (after a cue, a body may be its abbreviation alone: "Giao TTHTCĐ xã mở thêm 4 lớp …")
ACTOR_START = re.compile(rf"^(?:(?:Giao|Đề nghị|Yêu cầu)\s+(?:các\s+|những\s+)?(?:(?i:{_HEAD_RE})|[A-ZĐ]{{3,7}}(?![\wÀ-ỹ&/.-]))|{_HEAD_RE})")
_CUE = re.compile(r"^(?P<cue>Giao|Đề nghị|Yêu cầu)\s+", re.I)
_PLURAL_HEAD = re.compile(rf"các\s+{_HEAD_RE}")           # "các Ban …", "các Tổ đại biểu …": bodies named in the plural
_COMPOSED = re.compile(r"\s(?:bao gồm|gồm)\s")
_CAP_OF = ("tỉnh|huyện|xã|phường|thị xã|thị trấn|thành phố|cơ sở|trường|bộ|ngành|quốc gia|trung ương|ủy|trên|dưới|nước|điện|thoát nước"
           "|Trung ương|Tỉnh|Huyện|Xã")       # (after which "cấp" is no verb: "Ban Chỉ đạo cấp huyện", "Trạm cấp nước")
_AUX = re.compile(r"\s(đã|sẽ|đang|cũng|vẫn|luôn)\s")
_NAMED_TONG = re.compile(capitals(r"(?<![\wÀ-ỹ])[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+Tổng$"))      # a place's "Pác Tổng", not "Tổng phụ trách"
VERBS = ("tham mưu", "chủ trì", "chủ động", "phối hợp", "tổ chức", "bám sát", "chỉ đạo", "hướng dẫn", "theo dõi",
         "xây dựng", "triển khai", "thực hiện", "căn cứ", "có trách nhiệm", "chịu trách nhiệm", "đôn đốc", "kiểm tra",
         "tăng cường", "nghiên cứu", "phổ biến", "quán triệt", "tuyên truyền", "lãnh đạo", "rà soát", "báo cáo",
         "tiếp tục", "cần", "phải", "định kỳ", "giúp", "nắm", "đẩy mạnh", "quan tâm", "thường xuyên", "xác định",
         "đưa", "bố trí", "cử", "được giao", "làm", "nâng cao", "bảo đảm", "đảm bảo", "đề xuất", "tập trung", "mở",
         "cập nhật", "biên soạn", "hỗ trợ", "giám sát", "phát huy", "ưu tiên", "là cơ quan", "là đơn vị", "là bộ phận", "tổng hợp",
         "ban hành", "vận động", "khẩn trương", "gửi", "cung cấp", "chuẩn bị", "sử dụng", "ứng dụng", "thành lập",
         "đăng ký", "rà", "thống kê", "lồng ghép", "kịp thời", "phân công", "đề nghị", "trình", "đẩy nhanh",
         "chịu", "quản lý", "duy trì", "đánh giá", "tạo điều kiện", "cân đối", "phân bổ", "mua sắm",
         "sửa chữa", "tặng", "ủng hộ", "huy động", "thẩm định", "phê duyệt", "khảo sát", "sơ kết", "tổng kết",
         "bồi dưỡng", "đào tạo", "tập huấn", "lựa chọn", "mời", "giới thiệu", "khen thưởng", "xử lý", "giải quyết",
         "tiếp nhận", "hoàn thành", "tích cực", "phát triển", "kiện toàn", "làm đầu mối", "lập", "nộp", "thông báo",
         "phát động", "tuyển", "ký kết", "sớm", "tạm dừng", "niêm yết", "công khai", "giao", "lắp đặt", "lắp", "cấp", "cho vay", "tài trợ", "đặt hàng", "thông tin tới", "được", "bổ sung", "xem xét", "cho ý kiến", "chấp thuận",
         "trực tiếp", "phụ trách", "chọn", "mỗi", "cùng", "thẩm tra", "vận hành", "nâng cấp", "đầu tư", "tuyên dương",
         "in", "phát hành", "biểu dương", "chăm lo", "động viên", "theo", "căn cứ vào", "xây", "sắp xếp", "thu thập",
         "họp", "quyết định", "cụ thể hóa", "xác nhận", "kính trình",
         # what offices, stations and cooperatives do ("Đài truyền thanh xã khắc phục …", "HTX … cung ứng …")
         "khắc phục", "quản trị", "phát tin", "phát bản tin", "phát thông báo", "cung ứng", "kiểm soát", "tư vấn", "bảo quản", "cho mượn", "khám", "tiêm",
         "xét nghiệm", "lấy mẫu", "đăng tải", "phát sóng", "quảng bá", "số hóa", "cài đặt", "thu gom", "điều phối",
         "có mặt", "miễn phí")
# (no verb inside a name: "Trung tâm … Giáo dục thường xuyên", "… giao thông", "Ban Quản lý dự án đầu tư xây dựng")
_VERB_RE = re.compile(r"(?<![\wÀ-ỹ])(?<!dự án )(?<!dự án đầu tư )(?:" + "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True))
                      + r")(?![\wÀ-ỹ])(?<![Dd]ục thường xuyên)(?<!giao(?= thông))")
# ("phối hợp Huyện đoàn tổ chức …": a body named right after, "với" left out)
_PARTNERS = re.compile(r"[Pp]hối hợp(?: chặt chẽ)?(?: với|(?=\s+" + _HEAD_RE + r"))\s+(?P<who>.+?)(?=\s(?:" +
                       "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True)) + r")\s|[;:.]|$)")
_DEADLINE = re.compile(
    r"(?:(?:hoàn thành|xong)\s+)?(?:(?:trước|chậm nhất|trong|vào|đến|hạn|hạn chót)\s+(?:ngày\s+)?)?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[Tt]háng\s+\d{1,2}[/.-]\d{4}|"
    r"[Qq]uý\s+[IV]{1,3}(?:[/.-]\d{4}|\s+năm\s+\d{4})?|6 tháng (?:đầu|cuối) năm(?: \d{4})?|"
    r"định kỳ(?: hằng| hàng)?\s*(?:\d+\s*)?(?:tháng|quý|năm)|hằng (?:tháng|quý|năm))")


def actor_key(name: str) -> str:
    """ "Giao Ban Tuyên giáo Đảng uỷ Khối:" and "Ban Tuyên giáo Đảng ủy Khối" -> one key."""
    k = fold(expand_abbreviations(name, keep=False))
    k = re.sub(r"^(?:giao|de nghi|yeu cau|cac)\s+", "", k)
    k = re.sub(r"[^\w&]+", " ", k)
    k = re.sub(r"\s+", " ", k).strip()
    # one body under its usual names: "Hội Liên hiệp Phụ nữ xã" / "Hội Phụ nữ xã", "Đoàn TNCS Hồ Chí
    # Minh xã" / "Đoàn Thanh niên xã", "Ủy ban MTTQ Việt Nam huyện" / "Ủy ban Mặt trận Tổ quốc huyện"
    k = re.sub(r"\bhoi lien hiep phu nu\b", "hoi phu nu", k)
    k = re.sub(r"\bdoan thanh nien cong san(?: ho chi minh)?\b", "doan thanh nien", k)
    return re.sub(r"\bmat tran to quoc viet nam\b", "mat tran to quoc", k)


def clean_actor(name: str) -> str:
    name = _CUE.sub("", name.strip())
    # "(nay là Đảng ủy …)", "Đảng ủy xã Pác Ngà (xã biên giới)": a note on the body, not its name; nor its short form, "(THPT)"
    name = re.sub(r"\s*\((?:nay là|sau đây gọi|gọi tắt|[a-zà-ỹđ][^()\d]{0,40})[^)]*\)\s*$", "", name)
    name = re.sub(r"\s*\([A-ZĐ][A-ZĐ&-]{1,14}\)\s*$", "", name)
    return name.strip(" ,.:;-–")


def members(name: str) -> tuple[str, ...]:
    """The bodies of a group ("Phòng A; Phòng B", "Đảng đoàn HĐND tỉnh, Ban cán sự đảng UBND tỉnh"); ()
    for one body ("Sở Văn hóa, Thể thao và Du lịch", "Văn phòng HĐND và UBND huyện", "UBMTTQ và các …")."""
    name = re.split(r"\s+và\s+(?:các\s+)?(?:ông|bà|cá nhân)\b", name)[0]    # "…, Chủ tịch UBND các huyện và các ông (bà) có tên …"
    # ("UBMTTQ xã và các tổ chức chính trị - xã hội xã (Hội LHPN xã, Đoàn TN xã)": the bodies, bracketed ones too)
    if (m := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)) and len(inner := re.split(r"\s*,\s*|\s+và\s+", m[2].strip())) > 1 \
            and all(ACTOR_START.match(p) for p in inner):
        return tuple(clean_actor(p) for p in re.split(r"\s+và\s+", m[1]) + inner)
    parts = [p.strip() for p in re.split(r";", name) if p.strip(" ,.")]
    if len(parts) == 1 and len(pair := re.split(rf"(?<!Hội đồng nhân dân)\s+và\s+(?={_HEAD_RE}|các\s+(?i:đoàn thể|tổ chức chính trị|hội|cơ quan|"
                                                 rf"đơn vị|sở|ban|ngành|phòng|trung tâm|trường)\b)", name)) > 1:
        parts = []                                     # "Thành ủy Hòa Lâm và Huyện ủy Kỳ Phong", "Trường A, Trường B và Trường C"
        for p in pair:
            for k, piece in enumerate(x.strip() for x in p.split(",")):
                if k and not ACTOR_START.match(piece):
                    parts[-1] += ", " + piece
                else:
                    parts.append(piece)
    elif len(parts) == 1:
        pieces = [p.strip() for p in name.split(",")]
        parts = []
        for p in pieces:
            if parts and not ACTOR_START.match(p) and not _PLURAL_HEAD.match(p):    # ("…, các Ban của HĐND huyện")
                parts[-1] += ", " + p                      # "Sở Văn hóa, Thể thao và Du lịch"
            else:
                parts.append(p)
    parts = [clean_actor(p) for p in parts if clean_actor(p)]
    return tuple(parts) if len(parts) > 1 else ()


_PLACE_LEAD = re.compile(capitals(r"^(?P<place>(?:Xã|Phường|Thị trấn|Thị xã)\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})\s*:\s*(?=\S)"))
_LEAD = re.compile(r"^(?:(?:Định kỳ|Hằng|Hàng|Trước ngày|Chậm nhất)[^,:;]{0,30},\s*|[^:;]{3,90}:\s*|Riêng\s+)(?=\S)")    # ("Riêng Trạm …")


def split_actor(text: str) -> tuple[str, int] | None:
    """(actor, offset of the task in `text`) when `text` (label removed) opens with an actor:
    "Ban X chủ trì, …" -> ("Ban X", 6); "Giao Ban X: Đôn đốc …" -> ("Ban X", 12); also after a time
    or a topic ("Định kỳ 6 tháng, các cấp ủy báo cáo …", "Về kinh phí: Sở Tài chính bố trí …")."""
    if place := _PLACE_LEAD.match(text):         # "a) Xã Nà Khuông: xây dựng …" under "Ủy ban nhân dân các xã"
        return place.group("place"), place.end()
    if not ACTOR_START.match(text):
        if (lead := _LEAD.match(text)) is None or ACTOR_START.match(text[:lead.end()]):
            return None
        rest = text[lead.end():]
        got = _split_actor(rest[:1].upper() + rest[1:]) if ACTOR_START.match(rest[:1].upper() + rest[1:]) else None
        return (got[0], lead.end() + got[1]) if got is not None else None
    return _split_actor(text)


def _split_actor(text: str) -> tuple[str, int] | None:
    cue = _CUE.match(text)
    name_from = cue.end() if cue else 0
    verb = None
    for m in _VERB_RE.finditer(text, name_from):
        before = text[:m.start()].rstrip()
        if m.start() <= name_from or re.search(r"(?:^|\s)(?:các|Các|và|của|(?<!trực )thuộc|Chương|chương|Tờ|tờ|Tổng)$", before) \
                and not _NAMED_TONG.search(before) \
                or before.endswith(",") and not PERSON.match(text) or re.match(rf"cấp\s+(?:{_CAP_OF})\b", text[m.start():]):
            continue        # "Các tổ chức …" is a noun phrase, "Ban A, tổ chức" a list (not "Đồng chí X, Phó Giám đốc, chỉ đạo")
        if " " not in m.group(0) and (prev := re.search(r"(\w+)$", before)) and is_word(f"{prev.group(1)} {m.group(0)}") \
                or before[name_from:] in ("Tổ", "Đội"):      # ("Tổ nắm bắt dư luận xã hội …": a team named by its work)
            continue        # ("UBND các xã có công trình …": no verb "trình" inside the word "công trình")
        verb = m
        break
    colon = text.find(":")
    if 0 < colon < 160 and (verb is None or colon < verb.start()):
        return clean_actor(text[:colon]), colon + 1
    # (a decision's closing "Chánh Văn phòng …, Giám đốc … chịu trách nhiệm thi hành" names many offices)
    limit = 480 if verb is not None and re.match(r"(?:chịu trách nhiệm )?thi hành\b", text[verb.start():]) else 200
    if verb is None or verb.start() > limit or _COMPOSED.search(text, name_from, verb.start()):
        return None             # "Hội đồng gồm 09 thành viên; …": what the body is made of, no task
    at = verb.start()
    # ("Ban Chỉ đạo tự giải thể sau khi …"; not "Tổ Khoa học tự nhiên"; nor "Trường nào chậm nộp …", any school)
    if re.search(r"\s(?:tự(?! nhiên)|sau khi|trước khi|khi|nếu|nào|kính)\s", text[name_from:at]):      # ("… kính báo cáo")
        return None
    if aux := _AUX.search(text, name_from, at):        # no body's name has "sẽ", "đang" …
        if aux.group(1) == "đã":
            return None                                  # "Ban Tổ chức đã chấm chọn …": done, not assigned
        at = aux.start() + 1
    return clean_actor(text[:at]), at


def role_of(task: str) -> str:
    head = fold(task[:80])      # (the actor's role as its task states it, in the opening words)
    if re.match(r"^(la co quan|la don vi|la bo phan)?\s*thuong truc", head) or "la co quan thuong truc" in head:
        return "thường trực"
    if re.match(r"^(?:[,;]\s*)?chu tri", head):
        return "chủ trì"
    if re.match(r"^(?:[,;]\s*)?(?:phoi hop|tham gia phoi hop)", head):
        return "phối hợp"
    return ""


def bodies(text: str) -> tuple[str, ...]:
    """Bodies named in a list ("Sở Nội vụ, Sở Tài chính và UBND các huyện", "các ngành, địa phương"):
    split at commas and "và" only where a new body starts, each cut before its first verb."""
    out: list[str] = []
    # (not "Văn phòng HĐND và UBND xã": one office)
    for piece in re.split(r"\s*[;,]\s*|(?<!Văn phòng HĐND)(?<!Văn phòng Hội đồng nhân dân)\s+và\s+(?=(?:các\s+)?(?:" + _HEAD_RE + r"))", text):
        piece = piece.strip(" .")
        verb = _VERB_RE.search(piece, 1)
        if verb:
            piece = piece[:verb.start()].strip()
        if not piece:
            break
        if out and re.match(r"^(?:thành phố|thị xã|thị trấn|xã|phường|quận|huyện)\b", piece):
            out[-1] += ", " + piece                  # "UBND các huyện, thành phố"
            continue
        if out and not (ACTOR_START.match(piece) or re.match(r"^(?:các|những|cơ quan|đơn vị|địa phương|ngành)\b", piece, re.I)):
            if piece[:1].isupper():
                out[-1] += ", " + piece              # "Sở Văn hóa, Thể thao và Du lịch"
                continue
            break
        out.append(piece)
        if verb:
            break
    return tuple(out)


# lower-case words that occur inside bodies' names ("Ủy ban nhân dân các huyện, thị xã", "Trung tâm
# học tập cộng đồng"); a partner's name ends at the first other lower-case word ("… huyện trưng bày")
_NAME_WORDS = set("""và các của cấp nhân dân huyện tỉnh xã thị trấn thành phố quận phường thôn tổ có liên quan
trực thuộc ủy đoàn thể chính trị hội học tập cộng đồng trung cơ sở phổ thông tiểu mầm non đài truyền thanh hình
thông tin điện tử số viên ban ngành đơn vị địa phương khối vụ sở phòng cơ quan khoa công nghệ kỹ thuật quản lý
kinh tế tài chính kế hoạch y giáo dục đào tạo văn hóa thể thao du lịch nông nghiệp môi trường chất lượng nghề
kiểm soát bệnh tật trí tuệ điều hành phố khu ấp bản tiến bộ""".split())   # ("… Ứng dụng tiến bộ khoa học và công nghệ")


def _name_part(piece: str) -> str:
    words = piece.split()
    for i, w in enumerate(words[1:], start=1):
        after_capital = words[i - 1][:1].isupper() and not words[i - 1].endswith(",")   # "Văn hóa", "Đào tạo"
        if w[:1].islower() and not after_capital and w.strip(",;.()") not in _NAME_WORDS and not w.startswith("-"):
            return " ".join(words[:i]) if i >= 2 else piece
    return piece


def partners_of(task: str) -> tuple[str, ...]:
    m = _PARTNERS.search(task)      # (a bracket closing the note they stand in is no part of a name: "(… phối hợp với Sở X)")
    return tuple(n.rstrip(")") if n.count(")") > n.count("(") else n for p in bodies(m.group("who")) if (n := _name_part(p))) if m else ()


def deadline_of(text: str) -> str:
    m = _DEADLINE.search(text)
    return m.group(0).strip(" ,;.") if m else ""


# a person named with the way one addresses them ("Ông Lò Văn A", "Đồng chí …")
PERSON = re.compile(r"^(?:Ông|Bà|Đồng chí|Ông \(bà\))\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+[A-ZĐÀ-Ỹ]")
