"""Battery domain: readings and swaps, the replace-by forecast, battery sets and their words.

This package's public API is stable (other tools call it)::

    from lockcare.core.battery import Reading, Swap, Forecast, forecast, detect_swaps

Everything else is imported from its own module (``model``, ``priors``, ``sets``...).
"""

from lockcare.core.battery.data import Reading, Swap
from lockcare.core.battery.forecast import (
    Forecast,
    ProposedSwap,
    detect_swaps,
    forecast,
)

__all__ = ["Forecast", "ProposedSwap", "Reading", "Swap", "detect_swaps", "forecast"]
