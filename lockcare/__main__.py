"""Allow ``python -m lockcare``."""

import sys

from lockcare.cli import main

sys.exit(main())
