"""Launch the chat app on the bundled corpus: `python app/app.py [--port 7860]`.
Same as `kg-rag serve`; kept here so the app folder runs on its own."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kg_rag.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
