"""The one package mixing threads and Qt: lanes per lock, a shared pool, results by signal."""

from lockcare.tasks.runner import TaskHandle, TaskRunner

__all__ = ["TaskHandle", "TaskRunner"]
