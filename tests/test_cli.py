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
        data = stdin if isinstance(stdin, bytes) else stdin.encode("utf-8")
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
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


def test_non_utf8_stdin_line_is_reported_in_place_and_the_rest_answered(capsys, monkeypatch, cli_env):
    data = "Kết luận 69 về vấn đề gì?\n".encode() + b"\xff\xfe h\xe0nh\n" + "Nghị quyết 45-NQ/TW về vấn đề gì?\n".encode()
    code, out, err = run(capsys, monkeypatch, ["ask", "--json", *cli_env], stdin=data)
    rows = [json.loads(l) for l in out.splitlines()]
    assert code == 0 and len(rows) == 3 and "line 2 is not UTF-8" in err
    assert rows[0]["grounded"] and rows[2]["grounded"] and rows[1]["grounded"] is False


def test_control_characters_do_not_change_the_answer(capsys, monkeypatch, cli_env):
    _, clean, _ = run(capsys, monkeypatch, ["ask", QUESTION, "--json", *cli_env])
    _, dirty, _ = run(capsys, monkeypatch, ["ask", QUESTION.replace(" ", "\x00 ", 2) + "\x07", "--json", *cli_env])
    a, b = json.loads(clean), json.loads(dirty)
    assert (a["question"], a["answer"], a["citations"]) == (b["question"], b["answer"], b["citations"])


@pytest.mark.parametrize("argv, message", [
    (["ask", "KL 69", "--k", "0"], "--k must be between 1"),
    (["search", "KL 69", "--k", "-3"], "--k must be between 1"),
    (["serve", "--port", "99999"], "--port must be between 1 and 65535"),
    (["ask", "KL 69", "--k", "mười"], "--k must be a whole number"),
])
def test_bad_numbers_exit_2_with_one_line(capsys, monkeypatch, cli_env, argv, message):
    with pytest.raises(SystemExit) as e:
        main([*argv, *cli_env])
    err = capsys.readouterr().err
    assert e.value.code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_ask_k_limits_the_passages_quoted(capsys, monkeypatch, cli_env):
    _, out, _ = run(capsys, monkeypatch, ["ask", "Nghị quyết 29-NQ/TW năm 2013 về giáo dục cần được thực hiện như thế nào?",
                                          "--json", "--k", "1", *cli_env])
    one = json.loads(out)
    assert one["grounded"] and len({(c["source"], c["start"]) for c in one["citations"]}) == 1
