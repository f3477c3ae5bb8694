"""Documents: reading files, parsing a directive's structure (header, sections, tail), chunking by section."""
