"""Writing keys in the same all-or-nothing step as the records that need them.

A lock must never be stored without its key, nor an import half-applied. The keys asked
for inside the step are written together at its end, *before* the database commits: if
the key store refuses them, the transaction rolls back and nothing was added; if the
commit itself fails afterwards, the keys are put back as they were. A process killed
part-way can at worst leave a key without a lock (harmless), never a lock without its key.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from lockcare.storage import Transaction
from lockcare.storage.keys import KeyStore, put_back


@contextlib.contextmanager
def with_keys(transaction: Transaction, store: KeyStore) -> Iterator[Callable[[str, str | None], None]]:
    """Open a transaction and yield ``put(device_id, key)``; keys and records land together.

    ``put(device_id, None)`` forgets a device's key in the same step (a removed lock).

    Example::

        with with_keys(storage.transaction, keys) as put:
            stored = repo.add(lock)
            put(stored.device_id, key)

    Raises:
        KeyStoreError: The keys could not be written (nothing of the step was stored).
    """
    pending: dict[str, str | None] = {}
    previous: dict[str, str | None] = {}
    written = False
    try:
        with transaction():
            yield pending.__setitem__
            if pending:
                previous = {device_id: store.get(device_id) for device_id in pending}
                written = True  # from here on, whatever went in is put back on failure
                store.set_many({device_id: key for device_id, key in pending.items() if key is not None})
                for device_id in [device_id for device_id, key in pending.items() if key is None]:
                    store.delete(device_id)
    except BaseException:
        if written:  # a key write, or the commit after it, failed
            put_back(store, previous)
        raise
