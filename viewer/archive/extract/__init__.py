"""One module per source layout; ``seeds/sources.toml`` says which layout each seed has.

Each module exposes ``LAYOUT`` (its name), ``recognises(text) -> bool`` (a cheap check that the
text has the layout's landmarks, so a seed swapped for another document fails loudly) and
``extract(text, file) -> Extraction``.
"""

from __future__ import annotations

from types import ModuleType

from viewer.archive.extract import (
    encyclopedia_page,
    explainer_article,
    news_item,
    production_notes,
)

EXTRACTORS: dict[str, ModuleType] = {
    module.LAYOUT: module
    for module in (explainer_article, news_item, encyclopedia_page, production_notes)
}
