"""The user's own text — a query, a filter, an id, a host — as a message quotes it back.

One function for the command line and the window, so both cut a pasted page the same way;
each puts its own quotation marks around the result (``'…'`` on the command line, “…” in the
window's translated strings).
"""

from __future__ import annotations

#: How much of the user's own text a message quotes: enough to recognise it, not a
#: 10,000-character paste echoed back on one line (the command line) or asked of the layout
#: whole, with nowhere to break, widening the window to show it.
QUOTED_CHARS = 40


def cut_short(text: str) -> str:
    """``text`` on one line (runs of white space made one space), cut short with "…" to at
    most :data:`QUOTED_CHARS` characters."""
    line = " ".join(text.split())
    return line if len(line) <= QUOTED_CHARS else line[:QUOTED_CHARS - 1].rstrip() + "…"
