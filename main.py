"""Start Kernkracht: ``python main.py`` opens the app, ``python main.py --help`` lists the rest."""

import sys

if __name__ == "__main__":
    if len(sys.argv) == 1:
        # the plain start goes straight to the app: the command-line parser is not needed
        from facilitator.ui.app import run_app

        sys.exit(run_app())
    from facilitator.cli import main

    sys.exit(main())
