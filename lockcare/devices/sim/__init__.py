"""An emulated Tuya smart lock that the real, unmodified tinytuya client reads on loopback.

Used by the integration tests and by ``lockcare --demo``. It speaks Tuya LAN protocol
3.3, 3.4 and 3.5 (retcode 0 in every device frame, the 3.4/3.5 session-key handshake,
3.5 with its own sequence counter), sends UDP discovery packets to loopback ports you
choose, and records every command it receives.

Public API::

    SimLock(profile="wifi_pro", version="3.3", device_id=None, local_key=None,
            host="127.0.0.1", port=0, broadcast_ports=(), broadcast_interval=1.0,
            quirks=frozenset(), awake=True, *, broadcast_host="127.0.0.1",
            allow_standard_ports=False, silent=False, battery_level=None, clock=None)
        .start() -> SimLock / .stop() / context manager
        .port, .host, .version, .device_id, .local_key, .profile, .clock, .is_awake
        .dps -> dict                 current DPs as reported (quirks applied)
        .battery_level -> float      true charge in percent
        .set_dps(values, push=True)  -> changed DPs (pushed as cmd 8 to connected clients)
        .unlock(method="fingerprint", user_id=1, push=True)
        .raise_alarm(code, push=True)
        .replace_battery(level=100.0, push=True)
        .advance(days=0.0, hours=0.0, *, unlocks_per_day=None, push=True)
        .wake(seconds=None) / .sleep() / .start_cycle(awake_seconds, asleep_seconds)
        .push(dps, cid=None)
        .silent                      settable: accept TCP but never answer
        .commands -> list[CommandRecord]; .control_commands(); .clear_commands()

    SimGateway(version="3.4", children=(), device_id=None, local_key=None,
               host="127.0.0.1", port=0, broadcast_ports=(), broadcast_interval=1.0,
               awake=True, *, ...same keywords as SimLock)
        everything SimLock has except the DP methods, plus
        .children, .child(node_id), .add_child(child), .set_child_online(node_id, online),
        .advance(days=0.0, hours=0.0, *, push=True)

    SimChild(profile="ble_gateway_child", node_id=None, device_id=None, *,
             quirks=frozenset(), battery_level=None, online=True)
        .node_id (the cid), .device_id, .online, .dps, .battery_level,
        .set_dps(...), .unlock(...), .raise_alarm(...)

    CommandRecord(cmd, name, payload, cid, seqno, received_at).is_control
    list_profiles() -> list[str]; load_profile(id) -> LockProfile
    QUIRK_ALARM_INDEX ("10" for low_battery), QUIRK_ALARM_BITFIELD (1 << index),
    QUIRK_BATTERY_UNKNOWN (residual_electricity reported as -1)

Behaviour worth knowing:

* Asleep = no listener (the port stays reserved), so tinytuya sees Err 901. Keep-alive
  profiles ignore timed wake windows; an explicit ``sleep()`` still drops them.
* Discovery packets go only to loopback unicast ports given in ``broadcast_ports``, from
  the lock's own ``host`` (use 127.0.0.x aliases for several locks), only while awake
  and while no client is connected. 6666/6667/7000 need ``allow_standard_ports=True``.
* Replies carry no version header, pushes (cmd 8) do; both paths of tinytuya are used.
* A client whose frames fail the checksum/HMAC/GCM tag or do not decrypt (wrong key or
  version) is disconnected: tinytuya reports 904 on 3.3 and 914 on 3.4/3.5.
* Control commands (7, 13 with values) are recorded, acked with an empty frame, applied
  and pushed, so a test can both detect them and see tinytuya's normal result.
"""

from lockcare.devices.sim.clock import SimClock
from lockcare.devices.sim.gateway import SimChild, SimGateway
from lockcare.devices.sim.lock import SimLock
from lockcare.devices.sim.profiles import (
    KNOWN_QUIRKS,
    QUIRK_ALARM_BITFIELD,
    QUIRK_ALARM_INDEX,
    QUIRK_BATTERY_UNKNOWN,
    LockProfile,
    list_profiles,
    load_profile,
)
from lockcare.devices.sim.records import CommandRecord

__all__ = [
    "KNOWN_QUIRKS",
    "QUIRK_ALARM_BITFIELD",
    "QUIRK_ALARM_INDEX",
    "QUIRK_BATTERY_UNKNOWN",
    "CommandRecord",
    "LockProfile",
    "SimChild",
    "SimClock",
    "SimGateway",
    "SimLock",
    "list_profiles",
    "load_profile",
]
