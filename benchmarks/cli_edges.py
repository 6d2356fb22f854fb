"""What the real ``lockcare`` command line does with input at the edges (issue 9, sections 2, 3 and 5).

Each case runs ``python -m lockcare`` in a subprocess on a fresh data folder that holds one
lock, "Front" (added by the same checkout's CLI), in a clean environment: a home folder and
XDG folders of its own, no ``LOCKCARE_DATA_DIR``, no keyring, so a checkout that ignores
``--data-dir`` writes into the throw-away home, never the real one. Every row says how the
case ended:

* ``ok``: what the case expects happened (a clear one-line refusal, valid JSON...);
* ``UNEXPECTED``: "unexpected error" (a bug report instead of a message);
* ``TRACEBACK``: a Python traceback reached the terminal;
* ``WRONG``: anything else the case does not accept (raw escape codes on the terminal, a
  refused command that changed data, a file that was not written as claimed...).

``--source`` measures another checkout (e.g. one exported from ``main`` for "before"); its
``lockcare`` package is put first on the subprocess's ``PYTHONPATH``.

Usage::

    python benchmarks/cli_edges.py
    python benchmarks/cli_edges.py --source /tmp/lockcare-before
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.terminal import run_in_terminal  # noqa: E402

ID = "bf3a1c2d3e4f5a6b7c8d"
KEY = "0123456789abcdef"
CLOSED_PORT = "9"  # discard: nothing listens on loopback here, so a read finds the lock "asleep"


@dataclass
class Run:
    """One finished command."""

    code: int | None
    out: bytes
    err: bytes

    @property
    def text(self) -> str:
        return (self.out + self.err).decode("utf-8", "replace")


class Sandbox:
    """A throw-away home with a data folder holding the lock "Front"."""

    def __init__(self, source: Path, folder: Path) -> None:
        self.source = source
        self.folder = folder
        self.home = folder / "home"
        self.data = folder / "data"
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("LOCKCARE_DATA_DIR", "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
        self.env.update(
            PYTHONPATH=str(source), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", HOME=str(self.home),
            XDG_DATA_HOME=str(self.home / "share"), XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_STATE_HOME=str(self.home / "state"), XDG_CACHE_HOME=str(self.home / "cache"),
            QT_QPA_PLATFORM="offscreen",
        )

    def run(self, *args: str | bytes, data_dir: bool = True, stdin: bytes = b"", timeout: float = 60) -> Run:
        extra: list[str | bytes] = ["--data-dir", str(self.data)] if data_dir else []
        try:
            done = subprocess.run([sys.executable, "-m", "lockcare", *args, *extra], env=self.env, input=stdin,
                                  capture_output=True, timeout=timeout, cwd=self.folder, check=False)
        except subprocess.TimeoutExpired:
            return Run(None, b"", b"(still running; stopped)")
        return Run(done.returncode, done.stdout, done.stderr)

    def terminal(self, *args: str, answers: tuple[tuple[bytes, bytes], ...] = (), timeout: float = 60) -> Run:
        """Run on a pseudo-terminal (what a person sees; stdout and stderr together in ``out``)."""
        code, out = run_in_terminal([sys.executable, "-m", "lockcare", *args, "--data-dir", str(self.data)],
                                    env=self.env, cwd=self.folder, answers=answers, timeout=timeout)
        return Run(code, out, b"")

    def shell(self, command: str, timeout: float = 60) -> Run:
        done = subprocess.run(command, shell=True, env=self.env, capture_output=True, timeout=timeout,  # noqa: S602
                              cwd=self.folder, check=False)
        return Run(done.returncode, done.stdout, done.stderr)

    def add_front(self) -> None:
        done = self.run("add", "--name", "Front", "--id", ID, "--address", "127.0.0.1", "--port", CLOSED_PORT, "--key", KEY)
        if done.code != 0:
            raise SystemExit(f"could not add the test lock: {done.text}")

    def lock_names(self) -> list[str]:
        with sqlite3.connect(self.data / "lockcare.sqlite3") as conn:
            return [row[0] for row in conn.execute("SELECT name || ':' || kind FROM locks ORDER BY name")]

    def file(self, name: str, content: str | bytes) -> str:
        path = self.folder / name
        path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
        return str(path)


def verdict(run: Run) -> str | None:
    """The bug classes every case refuses; None when there is none."""
    if run.code is None:
        return "WRONG: still running after the time limit"
    if "Traceback" in run.text or "Exception ignored" in run.text:
        return "TRACEBACK"
    if "unexpected error" in run.text:
        return "UNEXPECTED"
    return None


def refused(run: Run) -> str:
    """Expect a refusal: non-zero exit, one line on stderr, nothing on stdout."""
    bad = verdict(run)
    if bad:
        return bad
    lines = run.err.decode("utf-8", "replace").strip().splitlines()
    if run.code == 0:
        return "WRONG: accepted (exit 0)"
    if len(lines) != 1:
        return f"WRONG: {len(lines)} lines on stderr"
    return f"ok: exit {run.code}: {lines[0][:90]}"


def json_out(run: Run, *, code: int) -> str:
    """Expect JSON on stdout (each line one object, or one document) and the given exit code."""
    bad = verdict(run)
    if bad:
        return bad
    text = run.out.decode("utf-8", "replace")
    try:
        json.loads(text)
    except ValueError:
        try:
            [json.loads(line) for line in text.splitlines() if line.strip()]
        except ValueError:
            return f"WRONG: exit {run.code}, stdout is not JSON: {text.strip()[:60]!r} / {run.err.decode()[:80]!r}"
    if not text.strip():
        return f"WRONG: nothing on stdout (exit {run.code}; {run.err.decode().strip()[:80]})"
    return f"ok: exit {run.code}, JSON" if run.code == code else f"WRONG: JSON but exit {run.code} (want {code})"


def no_raw_escapes(run: Run) -> str:
    """Expect no ESC, C1 or bidi control characters among the bytes written to the terminal."""
    bad = verdict(run)
    if bad:
        return bad
    raw = [c for c in (run.out + run.err).decode("utf-8", "replace") if c == "\x1b" or "\x80" <= c <= "\x9f" or c == "\u202e"]
    return f"WRONG: {len(raw)} raw control characters written" if raw else f"ok: exit {run.code}, escaped"


def deep(n: int) -> str:
    return "[" * n + "]" * n


def devices(name: str = "Odd", mapping: dict | None = None, number: int = 0) -> str:
    device = {"name": name, "id": f"bf3a1c2d3e4f5a6b7c{number:02d}", "key": KEY, "category": "jtmspro", "ip": "127.0.0.1",
              "version": "3.4", "mapping": mapping or {}}
    return json.dumps([device])


Case = Callable[[Sandbox], str]


def _dates(box: Sandbox) -> list[tuple[str, str]]:
    rows = []
    for at in ("0001-01-01T00:00+14:00", "0001-01-01T00:00-14:00", "9999-12-31T23:59-14:00", "9999-12-31T23:59+14:00",
               "0001-01-01", "9999-12-31"):
        rows.append((f"battery --at {at}", refused(box.run("battery", "Front", "50", "--at", at))))
    for flag, at in (("--since", "0001-01-01"), ("--until", "9999-12-31"), ("--since", "9999-12-31T23:59-14:00")):
        result = box.run("log", "Front", flag, at)
        bad = verdict(result)
        rows.append((f"log {flag} {at}", bad or f"ok: exit {result.code}: {(result.err or result.out).decode().strip()[:70]}"))
    rows.append(("log-add --at 0001-01-01T00:00+01:00", refused(box.run("log-add", "Front", "note", "--at", "0001-01-01T00:00+01:00"))))
    return rows


def _numbers(box: Sandbox) -> list[tuple[str, str]]:
    rows = []
    for seconds in ("0", "-1", "nan", "inf"):
        rows.append((f"scan --seconds {seconds}", refused(box.run("scan", "--seconds", seconds, "--ports", "9", timeout=90))))
    for interval in ("0", "-1", "nan"):
        rows.append((f"poll --watch --interval {interval}",
                     refused(box.run("poll", "--watch", "--interval", interval, "--for", "1", "--ports", "9"))))
    for duration in ("0", "-1", "nan"):
        rows.append((f"poll --watch --for {duration}", refused(box.run("poll", "--watch", "--for", duration, "--ports", "9"))))
    for port in ("65536", "0", "99999999999999999999"):
        rows.append((f"add --port {port}", refused(box.run("add", "--name", "P", "--id", "bf3a1c2d3e4f5a6b7c11",
                                                          "--address", "127.0.0.1", "--key", KEY, "--port", port))))
    for cost in ("nan", "inf", "1e309"):
        rows.append((f"log-add --cost {cost}", refused(box.run("log-add", "Front", "note", "--cost", cost))))
    return rows


def _addresses(box: Sandbox) -> list[tuple[str, str]]:
    return [
        (f"add --address {address!r}", refused(box.run("add", "--name", f"A{n}", "--id", f"bf3a1c2d3e4f5a6b7c2{n}",
                                                      "--address", address, "--key", KEY)))
        for n, address in enumerate(("192.168.1.300", "not an ip!!"))
    ]


def _bytes(box: Sandbox) -> list[tuple[str, str]]:
    return [
        ("battery <not UTF-8> 50", refused(box.run("battery", b"Fr\xffont", "50"))),
        ("add --name <not UTF-8>", refused(box.run("add", "--name", b"\xff\xfe", "--id", "bf3a1c2d3e4f5a6b7c13",
                                                   "--address", "127.0.0.1", "--key", KEY))),
        ("log --search <not UTF-8>", _not_bug(box.run("log", "Front", "--search", b"\xff"))),
    ]


def _not_bug(run: Run) -> str:
    return verdict(run) or f"ok: exit {run.code}"


def _devices_files(box: Sandbox) -> list[tuple[str, str]]:
    cases = {
        "devices.json nested 100000 deep": deep(100_000),
        "devices.json nested 100000 deep (objects)": '{"a":' * 100_000 + "1" + "}" * 100_000,
        "devices.json mapping key '²'": devices(mapping={"²": {"code": "residual_electricity", "type": "Integer"}},
                                                number=31),
        "devices.json mapping key of 5000 digits": devices(mapping={"1" * 5000: {"code": "residual_electricity"}},
                                                           number=32),
        "devices.json dp_id '²' and 5000 digits": devices(mapping={"8": {"code": "residual_electricity", "dp_id": "²"},
                                                                   "9": {"code": "x", "dp_id": "1" * 5000}}, number=33),
        "devices.json name with a lone surrogate": devices(name="Front \\ud800 door", number=34).replace(
            "\\\\ud800", "\\ud800"),
    }
    rows = []
    for label, content in cases.items():
        run = box.run("import-devices", box.file("devices.json", content))
        bad = verdict(run)
        rows.append((label, bad or f"ok: exit {run.code}: {run.text.strip().splitlines()[-1][:80]}"))
    return rows


def _names(box: Sandbox) -> list[tuple[str, str]]:
    evil = "Evil\x1b]0;pwned\x07\x1b[2J\u202e"
    added = box.terminal("add", "--name", evil, "--id", "bf3a1c2d3e4f5a6b7c14", "--address", "127.0.0.1", "--key", KEY)
    rows = [("add --name with ESC/OSC/bidi (terminal)", no_raw_escapes(added) + f" (exit {added.code})")]
    box.run("import-devices", box.file("devices.json", devices(name="Imported\x1b[31mRED\x9b2J")))
    rows.append(("locks (imported name with ESC, C1; terminal)", no_raw_escapes(box.terminal("locks"))))
    rows.append(("due (imported name; terminal)", no_raw_escapes(box.terminal("due"))))
    rows.append(("battery <name with ESC> (error; terminal)", no_raw_escapes(box.terminal("battery", "No\x1b[2Jpe", "50"))))
    return rows


def _global_options(box: Sandbox) -> list[tuple[str, str]]:
    rows = []
    other = box.folder / "elsewhere"
    box.run("--data-dir", str(other), "locks", data_dir=False)
    landed = (other / "lockcare.sqlite3").exists()
    home_db = any(box.home.rglob("lockcare.sqlite3"))
    rows.append(("--data-dir D locks (before the command)",
                 "ok: uses D" if landed and not home_db else f"WRONG: used {'the home folder' if home_db else 'nothing'}"))
    for n, args in enumerate((("-v", "add"), ("add", "-v"))):
        run = box.run(*args, "--name", f"V{n}", "--id", f"bf3a1c2d3e4f5a6b7c4{n}", "--address", "127.0.0.1", "--key", KEY)
        rows.append((" ".join(args) + " ...", "ok: logs to stderr" if "INFO lockcare" in run.err.decode()
                     else f"WRONG: nothing logged to stderr (exit {run.code})"))
    return rows


def _json(box: Sandbox) -> list[tuple[str, str]]:
    box.run("add", "--name", "NoKey", "--id", "bf3a1c2d3e4f5a6b7c15", "--address", "127.0.0.1", "--port", CLOSED_PORT,
            "--key", KEY)
    (box.data / "keys.json").write_text("{}")
    rows = [
        ("read --json (no key stored)", json_out(box.run("read", "NoKey", "--json"), code=3)),
        ("poll --json (no key for one lock)", json_out(box.run("poll", "--json"), code=3)),
        ("read --json (no such lock)", json_out(box.run("read", "Nobody", "--json"), code=1)),
        ("add ... --json", json_out(box.run("add", "--name", "J", "--id", "bf3a1c2d3e4f5a6b7c16", "--address",
                                            "127.0.0.1", "--key", KEY, "--json"), code=0)),
    ]
    poll = box.run("poll", "--json")
    lines = [line for line in poll.out.decode().splitlines() if line.strip()]
    rows.append(("poll --json: one object per line", "ok" if lines and all(line.startswith("{") and line.endswith("}") for line in lines)
                 else f"WRONG: {len(lines)} lines, first {lines[:1]}"))
    pipe = box.shell(f"{sys.executable} -m lockcare due --json --data-dir {box.data} | head -1")
    rows.append(("due --json | head -1", "ok: quiet" if not pipe.err.strip() else f"WRONG: {pipe.err.decode().strip()[:90]}"))
    return rows


def _refusals_change_nothing(box: Sandbox) -> list[tuple[str, str]]:
    before = box.lock_names()
    run = box.run("add", "--name", "B", "--id", "bad", "--gateway", "Front", "--node-id", "n1")
    after = box.lock_names()
    state = "ok: unchanged" if after == before else f"WRONG: {before} became {after}"
    return [("add --name B --id bad --gateway Front", f"{state} (exit {run.code})")]


def _files(box: Sandbox) -> list[tuple[str, str]]:
    rows = []
    run = box.run("checklist", "--all", "--pdf", "/nonexistent-folder/x.pdf")
    rows.append(("checklist --pdf /nonexistent-folder/x.pdf", refused(run)))
    fifo = box.folder / "fifo"
    os.mkfifo(fifo)
    run = box.run("export", "--csv", str(box.folder / "csv"))
    modes = {p.name: oct(p.stat().st_mode & 0o777) for p in (box.folder / "csv").glob("*.csv")}
    rows.append(("export --csv: file modes", f"{'ok' if all(m == '0o600' for m in modes.values()) else 'WRONG'}: {modes}"))
    data_modes = {p.name: oct(p.stat().st_mode & 0o777) for p in [box.data, box.data / "lockcare.sqlite3", *box.data.glob("logs/*.log")]}
    folders_ok = oct(box.data.stat().st_mode & 0o777) == "0o700"
    files_ok = all(m == "0o600" for n, m in data_modes.items() if n != box.data.name)
    rows.append(("data folder, database, log modes", f"{'ok' if folders_ok and files_ok else 'WRONG'}: {data_modes}"))
    box.run("battery", "Front", "=1+2")  # refused anyway; the export below checks a name
    box.run("log-add", "Front", "note", "--notes", "=HYPERLINK(\"http://x\",\"y\")")
    box.run("export", "--csv", str(box.folder / "csv"))
    log_csv = (box.folder / "csv" / "log.csv").read_text(encoding="utf-8")
    rows.append(("export: a note starting with '='", "ok: neutralised" if "'=HYPERLINK" in log_csv else "WRONG: formula kept raw"))
    target = box.folder / "real.ics"
    target.write_text("")
    link = box.folder / "link.ics"
    link.symlink_to(target)
    box.run("calendar", "--out", str(link))
    rows.append(("calendar --out <symlink>", "ok: wrote the target, kept the link" if link.is_symlink() and target.stat().st_size
                 else f"WRONG: link {'kept' if link.is_symlink() else 'replaced by a file'}, target {target.stat().st_size} bytes"))
    run = box.run("calendar", "--out", str(fifo), timeout=20)
    rows.append(("calendar --out <a FIFO>", refused(run) + ("" if stat.S_ISFIFO(fifo.stat().st_mode) else " (FIFO replaced!)")))
    return rows


SECTIONS: dict[str, Callable[[Sandbox], list[tuple[str, str]]]] = {
    "dates": _dates, "numbers": _numbers, "addresses": _addresses, "arguments that are not UTF-8": _bytes,
    "devices.json": _devices_files, "names on the terminal": _names, "global options": _global_options,
    "JSON": _json, "refused commands": _refusals_change_nothing, "files": _files,
}


def main(argv: list[str] | None = None) -> int:
    """Run every section and print one row per case, then a count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--only", help="run only the section whose name contains this")
    args = parser.parse_args(argv)
    tally: dict[str, int] = {}
    for title, section in SECTIONS.items():
        if args.only and args.only not in title:
            continue
        print(f"\n## {title}")
        with tempfile.TemporaryDirectory() as folder:
            box = Sandbox(args.source.resolve(), Path(folder))
            box.add_front()
            for label, outcome in section(box):
                kind = outcome.split(":")[0]
                tally[kind] = tally.get(kind, 0) + 1
                print(f"  {label:<46} {outcome}")
    print("\n" + ", ".join(f"{kind}: {n}" for kind, n in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
