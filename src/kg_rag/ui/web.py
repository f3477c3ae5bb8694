"""The Gradio app for officers: cited chat with a sources panel and document viewer, who does
what, propaganda outlines, the documents with upload and removal. `create_app(rag)` builds the
page without serving (tests); `launch()` serves it, on 127.0.0.1 unless told otherwise; `kg-rag
serve` calls `add_arguments` and `run_cli`. The page is in page.py; handlers in handlers.py.

Offline by construction: analytics off, system fonts (no font CDN), never `share=True`.
Login: KG_RAG_AUTH="user:password" (refused at start when malformed; failed logins limited per
client). Several officers at once: a queue with a concurrency limit. Vietnamese throughout,
Gradio's own strings included (i18n.py).
"""
from __future__ import annotations

import logging
import os
import sys
import time

from ..documents.readers import MAX_BYTES
from ..errors import KgRagError
from .assets import CSS, HEAD
from .auth import LoginLimit, auth_from_env, checker
from .handlers import ask_json  # noqa: F401  (the /ask API, also used by tests and scripts)
from .i18n import gradio_i18n

log = logging.getLogger(__name__)
FONTS = ["system-ui", "Segoe UI", "Roboto", "Noto Sans", "DejaVu Sans", "Arial", "sans-serif"]


def _gradio():
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"          # before gradio is imported: no calls home
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gradio as gr
    except ImportError as e:
        raise KgRagError("the app needs gradio: pip install 'gradio>=6'") from e
    return gr


def create_app(rag, concurrency: int = 4):
    """The page, built but not served."""
    from .page import build
    return build(_gradio(), rag, concurrency)


def launch(rag, host: str = "127.0.0.1", port: int = 7860, block: bool = True, quiet: bool = True,
           concurrency: int = 4):
    gr = _gradio()
    creds = auth_from_env()                                  # BadInput before anything starts
    demo = create_app(rag, concurrency)
    from starlette.middleware import Middleware
    app_kwargs = {"middleware": [Middleware(LoginLimit, login=bool(creds))]}   # lang="vi"; login limit
    theme = gr.themes.Default(font=FONTS, font_mono=["ui-monospace", "DejaVu Sans Mono", "monospace"])
    demo.launch(server_name=host, server_port=port, share=False, inbrowser=False, prevent_thread_lock=not block,
                auth=checker(*creds) if creds else None, auth_message="Đăng nhập để dùng trợ lý văn bản khoa giáo.",
                app_kwargs=app_kwargs, quiet=quiet, show_error=False, theme=theme, css=CSS, head=HEAD,
                i18n=gradio_i18n(gr), max_file_size=MAX_BYTES, ssr_mode=False, footer_links=[], pwa=False,
                enable_monitoring=False, mcp_server=False)
    return demo


def add_arguments(p) -> None:
    if not any("--concurrency" in a.option_strings for a in p._actions):
        p.add_argument("--concurrency", type=int, default=4, help="questions answered at once (default 4)")


def run_cli(args, open_rag) -> int:
    t0 = time.time()
    auth_from_env()                                          # a malformed KG_RAG_AUTH: exit 2 before the slow part
    concurrency = getattr(args, "concurrency", 4)
    if not 1 <= int(concurrency) <= 64:
        from ..errors import BadInput
        raise BadInput("--concurrency must be between 1 and 64")
    rag = open_rag()
    demo = launch(rag, host=args.host, port=args.port, block=False, concurrency=concurrency)
    url = f"http://{'localhost' if args.host in ('0.0.0.0', '::') else args.host}:{demo.server_port}/"
    print(f"kg-rag: sẵn sàng tại {url} (khởi động {time.time() - t0:.1f}s; Ctrl+C để dừng)", flush=True)
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        pass
    finally:
        demo.close()
    print("kg-rag: đã dừng.", file=sys.stderr)
    return 0
