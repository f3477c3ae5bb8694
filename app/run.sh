#!/usr/bin/env bash
# Quick start on a fresh machine (Python 3.10+; Debian/Ubuntu for the browser test):
#   bash app/run.sh          set up .venv, index the bundled corpus, open the chat app on 127.0.0.1:7860
#   bash app/run.sh test     set up .venv (with test extras and Chromium) and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."
mode=serve                                   # (options after it go to `kg-rag serve`: bash app/run.sh --port 7871)
if [ "${1:-}" = test ] || [ "${1:-}" = serve ]; then mode="$1"; shift; fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False

if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
stamp=".venv/.installed-$mode"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  # torch first and pinned: 2.13.0 is the CPU wheel; any other version pulls a multi-GB CUDA build
  .venv/bin/pip install -q "torch==2.13.0"
  if [ "$mode" = test ]; then .venv/bin/pip install -q -e ".[test]"; else .venv/bin/pip install -q -e .; fi
  touch "$stamp"
fi

if [ "$mode" = test ]; then
  # headless browser for the page test: Debian's Chromium (no browser download) and fonts for Vietnamese
  if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  fi
  # every test: fast ones, then the slow real-model, real-server and browser ones, and the quality
  # gates of eval/gates.json (tests/test_quality.py). A bare `pytest` runs only the fast ones.
  exec .venv/bin/python -m pytest -q -m "slow or not slow" "$@"
fi
exec .venv/bin/kg-rag serve "$@"
