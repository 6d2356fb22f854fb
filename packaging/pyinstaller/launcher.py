"""The frozen bundle's entry point: both launchers (``lockcare`` and ``lockcare-gui``) run the CLI.

With no arguments the CLI opens the window, so the windowed launcher needs nothing more.
"""

import sys

from lockcare.cli import main

if __name__ == "__main__":
    sys.exit(main())
