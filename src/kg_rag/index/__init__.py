"""Index: embedders, the BM25 analyzer, the index folder on disk, incremental ingest."""
