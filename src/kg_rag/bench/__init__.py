"""Benchmark: synthetic corpora at several sizes, kg_rag beside a minimal peer (`kg-rag bench`)."""
