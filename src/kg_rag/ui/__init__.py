"""User interfaces: the `kg-rag` command and the Gradio page."""
