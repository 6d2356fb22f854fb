"""The lock's Overview tab: when to replace the batteries, what is in it, how it is reached.

Plain words on the surface; the product id, category code, address and port, protocol
and raw ids sit under a folded "Details" section for those who want them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from lockcare.core.dates_in_words import ago, short_date
from lockcare.core.models import BatterySwap, Lock, LockKind, battery_type_words
from lockcare.core.wording import connection_words, lock_kind_words
from lockcare.ui.locks.lock_list_model import battery_words
from lockcare.ui.widgets.disclosure import Disclosure
from lockcare.core.i18n import translate, translate_noop

if TYPE_CHECKING:  # made in the pool (with numpy)
    from lockcare.ui.locks.lock_view import LockView

ROWS: tuple[tuple[str, str], ...] = (
    ("replace", translate_noop("locks.overview_tab", "When to replace")),
    ("batteries", translate_noop("locks.overview_tab", "Batteries")),
    ("latest", translate_noop("locks.overview_tab", "Latest reading")),
    ("swap", translate_noop("locks.overview_tab", "Last battery change")),
    ("kind", translate_noop("locks.overview_tab", "Type")),
    ("connection", translate_noop("locks.overview_tab", "Connection")),
)
DETAIL_ROWS: tuple[tuple[str, str], ...] = (
    ("product", translate_noop("locks.overview_tab", "Product")),
    ("product_id", translate_noop("locks.overview_tab", "Product id")),
    ("category", translate_noop("locks.overview_tab", "Category code")),
    ("device_id", translate_noop("locks.overview_tab", "Device id")),
    ("endpoint", translate_noop("locks.overview_tab", "Address and port")),
    ("protocol", translate_noop("locks.overview_tab", "Protocol version")),
    ("gateway", translate_noop("locks.overview_tab", "Gateway device id")),
    ("node", translate_noop("locks.overview_tab", "Node id")),
)


class OverviewTab(QWidget):
    """The summary a homeowner reads, with the technical details folded away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 14, 4, 4)
        layout.setSpacing(8)
        self.rows, self._captions, form = _form(ROWS)
        layout.addLayout(form)
        self.details = QWidget()
        self.detail_rows, detail_captions, details_form = _form(DETAIL_ROWS)
        self._captions.update(detail_captions)
        self.details.setLayout(details_form)
        self.details_button = Disclosure(translate("locks.overview_tab", "Details"), self.details, "detailsToggle",
                                         translate("locks.overview_tab", "Product and network details, for support or the tinytuya wizard"))
        layout.addWidget(self.details_button)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def show_loading(self, lock: Lock) -> None:
        """While ``lock``'s view loads: what the lock itself says, "…" where the history is needed."""
        known = _lock_rows(lock)
        for key, label in self.rows.items():
            label.setText(known.get(key, "…"))

    def show_view(self, view: LockView) -> None:
        """Fill the rows for the lock in ``view``."""
        lock, summary, now = view.lock, view.summary, view.now
        gateway = lock.kind is LockKind.GATEWAY
        latest = summary.latest
        values = {
            **_lock_rows(lock),
            "replace": view.battery.headline,
            "latest": f"{battery_words(summary)} · {ago(latest.at, now)}" if latest else translate("locks.overview_tab", "None yet: record one from the Tuya app"),
            "swap": _swap_words(view.history.swaps[-1] if view.history.swaps else None),
            "connection": _connection(lock, view),
        }
        for key, label in self.rows.items():
            label.setText(values[key])
            shown = not gateway or key in ("kind", "connection")
            label.setVisible(shown)
            self._captions[key].setVisible(shown)
        details = {
            "product": lock.product_name,
            "product_id": lock.product_id,
            "category": lock.category,
            "device_id": lock.device_id,
            "endpoint": f"{lock.address}:{lock.port}" if lock.address else "",
            "protocol": lock.version if not lock.is_gateway_child else "",
            "gateway": lock.parent_device_id,
            "node": lock.node_id,
        }
        for key, label in self.detail_rows.items():
            label.setText(details[key] or "")
            label.setVisible(bool(details[key]))
            self._captions[key].setVisible(bool(details[key]))


def _lock_rows(lock: Lock) -> dict[str, str]:
    """The rows the lock itself answers (shown at once, before its history has loaded)."""
    return {"batteries": f"{lock.battery_count} × {battery_type_words(lock.battery_type)}",
            "kind": lock_kind_words(lock.kind)}


def _form(rows: tuple[tuple[str, str], ...]) -> tuple[dict[str, QLabel], dict[str, QLabel], QFormLayout]:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(18)
    form.setVerticalSpacing(8)
    labels: dict[str, QLabel] = {}
    captions: dict[str, QLabel] = {}
    for key, caption in rows:
        value = QLabel()
        value.setObjectName(f"overview-{key}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        name = QLabel(translate("locks.overview_tab", "{caption}:").format(caption=translate("locks.overview_tab", caption)))
        name.setBuddy(value)
        labels[key] = value
        captions[key] = name
        form.addRow(name, value)
    return labels, captions, form


def _connection(lock: Lock, view: LockView) -> str:
    words = connection_words(view.summary.status, view.now)
    if lock.is_gateway_child and view.gateway_name:
        return translate("locks.overview_tab", "{words}, through the gateway “{gateway_name}”").format(words=words, gateway_name=view.gateway_name)
    if lock.is_gateway_child:
        return translate("locks.overview_tab", "{words}, through a gateway that is not paired").format(words=words)
    return words


def _swap_words(swap: BatterySwap | None) -> str:
    if swap is None:
        return translate("locks.overview_tab", "Not recorded yet")
    brand = f", {swap.brand}" if swap.brand else ""
    return f"{short_date(swap.at)}: {swap.count} × {battery_type_words(swap.battery_type)}{brand}"
