"""Write the forecaster's calibration table (``lockcare/core/battery/calibration.json``).

Fits simulated sets from the chosen simulators once each and stores, per data situation,
the split-conformal factors that stretch the posterior's range to a true 80 % (see
``lockcare.core.battery.calibration``). The shipped table is measured on the union of
both simulators; ``forecast_accuracy.py`` reports each simulator scored with a table
measured on the *other* one only.

Run: ``python benchmarks/calibrate_forecast.py [--sims A,B] [--sets N]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.forecast_eval import build_table, fit  # noqa: E402
from benchmarks.simulators import SIMULATORS  # noqa: E402

TABLE_PATH = Path(__file__).resolve().parents[1] / "lockcare" / "core" / "battery" / "calibration.json"
CALIBRATION_SEED = 1


def main() -> None:
    """Fit the simulated sets and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sims", default=",".join(SIMULATORS), help="simulators to use")
    parser.add_argument("--sets", type=int, default=1500, help="simulated sets per simulator")
    parser.add_argument("--out", type=Path, default=TABLE_PATH)
    args = parser.parse_args()
    names = args.sims.split(",")
    fitted = []
    for name in names:
        cases = SIMULATORS[name](args.sets, CALIBRATION_SEED)
        fitted += [fit(case) for case in cases]
        print(f"simulator {name}: {len(cases)} cases fitted", file=sys.stderr)
    source = f"simulators {' + '.join(names)}, {args.sets} sets each, seed {CALIBRATION_SEED}"
    table = build_table(fitted, source)
    args.out.write_text(json.dumps(table.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(table.cells)} situations)", file=sys.stderr)


if __name__ == "__main__":
    main()
