"""The page without a browser: it builds without serving, its handlers work on plain data (fast,
hash embedder); then the real server answered through gradio_client (slow, real model). The page
in a real browser is in test_browser_page.py."""
import os
import re
import socket
import tempfile
import time
from html import unescape

import pytest

from kg_rag.errors import BadInput, CorruptIndex, DocumentError, KgRagError
from kg_rag.types import Answer, Citation
from kg_rag.ui import chatview, handlers, web, webview
from kg_rag.ui.export import Results

Q69 = "Ai phải làm gì theo Kết luận 69?"
HASH_NAME = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


def visible(html: str) -> str:
    """The text a reader sees: tags, attributes and hidden copy-text dropped."""
    html = re.sub(r"<textarea[^>]*hidden[^>]*>.*?</textarea>", "", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", "", html))


def _fn(demo, name):
    return next(f.fn for f in demo.fns.values() if f.name == name)


def test_create_app_builds_without_serving(hash_rag):
    demo = web.create_app(hash_rag)
    assert demo.title == "Trợ lý văn bản khoa giáo"
    assert "ask" in {f.api_name for f in demo.fns.values()}
    assert getattr(demo, "server", None) is None and not getattr(demo, "is_running", False)
    assert demo._queue.default_concurrency_limit == 4


def test_ask_api_and_bad_questions_in_vietnamese(hash_rag):
    r = web.ask_json(hash_rag, Q69)
    assert r["grounded"] and r["citations"] and r["kind"] == "who-what"
    for q in ("", "   ", "x" * 2500):
        r = web.ask_json(hash_rag, q)
        assert r["grounded"] is False and re.search(r"[ạảãàáâậầấẩẫăắằặẳẵ]", r["answer"])
        assert "question" not in r["answer"] and "kg-rag" not in r["answer"]


def test_chat_turn_names_sources_by_label_and_times_the_engine(hash_rag):
    turn = handlers.chat_turn(hash_rag.snapshot(), Q69)
    assert turn.answer.grounded and turn.engine_ms > 0
    assert set(turn.labels.values()) <= {webview.label_of(hash_rag.documents, s) for s in hash_rag.documents}
    assert not HASH_NAME.search(visible(turn.cards))                  # file names only on hover
    assert HASH_NAME.search(turn.cards) and 'title="Tệp: ' in turn.cards
    assert "Hướng dẫn của Ban Tuyên giáo Huyện ủy" in visible(turn.cards)
    bad = handlers.chat_turn(hash_rag.snapshot(), "   ")
    assert bad.answer is None and bad.message.startswith("Chưa có câu hỏi")


def test_answers_are_text_never_markup():
    c = Citation(1, "x.txt", "T", "I", 'a <img src="http://127.0.0.1:9/t.png"> b', '<img src="http://127.0.0.1:9/t.png">', 0, 40)
    text = ('Gửi <img src="http://127.0.0.1:9/t.png"> và ![x](http://127.0.0.1:9/t2.png) tới '
            'kg_btgtu@bacgiang.gov.vn <script>alert(1)</script> ${alert(1)} {{value}} [1]')
    turn = chatview.Turn("t1", "q <b>", Answer("q", text, True, (c,)), labels={"x.txt": "Kế hoạch 1"})
    html = chatview.chat_html([turn])
    body = html.split('<div class="body">')[1].split("</div>")[0]
    assert "<img" not in body and "<a" not in body and "<script" not in body and "<b>" not in html
    assert "&lt;img" in body and "![x](http://127.0.0.1:9/t2.png)" in unescape(body)
    assert 'class="cite" data-n="1"' in body
    cards = webview.turn_sources(Answer("q", text, True, (c,)), {}, "t1", "q")
    assert "<img" not in cards and "<mark>&lt;img" in cards


def test_who_what_answer_is_a_compact_grouped_table(hash_rag):
    a = hash_rag.ask(Q69)
    html = chatview.answer_body(a.answer, a.kind, "t")
    shown = visible(html.split("<details")[0])
    assert "<table" in html and len(shown) <= chatview.BUDGET + 200 < len(a.answer)
    assert "Xem đầy đủ" in html
    # the same task under six bodies (the engine before groups were merged) is listed once
    repeated = "Theo Hướng dẫn của Ban:\n" + "".join(f"Phòng {i}:\n- Chủ động tham mưu [1]\n- Báo cáo kết quả [2]\n"
                                                     for i in range(6))
    rows = chatview.who_rows(repeated)
    assert [r.header for r in rows if r.header] == ["Theo Hướng dẫn của Ban"]
    body = [r for r in rows if not r.header]
    assert len(body) == 1 and len(body[0].actors) == 6 and len(body[0].tasks) == 2


def test_copied_text_is_clean_with_numbered_sources(hash_rag):
    turn = handlers.chat_turn(hash_rag.snapshot(), Q69)
    text = chatview.plain_text(turn)
    assert "](#src-" not in text and "user:" not in text and "assistant:" not in text and "<" not in text
    assert text.startswith(f"Hỏi: {Q69}") and "\nNguồn:\n[1] " in text
    assert not HASH_NAME.search(text)


def test_respond_shows_the_answer_at_once_and_locks_the_button(hash_rag, monkeypatch):
    demo = web.create_app(hash_rag)
    respond = _fn(demo, "respond")
    steps = list(respond(Q69, [], None))
    assert len(steps) == 2                                          # pending, then the whole answer: no word-by-word
    chat, _, past, box, send, stop, _ = steps[0]
    assert "Đang tìm" in chat and box == "" and send.interactive is False and stop.visible is True
    chat, sources, past, _, send, stop, new = steps[-1]
    assert send.interactive is True and stop.visible is False and new.visible is True
    assert len(past) == 1 and past[0].answer.grounded and 'class="turn-src"' in sources and "viewer" in sources
    seen = {}
    real = handlers.answer_stage.answer_question

    def spy(snap, q, **kw):
        seen.update(kw)
        return real(snap, q, **kw)
    monkeypatch.setattr(handlers.answer_stage, "answer_question", spy)
    steps = list(respond("Còn Trung tâm Văn hóa, Thông tin và Thể thao thì sao?", past, None))
    assert seen["history"] == [Q69] and len(steps[-1][2]) == 2
    sources = steps[-1][1]
    assert sources.count("<section") == 2 and sources.count("<section class=\"turn-src\" hidden") == 1
    empty = list(respond("  ", past, None))
    assert len(empty) == 1 and "Chưa có câu hỏi" in empty[0][0]


def test_stop_restores_the_button(hash_rag):
    demo = web.create_app(hash_rag)
    chat, send, stop = _fn(demo, "stopped")([])
    assert "Đã dừng" in chat and send.interactive is True and stop.visible is False


def test_documents_table_says_when_a_document_has_no_number_or_date(hash_rag):
    html = webview.documents_table(hash_rag.documents)
    text = visible(html)
    assert "31-KH/BTGĐUK" in text and "05/01/2023" in text and "tháng 01/2024" in text and "../01" not in text
    assert text.count("không ghi số") == 4 and text.count("không ghi ngày") == 3
    assert not HASH_NAME.search(text) and html.count('class="remove-doc"') == 5
    assert "Văn bản dẫn chiếu" not in text                            # no unexplained counts


def test_document_viewer_marks_the_quote_and_checks_it_is_still_there(hash_rag):
    a = hash_rag.ask("Tuyên truyền cổ động trực quan về Kết luận 69 được đặt ở những nơi nào?")
    c = a.citations[0]
    args = [c.source, c.start, c.end, c.quote_start, c.quote_end, webview.passage_digest(c.text)]
    html = handlers.open_document(hash_rag, args)["html"]
    assert html.count('id="cited"') == 1 and "<mark>" in html and c.source in html
    moved = handlers.open_document(hash_rag, [c.source, c.start + 1, c.end + 1, 0, 0, args[-1]])["html"]
    assert 'id="cited"' not in moved and "đã thay đổi" in moved
    assert "không còn trong kho" in handlers.open_document(hash_rag, ["nope.txt", 0, 1, 0, 0, ""])["html"]


def test_who_what_tab_cards_and_roles(hash_rag):
    results = Results()
    html = handlers.who_what_view(hash_rag, results, "Kết luận 69")
    text = visible(html)
    assert "Kết luận 69-KL/TW, 11/01/2024" in text and "Gồm:" not in text        # a ";"-named group is not repeated
    assert "phối hợp: các ngành" in text and 'class="tbl-wrap"' in html
    scope = re.search(r'data-scope="(ww-[^"]+)"', html).group(1)
    assert f'id="src-{scope}-1"' in html and f'data-scope="{scope}"' in html   # [n] opens a card on this tab
    assert not HASH_NAME.search(text)
    err = handlers.who_what_view(hash_rag, results, "KL 99")
    assert "thẻ “Văn bản”" in err and "kg-rag" not in err and "ingest" not in err


def test_outline_tab_refuses_with_nearest_documents(hash_rag):
    results = Results()
    html = handlers.outline_view(hash_rag, results, "abc xyz")
    assert "không soạn được đề cương" in html and "Văn bản gần nhất" in html and "<li>" in html
    html = handlers.outline_view(hash_rag, results, "Kết luận 69")
    assert '<ol class="src-list">' in html and "…</li>" not in html
    scope = re.search(r'data-scope="(ol-[^"]+)"', html).group(1)
    assert f'id="src-{scope}-1"' in html


def test_word_exports_are_a4_in_memory_and_leave_no_temp_files(hash_rag):
    import base64
    import io

    import docx
    before = set(os.listdir(tempfile.gettempdir()))
    results = Results()
    turn = handlers.chat_turn(hash_rag.snapshot(), Q69)
    results.put("answer", turn, token=turn.id)
    tokens = [turn.id]
    for view, arg in ((handlers.who_what_view, "KL 69"), (handlers.outline_view, "Kết luận 69")):
        for _ in range(3):
            tokens.append(re.search(r'data-token="([^"]+)"', view(hash_rag, results, arg)).group(1))
    for token in tokens:
        r = handlers.export_docx(results, token)
        d = docx.Document(io.BytesIO(base64.b64decode(r["data"])))
        s = d.sections[0]
        assert round(s.page_width.mm) == 210 and round(s.left_margin.mm) == 30 and r["name"].endswith(".docx")
        assert "python-docx" not in d.core_properties.author
        text = "\n".join(p.text for p in d.paragraphs) + "".join(c.text for t in d.tables for r in t.rows for c in r.cells)
        assert not HASH_NAME.search(text)
    assert len(docx.Document(io.BytesIO(base64.b64decode(handlers.export_docx(results, turn.id)["data"]))).tables) == 1
    assert set(os.listdir(tempfile.gettempdir())) - before == set()
    assert "error" in handlers.export_docx(results, "unknown")


def test_engine_errors_become_vietnamese_page_advice():
    from kg_rag.ui.i18n import GENERIC, vi_error
    cases = [DocumentError("anh.txt: looks like a binary file, not text; save it as UTF-8 .txt"),
             DocumentError("a.txt: not UTF-8 text (nor Vietnamese Windows-1258); re-save it as UTF-8"),
             DocumentError("a.pdf: the PDF has no text layer (a scan?); run OCR and save it as .txt"),
             DocumentError("a.exe: unsupported file type; use .txt, .md, .docx, .pdf"),
             DocumentError("a.txt: larger than 20 MB; split it"), DocumentError("a.md: no paragraphs found; is this a directive text?"),
             BadInput("'.an.txt': a file name must not be empty or start with '.' or '~$' (hidden …); rename the file"),
             BadInput("KL 99 is not named in any document of the corpus: check the number, or add the document to "
                      "corpus/ and run `kg-rag ingest`"),
             BadInput("\"NQ 36\" may mean 2 different directives (a; b): add the year, e.g. \"NQ 36 năm 2014\""),
             BadInput("empty question: type a question"), CorruptIndex("no index in x; run `kg-rag ingest`")]
    for e in cases:
        msg = vi_error(e)
        assert msg != GENERIC and "kg-rag" not in msg and "ingest" not in msg and "run" not in msg.split()
        assert re.search(r"[ăâđêôơưạảãàáậầấẩẫắằặẳẵẹẻẽèéệềếểễịỉĩìíọỏõòóộồốổỗớờợởỡụủũùúựừứửữỳýỵỷỹ]", msg), msg
    assert "thẻ “Văn bản”" in vi_error(cases[7]) and "NQ 36 năm 2014" in vi_error(cases[8])
    assert vi_error(KgRagError("something new")) == GENERIC


def test_upload_refuses_hidden_and_bad_files_and_never_overwrites(corpus_copy, tmp_path):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    from kg_rag.ui import uploads
    rag = KgRag.open(corpus=corpus_copy, index=tmp_path / "index", embedder=HashEmbedder(), progress=False)
    n = len(rag.documents)
    up = tmp_path / "up"
    up.mkdir()
    (up / ".an.txt").write_text("KẾ HOẠCH\n\nI. NỘI DUNG\n\n1. Phòng Nội vụ làm việc.\n", encoding="utf-8")
    (up / "anh.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe" * 50)
    good = "KẾ HOẠCH\nứng dụng trí tuệ nhân tạo\n\nI. NỘI DUNG\n\n1. Phòng Nội vụ thí điểm trợ lý ảo trả lời thủ tục.\n"
    (up / "ke-hoach-ai.txt").write_text(good, encoding="utf-8")
    lines, pending = uploads.receive(rag, [str(up / ".an.txt"), str(up / "anh.txt"), str(up / "ke-hoach-ai.txt")])
    assert [l.ok for l in lines] == [False, False, True] and not pending
    assert "“.”" in lines[0].text and "nhị phân" not in lines[1].text and "ảnh" in lines[1].text
    assert len(rag.documents) == n + 1 and not (corpus_copy / ".an.txt").exists()
    report = uploads.report_html(lines)
    assert report.count('class="bad"') == 2 and "Không nhận" in report and "✅" not in report
    (up / "v2").mkdir()
    (up / "v2" / "ke-hoach-ai.txt").write_text(good.replace("trợ lý ảo", "tổng đài số"), encoding="utf-8")
    lines, pending = uploads.receive(rag, [str(up / "v2" / "ke-hoach-ai.txt")])
    assert not lines and [p.name for p in pending] == ["ke-hoach-ai.txt"]          # waits for "Thay thế"
    assert "trợ lý ảo" in (corpus_copy / "ke-hoach-ai.txt").read_text(encoding="utf-8")
    lines, rest = uploads.decide(rag, pending, "replace")
    assert lines[0].ok and not rest and "tổng đài số" in (corpus_copy / "ke-hoach-ai.txt").read_text(encoding="utf-8")
    assert any("trợ lý ảo" in p.read_text(encoding="utf-8") for p in (corpus_copy / ".versions").glob("*ke-hoach-ai.txt"))
    same, _ = uploads.receive(rag, [str(up / "v2" / "ke-hoach-ai.txt")])
    assert same[0].ok and "đã có sẵn" in same[0].text and len(rag.documents) == n + 1
    line = uploads.remove(rag, "ke-hoach-ai.txt")
    assert line.ok and "ke-hoach-ai.txt" not in rag.documents and len(rag.documents) == n
    assert rag.ask("Phòng Nội vụ thí điểm gì?").citations[0].source != "ke-hoach-ai.txt"
    assert not uploads.remove(rag, "ke-hoach-ai.txt").ok


def test_auth_from_env_refuses_unusable_logins(monkeypatch, capsys, tmp_path):
    from kg_rag.ui.auth import auth_from_env
    from kg_rag.ui.cli import main
    assert auth_from_env({}) is None
    assert auth_from_env({"KG_RAG_AUTH": "canbo:mat:khau"}) == ("canbo", "mat:khau")
    for bad in ("canbo", ":pw", "canbo:", " :x"):
        with pytest.raises(BadInput, match="user:password"):
            auth_from_env({"KG_RAG_AUTH": bad})
    monkeypatch.setenv("KG_RAG_AUTH", "canbo")
    monkeypatch.setenv("KG_RAG_EMBED_MODEL", "hash")
    t = time.time()
    assert main(["serve", "--port", "1", "--index", str(tmp_path / "ix")]) == 2          # before any index or server
    assert time.time() - t < 5 and "KG_RAG_AUTH" in capsys.readouterr().err


def test_login_guard_locks_a_client_out_after_five_failures():
    import asyncio

    from kg_rag.ui.auth import LoginGuard, LoginLimit
    g = LoginGuard()
    for i in range(4):
        g.failed("a", now=100 + i)
    assert g.wait("a", now=104) == 0
    g.failed("a", now=104)
    assert g.wait("a", now=105) > 50 and g.wait("b", now=105) == 0 and g.wait("a", now=170) == 0
    calls = []

    async def app(scope, receive, send):
        calls.append(scope["path"])
        await send({"type": "http.response.start", "status": 400, "headers": []})
        await send({"type": "http.response.body", "body": b""})
    mw, sent = LoginLimit(app), []

    async def send(m):
        sent.append(m)
    scope = {"type": "http", "method": "POST", "path": "/login", "client": ("10.0.0.9", 1)}
    for _ in range(6):
        asyncio.run(mw(scope, None, send))
    assert len(calls) == 5 and sent[-2]["status"] == 429 and "Chờ" in sent[-1]["body"].decode()
    asyncio.run(mw(dict(scope, client=("10.0.0.8", 1)), None, send))
    assert len(calls) == 6                                               # another client is not locked out


def test_labels():
    from kg_rag.documents.labels import clip, date_label, human_label
    assert date_label("../01/2024") == "tháng 01/2024" and date_label("../../2024") == "năm 2024"
    assert date_label("26/4/2024") == "26/4/2024" and date_label("") == ""
    assert human_label({"type": "Hướng dẫn", "number": "171-HD/BTGTU", "date": "26/4/2024",
                        "issuer": "Ban Tuyên giáo Tỉnh ủy"}) == "Hướng dẫn 171-HD/BTGTU, 26/4/2024"
    assert human_label({"type": "Kế hoạch", "issuer": "Sở Khoa học và Công nghệ", "date": "../01/2024"}) == \
        "Kế hoạch của Sở Khoa học và Công nghệ, tháng 01/2024"
    assert human_label({"id": "69-KL/TW", "number": "69", "type": "Kết luận", "date": "11/01/2024"}) == \
        "Kết luận 69-KL/TW, 11/01/2024"
    c = clip("Tuyên truyền và thực hiện Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị", 60)
    assert c == "Tuyên truyền và thực hiện Kết luận số 69-KL/TW…"
    assert clip("một hai ba bốn năm sáu bảy tám", 12) == "một hai ba…"


# -- the real server (slow) -----------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(real_rag):
    demo = web.launch(real_rag, port=free_port(), block=False)
    yield f"http://127.0.0.1:{demo.server_port}/"
    demo.close()


@pytest.mark.slow
def test_real_server_answers_through_gradio_client(server):
    from gradio_client import Client
    assert server.startswith("http://127.0.0.1:")                 # bound to this machine only
    client = Client(server, verbose=False)
    t = time.time()
    r = client.predict(Q69, api_name="/ask")
    print(f"\n/ask answered in {time.time() - t:.2f}s")
    assert set(r) >= {"question", "answer", "grounded", "citations", "kind"} and r["grounded"] is True
    for c in r["citations"]:
        assert set(c) >= {"n", "source", "doc_title", "section", "text", "quote", "start", "end", "score"}
        assert c["quote"] and c["quote"] in c["text"]
    r = client.predict("Giá vé tàu cao tốc Bắc – Nam là bao nhiêu?", api_name="/ask")
    assert r["grounded"] is False and r["answer"].startswith("Không tìm thấy")
    r = client.predict("   ", api_name="/ask")
    assert r["grounded"] is False and r["answer"].startswith("Chưa có câu hỏi")
