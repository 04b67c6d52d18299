"""Somos Archive: an offline viewer for what four documents say about the series *Somos.*"""

__version__ = "0.1.0"
