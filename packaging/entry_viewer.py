"""PyInstaller's entry script for the frozen ``somos-viewer``: the same ``main`` pip installs."""

import sys

from viewer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
