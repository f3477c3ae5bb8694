"""`kg-rag` command line (contract: docs/contracts.md). The only place errors become exit codes:
0 success, 2 bad usage or input, 1 anything else — one line on stderr, never a traceback."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from ..errors import BadInput, KgRagError

log = logging.getLogger("kg_rag")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: corpus/, env KG_RAG_CORPUS)")
    p.add_argument("--index", type=Path, default=None, help="index folder (default: index/, env KG_RAG_INDEX)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars or status lines")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):          # one line and exit 2, like every other bad input
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _int_in(lo: int, hi: int, what: str):
    def parse(text: str) -> int:
        try:
            v = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a whole number, not {text!r}") from None
        if not lo <= v <= hi:
            raise argparse.ArgumentTypeError(f"{what} must be between {lo} and {hi}, not {v}")
        return v
    return parse


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="kg-rag", description="Hỏi đáp có trích dẫn trên văn bản khoa giáo.")
    sub = ap.add_subparsers(dest="cmd", required=True, parser_class=_Parser)
    p = sub.add_parser("ingest", help="(re)build the index from the corpus, incrementally")
    p.add_argument("paths", nargs="*", type=Path, help="files to copy into the corpus first")
    _common(p)
    p = sub.add_parser("search", help="ranked passages")
    p.add_argument("query", nargs="?")
    p.add_argument("--k", type=_int_in(1, 1000, "--k"), default=10, help="passages to return (default 10)")
    p.add_argument("--json", action="store_true")
    _common(p)
    p = sub.add_parser("ask", help="an answer with citations")
    p.add_argument("question", nargs="?")
    p.add_argument("--k", type=_int_in(1, 100, "--k"), default=None,
                   help="passages the answer may quote from (default 8)")
    p.add_argument("--json", action="store_true")
    _common(p)
    p = sub.add_parser("who-what", help="who must do what under a directive")
    p.add_argument("directive")
    p.add_argument("--json", action="store_true")
    _common(p)
    p = sub.add_parser("outline", help="a cited draft outline for propaganda content")
    p.add_argument("topic")
    p.add_argument("--out", type=Path, default=None, help="write FILE.md or FILE.docx")
    p.add_argument("--json", action="store_true")
    _common(p)
    p = sub.add_parser("eval", help="citation evaluation on a dataset")
    p.add_argument("dataset", nargs="?", type=Path, default=None)
    p.add_argument("--answers", type=Path, default=None, help="grade these Answer JSON lines instead of asking")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", type=Path, default=None)
    _common(p)
    _extend(p, "kg_rag.evaluation.evaluate")
    p = sub.add_parser("bench", help="speed and size at several corpus sizes, beside a minimal peer")
    _extend(p, "kg_rag.bench.run")
    p = sub.add_parser("serve", help="the Gradio chat app")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_int_in(1, 65535, "--port"), default=7860)
    _common(p)
    _extend(p, "kg_rag.ui.web")
    return ap


def _extend(p: argparse.ArgumentParser, module: str) -> None:
    """Let a feature module add its own flags (thresholds, login …) without editing this file."""
    try:
        mod = __import__(module, fromlist=["add_arguments"])
    except ImportError:
        return
    if hasattr(mod, "add_arguments"):
        mod.add_arguments(p)


def open_rag(args):
    from ..pipeline import KgRag
    rag = KgRag(args.corpus, args.index, progress=not args.quiet)
    say = None if args.quiet else (lambda msg: print(f"kg-rag: {msg}", file=sys.stderr))
    report = rag.refresh(announce=say)
    if report and not args.quiet:
        for line in report.lines():
            print(f"kg-rag: {line}", file=sys.stderr)
    return rag


def _lines_in(single: str | None) -> tuple[list[str | None], bool]:
    """The questions: the argument, or one per stdin line. A line that is not UTF-8 is None (the
    batch answers the others and reports it, in its place)."""
    if single is not None:
        return [single], False
    if sys.stdin.isatty():
        raise BadInput("no question given: pass one as an argument or pipe one per line on stdin")
    out: list[str | None] = []
    for n, raw in enumerate(sys.stdin.buffer, start=1):
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            print(f"kg-rag: stdin line {n} is not UTF-8 text; save the questions as UTF-8", file=sys.stderr)
            out.append(None)
            continue
        if line.strip():
            out.append(line)
    return out, True


def cmd_ingest(args) -> int:
    from ..pipeline import KgRag
    rag = KgRag(args.corpus, args.index, progress=not args.quiet)
    for p in args.paths:
        if not p.is_file():
            raise BadInput(f"{p}: no such file")
    report = None
    for p in args.paths:          # each add_file indexes incrementally; no second pass needed
        up = rag.add_file(p)
        print({"added": f"added {up.name}", "renamed": f"added {p.name} as {up.name} (the name was taken)",
               "exists": f"{p.name}: already in the corpus as {up.previous}"}.get(up.status, f"{up.status} {up.name}"))
        report = up.report or report
    report = report or rag.refresh(force=True)
    print(f"index {rag.index.resolve()} (corpus {rag.corpus.resolve()})")
    for line in report.lines():
        print(line)
    return 0


def cmd_search(args) -> int:
    rag = open_rag(args)
    queries, batch = _lines_in(args.query)
    for q in queries:
        hits = _guard(lambda: rag.search(q, k=args.k), batch) if q is not None else None
        if args.json or batch:
            print(json.dumps({"query": q or "", "hits": [h.to_dict() for h in hits or []]}, ensure_ascii=False), flush=True)
        else:
            for h in hits:
                print(f"{h.rank:>2}. [{h.score:.3f}] {h.chunk.source} › {h.chunk.section or '—'}\n    {h.chunk.text[:300]}")
    return 0


def cmd_ask(args) -> int:
    rag = open_rag(args)
    questions, batch = _lines_in(args.question)
    for q in questions:
        ans = _guard(lambda: rag.ask(q, k=args.k), batch) if q is not None else None
        if ans is None:
            from ..types import Answer
            ans = Answer(q or "", "Câu hỏi không hợp lệ: hãy nhập một câu hỏi bằng tiếng Việt (UTF-8).", False,
                         kind="invalid")
        if args.json:
            print(json.dumps(ans.to_dict(), ensure_ascii=False), flush=True)
        else:
            from ..answer.compose import format_answer
            print(format_answer(ans), flush=True)
    return 0


def _guard(fn, batch: bool):
    """In batch mode one bad line must not stop the others (output stays in input order)."""
    try:
        return fn()
    except BadInput as e:
        if not batch:
            raise
        print(f"kg-rag: {e}", file=sys.stderr)
        return None


def cmd_who_what(args) -> int:
    from ..directives.export import format_who_what
    result = open_rag(args).who_what(args.directive)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else format_who_what(result))
    return 0


def cmd_outline(args) -> int:
    from ..directives.export import format_outline, write_outline
    if args.out and args.out.suffix.lower() not in (".md", ".docx"):
        raise BadInput(f"--out {args.out}: use a .md or .docx file name")
    result = open_rag(args).outline(args.topic)
    if args.out:
        write_outline(result, args.out)
        print(f"wrote {args.out}", file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else format_outline(result))
    return 0


def cmd_eval(args) -> int:
    from ..evaluation.evaluate import run_cli
    return run_cli(args, lambda: open_rag(args))


def cmd_bench(args) -> int:
    from ..bench.run import run_cli
    return run_cli(args)


def cmd_serve(args) -> int:
    from .web import run_cli
    return run_cli(args, lambda: open_rag(args))


COMMANDS = {"ingest": cmd_ingest, "search": cmd_search, "ask": cmd_ask, "who-what": cmd_who_what,
            "outline": cmd_outline, "eval": cmd_eval, "bench": cmd_bench, "serve": cmd_serve}


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    args = build_parser().parse_args(argv)
    if getattr(args, "quiet", False):
        os.environ["KG_RAG_QUIET"] = "1"
    logging.basicConfig(level=logging.WARNING, format="kg-rag: %(message)s")
    try:
        return COMMANDS[args.cmd](args)
    except KgRagError as e:
        print(f"kg-rag: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # last resort: still one line, and how to see more
        print(f"kg-rag: unexpected error: {type(e).__name__}: {e} (set KG_RAG_DEBUG=1 for details)", file=sys.stderr)
        if os.environ.get("KG_RAG_DEBUG"):
            raise
        return 1


if __name__ == "__main__":
    sys.exit(main())
