"""The researcher's own notes and tags: annotating the reader's words, the Annotations tab, and
undo.
"""
