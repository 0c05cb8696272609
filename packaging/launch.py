"""The bundle's start script: ``kernkracht`` (the app, no console on Windows) and
``kernkracht-cli`` (the commands) are two programs built from this one file."""

import sys

from facilitator.cli import main

if __name__ == "__main__":
    sys.exit(main())
