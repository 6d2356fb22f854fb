"""The words of the Tuya cloud page: one step at a time, plain and short.

The menu paths are those of Tuya's developer platform (platform.tuya.com, also reached as
iot.tuya.com); they change now and then, so each step says what to look for, not only where.
"""

from __future__ import annotations

from dataclasses import dataclass
from lockcare.core.i18n import translate, translate_noop

PLATFORM_URL = "https://platform.tuya.com"


@dataclass(frozen=True)
class Step:
    """One step: its short name (the step bar), its title and what to do (simple HTML)."""

    short: str
    title: str
    body: str

    def words(self) -> tuple[str, str, str]:
        """The short name, title and body in the user's language (the body's ``{url}`` filled in)."""
        return (translate("cloud.steps", self.short), translate("cloud.steps", self.title),
                translate("cloud.steps", self.body).format(url=PLATFORM_URL))


STEPS: tuple[Step, ...] = (
    Step(
        translate_noop("cloud.steps", "Project"),
        translate_noop("cloud.steps", "1. Create a free cloud project"),
        translate_noop("cloud.steps", "<p>Sign in (or sign up, free) at <a href='{url}'>Tuya's developer platform</a>, "
        "then open <b>Cloud → Development</b> and press <b>Create Cloud Project</b>.</p>"
        "<ul><li>Name: anything, e.g. <i>lockcare</i></li>"
        "<li>Industry: <i>Smart Home</i>; development method: <i>Smart Home</i></li>"
        "<li>Data centre: the one of your phone app account (next step tells how to find it)</li></ul>"
        "<p>When it asks which services to add, keep <b>IoT Core</b> and <b>Authorization Token Management</b>. "
        "The free IoT Core plan lasts a few months; Tuya asks you to extend it now and then (lockcare will say "
        "when).</p>"),
    ),
    Step(
        translate_noop("cloud.steps", "Data centre"),
        translate_noop("cloud.steps", "2. Pick your data centre"),
        translate_noop("cloud.steps", "<p>Tuya keeps each phone app account in one data centre. In the <b>Smart Life</b> or "
        "<b>Tuya Smart</b> app open <b>Me → Settings → Account and Security → Region</b>: the region "
        "there decides it (most of Europe: Central Europe; the Americas: Western America).</p>"
        "<p>The cloud project must use the same data centre, or it sees no devices.</p>"),
    ),
    Step(
        translate_noop("cloud.steps", "App account"),
        translate_noop("cloud.steps", "3. Link your Smart Life / Tuya Smart account"),
        translate_noop("cloud.steps", "<p>In your cloud project open <b>Devices → Link App Account → Add App Account</b>. A QR code "
        "appears: in the phone app, tap the scan icon at the top of the <b>Me</b> tab and scan it, "
        "then confirm.</p>"
        "<p>Your locks now show under <b>Devices → All Devices</b> of the project.</p>"),
    ),
    Step(
        translate_noop("cloud.steps", "Keys"),
        translate_noop("cloud.steps", "4. Copy the access id and secret"),
        translate_noop("cloud.steps", "<p>Open the project's <b>Overview</b>: under <b>Authorization Key</b> copy the "
        "<b>Access ID / Client ID</b> and the <b>Access Secret / Client Secret</b> into the boxes below, "
        "then press <b>Test</b>.</p>"
        "<p>The secret is kept in your system's key store, never in lockcare's files or backups "
        "(unless you ask for a backup with keys).</p>"),
    ),
    Step(
        translate_noop("cloud.steps", "Import"),
        translate_noop("cloud.steps", "5. Import your locks"),
        translate_noop("cloud.steps", "<p>lockcare adds every lock of the project with its local key, and the gateways that serve "
        "Bluetooth or Zigbee locks. Locks you already have get a new key or name when the app changed them. "
        "Other devices (plugs, lights) are left out.</p>"
        "<p>Then lockcare reads the battery levels, alarms and unlocks the cloud kept for the last 7 days, "
        "when it starts and every hour while it is open.</p>"),
    ),
)
"""The guided steps, in order."""

INTRO = (
    translate_noop("cloud.steps", "Battery Wi-Fi locks sleep and are rarely heard on the home network, and their local keys come from "
    "Tuya's cloud. Link your own free Tuya cloud project and lockcare fetches the keys and the battery "
    "history the cloud keeps. lockcare only reads: it never opens or changes a lock.")
)

BACKGROUND_HINT = (
    translate_noop("cloud.steps", "While lockcare is closed your computer runs “lockcare collect” every hour: it reads the locks it can "
    "reach, fetches the cloud's reports before they expire after 7 days, and tells you about a low battery "
    "or a jammed or forced lock.")
)

__all__ = ["BACKGROUND_HINT", "INTRO", "PLATFORM_URL", "STEPS", "Step"]
