"""PyInstaller's entry script for the frozen ``somos-archive`` command line."""

from viewer.cli import main

if __name__ == "__main__":
    main()
