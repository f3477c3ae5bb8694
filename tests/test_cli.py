"""The command line, in-process: JSON shapes (docs/contracts.md), batch mode, exit codes, no tracebacks."""
import io
import json
import sys

import pytest

from kg_rag.ui.cli import main

QUESTION = "Tuyên truyền cổ động trực quan về Kết luận 69 được đặt ở những nơi nào?"


@pytest.fixture
def cli_env(monkeypatch, tmp_path_factory, corpus_dir):
    monkeypatch.setenv("KG_RAG_EMBED_MODEL", "hash")
    idx = tmp_path_factory.getbasetemp() / "cli_index"
    return ["--corpus", str(corpus_dir), "--index", str(idx), "-q"]


def run(capsys, monkeypatch, argv, stdin=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_json_contract(capsys, monkeypatch, cli_env):
    code, out, err = run(capsys, monkeypatch, ["ask", QUESTION, "--json", *cli_env])
    assert code == 0, err
    a = json.loads(out)
    assert set(a) >= {"question", "answer", "grounded", "citations"} and a["grounded"] is True
    for c in a["citations"]:
        assert set(c) >= {"n", "source", "doc_title", "section", "text", "quote", "start", "end", "score"}
        assert c["quote"] in c["text"] and f"[{c['n']}]" in a["answer"]


def test_search_json_contract(capsys, monkeypatch, cli_env):
    code, out, _ = run(capsys, monkeypatch, ["search", "KL 69", "--k", "3", "--json", *cli_env])
    r = json.loads(out)
    assert code == 0 and r["query"] == "KL 69" and [h["rank"] for h in r["hits"]] == [1, 2, 3]
    assert set(r["hits"][0]) >= {"rank", "source", "section", "text", "start", "end", "score"}


def test_batch_stdin_keeps_order_and_survives_bad_lines(capsys, monkeypatch, cli_env):
    lines = ["Nghị quyết 45-NQ/TW về vấn đề gì?", "   ", "x" * 3000, "Giá vé tàu cao tốc Bắc – Nam là bao nhiêu?"]
    code, out, err = run(capsys, monkeypatch, ["ask", "--json", *cli_env], stdin="\n".join(lines) + "\n")
    rows = [json.loads(l) for l in out.splitlines()]
    assert code == 0 and len(rows) == 3                      # the blank line is skipped, the others answered
    assert rows[0]["grounded"] is True and rows[1]["grounded"] is False and rows[2]["grounded"] is False
    assert "too long" in err and "Traceback" not in err
    code, out, _ = run(capsys, monkeypatch, ["search", "--json", *cli_env], stdin="KL 69\nNQ 20\n")
    assert [json.loads(l)["query"] for l in out.splitlines()] == ["KL 69", "NQ 20"]


def test_exit_codes_and_one_line_errors(capsys, monkeypatch, cli_env, tmp_path):
    code, _, err = run(capsys, monkeypatch, ["ask", "   ", *cli_env])
    assert code == 2 and err.count("\n") == 1 and "empty question" in err
    code, _, err = run(capsys, monkeypatch, ["ingest", str(tmp_path / "missing.txt"), *cli_env])
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, monkeypatch, ["ask", "x", "--corpus", str(tmp_path / "none"), "--index",
                                             str(tmp_path / "i"), "-q"])
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as e:
        main(["ask", "--no-such-flag"])
    assert e.value.code == 2


def test_ingest_prints_what_it_did(capsys, monkeypatch, corpus_copy, tmp_path):
    monkeypatch.setenv("KG_RAG_EMBED_MODEL", "hash")
    (corpus_copy / "bad.pdf").write_bytes(b"junk")
    code, out, _ = run(capsys, monkeypatch, ["ingest", "--corpus", str(corpus_copy), "--index", str(tmp_path / "i"), "-q"])
    assert code == 0 and "indexed" in out and "skipped bad.pdf" in out
