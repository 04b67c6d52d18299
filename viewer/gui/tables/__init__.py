"""A tab per table: the models over the data layer's pager, the tab widget with its filter and the
export dialog.
"""
