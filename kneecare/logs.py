"""Logging: a small rotating file in the log dir, and the terminal too with `--verbose`."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from pathlib import Path

from kneecare.private import open_private

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

    def _open(self) -> io.TextIOWrapper:  # created 0600: the log is health data (platform.private)
        return open_private(Path(self.baseFilename), "a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        """Write one record; a full or failing disk costs the log line, never the app (said once)."""
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.close()
                with contextlib.suppress(OSError):
                    self._shift()
                self.stream = self._open()
            super().emit(record)
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Say on stderr, once, that the log cannot be written (logging's default prints a traceback for
        every record); drop what is buffered so the next record can try again."""
        self._failed(sys.exc_info()[1])

    failed = False

    def _failed(self, error: BaseException | None) -> None:
        if not self.failed:
            self.failed = True
            with contextlib.suppress(Exception):
                print(f"kneecare: cannot write the log file {self.path}: {error}", file=sys.stderr)
        self._drop_stream()

    def _drop_stream(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()
            if not stream.closed:  # a close that could not flush: let go of the file all the same
                with contextlib.suppress(Exception):
                    os.close(stream.fileno())

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as e:
            self._failed(e)

    def close(self) -> None:
        try:
            super().close()
        except OSError:
            self._drop_stream()
            logging.Handler.close(self)


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
