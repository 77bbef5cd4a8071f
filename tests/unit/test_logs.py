"""The log file stays small: it rolls over and keeps three old files."""

from __future__ import annotations

import logging

from kneecare.logs import SmallRotatingFileHandler


def test_the_log_rolls_over_at_its_size_and_keeps_three_old_files(tmp_path):
    path = tmp_path / "kneecare.log"
    handler = SmallRotatingFileHandler(path, max_bytes=1000, backups=3)
    logger = logging.getLogger("kneecare.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(200):
            logger.warning("line %03d %s", i, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kneecare.log", "kneecare.log.1", "kneecare.log.2", "kneecare.log.3"]
    assert all(p.stat().st_size <= 1100 for p in tmp_path.iterdir())
    assert "line 199" in path.read_text()
