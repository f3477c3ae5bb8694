"""The page's layout and wiring (gradio Blocks). What each button does is in handlers.py and
uploads.py (plain functions); HTML in chatview.py, webview.py, tabsview.py; CSS and JS in
assets*.py. Tabs: Hỏi đáp · Ai làm gì · Đề cương · Văn bản.
"""
from __future__ import annotations

from html import escape

from ..documents.readers import MAX_BYTES
from ..errors import BadInput
from . import chatview, handlers, webview
from .assets_js import CHAT_JS, page_js
from .chatview import Turn
from .export import Results
from .i18n import vi_error
from .page_docs import documents_tab

TITLE = "Trợ lý văn bản khoa giáo"
HEADER = ("<h1>Trợ lý hỏi đáp văn bản công tác khoa giáo</h1><p>Câu trả lời trích nguyên văn từ văn bản, số [n] "
          "mở đoạn nguồn. Không có trong văn bản thì hệ thống nói rõ là không tìm thấy.</p>")
EXAMPLES = ["Ai phải làm gì theo Kết luận 69?",
            "Tuyên truyền cổ động trực quan về Kết luận 69 được đặt ở những nơi nào?",
            "Phòng Văn hóa và Thông tin phải làm gì?",
            "Nghị quyết 36-NQ/TW năm 2023 nói về lĩnh vực gì?",
            "Kế hoạch công tác khoa giáo năm 2024 của Ban Tuyên giáo Đảng ủy Khối có những nhiệm vụ nào?"]
MAX_TURNS = 30
STOPPED = "Đã dừng: câu hỏi vừa rồi chưa được trả lời. Có thể hỏi lại."
PRIVATE = {"api_visibility": "undocumented", "show_progress": "hidden"}


def examples_html() -> str:
    items = "".join(f'<li><button type="button" class="kg-example" data-q="{escape(e)}">{escape(e)}</button></li>'
                    for e in EXAMPLES)
    return f'<p class="ex-title">Câu hỏi mẫu (bấm để hỏi ngay):</p><ul class="ex-list">{items}</ul>'


def build(gr, rag, concurrency: int = 4):
    results = Results()

    def open_doc(args):
        return handlers.open_document(rag, args)

    def export_docx(args):
        return handlers.export_docx(results, args[0] if isinstance(args, (list, tuple)) and args else args)

    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(3600, 3600)) as demo:
        gr.HTML(HEADER, elem_id="kg-head", js_on_load=None)
        gr.HTML("", elem_id="kg-bridge", js_on_load=page_js(MAX_BYTES), server_functions=[open_doc, export_docx])
        turns = gr.State([])
        with gr.Tabs(elem_id="kg-tabs"):
            with gr.Tab("Hỏi đáp", elem_id="tab-chat"):
                chat_parts = _chat_tab(gr, rag)
            with gr.Tab("Ai làm gì", elem_id="tab-who"):
                with gr.Row():
                    d_in = gr.Textbox(label="Văn bản chỉ đạo", value="Kết luận 69", scale=4, elem_id="who-input",
                                      placeholder="KL 69, Kết luận 69, 69-KL/TW, Nghị quyết 20 …")
                    d_btn = gr.Button("Xem phân công", variant="primary", scale=1, min_width=120, elem_id="who-btn")
                d_out = gr.HTML(webview.message("Bảng cơ quan, đơn vị → nhiệm vụ, trích nguyên văn, có nguồn."),
                                elem_id="who-out", js_on_load=None)
                gr.on([d_btn.click, d_in.submit], lambda d: handlers.who_what_view(rag, results, d), d_in, d_out,
                      **PRIVATE)
            with gr.Tab("Đề cương", elem_id="tab-outline"):
                with gr.Row():
                    t_in = gr.Textbox(label="Chủ đề đề cương tuyên truyền", value="Kết luận 69", scale=4,
                                      elem_id="outline-input", placeholder="Kết luận 69, tuyên truyền khoa học công nghệ …")
                    t_btn = gr.Button("Soạn đề cương", variant="primary", scale=1, min_width=120, elem_id="outline-btn")
                t_out = gr.HTML(webview.message("Đề cương có trích dẫn [n] tới văn bản nguồn; tải về dạng Word."),
                                elem_id="outline-out", js_on_load=None)
                gr.on([t_btn.click, t_in.submit], lambda t: handlers.outline_view(rag, results, t), t_in, t_out,
                      **PRIVATE)
            with gr.Tab("Văn bản", elem_id="tab-docs"):
                table, refresh = documents_tab(gr, rag, chat_parts["only"])
        _wire_chat(gr, rag, results, turns, chat_parts)
        demo.load(refresh, None, [table, chat_parts["only"]], **PRIVATE)

        def ask(question: str) -> dict:
            """Ask one question; returns the Answer JSON (question, answer, grounded, citations, kind)."""
            return handlers.ask_json(rag, question)
        gr.api(ask, api_name="ask")
    demo.queue(default_concurrency_limit=concurrency, max_size=64)
    return demo


def _chat_tab(gr, rag) -> dict:
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=320):
            chat = gr.HTML(chatview.chat_html([]), elem_id="chat", js_on_load=CHAT_JS)
            with gr.Row(equal_height=True):
                q = gr.Textbox(label="Câu hỏi", show_label=False, elem_id="question", lines=1, max_lines=4, scale=6,
                               placeholder="Nhập câu hỏi, ví dụ: Ai phải làm gì theo Kết luận 69?")
                send = gr.Button("Hỏi", variant="primary", elem_id="ask-btn", scale=1, min_width=70)
                stop = gr.Button("Dừng", variant="stop", elem_id="stop-btn", scale=1, min_width=70, visible=False)
            gr.HTML(examples_html(), elem_id="examples", js_on_load=None)
            with gr.Row():
                only = gr.Dropdown(choices=webview.doc_choices(rag.documents), multiselect=True, elem_id="filter",
                                   label="Chỉ tìm trong các văn bản (để trống: tìm trong tất cả)", scale=4)
                new = gr.Button("Cuộc trò chuyện mới", elem_id="new-chat", scale=1, min_width=120, visible=False)
        with gr.Column(scale=2, min_width=300):
            src = gr.HTML(webview.NO_SOURCES, elem_id="sources", js_on_load=None)
    return {"chat": chat, "q": q, "send": send, "stop": stop, "only": only, "new": new, "src": src}


def _wire_chat(gr, rag, results: Results, turns, p: dict) -> None:
    def respond(message, past, sources):
        past = list(past or [])
        question = " ".join((message or "").split())
        idle = gr.Button(interactive=True), gr.Button(visible=False)
        if not question:
            yield (chatview.chat_html(past, note=vi_error(BadInput("empty question"))), gr.skip(), past, "", *idle,
                   gr.skip())
            return
        yield (chatview.chat_html(past, Turn("pending", question)), gr.skip(), past, "",
               gr.Button(interactive=False), gr.Button(visible=True), gr.skip())
        turn = handlers.chat_turn(rag.snapshot(), question, past, sources)
        if turn.answer is not None:
            results.put("answer", turn, token=turn.id)
        past = (past + [turn])[-MAX_TURNS:]
        yield (chatview.chat_html(past), webview.sources_panel([t.cards for t in past]), past, gr.skip(), *idle,
               gr.Button(visible=True))

    def stopped(past):
        return chatview.chat_html(list(past or []), note=STOPPED), gr.Button(interactive=True), gr.Button(visible=False)

    outs = [p["chat"], p["src"], turns, p["q"], p["send"], p["stop"], p["new"]]
    ev = gr.on([p["send"].click, p["q"].submit], respond, [p["q"], turns, p["only"]], outs, trigger_mode="once",
               **PRIVATE)
    p["stop"].click(stopped, [turns], [p["chat"], p["send"], p["stop"]], cancels=[ev], **PRIVATE)
    p["new"].click(lambda: (chatview.chat_html([]), webview.NO_SOURCES, [], gr.Button(visible=False)), None,
                   [p["chat"], p["src"], turns, p["new"]], **PRIVATE)
