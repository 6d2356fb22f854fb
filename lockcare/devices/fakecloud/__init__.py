"""lockcare's own fake of Tuya's cloud OpenAPI, on 127.0.0.1 over TLS (tests, benchmarks, demo).

* :mod:`.server`: :class:`FakeTuyaCloud` (start/stop, ``host``, ``ca_path``, ``inject``,
  the record of every request served).
* :mod:`.model`: the seedable world (:class:`FakeProject`, devices, logs, :func:`seed_week`).
* :mod:`.api`: the endpoints, signature and token checks.
* :mod:`.faults`: failures answered on demand.
* :mod:`.tls`: the throwaway CA.

It is written from Tuya's documentation, not from tinytuya, so it checks the client rather
than echoing it.
"""

from lockcare.devices.fakecloud import faults
from lockcare.devices.fakecloud.model import BLE_LOCK, PLUG, WIFI_LOCK, FakeDevice, FakeProject, seed_week
from lockcare.devices.fakecloud.server import FakeTuyaCloud, Served

__all__ = [
    "BLE_LOCK",
    "PLUG",
    "WIFI_LOCK",
    "FakeDevice",
    "FakeProject",
    "FakeTuyaCloud",
    "Served",
    "faults",
    "seed_week",
]
