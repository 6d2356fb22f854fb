"""The one package mixing threads and Qt: lanes per lock, a shared pool, results by signal."""

from lockcare.tasks.loads import LatestLoad, ViewLoads
from lockcare.tasks.runner import TaskHandle, TaskRunner

__all__ = ["LatestLoad", "TaskHandle", "TaskRunner", "ViewLoads"]
