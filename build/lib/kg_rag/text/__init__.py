"""Text: normalisation, sentences, word segmentation, directive numbers, the genre's conventions."""
