"""Start Kernkracht: ``python main.py`` opens the app, ``python main.py --help`` lists the rest."""

import sys

from facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
