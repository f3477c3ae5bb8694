"""Load: 20 officers asking at once through the page's /ask API of a real server (real model) get
answers and no errors. CI runs 20 users for 20 s; the README's figures come from the 2-minute run
(`python -m kg_rag.bench.load --users 20 --seconds 120`)."""
import socket

import pytest

from kg_rag.bench.load import run

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_twenty_concurrent_users_get_answers_without_errors(real_rag):
    from kg_rag.ui import web
    port = _free_port()
    demo = web.launch(real_rag, port=port, block=False, quiet=True)
    try:
        r = run(f"http://127.0.0.1:{port}/", users=20, seconds=20)
    finally:
        demo.close()
    print(r)
    assert r["errors"] == 0, r["error_samples"]
    assert r["answers"] >= 40 and r["p95_s"] < 30
