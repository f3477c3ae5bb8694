"""Errors that say what to do. Only the CLI turns them into exit codes (2 = bad input, 1 = other)."""


class KgRagError(Exception):
    exit_code = 1


class BadInput(KgRagError):
    """The user's input (question, file, flag) cannot be used."""
    exit_code = 2


class DocumentError(BadInput):
    """A corpus file cannot be read (binary, empty, unknown encoding or format)."""


class CorruptIndex(KgRagError):
    """The index folder is missing, corrupt or from another version; `kg-rag ingest` rebuilds it."""


class ModelError(KgRagError):
    """The embedding model cannot be loaded."""
