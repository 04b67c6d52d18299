"""A source's words quoted back in “…”: by the window, the command line and the citations.

Many of the seeds' quotes quote the series' title themselves (“Somos.” tells a story…), and
put in quotation marks they showed two opening marks together (““Somos.” tells…”). Their own
double marks are made single, as a quotation within a quotation is written (“‘Somos.’ tells…”),
and words that stand whole in marks of their own (an excerpt that is one quotation) are shown
as they are rather than quoted again.
"""

from __future__ import annotations

OPEN, CLOSE = "“", "”"
_SINGLE = str.maketrans({OPEN: "‘", CLOSE: "’"})


def nested(words: str) -> str:
    """``words`` to stand inside quotation marks (a message's “%1”): their own double marks
    made single."""
    return words.translate(_SINGLE)


def quotation(words: str) -> str:
    """``words`` in quotation marks, their own made single (:func:`nested`); as they are when
    they already stand whole in marks of their own."""
    inner = words[1:-1]
    if (len(words) > 1 and words[0] == OPEN and words[-1] == CLOSE
            and OPEN not in inner and CLOSE not in inner):
        return words
    return OPEN + nested(words) + CLOSE
