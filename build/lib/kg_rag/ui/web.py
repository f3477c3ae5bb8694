"""The Gradio app for officers: chat with cited answers, sources panel, who-does-what, outlines,
documents. `create_app(rag)` builds the page without serving (tests); `launch()` serves it on
127.0.0.1 only. Handlers are plain functions so they can be tested without a browser.

Offline by construction: analytics off, system fonts (no font CDN), never `share=True`.
Login: KG_RAG_AUTH="user:password". Several officers at once: a queue with a concurrency limit.
"""
from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

from . import webview
from ..answer import answer_question
from ..errors import BadInput, KgRagError
from ..types import Answer

log = logging.getLogger(__name__)
EXAMPLES = ["Ai phải làm gì theo Kết luận 69?",
            "Tuyên truyền cổ động trực quan về Kết luận 69 được đặt ở những nơi nào?",
            "Nghị quyết 36-NQ/TW năm 2023 nói về lĩnh vực gì?",
            "Phòng Văn hóa và Thông tin phải làm gì?",
            "nghi quyet 20 ve khoa hoc cong nghe ban hanh nam nao"]


def _gradio():
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gradio as gr
    except ImportError as e:
        raise KgRagError("the app needs gradio: pip install 'gradio>=5'") from e
    return gr


# -- handlers (plain functions) -------------------------------------------------------------------

def ask_json(rag, question: str) -> dict:
    """The /ask API: one question in, the Answer JSON (docs/contracts.md) out."""
    try:
        return rag.ask(question).to_dict()
    except BadInput as e:
        return Answer(question or "", f"Câu hỏi không hợp lệ: {e}", False).to_dict()


def answer_turn(snap, question: str, asked: list[str], sources: list[str] | None):
    """One chat turn on one snapshot -> (Answer or None, message for the user)."""
    try:
        ans = answer_question(snap, question, sources=set(sources) if sources else None, history=asked or None)
    except BadInput as e:
        return None, f"⚠️ {e}"
    return ans, webview.link_markers(ans.answer)


def upload(rag, files) -> str:
    """Add uploaded files; a bad one is refused with its reason and nothing is lost."""
    msgs = []
    for f in files or []:
        path = Path(getattr(f, "name", f))
        name = Path(getattr(f, "orig_name", "") or path.name).name
        try:
            rag.add_file(path, name=name)
            msgs.append(f"✅ {name}: đã thêm và lập chỉ mục ({len(rag.chunks)} đoạn trong kho).")
        except KgRagError as e:
            msgs.append(f"❌ {name}: không nhận — {e}")
    return "\n".join(msgs) or "Chưa chọn tệp."


def who_what_view(rag, directive: str) -> str:
    try:
        return webview.who_what_html(rag.who_what(directive))
    except BadInput as e:
        return f'<div class="kg-empty">{webview.escape(str(e))}</div>'


def outline_view(rag, topic: str):
    from ..directives.export import format_outline, write_outline
    try:
        result = rag.outline(topic)
    except BadInput as e:
        return f"⚠️ {e}", None
    path = Path(tempfile.mkdtemp(prefix="kg_rag_outline_")) / "de-cuong-tuyen-truyen.docx"
    write_outline(result, path)
    return webview.link_markers(format_outline(result)), str(path)


def _choices(rag) -> list[tuple[str, str]]:
    return [(f"{d.short_title[:90]} ({d.source[:3]})", s) for s, d in sorted(rag.documents.items())]


# -- the page -------------------------------------------------------------------------------------

def create_app(rag):
    gr = _gradio()
    with gr.Blocks(title="kg_rag — Hỏi đáp văn bản khoa giáo", analytics_enabled=False) as demo:
        gr.Markdown("## Hỏi đáp văn bản công tác khoa giáo\nMỗi câu trả lời trích nguyên văn từ văn bản, "
                    "kèm số [n] dẫn tới đoạn nguồn. Không có trong văn bản thì hệ thống nói rõ là không tìm thấy.")
        last = gr.State(None)          # the last Answer, for opening its sources
        asked = gr.State([])           # previous questions of this conversation
        with gr.Tab("Hỏi đáp"):
            with gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(label="Trao đổi", height=460, elem_id="chat")
                    q = gr.Textbox(label="Câu hỏi", placeholder="Ví dụ: Ai phải làm gì theo Kết luận 69?",
                                   elem_id="question", lines=1)
                    with gr.Row():
                        send = gr.Button("Hỏi", variant="primary", elem_id="ask-btn")
                        clear = gr.Button("Cuộc trò chuyện mới")
                    only = gr.Dropdown(choices=_choices(rag), multiselect=True, label="Chỉ tìm trong các văn bản",
                                       elem_id="filter")
                    gr.Examples(EXAMPLES, inputs=q, label="Câu hỏi mẫu")
                with gr.Column(scale=2):
                    gr.Markdown("### Nguồn trích dẫn")
                    src = gr.HTML(webview.NO_SOURCES, elem_id="sources")
                    with gr.Row():
                        pick = gr.Dropdown(choices=[], label="Mở toàn văn nguồn số", elem_id="open-n", scale=2)
                        open_btn = gr.Button("Mở văn bản", elem_id="open-btn", scale=1)
                    full = gr.HTML("", elem_id="fulltext")

            def respond(message, history, prev, sources):
                history = list(history or [])
                history.append({"role": "user", "content": message})
                snap = rag.snapshot()                   # one index for the answer and its cards
                ans, text = answer_turn(snap, message, prev, sources)
                shown = ""
                for piece in text.split(" "):            # show the answer progressively
                    shown = f"{shown} {piece}" if shown else piece
                    yield history + [{"role": "assistant", "content": shown}], gr.update(), gr.update(), prev, gr.update()
                    time.sleep(0.005)
                cards = webview.sources_html(ans, snap.documents)
                nums = [str(c.n) for c in ans.citations] if ans else []
                new_prev = (prev + [message])[-5:] if ans and ans.grounded else prev
                yield (history + [{"role": "assistant", "content": text}], cards, (ans, snap.documents), new_prev,
                       gr.update(choices=nums, value=nums[0] if nums else None))

            def open_source(n, last_answer):
                if not last_answer or not last_answer[0] or not n:
                    return '<div class="kg-empty">Chọn một nguồn để xem toàn văn.</div>'
                ans, documents = last_answer           # the documents the answer was made from
                c = next((c for c in ans.citations if str(c.n) == str(n)), None)
                doc = documents.get(c.source) if c else None
                return webview.document_html(doc, c) if doc else ""

            outs = [chat, src, last, asked, pick]
            for ev in (send.click, q.submit):
                ev(respond, [q, chat, asked, only], outs).then(lambda: "", None, q)
            clear.click(lambda: ([], webview.NO_SOURCES, None, [], gr.update(choices=[], value=None), ""),
                        None, outs + [full])
            open_btn.click(open_source, [pick, last], full).then(
                None, None, None, js="() => setTimeout(() => document.getElementById('cited')"
                                     "?.scrollIntoView({block: 'center'}), 200)")
        with gr.Tab("Ai làm gì"):
            d_in = gr.Textbox(label="Văn bản chỉ đạo", value="KL 69", placeholder="KL 69, Kết luận 69, 69-KL/TW, NQ 20")
            d_btn = gr.Button("Xem phân công", variant="primary")
            d_out = gr.HTML()
            d_btn.click(lambda d: who_what_view(rag, d), d_in, d_out)
        with gr.Tab("Đề cương tuyên truyền"):
            t_in = gr.Textbox(label="Chủ đề", value="Kết luận 69")
            t_btn = gr.Button("Soạn đề cương (có trích dẫn)", variant="primary")
            t_md = gr.Markdown()
            t_file = gr.File(label="Tải về (.docx)")
            t_btn.click(lambda t: outline_view(rag, t), t_in, [t_md, t_file])
        with gr.Tab("Văn bản"):
            table = gr.HTML(webview.documents_table(rag.documents))
            up = gr.File(label="Thêm văn bản (.txt, .md, .docx, .pdf)", file_count="multiple",
                         file_types=[".txt", ".md", ".docx", ".pdf"])
            up_msg = gr.Textbox(label="Kết quả", interactive=False)
            up.upload(lambda f: (upload(rag, f), webview.documents_table(rag.documents),
                                 gr.update(choices=_choices(rag))), up, [up_msg, table, only])
        with gr.Row(visible=False):                     # the /ask API (docs/contracts.md)
            api_q = gr.Textbox()
            api_out = gr.JSON()
            api_btn = gr.Button()
        api_btn.click(lambda s: ask_json(rag, s), api_q, api_out, api_name="ask")
    demo.queue(default_concurrency_limit=4, max_size=64)
    return demo


def launch(rag, host: str = "127.0.0.1", port: int = 7860, block: bool = True, quiet: bool = False):
    gr = _gradio()
    demo = create_app(rag)
    auth = os.environ.get("KG_RAG_AUTH")
    auth = tuple(auth.split(":", 1)) if auth and ":" in auth else None
    theme = gr.themes.Default(font=["system-ui", "Segoe UI", "Roboto", "Arial", "sans-serif"],
                              font_mono=["ui-monospace", "monospace"])
    demo.launch(server_name=host, server_port=port, share=False, auth=auth, prevent_thread_lock=not block,
                quiet=quiet, show_error=False, theme=theme, css=webview.CSS, inbrowser=False, ssr_mode=False,
                footer_links=[])
    return demo


def add_arguments(p) -> None:
    pass


def run_cli(args, open_rag) -> int:
    t = time.time()
    rag = open_rag()
    print(f"kg-rag: http://{args.host}:{args.port} (index ready in {time.time() - t:.1f}s; Ctrl+C to stop)", flush=True)
    launch(rag, host=args.host, port=args.port, block=True, quiet=True)
    return 0
