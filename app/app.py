"""Launch the chat app on the bundled corpus: `python app/app.py [--host 127.0.0.1] [--port 7860]`.
Same as `kg-rag serve` (the index is built or brought up to date first); kept here so the app
folder runs on its own. Login: set KG_RAG_AUTH="user:password"."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from kg_rag.ui.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
