"""KgRag: the one object the CLI, the app and the evaluation use.

    rag = KgRag.open(corpus="corpus", index="index")   # builds or updates the index if stale
    hits = rag.search("KL 69 tuyên truyền", k=5)
    answer = rag.ask("Ai phải làm gì theo Kết luận 69?")  # types.Answer; .to_dict() is the JSON

Each request takes one immutable `Snapshot` (documents, passages, vectors) and passes it down;
`add_file` / `refresh` build a new snapshot under a lock and swap it in with one assignment, so
a request never sees documents from one index and passages from another.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import threading
from pathlib import Path
from typing import Callable, Mapping

from .answer.grounded import answer_question, check_question
from .directives.assignments import who_what
from .directives.outline import build_outline
from .documents.corpus import load_document
from .documents.readers import SUFFIXES
from .documents.uploads import Upload, place, retire, safe_name
from .errors import CorruptIndex, DocumentError, KgRagError
from .index.embed import Embedder, load_embedder
from .index.ingest import IngestReport, ingest, is_stale
from .index import layout
from .index.layout import check_index_location
from .index.view import IndexView
from .locations import default_corpus, default_index
from .search.rankers import LocalRanker
from .search.retrieve import Retriever
from .snapshot import Snapshot
from .types import Answer, Chunk, Document, Hit

log = logging.getLogger(__name__)


def _ranker(view: IndexView):
    """The search backend: the index folder itself, or Milvus (synced to `view`) when
    KG_RAG_MILVUS_URI names a milvus-lite .db file or a server."""
    uri = os.environ.get("KG_RAG_MILVUS_URI", "").strip()
    if not uri:
        return LocalRanker(view)
    from .search.milvus import MilvusRanker
    return MilvusRanker(view, uri)


class KgRag:
    def __init__(self, corpus: Path | str | None = None, index: Path | str | None = None,
                 embedder: Embedder | None = None, progress: bool = True):
        self.corpus = Path(corpus) if corpus else default_corpus()
        self.index = Path(index) if index else default_index(self.corpus)
        check_index_location(self.index, self.corpus)     # before anything is read or written
        self.embedder = embedder or load_embedder()
        self.progress = progress
        self._lock = threading.RLock()
        self.last_report: IngestReport | None = None
        self._snapshot: Snapshot | None = None
        self.manifest: dict = {}

    @classmethod
    def open(cls, corpus=None, index=None, embedder: Embedder | None = None, progress: bool = True) -> "KgRag":
        rag = cls(corpus, index, embedder, progress)
        rag.refresh()
        return rag

    # -- index -----------------------------------------------------------------------------------
    def refresh(self, force: bool = False, announce: Callable[[str], None] | None = None) -> IngestReport | None:
        """Bring the index up to date with the corpus (if needed) and load it. `announce` is told,
        before the (slow) update starts, what is being updated. When the index cannot be written
        (a read-only folder, a full disk) but one exists, it is used as it is, with a warning."""
        with self._lock:
            report = None
            if force or is_stale(self.corpus, self.index, self.embedder.model_id):
                log.info("index %s is missing or stale: updating from %s", self.index, self.corpus)
                if announce:
                    announce(f"updating the index {self.index} from {self.corpus} …")
                try:
                    report = self.last_report = ingest(self.corpus, self.index, self.embedder, progress=self.progress)
                except OSError as e:
                    if not self._load_or_none():
                        raise KgRagError(f"cannot write the index {self.index} ({e.strerror or e}); "
                                         f"give --index a folder you can write to") from e
                    log.warning("cannot update the index %s (%s): answering from it as it is, without "
                                "the latest changes to %s", self.index, e.strerror or e, self.corpus)
                    return None
            try:
                self._load()
            except CorruptIndex as e:     # a damaged index: rebuild it from the corpus, lose nothing
                log.warning("%s — rebuilding from the corpus", e)
                report = self.last_report = ingest(self.corpus, self.index, self.embedder, progress=self.progress)
                report.rebuilt = True
                self._load()
            return report

    def _load(self, attempts: int = 3) -> None:
        """Open the published generation and swap it in. A writer may publish (and clean up)
        while we open: then the pointer has moved on, and we open the new one."""
        for attempt in range(attempts):
            gen = layout.read_pointer(self.index) if self.index.is_dir() else None
            if gen is None:
                raise CorruptIndex(f"no index in {self.index}; run `kg-rag ingest`")
            try:
                view = IndexView(self.index, gen)
                break
            except CorruptIndex:
                if attempt == attempts - 1 or layout.read_pointer(self.index) == gen:
                    raise
        old, self.manifest = self._snapshot, view.manifest
        self._snapshot = Snapshot(view, Retriever(view, self.embedder, _ranker(view)))      # one swap
        if old is not None:
            log.debug("index generation %s replaced by %s", old.view.generation, gen)

    def _load_or_none(self) -> bool:
        try:
            self._load()
            return True
        except CorruptIndex:
            return False

    def snapshot(self) -> Snapshot:
        """The current index, as one immutable view: take it once per request and pass it down."""
        if self._snapshot is None:
            raise CorruptIndex(f"no index loaded from {self.index}; run `kg-rag ingest`")
        return self._snapshot

    @property
    def documents(self) -> Mapping[str, Document]:
        return self.snapshot().documents

    @property
    def chunks(self) -> list[Chunk]:
        return self.snapshot().chunks

    def add_file(self, path: Path | str, name: str | None = None, replace: bool = False) -> Upload:
        """Check a document and put it into the corpus without overwriting anything (see
        documents/uploads.py), then index it. A bad file raises DocumentError and changes nothing."""
        path = Path(path)
        name = safe_name(name or path.name)
        if Path(name).suffix.lower() not in SUFFIXES:
            raise DocumentError(f"{name}: unsupported file type; use {', '.join(SUFFIXES)}")
        if path.suffix.lower() != Path(name).suffix.lower():
            raise DocumentError(f"{name}: the file's content does not match its name")
        doc = load_document(path, name)
        if not any(b.kind in ("paragraph", "item") for b in doc.blocks):
            raise DocumentError(f"{name}: no paragraphs found; is this a directive text?")
        with self._lock:
            known = {n: f.get("sha256", "") for n, f in (self.manifest or {}).get("files", {}).items()}
            up = place(self.corpus, path, name, replace=replace, known=known)
            report = None if up.status == "exists" else self.refresh(force=True)
        return dataclasses.replace(up, report=report)

    def remove_file(self, name: str) -> IngestReport:
        """Take a document out of the corpus (kept in its .versions/ folder) and out of the index."""
        with self._lock:
            retire(self.corpus, name)
            return self.refresh(force=True)

    # -- questions ---------------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, sources: set[str] | None = None) -> list[Hit]:
        return self.snapshot().search(check_question(query), k=k, sources=sources)

    def ask(self, question: str, k: int | None = None, sources: set[str] | None = None,
            history: list[str] | None = None) -> Answer:
        return answer_question(self.snapshot(), question, k=k, sources=sources, history=history)

    def who_what(self, directive: str) -> dict:
        return who_what(self.snapshot(), directive)

    def outline(self, topic: str) -> dict:
        return build_outline(self.snapshot(), topic)
