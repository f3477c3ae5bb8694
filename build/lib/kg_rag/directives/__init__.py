"""Directives: the directive graph, who does what, propaganda outlines and their Word/Markdown export."""
