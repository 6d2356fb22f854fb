"""Reading the troubleshooter's JSON files with plain errors (:class:`ContentError`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any


class ContentError(ValueError):
    """The troubleshooter content cannot be read: a missing file, bad JSON or a wrong type."""


def read_json(path: Path) -> Any:
    """The JSON object in ``path``.

    Raises:
        ContentError: if the file is missing, is not JSON or does not hold an object.
    """
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError as exc:
        raise ContentError(f"troubleshooter file missing: {path.name}") from exc
    except json.JSONDecodeError as exc:
        raise ContentError(f"{path.name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ContentError(f"{path.name} must hold a JSON object")
    return data


def text(raw: Mapping[str, Any], key: str, where: str) -> str:
    """``raw[key]`` as text (``where`` names the place in errors)."""
    value = raw.get(key) if isinstance(raw, Mapping) else None
    if not isinstance(value, str):
        raise ContentError(f"{where}: {key!r} must be text")
    return value


def strings(raw: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> tuple[str, ...]:
    """``raw[key]`` as a tuple of text (empty when absent and not ``required``)."""
    value = raw.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ContentError(f"{where}: {key!r} must be a list of text")
    return tuple(value)


def mapping(raw: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    """``raw[key]`` as a JSON object."""
    value = raw.get(key)
    if not isinstance(value, dict):
        raise ContentError(f"{where}: {key!r} must be an object")
    return value
