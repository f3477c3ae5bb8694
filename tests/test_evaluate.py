"""`kg-rag eval` end to end: grading answers made elsewhere, asking kg_rag, thresholds, bad input,
and the evaluation sets themselves."""
import json
from pathlib import Path

import pytest

from kg_rag.ui.cli import main
from test_metrics import DESIGN_KEYS, GOOD, ITEMS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def mini(tmp_path):
    return write_jsonl(tmp_path / "mini.jsonl", ITEMS), write_jsonl(tmp_path / "answers.jsonl", GOOD)


def run(capsys, *argv):
    code = main(["eval", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_eval_answers_json_end_to_end(mini, tmp_path, capsys):
    ds, ans = mini
    out_file = tmp_path / "reports" / "r.json"
    code, out, _ = run(capsys, ds, "--answers", ans, "--json", "--corpus", CORPUS, "--out", out_file)
    assert code == 0
    rep = json.loads(out)
    assert json.loads(out_file.read_text(encoding="utf-8")) == rep
    assert all(k in rep for k in DESIGN_KEYS + ["items"]) and rep["n"] == 3 and len(rep["items"]) == 3
    assert rep["citation_hit_rate"] == 1.0 and rep["supported_sentence_rate"] == 1.0
    assert [r["failures"] for r in rep["items"]] == [[], [], []]
    assert "recall@5" not in rep and rep["answers_from"].endswith("answers.jsonl")


def test_eval_table_names_the_failures_and_thresholds_set_exit_code(mini, tmp_path, capsys):
    ds, _ = mini
    bad = [dict(GOOD[0]), dict(GOOD[1], answer=GOOD[1]["answer"] + "\n- Mỗi chi bộ được cấp 500 triệu đồng. [1]"),
           {"question": ITEMS[2]["question"], "answer": "Giá vé là 1,5 triệu đồng.", "grounded": True, "citations": []}]
    ans = write_jsonl(tmp_path / "bad.jsonl", bad)
    code, out, err = run(capsys, ds, "--answers", ans, "--corpus", CORPUS, "--min-refusal-accuracy", "0.5",
                         "--min-supported-sentence-rate", "0.9", "--min-citation-hit-rate", "0.9")
    assert code == 1
    assert "Worst questions" in out and "answered an unanswerable question" in out and "500 triệu" in out
    assert "refusal_accuracy" in err and "supported_sentence_rate" in err and "citation_hit_rate" not in err
    code, _, _ = run(capsys, ds, "--answers", ans, "--corpus", CORPUS, "--min-citation-hit-rate", "0.9",
                     "--max-false-refusal-rate", "0")
    assert code == 0


@pytest.mark.parametrize("lines,message", [
    (2, "2 answers for 3"),
    ("bad-json", "line 2: invalid JSON"),
    ("wrong-order", "line 1: answers a different question"),
])
def test_bad_answers_file_exits_2_and_says_which_line(mini, tmp_path, capsys, lines, message):
    ds, _ = mini
    p = tmp_path / "a.jsonl"
    if lines == 2:
        write_jsonl(p, GOOD[:2])
    elif lines == "bad-json":
        p.write_text(json.dumps(GOOD[0], ensure_ascii=False) + "\n{oops\n" + json.dumps(GOOD[2]) + "\n", encoding="utf-8")
    else:
        write_jsonl(p, [GOOD[1], GOOD[0], GOOD[2]])
    code, _, err = run(capsys, ds, "--answers", p, "--corpus", CORPUS)
    assert code == 2 and message in err


def test_bad_dataset_and_threshold(tmp_path, capsys, mini):
    p = tmp_path / "d.jsonl"
    p.write_text('{"id": "x", "question": ""}\n', encoding="utf-8")
    code, _, err = run(capsys, p, "--answers", mini[1], "--corpus", CORPUS)
    assert code == 2 and "line 1" in err
    code, _, err = run(capsys, mini[0], "--answers", mini[1], "--corpus", CORPUS, "--min-mrr", "5")
    assert code == 2 and "between 0 and 1" in err


def test_eval_asks_kg_rag_with_hash_embedder(mini, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KG_RAG_EMBED_MODEL", "hash")
    code, out, _ = run(capsys, mini[0], "--json", "-q", "--corpus", CORPUS, "--index", tmp_path / "index",
                       "--min-recall-at-10", "0.5")
    rep = json.loads(out)
    assert code == 0 and rep["answers_from"] == "kg_rag"
    assert {"recall@1", "recall@5", "recall@10", "mrr", "latency_p50_s", "latency_p95_s"} <= set(rep)
    assert rep["recall@10"] >= 0.5 and rep["n"] == 3 and rep["refusal_accuracy"] == 1.0


def test_extra_set_is_well_formed_and_verbatim(capsys):
    from kg_rag.evaluation.dataset import dataset_problems, load_dataset, load_documents
    docs = load_documents(CORPUS)
    extra = load_dataset(ROOT / "eval" / "extra.jsonl")
    assert 15 <= len(extra) <= 25 and len({it["id"] for it in extra}) == len(extra)
    assert sum(not it["answerable"] for it in extra) >= 3
    assert {"factoid", "list", "who-what", "metadata", "no-diacritics", "abbreviation", "disambiguation"} <= \
        {it["kind"] for it in extra}
    for it in extra:          # copied verbatim from the raw file, not only after normalisation
        for e in it["evidence"]:
            assert e["quote"] in (CORPUS / e["source"]).read_text(encoding="utf-8"), (it["id"], e["quote"])
        assert it["answerable"] == bool(it["evidence"]) and (not it["answerable"] or it["keywords"])
    assert dataset_problems(extra, docs) == []
    assert dataset_problems(load_dataset(ROOT / "eval" / "dev.jsonl"), docs) == []
    broken = [dict(extra[0], evidence=[{"source": "000_be8e4c97cec46f5d.txt", "quote": "không có trong văn bản"}])]
    assert dataset_problems(broken, docs)


def test_gates_file_is_applied_and_flags_win(mini, tmp_path, capsys):
    ds, ans = mini
    gates = tmp_path / "gates.json"
    gates.write_text(json.dumps({"mini.jsonl": {"min": {"citation_hit_rate": 1.0, "refusal_accuracy": 1.0},
                                                "max": {"false_refusal_rate": 0.0}}}), encoding="utf-8")
    code, _, _ = run(capsys, ds, "--answers", ans, "--corpus", CORPUS, "--gates", gates)
    assert code == 0
    bad = write_jsonl(tmp_path / "bad.jsonl", [GOOD[0], GOOD[1], dict(GOOD[1], question=ITEMS[2]["question"])])
    code, _, err = run(capsys, ds, "--answers", bad, "--corpus", CORPUS, "--gates", gates)
    assert code == 1 and "refusal_accuracy" in err
    code, _, _ = run(capsys, ds, "--answers", bad, "--corpus", CORPUS, "--gates", gates, "--min-refusal-accuracy", "0")
    assert code == 0                                  # a flag on the command line wins over the file
    gates.write_text(json.dumps({"other.jsonl": {}}), encoding="utf-8")
    code, _, err = run(capsys, ds, "--answers", ans, "--corpus", CORPUS, "--gates", gates)
    assert code == 2 and "no gates for mini.jsonl" in err


def test_the_newdocs_set_is_merged_from_its_parts_and_every_quote_is_in_its_document():
    import importlib.util
    from pathlib import Path
    from kg_rag.evaluation.dataset import dataset_problems, load_dataset, load_documents
    here = Path(__file__).resolve().parents[1] / "eval" / "newdocs"
    spec = importlib.util.spec_from_file_location("merge", here / "merge.py")
    merge = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(merge)
    for kind in ("questions", "who_what"):
        assert (here / f"{kind}.jsonl").read_text(encoding="utf-8") == merge.merged(kind), \
            f"run python eval/newdocs/merge.py after editing a part of {kind}"
    items = load_dataset(here / "questions.jsonl")
    assert len(items) >= 200 and sum(not i["answerable"] for i in items) >= 0.2 * len(items)
    assert dataset_problems(items, load_documents(here / "corpus")) == []
