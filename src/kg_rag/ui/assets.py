"""The page's CSS (system fonts only: no font CDN) and the head snippet. The page's JavaScript is
in assets_js.py."""
from __future__ import annotations

HEAD = ('<meta name="description" content="Trợ lý hỏi đáp văn bản công tác khoa giáo">'
        '<script>document.documentElement.lang="vi";</script>')

CSS = """
.gradio-container{max-width:1500px !important;overflow:visible !important;overflow-x:clip !important}
#kg-head h1{margin:0 0 2px 0;font-size:20px}
#kg-head p{margin:0;font-size:13px;color:#57606a}
/* the chat: its own scroll; every message is text (answers quote documents) */
.kg-chat{max-height:min(60vh,640px);min-height:180px;overflow-y:auto;padding:4px 6px;border:1px solid #d0d7de;
  border-radius:8px;background:#fff;color:#1f2328}
.kg-chat .msg{margin:6px 0;padding:6px 10px;border-radius:8px;line-height:1.45;font-size:14px}
.kg-chat .msg p{margin:2px 0}
.kg-chat .msg ul{margin:2px 0 2px 18px;padding:0}
.kg-chat .user{background:#eef6ff}
.kg-chat .bot{background:#f6f8fa}
.kg-chat .refusal{background:#fff8e6}
.kg-chat .who{font-size:12px;font-weight:600;color:#57606a}
.kg-chat .tools,.kg-scope .tools{margin-top:4px;display:flex;gap:6px;flex-wrap:wrap}
.kg-chat .tools button,.kg-scope .tools button,.open-doc,.viewer-close,.pop-close,.remove-doc,.kg-example{
  font-size:13px;padding:3px 10px;border:1px solid #8c959f;border-radius:6px;background:#fff;color:#1f2328;cursor:pointer}
.kg-example{text-align:left;background:#f6f8fa}
#examples .ex-list{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
#examples .ex-title{font-size:13px;color:#57606a;margin:0 0 4px 0}
button.cite{border:0;background:none;color:#0550ae;font-weight:600;padding:0 1px;cursor:pointer;font-size:inherit}
button.cite:hover,button.cite:focus{text-decoration:underline}
details.more>summary{cursor:pointer;color:#0550ae;font-weight:600;margin:4px 0}
.kg-note{font-size:13px;color:#57606a;margin:4px 6px}
/* sources: a panel that scrolls on its own and stays in sight beside the chat */
#sources{position:sticky !important;top:8px;max-height:calc(100vh - 24px);overflow-y:auto !important;padding-right:4px}
#kg-bridge{display:none !important}
.kg-scope .src-list{max-height:70vh;overflow-y:auto;padding-left:28px}
.src-head{font-size:13px;color:#57606a;margin:0 0 6px 0}
.src-card{border:1px solid #d0d7de;border-radius:8px;padding:8px 10px;margin:0 0 8px 0;background:#fff;color:#1f2328}
.src-card.active{outline:3px solid #f2c94c;background:#fffbea}
.src-card h4{margin:0 0 4px 0;font-size:14px;line-height:1.35}
.src-meta{color:#57606a;font-size:12px;margin:0 0 4px 0}
.src-text{font-size:13px;line-height:1.45;white-space:pre-wrap;margin:4px 0;padding:0 0 0 8px;border-left:3px solid #d0d7de}
mark{background:#fff3a3;color:inherit;padding:0 1px}
.cite-pop{margin:6px 0;padding:4px;border-left:3px solid #f2c94c;background:#fffdf3}
.kg-scope.viewing>:not(.viewer){display:none}
.viewer-body{max-height:70vh;overflow:auto;border:1px solid #d0d7de;border-radius:8px;padding:10px;background:#fff;color:#1f2328}
.viewer-bar{margin:0 0 6px 0}
.doc-text{white-space:pre-wrap;font-size:13px;line-height:1.5}
.doc-view .cited{background:#eef6ff;outline:2px solid #54aeff;border-radius:4px}
.doc-head{margin:0 0 8px 0;font-size:13px}
/* tables scroll sideways inside their box; tasks keep a readable width */
.tbl-wrap{overflow-x:auto;max-width:100%;-webkit-overflow-scrolling:touch}
.kg-table{border-collapse:collapse;width:100%;font-size:13px}
.kg-table td,.kg-table th{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
.kg-table thead th{background:#f6f8fa}
.kg-table tbody th{font-weight:600;min-width:150px;max-width:260px}
.kg-table.ww{min-width:560px}
.kg-table.ww td{min-width:300px}
.kg-table.ww ul{margin:0;padding-left:16px}
.kg-table tr.grp td{background:#f3f4f6;font-weight:600}
.kg-table.docs{min-width:760px}
.tag{display:inline-block;font-size:11px;border:1px solid #afb8c1;border-radius:10px;padding:0 6px;margin:0 2px;color:#424a53}
.tag.due{border-color:#bf8700}
.none{color:#6e7781;font-style:italic}
.kg-empty{color:#57606a;font-style:italic}
.kg-warn{color:#7d4e00;font-weight:600;margin:4px 0}
/* marks are drawn with CSS, not emoji (a machine without an emoji font shows empty boxes) */
.up-report{list-style:none;padding:0;margin:6px 0}
.up-report li{margin:3px 0;padding:4px 8px;border-radius:6px}
.up-report li.ok{background:#dafbe1}
.up-report li.bad{background:#ffebe9}
.up-report .mark{font-weight:700;font-size:12px;margin-right:4px}
.up-report li.ok .mark{color:#1a7f37}
.up-report li.bad .mark{color:#cf222e}
.doc-list{margin:2px 0 8px 18px;padding:0;font-size:13px}
/* phone: every tab in sight (no "more tabs" menu), compact chrome */
@media (max-width:700px){
  #kg-tabs [role=tablist] button,#kg-tabs .tab-container button{padding:6px 7px !important;font-size:13px !important;min-width:0 !important}
  #kg-head h1{font-size:17px}
  #kg-head p{display:none}
  .kg-chat{max-height:65vh}
  #sources{position:static !important;max-height:75vh}
}
"""
