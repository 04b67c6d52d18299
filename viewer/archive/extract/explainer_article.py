"""Extractor for the explainer article layout (placeholder until written)."""

from __future__ import annotations

from viewer.archive.extract.base import Extraction

LAYOUT = "explainer_article"


def recognises(text: str) -> bool:
    return bool(text.strip())


def extract(text: str, file: str) -> Extraction:
    return Extraction()
