"""How the command line fares with generated argument lists: how many end in a bug report.

The command lines come from the strategy of ``tests/unit/test_cli_fuzz.py`` (commands,
options, and values such as control characters, lone surrogates, ``nan``, 30-digit numbers,
dates in year 1 and 9999, impossible addresses), generated once, in a fixed order
(``derandomize``), and run against each checkout, so two checkouts meet the same inputs. Each runs in-process on a data
folder holding one lock, and is counted as:

* ``accepted``: exit 0 (plain output);
* ``refused``: a non-zero exit with one line on stderr;
* ``refused, several lines``;
* ``UNEXPECTED``: "unexpected error" (the bug path), or an exception out of ``main``;
* ``RAW CONTROLS``: an escape, CSI or bidi override written raw.

``--source`` measures another checkout (its ``lockcare`` is put first on the path of a
worker process).

Usage::

    python benchmarks/cli_fuzz.py [--examples 300] [--source /tmp/lockcare-before]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generate(examples: int, path: Path) -> None:
    """Write ``examples`` command lines from the test's strategy (in a fixed order) to ``path``."""
    from hypothesis import HealthCheck, given, settings

    sys.path.insert(0, str(ROOT))
    from tests.unit.test_cli_fuzz import command_lines

    found: list[list[str]] = []

    @settings(max_examples=examples, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(argv=command_lines())
    def collect(argv: list[str]) -> None:
        found.append(argv)

    collect()
    path.write_text(json.dumps(found), encoding="utf-8")


def _worker(path: Path) -> None:
    """Run every command line in ``path`` against the ``lockcare`` first on the path; print the tally."""
    from lockcare.cli import main  # from the checkout being measured

    command_lines = json.loads(path.read_text(encoding="utf-8"))
    tally: collections.Counter[str] = collections.Counter()
    firsts: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        data = str(Path(folder) / "data")
        os.environ.pop("LOCKCARE_DATA_DIR", None)
        for argv in command_lines:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                main(["add", "--name", "Front door", "--id", "bf3a1c2d3e4f5a6b7c8d", "--address", "192.0.2.5",
                      "--key", "0123456789abcdef", "--data-dir", data])  # again after a generated "remove --yes"
            out, err = io.StringIO(), io.StringIO()
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    code = main([*argv, "--data-dir", data])
            except BaseException as exc:  # noqa: BLE001 - counted, not hidden
                kind = f"UNEXPECTED ({type(exc).__name__} out of main)"
            else:
                text = out.getvalue() + err.getvalue()
                if "unexpected error" in text or "Traceback" in text:
                    kind = "UNEXPECTED"
                elif any(c in text for c in ("\x1b", "\x9b", "\u202e")):
                    kind = "RAW CONTROLS"
                elif code == 0:
                    kind = "accepted"
                else:
                    kind = "refused" if err.getvalue().count("\n") == 1 else "refused, several lines"
            tally[kind] += 1
            firsts.setdefault(kind, argv)
    for kind, count in sorted(tally.items()):
        print(f"  {kind:<40} {count:5d}   e.g. {firsts[kind]!r:.100}")


def main(argv: list[str] | None = None) -> int:
    """Run the worker on the chosen checkout and print its tally."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker)
        return 0
    env = {**os.environ, "PYTHONPATH": str(args.source.resolve()),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    print(f"{args.examples} generated command lines against {args.source}:")
    with tempfile.TemporaryDirectory() as home:
        lines = Path(home) / "command-lines.json"
        _generate(args.examples, lines)
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/share", XDG_STATE_HOME=f"{home}/state")
        return subprocess.run([sys.executable, __file__, "--worker", str(lines)], env=env, cwd=home,
                              check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
