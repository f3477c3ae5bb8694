"""The Milvus side of the Milvus backend (search/milvus.py): connecting, the collection's name
and schema, and `sync_milvus`, which makes the collection mirror the index's current generation.

One collection per index folder and index configuration: `<base>_<signature>`, the base derived
from the index folder's path (or KG_RAG_MILVUS_COLLECTION), the signature from the embedding
model, analyzer and chunker versions and the vector size, so a model change fills a new collection
(and the old one is dropped) instead of mixing vectors. Fields: id (the passage's chunk id,
primary key), source, doc_type, year (0 when unknown), doc_key (the file's sha256: a re-read
document refreshes its rows' metadata), text (the passage's index terms, see `milvus_token`),
sparse (made from text by Milvus's BM25 function) and dense (the passage's vector).

The same code serves milvus-lite (a local path ending in ".db", in-process, one process at a
time) and a Milvus standalone or distributed server ("http://host:19530", KG_RAG_MILVUS_TOKEN).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import BadInput, KgRagError
from ..index.view import IndexView

log = logging.getLogger(__name__)
INSTALL_HINT = "the Milvus backend needs pymilvus: pip install 'kg-rag[milvus]'"
SCHEMA_VERSION = "1"
BM25_K1, BM25_B = 1.2, 0.75          # as the local BM25 (index/view.py)
MAX_TEXT = 65535                     # bytes in a Milvus VARCHAR
_clients: dict[tuple[str, str], object] = {}
_clients_lock = threading.Lock()


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quote(value: str) -> str:
    """A Milvus filter string literal."""
    return '"' + "".join(_ESCAPES.get(c, c) for c in str(value)) + '"'


def milvus_client(uri: str, token: str | None = None):
    """One pymilvus MilvusClient per URI and token in this process (milvus-lite allows one)."""
    uri = str(uri)
    token = token if token is not None else os.environ.get("KG_RAG_MILVUS_TOKEN", "")
    with _clients_lock:
        if (uri, token) in _clients:
            return _clients[uri, token]
        try:
            from pymilvus import MilvusClient
        except ImportError as e:
            raise KgRagError(INSTALL_HINT) from e
        if uri.endswith(".db"):
            try:
                import milvus_lite  # noqa: F401
            except ImportError as e:
                raise KgRagError(f"{INSTALL_HINT} (a local .db needs milvus-lite; or set KG_RAG_MILVUS_URI "
                                 "to a Milvus server such as http://localhost:19530)") from e
            path = Path(uri).expanduser().resolve()
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            client = MilvusClient(uri=str(path) if uri.endswith(".db") else uri, token=token, timeout=30)
        except Exception as e:       # pymilvus raises its own and grpc's errors: say what to do
            raise KgRagError(f"cannot open Milvus at {uri} ({type(e).__name__}: {e}); start the server or fix "
                             "KG_RAG_MILVUS_URI — or unset it to search the local index") from e
        _clients[uri, token] = client
        return client


def milvus_token(term: str) -> str:
    """One index term as one token that every Milvus tokenizer keeps whole and unchanged
    (whitespace, standard, milvus-lite's \\w+): lower-case letters and ASCII digits stay, anything
    else is spelled with "q" escapes — "văn_hóa" -> "vănqxhóa", "~kinh" -> "qfkinh", "dir:kl69" ->
    "qdkl69", "q" -> "qq" — so distinct terms stay distinct and Milvus's BM25 sees our words."""
    head = ""
    if term.startswith("~"):
        head, term = "qf", term[1:]
    elif term.startswith("dir:"):
        head, term = "qd", term[4:]
    out = [head]
    for c in term:
        if c == "q":
            out.append("qq")
        elif c == "_":
            out.append("qx")
        elif (c.isascii() and c.isdigit()) or (c.isalpha() and c == c.lower() and c != c.upper()):
            out.append(c)
        else:
            out.append(f"qh{ord(c):06x}")
    return "".join(out)


def index_text(terms: list[str]) -> str:
    """The text field: a passage's terms as tokens, cut to fit a VARCHAR."""
    out, size = [], 0
    for t in terms:
        tok = milvus_token(t)
        size += len(tok.encode("utf-8")) + 1
        if size > MAX_TEXT:
            log.warning("a passage's %d terms exceed Milvus's text limit; the rest are not indexed", len(terms))
            break
        out.append(tok)
    return " ".join(out)


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def collection_name(view: IndexView, base: str | None = None) -> str:
    base = base or os.environ.get("KG_RAG_MILVUS_COLLECTION") or f"kg_rag_{_digest(str(view.folder.resolve()))[:10]}"
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,200}", base):
        raise BadInput(f"Milvus collection name {base!r}: use letters, digits and '_' (not first a digit)")
    m = view.manifest
    sig = json.dumps([SCHEMA_VERSION, m.get("model"), m.get("analyzer"), m.get("chunker"), int(m.get("dim", 0))])
    return f"{base}_{_digest(sig)[:8]}"


def year_of(date: str) -> int:
    """The year of a document's date ("05/01/2023", "../01/2024"), 0 when it has none."""
    found = re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", date or "")
    return int(found[-1]) if found else 0


def ensure_collection(client, name: str, dim: int) -> None:
    """Create the collection (schema, BM25 function, indexes) unless it exists; load it; drop
    collections of the same base made for another model or version."""
    base = name.rsplit("_", 1)[0]
    for other in client.list_collections():
        if other != name and re.fullmatch(re.escape(base) + r"_[0-9a-f]{8}", other):
            log.info("dropping Milvus collection %s (made for another model or index version)", other)
            client.drop_collection(other)
    if client.has_collection(name):
        if "Loaded" not in str(client.get_load_state(name).get("state")):
            client.load_collection(name)
        return
    from pymilvus import DataType, Function, FunctionType, MilvusClient
    s = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    s.add_field("id", DataType.VARCHAR, is_primary=True, max_length=64)
    s.add_field("source", DataType.VARCHAR, max_length=1024)
    s.add_field("doc_type", DataType.VARCHAR, max_length=256)
    s.add_field("year", DataType.INT64)
    s.add_field("doc_key", DataType.VARCHAR, max_length=128)
    s.add_field("text", DataType.VARCHAR, max_length=MAX_TEXT, enable_analyzer=True,
                analyzer_params={"tokenizer": "standard"})      # our tokens pass any tokenizer whole
    s.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    s.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
    s.add_function(Function(name="text_bm25", function_type=FunctionType.BM25,
                            input_field_names=["text"], output_field_names=["sparse"]))
    ip = client.prepare_index_params()
    ip.add_index(field_name="dense", index_type="AUTOINDEX", metric_type="COSINE")
    bm25 = {"bm25_k1": BM25_K1, "bm25_b": BM25_B}
    # a server reads the flat keys; milvus-lite reads only a "params" entry (which servers also merge)
    ip.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                 params={"params": bm25}, **bm25)
    client.create_collection(name, schema=s, consistency_level="Strong")
    client.create_index(name, ip, sync=False)      # an empty collection: nothing to wait for
    client.load_collection(name)
    log.info("created Milvus collection %s (dim %d)", name, dim)


@dataclass
class SyncReport:
    collection: str
    upserted: int = 0
    deleted: int = 0
    live: int = 0
    seconds: float = 0.0


def live_ids(view: IndexView) -> dict[str, int]:
    """Passage id -> row, for every live row of the view."""
    out: dict[str, int] = {}
    for base, seg in zip(view.bases, view.segments):
        for pid, local in seg.rows_of_ids().items():
            if view.live[base + local]:
                out[pid] = base + local
    return out


def stored_ids(client, name: str, page: int = 16384, prefix: str = "") -> dict[str, str]:
    """id -> doc_key of every row in the collection: one query per id prefix (ids are hex), split
    further while a page comes back full, so no order of results or iterator is relied on."""
    got = client.query(name, filter=f"id like {quote(prefix + '%')}", output_fields=["id", "doc_key"], limit=page)
    if len(got) < page:
        return {r["id"]: r["doc_key"] for r in got}
    out: dict[str, str] = {}
    for c in "0123456789abcdef":
        out.update(stored_ids(client, name, page, prefix + c))
    return out


def sync_milvus(view: IndexView, client, collection: str, batch: int = 256, page: int = 16384) -> SyncReport:
    """Make the collection hold exactly the view's live passages: upsert those missing (or whose
    document changed), delete those no longer live. Idempotent; batched."""
    t0 = time.perf_counter()
    ensure_collection(client, collection, int(view.manifest["dim"]))
    live = live_ids(view)
    source_of = np.empty(view.n_rows, dtype=object)
    for source, (_, first, n) in view.doc_rows.items():
        source_of[first:first + n] = source
    files, metas = view.manifest["files"], view.metas()
    key = {s: files.get(s, {}).get("sha256", "") or s for s in view.doc_rows}
    stored = stored_ids(client, collection, page)
    gone = sorted(set(stored) - set(live))
    for a in range(0, len(gone), batch):
        client.delete(collection, ids=gone[a:a + batch])
    todo = sorted(r for pid, r in live.items() if stored.get(pid) != key.get(source_of[r]))
    for a in range(0, len(todo), batch):
        client.upsert(collection, _payload(view, todo[a:a + batch], source_of, key, metas))
    if todo or gone:        # sealed, so a fresh collection ranks as it will after a restart (BM25 statistics)
        client.flush(collection)
    report = SyncReport(collection, len(todo), len(gone), len(live), time.perf_counter() - t0)
    if todo or gone:
        log.info("Milvus %s: %d passages upserted, %d deleted in %.1f s", collection, len(todo), len(gone),
                 report.seconds)
    return report


def _payload(view: IndexView, rows: list[int], source_of, key: dict, metas: dict) -> list[dict]:
    out = []
    by_segment: dict[int, list[int]] = {}
    for r in rows:
        i, local = view.locate(r)
        by_segment.setdefault(i, []).append(local)
    for i, locals_ in by_segment.items():
        seg = view.segments[i]
        recs = seg.records(locals_)
        vecs = np.asarray(seg.vectors[np.asarray(locals_)], dtype=np.float32)
        for local, vec in zip(locals_, vecs):
            rec, source = recs[local], source_of[view.bases[i] + local]
            meta = metas.get(source, {})
            out.append({"id": rec["id"], "source": source, "doc_type": meta.get("type") or "",
                        "year": year_of(meta.get("date", "")), "doc_key": key[source],
                        "text": index_text(rec["terms"]), "dense": vec.tolist()})
    return out
