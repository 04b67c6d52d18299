"""The main window and what it is wired from: the actions registry, settings, history, the first-
paint watch, dialogs (about, help, errors) and the long jobs it starts (opening, rebuilding).
"""
