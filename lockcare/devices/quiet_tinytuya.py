"""Import tinytuya without its side effects on the terminal.

Importing tinytuya (and its scanner) calls ``colorama.init()``: that replaces
``sys.stdout`` and ``sys.stderr`` with wrappers (which strip escape sequences from
non-terminal output and hide what lockcare writes behind another object) and registers an
exit hook that writes ``ESC [0m`` to the terminal. lockcare prints no colour; it escapes
control characters itself (:mod:`lockcare.core.safe_text`). So the streams are put back
and the exit hook removed. Imported first by :mod:`lockcare.devices`.
"""

from __future__ import annotations

import atexit
import sys

_streams = sys.stdout, sys.stderr
try:
    import tinytuya  # noqa: F401 - imported for its side effects, undone below
    import tinytuya.scanner  # noqa: F401
finally:
    sys.stdout, sys.stderr = _streams

try:
    import colorama.initialise
except ImportError:  # tinytuya works without colorama
    pass
else:
    atexit.unregister(colorama.initialise.reset_all)
