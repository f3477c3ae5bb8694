"""Search: reading a query, dense + BM25 retrieval, rank fusion, diacritic restoration, coverage."""
