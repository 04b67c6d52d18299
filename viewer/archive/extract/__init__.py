"""One module per source layout; ``seeds/sources.toml`` says which layout each seed has.

Each module exposes ``LAYOUT`` (its name), ``recognises(text) -> bool`` (a cheap check that the
text has the layout's landmarks, so a seed swapped for another document fails loudly) and
``extract(text, file) -> Extraction``.

``EXTRACTORS`` (layout → module) is built on first use: the extractors compile their patterns
when imported (slowly), and the viewer, which imports this package for the record types in
:mod:`.base`, should not pay that at every start.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType


@cache
def extractors() -> dict[str, ModuleType]:
    from viewer.archive.extract import (
        encyclopedia_page,
        explainer_article,
        news_item,
        production_notes,
    )

    return {module.LAYOUT: module
            for module in (explainer_article, news_item, encyclopedia_page, production_notes)}


def __getattr__(name: str) -> dict[str, ModuleType]:
    if name == "EXTRACTORS":
        return extractors()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
