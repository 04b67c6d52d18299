"""The detail pane and the source reader: a record, where the sources say it, and the document
itself.
"""
