"""Adding and removing documents from the page. Nothing is ever overwritten silently: a name that
is taken by different content waits for the officer's choice ("Thay thế" keeps the old version in
the corpus's .versions folder; "Giữ cả hai" saves it under a new name). Each upload reports only
its own files; a refused file is named with its reason and is not listed as a document.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..documents.labels import human_label
from ..documents.uploads import file_sha256, safe_name
from ..errors import KgRagError
from .i18n import GENERIC, vi_error

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pending:
    path: str          # the uploaded copy (gradio's cache)
    name: str          # the name the officer gave it


@dataclass(frozen=True)
class Line:
    ok: bool
    name: str
    text: str


def _name(f) -> tuple[Path, str]:
    path = Path(getattr(f, "name", None) or str(f))
    return path, Path(getattr(f, "orig_name", "") or path.name).name


def _added(rag, up, asked: str) -> Line:
    label = human_label(rag.documents[up.name]) if up.name in rag.documents else up.name
    if up.status == "exists":
        return Line(True, asked, f"đã có sẵn trong kho (cùng nội dung với tệp {up.previous}); không thêm lần nữa.")
    if up.status == "renamed":
        return Line(True, asked, f"tên đã có trong kho nên lưu thành “{up.name}”; đã lập chỉ mục: {label}.")
    if up.status == "replaced":
        return Line(True, asked, f"đã thay bản cũ (bản cũ được lưu trong thư mục .versions của kho); đã lập chỉ mục: {label}.")
    return Line(True, asked, f"đã thêm và lập chỉ mục, hỏi được ngay: {label}.")


def add(rag, path: Path, name: str, replace: bool = False) -> Line:
    try:
        return _added(rag, rag.add_file(path, name=name, replace=replace), name)
    except KgRagError as e:
        return Line(False, name, vi_error(e))
    except OSError as e:
        log.warning("upload %s: %s", name, e)
        return Line(False, name, "Không đọc được tệp đã tải lên. Tải lên lại.")
    except Exception:
        log.exception("upload %s failed", name)
        return Line(False, name, GENERIC)


def receive(rag, files) -> tuple[list[Line], list[Pending]]:
    """Check and add each uploaded file; a name taken by different content waits (Pending)."""
    lines, pending = [], []
    for f in files or []:
        path, name = _name(f)
        try:
            name = safe_name(name)
            target = Path(rag.corpus) / name
            conflict = target.is_file() and file_sha256(target) != file_sha256(path)
        except KgRagError as e:
            lines.append(Line(False, name, vi_error(e)))
            continue
        except OSError:
            lines.append(Line(False, name, "Không đọc được tệp đã tải lên. Tải lên lại."))
            continue
        if conflict:
            pending.append(Pending(str(path), name))
        else:
            lines.append(add(rag, path, name))
    return lines, pending


def decide(rag, pending: list[Pending], choice: str) -> tuple[list[Line], list[Pending]]:
    """The officer's choice for the first waiting file: "replace", "both" or "skip"."""
    if not pending:
        return [], []
    first, rest = pending[0], list(pending[1:])
    if choice == "skip":
        return [Line(False, first.name, "đã bỏ qua theo lựa chọn của anh/chị; kho không thay đổi.")], rest
    return [add(rag, Path(first.path), first.name, replace=choice == "replace")], rest


def report_html(lines: list[Line]) -> str:
    if not lines:
        return ""
    items = "".join(f'<li class="{"ok" if l.ok else "bad"}"><span class="mark">{"Đã nhận" if l.ok else "Không nhận"}'
                    f'</span> <b>{escape(l.name)}</b>: {escape(l.text)}</li>' for l in lines)
    return f'<ul class="up-report" role="status">{items}</ul>'


def conflict_text(pending: list[Pending]) -> str:
    if not pending:
        return ""
    more = f" (còn {len(pending) - 1} tệp khác chờ sau)" if len(pending) > 1 else ""
    return (f"Trong kho đã có văn bản tên “{pending[0].name}” với nội dung khác{more}. Thay thế bản cũ (bản cũ được "
            "lưu lại trong thư mục .versions), giữ cả hai (tệp mới được đặt tên khác), hay bỏ qua tệp này?")


def remove(rag, source: str) -> Line:
    """Take a document out of the corpus (kept in .versions) and out of the index."""
    docs = rag.documents
    label = human_label(docs[source]) if source in docs else source
    try:
        rag.remove_file(source)
    except KgRagError as e:
        return Line(False, label, vi_error(e))
    except OSError as e:
        log.warning("remove %s: %s", source, e)
        return Line(False, label, "Máy chủ không chuyển được tệp vào thư mục lưu trữ. Báo người quản trị.")
    return Line(True, label, f"đã gỡ khỏi kho và khỏi chỉ mục; tệp {source} được lưu trong thư mục .versions "
                             "của kho, có thể khôi phục.")


def remove_prompt(rag, source: str) -> str:
    docs = rag.documents
    if source not in docs:
        return ""
    return (f"Gỡ “{human_label(docs[source])}” (tệp {source}) khỏi kho? Câu trả lời sẽ không trích văn bản này "
            "nữa; tệp được chuyển vào thư mục .versions của kho, không bị xóa.")
