"""Change a lock's local key: masked while typed, with a Show toggle, checked before it is stored.

The key changes whenever the lock is paired again in the Tuya app; lockcare then reads
"check the key" until it gets the new one. The old key stays if the new one cannot be saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from lockcare.core import validation
from lockcare.core.errors import ValidationError
from lockcare.core.models import Lock
from lockcare.ui.dialogs.form_dialog import FormDialog
from lockcare.ui.widgets.masked_key import MaskedKey
from lockcare.core.i18n import translate

ChangeKey = Callable[[Lock, str], None]


class KeyDialog(FormDialog):
    """Asks for the new local key of ``lock``; ``change`` stores it (and may raise a plain error)."""

    def __init__(self, lock: Lock, change: ChangeKey, parent: QWidget | None = None) -> None:
        super().__init__(translate("locks.key_dialog", "Change the local key of {name}").format(name=lock.name), translate("locks.key_dialog", "Change key"), parent)
        self._lock = lock
        self._change = change
        self.set_intro(
            translate("locks.key_dialog", "The local key changes whenever the lock is paired again in the Tuya app. Copy the new one from "
            "the tinytuya wizard's devices.json (the “key” of this device). It is stored safely and never shown "
            "in logs or exports.")
        )
        self.masked = MaskedKey(translate("locks.key_dialog", "16 characters"))
        self.key_edit, self.show_button = self.masked.edit, self.masked.show_button
        self.key_edit.setAccessibleName(translate("locks.key_dialog", "New local key"))
        self.key_edit.textEdited.connect(self.revalidate)
        self.form.addRow(translate("locks.key_dialog", "New &key"), self.masked)
        self.revalidate()
        self.error_label.setText("")  # no scolding before the user has typed anything
        self.key_edit.setFocus()

    def problem(self) -> str | None:
        try:
            validation.validate_key(self.key_edit.text())
        except ValidationError as exc:
            return str(exc)
        return None

    def submit(self) -> None:
        self._change(self._lock, self.key_edit.text())
