"""kg_rag — cited question answering over Vietnamese Party and State directive documents.

The stages, in the order a document and then a question travel through them:

    text/        normalisation, sentences, word segmentation, directive numbers, genre conventions
    documents/   reading files, parsing a directive's structure, chunking by section
    index/       embeddings, the BM25 analyzer, the index folder on disk, incremental ingest
    search/      query reading, dense + BM25 retrieval, fusion, diacritic restoration, coverage
    snapshot.py  one immutable view of the index per request
    directives/  the directive graph, who-does-what, propaganda outlines and their export
    answer/      extractive grounded answers: refuse, pick sentences, compose with citations
    evaluation/  the citation evaluation (metrics, support judge, gates)
    pipeline.py  KgRag: open an index, keep it fresh, answer
    ui/          the `kg-rag` command and the Gradio page

Use:

    from kg_rag import KgRag
    rag = KgRag.open(corpus="corpus")            # index beside it, built or updated when stale
    answer = rag.ask("Ai phải làm gì theo Kết luận 69?")
    print(answer.answer, [c.quote for c in answer.citations])
"""
from .errors import BadInput, CorruptIndex, DocumentError, KgRagError, ModelError
from .types import Answer, Chunk, Citation, DirectiveRef, Document, Hit

__version__ = "0.2.0"
__all__ = ["KgRag", "Snapshot", "Answer", "Chunk", "Citation", "DirectiveRef", "Document", "Hit",
           "KgRagError", "BadInput", "CorruptIndex", "DocumentError", "ModelError", "__version__"]


def __getattr__(name: str):
    # KgRag and Snapshot pull in numpy and the retrieval code: import them only when asked for
    if name == "KgRag":
        from .pipeline import KgRag
        return KgRag
    if name == "Snapshot":
        from .snapshot import Snapshot
        return Snapshot
    raise AttributeError(f"module 'kg_rag' has no attribute {name!r}")
