"""Every lock of the reference corpus (protocol reference, section 3.4) read with and without its mapping.

Each product's status samples must give the same battery and alarms whether lockcare knows
the product's devices.json ``mapping`` or not, and whether the lock was added by hand (kind
"wifi") or imported as a gateway child: the DP numbering is inferred from the values.
The lifecycle tests follow the real data path: what import stores, then read after read,
each storing what it established.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lockcare.core.devices_json import parse_devices_json
from lockcare.core.dpmap import interpret, resolve_dp_map
from lockcare.core.models import LockKind

CORPUS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "tuya" / "lock_corpus.json").read_text(encoding="utf-8")
)
PRODUCTS: list[dict[str, Any]] = CORPUS["products"]
SAMPLES = [
    pytest.param(product, sample, id=f"{product['n']:02d}-{product['key']}-{index}")
    for product in PRODUCTS
    for index, sample in enumerate(product["samples"])
]
KINDS = [LockKind.WIFI, LockKind.GATEWAY_CHILD]


def _kind(product: dict[str, Any]) -> LockKind:
    return LockKind.GATEWAY_CHILD if product["sub"] else LockKind.WIFI


def _seen(dps: dict[str, object], **resolve: Any) -> dict[str, object]:
    obs = interpret(dps, resolve_dp_map(dps=dps, **resolve))
    return {"battery_percent": obs.battery_percent, "battery_level": obs.battery_level, "alarms": list(obs.alarms)}


def test_the_corpus_covers_every_product_of_section_3_4_that_lists_data_points() -> None:
    assert [p["n"] for p in PRODUCTS] == list(range(1, 25))
    assert all(p["mapping"] and p["samples"] for p in PRODUCTS)


@pytest.mark.parametrize(("product", "sample"), SAMPLES)
def test_with_its_mapping(product: dict[str, Any], sample: dict[str, Any]) -> None:
    seen = _seen(sample["dps"], mapping=product["mapping"], kind=_kind(product), hint=product["product_name"])
    assert seen == sample["expect"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("product", "sample"), SAMPLES)
def test_without_a_mapping(product: dict[str, Any], sample: dict[str, Any], kind: LockKind) -> None:
    seen = _seen(sample["dps"], kind=kind, hint=product["product_name"])
    assert seen == sample.get("expect_without_mapping", sample["expect"])


@pytest.mark.parametrize("with_mapping", [True, False], ids=["mapping", "no-mapping"])
@pytest.mark.parametrize("product", PRODUCTS, ids=[f"{p['n']:02d}-{p['key']}" for p in PRODUCTS])
def test_import_then_read_after_read(product: dict[str, Any], with_mapping: bool) -> None:
    entry = {"name": product["name"], "id": f"bf{product['n']:018d}", "key": "k" * 16, "category": product["category"],
             "product_id": product["product_id"], "product_name": product["product_name"],
             "mapping": product["mapping"] if with_mapping else {}}
    if product["sub"]:
        entry.update(sub=True, node_id="a4c1380000000001", parent="gw0000000000000000001")
        devices = [{"name": "Hub", "id": "gw0000000000000000001", "key": "k" * 16, "category": "wg2", "ip": "127.0.0.1"}, entry]
    else:
        devices = [entry]
    imported = parse_devices_json(json.dumps(devices), "devices.json").locks[0]
    lock = imported.lock
    known = dict(lock.dp_map)
    vouched = {int(dp) for dp in entry["mapping"]}
    assert set(known.values()) <= vouched  # import stores nothing it guessed
    for sample in product["samples"]:
        resolved = resolve_dp_map(kind=lock.kind, hint=lock.product_name, dps=sample["dps"], known=known)
        obs = interpret(sample["dps"], resolved, alarm_order=imported.alarm_order)
        expected = sample["expect"] if with_mapping else sample.get("expect_without_mapping", sample["expect"])
        assert {"battery_percent": obs.battery_percent, "battery_level": obs.battery_level,
                "alarms": list(obs.alarms)} == expected
        known = resolved.established()
        vouched |= {int(dp) for dp in sample["dps"]}
        assert set(known.values()) <= vouched  # stored: what the mapping named or a lock reported


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("example", CORPUS["issue_examples"], ids=lambda e: e["name"])
def test_issue_examples_without_a_mapping(example: dict[str, Any], kind: LockKind) -> None:
    assert _seen(example["dps"], kind=kind) == example["expect"]
