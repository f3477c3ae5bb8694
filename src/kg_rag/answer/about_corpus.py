"""Questions about the corpus itself, answered from the directive graph and the documents'
metadata, each document cited by its own header:

    "Những văn bản nào thực hiện / hướng dẫn KL 69?"   -> the documents under the directive
    "Văn bản mới nhất về chuyển đổi số?"               -> the most recent of the documents found
    "Có bao nhiêu kế hoạch năm 2024?", "Có mấy văn bản do UBND huyện ban hành?" -> the count, each listed
"""
from __future__ import annotations

import re

from ..directives.graph import directive_graph
from ..errors import BadInput
from ..search.retrieve import Query
from ..snapshot import Snapshot
from ..text.columns import COLUMN
from ..text.genre import TYPES, expand_abbreviations
from ..text.normalize import fold
from ..text.sentences import sentences
from ..text.user_refs import without_refs
from ..types import FRAME_KINDS, Answer, Citation, Hit
from .compose import Pick, label
from .extract import asks_meta, names_date
from .issuers import BY, issued_by, spelled
from .listing import listing
from .topic_listing import ON_TOPIC

# ("có mấy văn bản … viện dẫn NQ 57, là những văn bản nào?": counted and listed alike)
_UNDER = re.compile(r"\b(?:(?:nhung|cac)?\s*van ban nao|(?:bao nhieu|may) van ban)\b.{0,90}?\b(thuc hien|huong dan|trien khai|cu the hoa|"
                    r"quan triet|can cu|dua tren|(?P<cite>vien dan|dan chieu|trich dan|nhac (?:truc tiep )?(?:den|toi|lai)|de cap))\b|"
                    r"\bcac van ban (?:thuc hien|trien khai|huong dan)\b|"
                    # "NQ 57 được viện dẫn / nhắc tới trong những văn bản nào?": every document citing it
                    r"\b(?P<cited>vien dan|dan chieu|trich dan|nhac(?: den| toi)?|de cap(?: den| toi)?)\s+(?:trong|o|tai|boi)\s+(?:nhung|cac)?\s*van ban nao\b")
# "QĐ 2150 căn cứ vào những văn bản nào?", "KH 31 thực hiện văn bản nào?": what the document rests on
_BASES = re.compile(r"\b(?:can cu|dua (?:tren|vao)|thuc hien|trien khai|cu the hoa|vien dan|dan chieu|theo yeu cau|(?:lap|ban hanh|xay dung) theo)\b(?!\s+(?:trong|o|tai|boi)\s).{0,25}?\b(?:nhung |cac )?"
                    r"(?:van ban|chi thi|nghi quyet|ket luan|quyet dinh|ke hoach|huong dan|cong van|thong bao|chuong trinh|thong tu|nghi dinh) (?:nao|gi)\b"
                    r"|\bcan cu (?:phap ly|nao)\b|\bco so phap ly\b")
_BASIS_LINE = re.compile(r"^(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị)\b")
_NEWEST = re.compile(r"\b(moi nhat|gan day nhat|gan nhat|ban hanh sau cung|sau cung)\b")
_OLDEST = re.compile(r"\b(?:van ban|ke hoach|cong van|quyet dinh|huong dan|thong bao|bao cao)\s+(?:nao\s+)?(?:(?:duoc\s+)?(?:ban hanh|ky|ra doi|ra)\s+)?"
                     r"(?:som nhat|cu nhat|truoc nhat|lau nhat)\b")
_TYPE_WORDS = "|".join(sorted((re.escape(k) for k in TYPES), key=len, reverse=True))
# ("Mấy văn bản trong bộ tài liệu là của cấp huyện?": opening the question, "có" is understood)
# (not "bao nhiêu báo cáo viên": people)
_COUNT = re.compile(rf"(?:\bco (?:tat ca )?|^\s*)(?:bao nhieu|may) (?P<type>van ban|{_TYPE_WORDS})\b(?!\s+vien\b)")
_ON_TOPIC = re.compile(rf"\b(?:{ON_TOPIC})\b")
# ("Bộ tài liệu gồm những loại văn bản nào?": every document, by its type; "Có quyết định nào trong bộ văn bản không?")
_LIST = re.compile(rf"\b(?:nhung|cac) (?P<type>{_TYPE_WORDS}) nao\b|^\s*(?:van ban|tai lieu) nao la (?P<is>{_TYPE_WORDS})\b"
                   rf"|\b(?:nhung|cac) loai van ban (?:nao|gi)\b|\bco (?P<has>{_TYPE_WORDS}) nao (?:trong|o) (?:kho|bo|cac (?:tai lieu|van ban))\b")
# "Văn bản nào do cấp xã ban hành?", "có văn bản nào của huyện X không?": the documents of an issuer
# (only when that is all it asks: not "… thực hiện văn bản nào của cấp trên?", "… do A hoặc B …", "… không? Ai ký?")
# ("văn bản nào trong bộ tài liệu là (văn bản) của cơ quan Đảng?": the same, told where)
_ONE_BODY = r"(?:(?!hoac\b)[a-z&]+,?\s+)+?"          # the words of one issuer (not "A hoặc B"; "cấp xã, phường")
_ISSUER_WORD = r"(?:ubnd|hdnd|uy ban|hoi dong|so|phong|ban|hoi|doan|huyen uy|tinh uy|dang uy|truong|trung tam|cong an|bo|chi cuc|cap|xa|huyen|tinh)\b"
_WHICH_ONES = r"(?:\s*(?:la|gom)\s+(?:nhung\s+)?(?:van ban\s+)?(?:gi|nao)\s*[?.!]*)?"      # ("… không? Là văn bản gì?")
_WHICH_BY = re.compile(rf"\b(?P<type>van ban) nao(?:\s+(?:trong|o)\s+(?:kho|bo tai lieu|bo nay|cac tai lieu|cac van ban))?"
                       rf"(?=\s+(?:la\s+(?:van ban\s+)?)?(?:duoc\s+)?(?:do\s+{_ONE_BODY}ban hanh(?:\s+khong)?|cua\s+{_ONE_BODY}khong)\s*[?.!]*{_WHICH_ONES}$"
                       r"|\s+la\s+(?:van ban\s+)?cua\s+(?:(?!hoac\b)[a-z&]+\s*)+?[?.!]*$)")
# "Ban Tuyên giáo Tỉnh ủy có văn bản nào trong bộ này, số hiệu là gì?", "UBND huyện ban hành những văn bản nào?":
# the issuer named first (after "Trong bộ văn bản này, …")
_BODY_WHICH = re.compile(rf"^\s*(?:(?:trong|o) (?:bo|kho|cac) (?:van ban|tai lieu)(?: nay)?\s*,?\s*)?(?P<body>(?=(?:[a-z&]+,?\s+){{0,6}}?{_ISSUER_WORD}){_ONE_BODY})(?:co|(?:da )?ban hanh)\s+(?:(?:nhung|cac)\s+)?(?P<type>van ban) nao"
                         r"(?:\s+(?:trong|o)\s+(?:kho|bo tai lieu|bo nay|cac tai lieu|cac van ban))?"
                         r"(?:\s*,?\s*(?:so hieu|so ky hieu|so) (?:la )?(?:gi|bao nhieu|may))?(?:\s+khong)?\s*[?.!]*$")
_AMONG = re.compile(r"\b(?:trong|trong so) (?:cac|nhung) (?:van ban|tai lieu)\b.{0,30}\bcai nao\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
RELATIONS = {"self": "chính văn bản này", "guides": "hướng dẫn thực hiện", "implements": "thực hiện",
             "based_on": "căn cứ vào", "cites": "có nhắc đến"}


def _year(date: str, title: str) -> str:
    return date[-4:] if date[-4:].isdigit() else (m.group(1) if (m := _YEAR.search(title)) else "")


def _date_key(date: str) -> tuple:
    parts = date.split("/")
    return tuple(int(p) if p.isdigit() else 0 for p in reversed(parts)) if len(parts) == 3 else (0, 0, 0)


def named_documents(snap: Snapshot, query: Query) -> set[str]:
    """The documents of the corpus that are a directive the question names (not those citing it)."""
    by_number = snap.sources_by("number")
    return set().union(*(by_number.get(fold(r.id), set()) for r in query.refs if r.id))


def _bases(snap: Snapshot, question: str, query: Query) -> Answer | None:
    """The "Căn cứ …" / "Thực hiện …" lines that open the named document, each cited."""
    for source in sorted(named_documents(snap, query)):
        doc = snap.documents[source]
        chunks = [snap.view.chunk(r) for r in list(snap.view.rows_of(source))[:12]]
        lines, cites = [], []
        for c in chunks:
            if c.kind in FRAME_KINDS or c.section or not _BASIS_LINE.match(c.text.lstrip()):
                continue
            s, e = sentences(c.text)[0]
            cites.append(Citation.of_chunk(len(cites) + 1, c, s, e))
            lines.append(f"- {c.text[s:e].strip()} [{len(cites)}]")
        if cites:
            return Answer(question, f"{label(doc)} căn cứ và thực hiện:\n" + "\n".join(lines), True,
                          tuple(cites), "list")
    return None


_OF_ISSUER = re.compile(r"\b(?:cua|do)\s+(?P<who>(?:ban|so|uy ban|ubnd|dang uy|huyen uy|tinh uy|thanh uy|phong|hoi|"
                        r"truong|trung tam|bo|chi bo)\b[^?.,;]*)")


_ISSUER_END = re.compile(r"\s(?:do|ai|duoc|ban hanh|ky|la|co|ve|nam|ngay|so|thuc hien|gom|giao|quy dinh|nhu the|"
                         r"gui|gioi thieu|de nghi|yeu cau|neu|noi|dat|nham|trien khai|huong dan|chi dao|can)\b")


def _issuer_words(text: str) -> set[str]:
    return set(spelled(text).split())


def described_documents(snap: Snapshot, question: str, sources: list[str]) -> list[str] | None:
    """For a question about one document's own data (who signed it, its number or date) that
    describes the document — "Ai ký Hướng dẫn … của Ban Tuyên giáo Tỉnh ủy?" —, the documents among
    `sources` of that type and issuer; None when the question describes neither."""
    # ("TB mời họp …": "TB thông báo mời họp …"; not the type of a directive it names: "… sơ kết BC 27")
    q = fold(expand_abbreviations(without_refs(question)))
    typed = [s for s in sources if (t := fold(snap.documents[s].type)) and re.search(rf"(?<!\w){re.escape(t)}(?!\w)", q)]
    m = _OF_ISSUER.search(q)
    if not typed and not m:
        return None
    out = typed if typed else list(sources)
    if m:
        who = _issuer_words(_ISSUER_END.split(m.group("who"))[0])
        words = lambda d: _issuer_words(f"{d.issuer} {d.place} {d.label}")
        out = [s for s in out if len(who & words(snap.documents[s])) >= 0.7 * len(who)]
    return out


NOI_NHAN = re.compile(r"Nơi\s+nhận", re.I)
_SIGNER = re.compile(r"\b(?:ai ky|nguoi ky|ky boi ai|do ai ky|ai da ky|ai ky ten|ai dung ten(?: ky)?|nguoi dung ten ky)\b")


def asks_signer(question: str) -> bool:
    return _SIGNER.search(fold(question)) is not None


def signer_pick(snap: Snapshot, question: str, hits: list[Hit]) -> tuple[Pick | None, bool]:
    """ "Ai ký <the document described>?": the signature block of the first document among `hits`
    (those the question describes), quoted whole, and whether that is all the question asks
    ("… có số hiệu gì và ai ký?" asks more). (None, False) when it asks no signer or that
    document has no signature block."""
    q = fold(question)
    if not hits or not _SIGNER.search(q):
        return None, False
    # (the signer's office — "…, chức vụ gì?" — is in the signature block too)
    rest = re.sub(r"\b(?:giu |voi |co )?chuc (?:vu|danh)(?: (?:gi|nao|la gi))?\b", " ", _SIGNER.sub(" ", q))
    only = not asks_meta(rest) and not re.search(r"\b(?:gi|nao|bao nhieu|khi nao|o dau)\b", rest)
    for r in snap.view.rows_of(hits[0].chunk.source):
        if (c := snap.view.chunk(r)).kind == "signature":
            signer = snap.documents[c.source].signer
            # (the name, not the recipients beside it: columns apart by spaces, a table, or run together)
            if signer and (COLUMN in c.text or "|" in c.text or NOI_NHAN.search(c.text) or re.search(r"^\s*-", c.text, re.M)) \
                    and (i := c.text.rfind(signer)) >= 0:
                return Pick(Hit(c, hits[0].score), i, i + len(signer), 1.0), only
            return Pick(Hit(c, hits[0].score), 0, len(c.text), 1.0), only
    return None, False


_SUBJECT = re.compile(r"\b(?:(?:ve|noi ve|de cap(?: den| toi)?) (?:nhung )?(?:viec|van de|noi dung)? ?gi|trich yeu|tieu de|"
                      r"ten (?:day du )?(?:cua )?van ban)\b")


def subject_pick(snap: Snapshot, question: str, sources: set[str]) -> Pick | None:
    """ "QĐ 2150 về việc gì?", "… trích yếu là gì?" of a document in the corpus: the header block
    that gives its title ("QUYẾT ĐỊNH / Về việc thành lập …", "V/v …"). None otherwise."""
    if len(sources) != 1 or not _SUBJECT.search(fold(question)):
        return None
    doc = snap.documents[next(iter(sources))]
    want = fold(doc.title)[:40].lower()
    for r in snap.view.rows_of(doc.source):
        if (c := snap.view.chunk(r)).kind != "header" or not want:
            continue
        for s, e, _ in snap.units(c):
            if want in fold(c.text[s:e]).lower():
                return Pick(Hit(c, 1.0), s, e, 1.0)
    return None


def dated_mentions(snap: Snapshot, query: Query, limit: int = 2) -> list[Hit]:
    """Passages that name a directive the corpus only cites together with its date ("Kế hoạch số
    116-KH/TU, ngày 23/4/2024 …"): where "Kế hoạch 116 ký ngày nào?" is answered."""
    dated = [r for r in query.refs if r.date]
    out: list[Hit] = []
    for src in sorted(snap.view.sources_naming(dated)) if dated else []:
        for row in snap.view.rows_of(src):
            c = snap.view.chunk(row)
            if any(r.id in c.text and names_date(c.text, r.id, r.date) for r in dated):
                out.append(Hit(c, 1.0))
                if len(out) >= limit:
                    return out
    return out


def corpus_answer(snap: Snapshot, question: str, query: Query) -> Answer | None:
    q = fold(question)
    if _BASES.search(q) and query.refs and (ans := _bases(snap, question, query)) is not None:
        return ans
    if (u := _UNDER.search(q)) and query.refs:
        g = directive_graph(snap)
        try:
            node = g.resolve(question)
        except BadInput:
            return None
        related = [r for r in g.related(node.key) if r.relation != "self"]
        cited = u.group("cite") or u.group("cited")      # (asked who cites it: the citing documents too)
        under = related if cited else [r for r in related if r.relation != "cites"] or related
        if not under:
            return None
        rel = {r.source: r for r in under}
        name = f"{node.type} số {node.id or node.key}"
        note = lambda s: RELATIONS.get(rel[s].relation, rel[s].relation) + \
            (f" (qua {' → '.join(rel[s].via)})" if rel[s].via else "")
        head = f"Có {len(rel)} văn bản trong kho" if re.search(r"\b(?:bao nhieu|may) van ban\b", q) else "Các văn bản trong kho"
        return listing(snap, question, [r.source for r in under], f"{head} liên quan đến {name}:", note,
                       names=node.id if node.id else "", direct={r.source for r in under if not r.via and r.relation != "self"})
    if _AMONG.search(q):         # "Trong các văn bản, có cái nào do cấp xã ban hành không?"
        q = re.sub(r"\bcai nao\b", "van ban nao", q)
    if (m := (_COUNT.search(q) or _LIST.search(q) or _WHICH_BY.search(q) or _BODY_WHICH.search(q))) and not _ON_TOPIC.search(q, m.end()):    # (not "… nói về X": topic_listing.py)
        want_type = TYPES.get(m.groupdict().get("type") or m.groupdict().get("is") or m.groupdict().get("has"), ("", ""))[0]  # ("… là công văn?")
        year = y.group(1) if (y := _YEAR.search(q)) else ""
        metas = snap.view.metas()
        # "… do UBND huyện ban hành": that issuer's only (not "do cơ quan nào"); or the issuer named first
        at = m.start("body") if "body" in m.groupdict() else m.end()
        b = BY.search(q[m.end():]) if at == m.end() else re.match(r"(?P<body>.+?)\s*$", q[at:m.end("body")])
        b = None if b and re.search(r"\b(?:nao|ai|gi)\b", b.group("body")) else b
        by = spelled(b.group("body")) if b else ""
        found = sorted((s for s, meta in metas.items() if (not want_type or meta.get("type") == want_type)
                        and (not year or _year(meta.get("date", ""), meta.get("title", "")) == year)
                        and (not by or issued_by(by, meta))),
                       key=lambda s: _date_key(metas[s].get("date", "")), reverse=True)
        what = (want_type.lower() if want_type else "văn bản") + (f" năm {year}" if year else "") + \
            (f" do {question[at:][b.start('body'):b.end('body')]} ban hành" if by and len(question) == len(q) else "")
        if not found:       # an honest "none", not a passage that happens to mention the year
            return Answer(question, f"Không tìm thấy {what} nào trong các văn bản hiện có.", False, (), "corpus")
        return listing(snap, question, found, f"Trong kho có {len(found)} {what}:")
    if (newest := _NEWEST.search(q)) or _OLDEST.search(q):       # ("… ban hành sớm nhất?": the oldest)
        hits = snap.search(query, k=10)
        metas = snap.view.metas()
        order = list(dict.fromkeys(h.chunk.source for h in hits))
        dated = [s for s in order if _date_key(metas[s].get("date", ""))[0]]
        if not dated:
            return None
        first = (max if newest else min)(dated, key=lambda s: _date_key(metas[s]["date"]))
        return listing(snap, question, [first], f"Văn bản {'mới nhất' if newest else 'sớm nhất'} trong các văn bản tìm được "
                       f"(ngày {metas[first]['date']}):")
    return None
