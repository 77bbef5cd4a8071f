"""Logging: a small rotating file in the log dir, and the terminal too with `--verbose`."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

MAX_BYTES = 256 * 1024
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SmallRotatingFileHandler(logging.FileHandler):
    """A file handler that rolls over at `MAX_BYTES`, keeping `BACKUPS` old files.

    It does what `logging.handlers.RotatingFileHandler` does for one process, without importing
    `logging.handlers` (sockets, pickle, queues: about 20 ms of every start-up).
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        self.path = path
        if path.exists() and path.stat().st_size >= max_bytes:
            self._shift()
        super().__init__(path, encoding="utf-8")

    def _shift(self) -> None:
        for n in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                older.replace(self.path.with_name(f"{self.path.name}.{n + 1}"))
        self.path.replace(self.path.with_name(f"{self.path.name}.1"))

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() >= self.max_bytes:
            self.close()
            with contextlib.suppress(OSError):
                self._shift()
            self.stream = self._open()
        super().emit(record)


def setup_logging(log_file: Path, verbose: bool = False) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_kneecare", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = []
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(SmallRotatingFileHandler(log_file))
    except OSError as e:  # a read-only home must not stop the app
        print(f"kneecare: cannot write the log file {log_file}: {e}", file=sys.stderr)
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._kneecare = True  # type: ignore[attr-defined]
        root.addHandler(handler)
