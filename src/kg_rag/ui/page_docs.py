"""The "Văn bản" tab: the documents table, upload with an explicit "Thay thế" choice for a taken
name, and removal with a confirmation (the file is kept in the corpus's .versions folder).

(No `from __future__ import annotations` here: gradio reads `evt: gr.EventData` as a real class.)"""
from html import escape

from ..documents.readers import MAX_BYTES
from . import uploads, webview

INTRO = (f"<p>Thêm văn bản vào kho: tệp .txt, .md, .docx hoặc .pdf có chữ, tối đa {MAX_BYTES // 2**20} MB mỗi tệp. "
         "Văn bản được lập chỉ mục ngay, hỏi được ngay. Tệp trùng tên với văn bản đã có (nội dung khác) sẽ được "
         "hỏi trước khi thay thế; không tệp nào bị ghi đè.</p>")
REMOVE_JS = """element.addEventListener('click', (e) => {
  const b = e.target.closest && e.target.closest('button.remove-doc');
  if (b) trigger('click', {source: b.dataset.remove});
});"""
PRIVATE = {"api_visibility": "undocumented", "show_progress": "hidden"}


def _box(text: str) -> str:
    return f'<p class="kg-warn" role="alert">{escape(text)}</p>' if text else ""


def documents_tab(gr, rag, only):
    """Builds the tab; returns (the table, a function giving fresh table and filter choices)."""
    pending_up, pending_rm = gr.State([]), gr.State("")
    gr.HTML(INTRO, js_on_load=None)
    up = gr.UploadButton("Chọn tệp để thêm vào kho", file_count="multiple", type="filepath", variant="primary",
                         file_types=[".txt", ".md", ".docx", ".pdf"], elem_id="upload")
    gr.HTML("", elem_id="upload-note", js_on_load=None)
    report = gr.HTML("", elem_id="upload-report", js_on_load=None)
    with gr.Group(visible=False, elem_id="conflict") as conflict:
        conflict_msg = gr.HTML("", js_on_load=None)
        with gr.Row():
            c_replace = gr.Button("Thay thế", variant="stop", elem_id="btn-replace")
            c_both = gr.Button("Giữ cả hai", elem_id="btn-both")
            c_skip = gr.Button("Bỏ qua tệp này", elem_id="btn-skip")
    with gr.Group(visible=False, elem_id="remove-confirm") as rm_box:
        rm_msg = gr.HTML("", js_on_load=None)
        with gr.Row():
            rm_yes = gr.Button("Gỡ văn bản khỏi kho", variant="stop", elem_id="btn-remove-yes")
            rm_no = gr.Button("Hủy", elem_id="btn-remove-no")
    table = gr.HTML(webview.documents_table(rag.documents), elem_id="doc-table", js_on_load=REMOVE_JS)

    def fresh():
        docs = rag.documents
        return webview.documents_table(docs), gr.Dropdown(choices=webview.doc_choices(docs))

    def after(lines, pending):
        return (uploads.report_html(lines), gr.Group(visible=bool(pending)), _box(uploads.conflict_text(pending)),
                pending, *fresh())

    def on_upload(files, pending):
        lines, waiting = uploads.receive(rag, files)
        return after(lines, list(pending or []) + waiting)

    def on_choice(choice):
        def run(pending):
            lines, rest = uploads.decide(rag, list(pending or []), choice)
            return after(lines, rest)
        return run

    outs = [report, conflict, conflict_msg, pending_up, table, only]
    up.upload(lambda: '<p class="kg-empty" role="status">Đang kiểm tra và lập chỉ mục…</p>', None, report,
              **PRIVATE).then(on_upload, [up, pending_up], outs, **PRIVATE)
    for btn, choice in ((c_replace, "replace"), (c_both, "both"), (c_skip, "skip")):
        btn.click(on_choice(choice), [pending_up], outs, **PRIVATE)

    def ask_remove(evt: gr.EventData):
        source = (getattr(evt, "_data", None) or {}).get("source", "")
        text = uploads.remove_prompt(rag, source)
        return gr.Group(visible=bool(text)), _box(text), source

    def do_remove(source):
        line = uploads.remove(rag, source) if source else None
        return (uploads.report_html([line] if line else []), gr.Group(visible=False), "", *fresh())

    table.click(ask_remove, None, [rm_box, rm_msg, pending_rm], **PRIVATE)
    rm_yes.click(do_remove, [pending_rm], [report, rm_box, pending_rm, table, only], **PRIVATE)
    rm_no.click(lambda: (gr.Group(visible=False), ""), None, [rm_box, pending_rm], **PRIVATE)
    return table, fresh
