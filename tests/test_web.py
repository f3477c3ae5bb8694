"""The app: handlers without a server (fast), then the real server from a real client and a real
headless browser (slow)."""
import socket
import time
from pathlib import Path

import pytest

from kg_rag.ui import web

from kg_rag.ui import webview
from kg_rag.types import Answer, Citation

ROOT = Path(__file__).resolve().parents[1]


def test_create_app_builds_without_serving(hash_rag):
    demo = web.create_app(hash_rag)
    assert demo.title.startswith("kg_rag")
    assert any(getattr(fn, "api_name", None) == "ask" for fn in demo.fns.values())


def test_sources_html_escapes_and_highlights(hash_rag):
    c = Citation(1, "004_57220ce583489b87.txt", "Hướng dẫn <b>x</b>", "IV › 5", "a <script>x</script> đến từng chi bộ; b",
                 "đến từng chi bộ", 0, 10)
    html = webview.sources_html(Answer("q", "… [1]", True, (c,)), hash_rag.documents)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;" in html
    assert "<mark>đến từng chi bộ</mark>" in html and 'id="src-1"' in html
    assert "Ban Tuyên giáo Huyện ủy" in html                      # issuing body from the document's metadata
    assert webview.link_markers("x [1] y [12]") == "x [[1]](#src-1) y [[12]](#src-12)"


def test_document_view_marks_the_cited_paragraph(hash_rag):
    a = hash_rag.ask("Tuyên truyền cổ động trực quan về Kết luận 69 được đặt ở những nơi nào?")
    c = a.citations[0]
    html = webview.document_html(hash_rag.documents[c.source], c)
    assert 'id="cited"' in html and "<mark>" in html and "khu công nghiệp" in html


def test_chat_turn_and_bad_question(hash_rag):
    ans, text = web.answer_turn(hash_rag.snapshot(), "Nghị quyết 45-NQ/TW về vấn đề gì?", [], None)
    assert ans.grounded and "(#src-1)" in text
    ans, text = web.answer_turn(hash_rag.snapshot(), "   ", [], None)
    assert ans is None and text.startswith("⚠️")
    assert web.ask_json(hash_rag, "")["grounded"] is False


def test_upload_refuses_bad_files_and_keeps_everything(corpus_copy, tmp_path):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    rag = KgRag.open(corpus=corpus_copy, index=tmp_path / "index", embedder=HashEmbedder(), progress=False)
    n_docs, n_chunks = len(rag.documents), len(rag.chunks)
    bad = tmp_path / "anh.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 40)
    msg = web.upload(rag, [str(bad)])
    assert msg.startswith("❌") and "binary" in msg
    assert (len(rag.documents), len(rag.chunks)) == (n_docs, n_chunks)
    good = tmp_path / "moi.md"
    good.write_text("# KẾ HOẠCH\nứng dụng trí tuệ nhân tạo\n\nI. NỘI DUNG\n\n1. Phòng Nội vụ thí điểm trợ lý ảo "
                    "trả lời thủ tục hành chính.\n", encoding="utf-8")
    assert web.upload(rag, [str(good)]).startswith("✅")
    assert rag.ask("Phòng Nội vụ thí điểm trợ lý ảo gì?").citations[0].source == "moi.md"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(real_rag):
    port = _free_port()
    t = time.time()
    demo = web.launch(real_rag, port=port, block=False, quiet=True)
    ready = time.time() - t
    yield f"http://127.0.0.1:{port}/", ready
    demo.close()


@pytest.mark.slow
def test_real_server_answers_through_gradio_client(server):
    from gradio_client import Client
    url, _ = server
    assert url.startswith("http://127.0.0.1:")                     # never bound beyond this machine
    r = Client(url, verbose=False).predict("Ai phải làm gì theo Kết luận 69?", api_name="/ask")
    assert set(r) >= {"question", "answer", "grounded", "citations"} and r["grounded"] is True
    assert r["citations"] and all(c["quote"] in c["text"] for c in r["citations"])
    r = Client(url, verbose=False).predict("Giá vé tàu cao tốc Bắc – Nam là bao nhiêu?", api_name="/ask")
    assert r["grounded"] is False and r["answer"].startswith("Không tìm thấy")


@pytest.mark.slow
def test_browser_asks_sees_citations_opens_source(server):
    import shutil
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    url, _ = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(url, wait_until="load")          # (gradio keeps a live connection: never "networkidle")
        page.locator("#question textarea").wait_for(timeout=60_000)
        page.locator("#question textarea").fill("Tuyên truyền cổ động trực quan về Kết luận 69 được đặt ở những nơi nào?")
        page.locator("#ask-btn").click()
        page.locator("#sources .src-card").first.wait_for(timeout=60_000)
        assert "[1]" in page.locator("#chat").inner_text(timeout=30_000)
        assert "khu công nghiệp" in page.locator("#sources").inner_text()
        page.locator("#open-btn").click()
        page.locator("#fulltext #cited").wait_for(timeout=30_000)
        assert "mark" in page.locator("#fulltext #cited").inner_html()
        page.wait_for_timeout(600)                      # let the viewer scroll to the cited paragraph
        page.screenshot(path=str(ROOT / "app" / "screenshot.png"), full_page=True)
        browser.close()
    assert (ROOT / "app" / "screenshot.png").stat().st_size > 20_000
