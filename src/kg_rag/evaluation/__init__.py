"""Evaluation: the citation metrics, the support judge, datasets and quality gates of `kg-rag eval`."""
