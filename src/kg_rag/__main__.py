"""`python -m kg_rag …` is the `kg-rag` command."""
import sys

from .ui.cli import main

sys.exit(main())
