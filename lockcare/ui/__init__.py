"""PySide6 + pyqtgraph views, one folder per feature. Views call services, never storage."""
