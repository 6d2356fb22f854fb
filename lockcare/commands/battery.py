"""``forecast``: when a lock needs new batteries, how its battery sets compared, what to watch."""

from __future__ import annotations

import argparse
from typing import Any

from lockcare.commands.context import CliContext
from lockcare.commands.output import dumps, iso, reading_json
from lockcare.core.dates_in_words import short_date
from lockcare.core.vocabulary import FleetStatus
from lockcare.core.wording import FLEET_STATUS_WORDS, battery_label
from lockcare.services.battery import REPLACE_AT, BatteryReport

FORECAST_JSON_VERSION = 1


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``forecast`` command."""
    forecast = subparsers.add_parser("forecast", parents=[common], help="when does a lock need new batteries?")
    forecast.add_argument("lock", metavar="LOCK", help="lock name or device id")
    forecast.add_argument("--json", action="store_true", help="print JSON (see README)")
    forecast.set_defaults(handler=_forecast)


def _forecast(ctx: CliContext, args: argparse.Namespace) -> int:
    lock = ctx.services.locks.resolve(args.lock)
    report = ctx.services.battery.report(lock)
    if args.json:
        print(dumps(forecast_json(report)))
    else:
        print(forecast_text(report))
    return 0


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def forecast_json(report: BatteryReport) -> dict[str, Any]:
    """The stable ``lockcare forecast --json`` shape (documented in README.md)."""
    result = report.forecast
    return {
        "version": FORECAST_JSON_VERSION,
        "lock": report.lock.name,
        "id": report.lock.device_id,
        "now": iso(report.now),
        "status": report.status,
        "headline": report.headline,
        "latest_reading": reading_json(report.latest),
        "forecast": {
            "status": result.status,
            "reason": result.reason,
            "threshold_percent": REPLACE_AT,
            "replace_by": iso(result.replace_by),
            "earliest": iso(result.earliest),
            "latest": iso(result.latest),
            "unreliable_from": iso(result.unreliable_from),
            "emergency_by": iso(result.emergency_by),
            "current_percent": _round(result.current_estimate),
            "based_on_readings": result.based_on_readings,
            "battery_type": result.battery,
            "voice_prompts": report.lock.voice_prompts,
            "unlocks_per_day": _round(report.unlocks_per_day),
            "explanation": result.explanation,
            "curve": [{"at": iso(at), "percent": level} for at, level in result.curve],
        },
        "sets": [
            {
                "start": iso(s.start),
                "end": iso(s.end),
                "days": _round(s.days),
                "battery_type": s.battery_type,
                "brand": s.brand,
                "expected_days": _round(s.expected_days),
                "ratio_expected": _round(s.ratio_expected, 2),
                "ratio_previous": _round(s.ratio_previous, 2),
                "last_percent": _round(s.last_level),
                "summary": s.summary,
            }
            for s in report.sets
        ],
        "warnings": [{"code": w.code, "message": w.message} for w in report.warnings],
        "proposed_swaps": [
            {
                "not_before": iso(p.not_before),
                "at": iso(p.at),
                "percent_before": _round(p.level_before),
                "percent_after": _round(p.level_after),
                "message": p.message,
            }
            for p in report.proposals
        ],
    }


def forecast_text(report: BatteryReport) -> str:
    """The forecast in a few plain lines for the terminal."""
    result = report.forecast
    if result.status == "ok":
        lines = [f"{report.lock.name}: {report.headline}.", result.explanation]
    else:  # the explanation says it all ("Not enough data yet: ...")
        lines = [f"{report.lock.name}: {result.explanation}"]
    if result.status == "ok" and result.replace_by is not None and result.reason != "prior-only":
        # The one "now" level, as the window's header, sentence and chart give it.
        lines.append(f"Now {report.now_level.words}; most likely at {REPLACE_AT} % on {short_date(result.replace_by)}.")
        if result.unreliable_from and result.emergency_by:
            lines.append(
                f"Unreliable (15 %) from about {short_date(result.unreliable_from)}; "
                f"emergency unlocks only (5 %) by about {short_date(result.emergency_by)}."
            )
    if result.status == "ok" or report.status != FleetStatus.OK:  # "OK" under "not enough readings" reads as a contradiction
        lines.append(f"Status: {FLEET_STATUS_WORDS.get(report.status, report.status)}.")
    if report.warnings or report.proposals:
        lines.append("")
        lines.append("Worth knowing:")
        lines += [f"  - {w.message}" for w in report.warnings]
        lines += [f"  - {p.message}" for p in report.proposals]
    if report.sets:
        lines.append("")
        lines.append("Battery sets (newest first):")
        for battery_set in reversed(report.sets):
            brand = f", {battery_set.brand}" if battery_set.brand else ""
            lines.append(
                f"  {short_date(battery_set.start)}  {battery_label(battery_set.battery_type)}{brand}: {battery_set.summary}"
            )
    return "\n".join(lines)
