"""A load test of the page's API: N officers asking at once against `kg-rag serve` on 127.0.0.1.

    python -m kg_rag.bench.load --url http://127.0.0.1:7860/ --users 20 --seconds 120

Each simulated officer asks questions from the evaluation sets in a loop through the `/ask` API
(gradio_client, as the page's own endpoint), with no pause; the report counts errors and gives
the latency percentiles of whole answers as the users saw them.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path


def _questions() -> list[str]:
    from ..locations import project_root
    root = project_root() or Path.cwd()
    out = []
    for name in ("dev.jsonl", "extra.jsonl"):
        p = root / "eval" / name
        if p.is_file():
            out += [json.loads(l)["question"] for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    return out or ["Ai phải làm gì theo Kết luận 69?"]


def run(url: str, users: int = 20, seconds: float = 120.0) -> dict:
    from gradio_client import Client
    questions = _questions()
    stop = time.monotonic() + seconds
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def officer(i: int) -> None:
        try:
            client = Client(url, verbose=False)
        except Exception as e:          # noqa: BLE001 — counted, reported
            with lock:
                errors.append(f"connect: {type(e).__name__}: {e}")
            return
        k = i
        while time.monotonic() < stop:
            q = questions[k % len(questions)]
            k += users
            t = time.perf_counter()
            try:
                r = client.predict(q, api_name="/ask")
                ok = isinstance(r, dict) and "grounded" in r and "citations" in r
            except Exception as e:      # noqa: BLE001
                ok, r = False, f"{type(e).__name__}: {e}"
            with lock:
                latencies.append(time.perf_counter() - t)
                if not ok:
                    errors.append(str(r)[:200])
    threads = [threading.Thread(target=officer, args=(i,), daemon=True) for i in range(users)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    wall = time.perf_counter() - started
    lat = sorted(latencies)
    pct = lambda p: lat[min(len(lat) - 1, int(round(p / 100 * (len(lat) - 1))))] if lat else 0.0
    return {"users": users, "seconds": round(wall, 1), "answers": len(lat), "errors": len(errors),
            "error_samples": errors[:3], "answers_per_s": round(len(lat) / wall, 2) if wall else 0.0,
            "p50_s": round(pct(50), 3), "p95_s": round(pct(95), 3),
            "mean_s": round(statistics.mean(lat), 3) if lat else 0.0}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default="http://127.0.0.1:7860/")
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=120.0)
    args = ap.parse_args(argv)
    result = run(args.url, args.users, args.seconds)
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["errors"] == 0 and result["answers"] else 1


if __name__ == "__main__":
    sys.exit(main())
