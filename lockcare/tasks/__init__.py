"""The one package mixing threads and Qt: lanes per lock, a shared pool, results by signal."""

from lockcare.tasks.runner import InlineRunner, TaskHandle, TaskRunner

__all__ = ["InlineRunner", "TaskHandle", "TaskRunner"]
