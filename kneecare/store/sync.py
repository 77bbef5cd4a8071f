"""Sync through a folder a sync tool keeps in step: this computer appends its new records to its own journal
files there (never the database), reads every journal (conflict copies too) and merges them by uid."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kneecare.core.journal import (
    Action,
    Kind,
    LineProblem,
    Parsed,
    Record,
    apply_order,
    decide,
    parse,
    position,
    tombstone,
)
from kneecare.core.safety import AllClear, Verdict
from kneecare.core.words import fill
from kneecare.store.db import transaction
from kneecare.store.exchange import (
    QT_TRANSLATE_N_NOOP,
    ImportProblem,
    known_zone,
    record_from_json,
    record_to_json,
)
from kneecare.store.records import MOMENTS, SessionRecord, _records, insert_record, write_rating
from kneecare.store.times import from_utc_text, to_utc_text

log = logging.getLogger(__name__)

SUFFIX = ".kcj"
ROTATE_BYTES = 4 * 1024 * 1024  # a journal file this large is closed and the next one started
DEVICES = "devices"
DEVICE_KEY = "sync.device_id"  # in app_state: this data folder's computer, stable and unique
FOLDER_KEY = "sync.folder"  # in app_state: the folder `sync_read` and `sync_published` belong to
OWN_FILE = re.compile(r"(?P<device>[0-9a-f]{20})\.(?P<n>[0-9]{1,6})\.kcj")
DEVICE_ID = re.compile(r"[0-9a-f]{20}")
MAX_NAME = 64


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (this module stays free of Qt)."""
    return text


def _as_written(text: str) -> str:
    return text


class SyncProblem(Exception):
    """The folder cannot be used (missing, not a folder, not writable). `str()` is English; `say(translate)`
    says it in the person's language."""

    def __init__(self, template: str, folder: Path) -> None:
        super().__init__(fill(template, str(folder)))
        self.template = template
        self.folder = folder

    def say(self, translate: Callable[[str], str] = _as_written) -> str:
        return fill(translate(self.template), str(self.folder))


MISSING = QT_TRANSLATE_NOOP("sync", "The sync folder %1 does not exist (is the drive or share connected?).")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("sync", "%1 is not a folder.")
NOT_WRITABLE = QT_TRANSLATE_NOOP("sync", "KneeCare cannot write in the sync folder %1.")
OPEN_TO_OTHERS = QT_TRANSLATE_NOOP(
    "sync",
    "Other users of this computer can look into %1. KneeCare's own files there are for you only, but a "
    "folder only you can open is safer for health records.",
)


@dataclass
class SyncResult:
    """What one sync did."""

    journals: int = 0  # journal files of other computers read (conflict copies included)
    sessions: int = 0  # sessions added
    safety: int = 0  # screenings, red flags and all-clears added
    ratings: int = 0  # ratings added to sessions already here
    deletions: int = 0  # records removed because another computer deleted them
    written: int = 0  # records this computer wrote to its journal
    skipped: int = 0  # lines that are not records (each logged once)
    newer: int = 0  # records from a newer KneeCare, left for later
    waiting: int = 0  # ratings whose session has not arrived yet
    open_to_others: bool = False  # the folder can be looked into by other users
    devices: dict[str, str] = field(default_factory=dict)  # every computer's id and name

    @property
    def changed(self) -> bool:
        return bool(self.sessions or self.safety or self.ratings or self.deletions)

    def words(
        self, translate: Callable[[str], str] = _as_written, counted: Callable[[str, int], str] | None = None
    ) -> str:
        """'Read 3 journals, 12 new sessions, 1 deletion; wrote 2 records.' and what was left out. Each
        count is a %n text: `counted(text, n)` says it in the language's plural form, else English."""

        def count(n: int, text: str, one: str, many: str) -> str:
            if counted is not None:
                return counted(text, n)
            return (one if n == 1 else many).replace("%n", str(n))

        parts = [
            count(
                self.journals,
                QT_TRANSLATE_N_NOOP("sync", "read %n journal(s)"),
                "read %n journal",
                "read %n journals",
            ),
            count(
                self.sessions,
                QT_TRANSLATE_N_NOOP("sync", "%n new session(s)"),
                "%n new session",
                "%n new sessions",
            ),
        ]
        if self.safety:
            parts.append(
                count(
                    self.safety,
                    QT_TRANSLATE_N_NOOP("sync", "%n safety record(s)"),
                    "%n safety record",
                    "%n safety records",
                )
            )
        if self.ratings:
            parts.append(
                count(self.ratings, QT_TRANSLATE_N_NOOP("sync", "%n rating(s)"), "%n rating", "%n ratings")
            )
        parts.append(
            count(
                self.deletions, QT_TRANSLATE_N_NOOP("sync", "%n deletion(s)"), "%n deletion", "%n deletions"
            )
        )
        parts.append(
            count(
                self.written,
                QT_TRANSLATE_N_NOOP("sync", "wrote %n record(s)"),
                "wrote %n record",
                "wrote %n records",
            )
        )
        text = translate(QT_TRANSLATE_NOOP("sync", "%1.")).replace("%1", ", ".join(parts))
        text = text[:1].upper() + text[1:]
        if self.newer:
            text += " " + count(
                self.newer,
                QT_TRANSLATE_N_NOOP("sync", "%n record(s) from a newer KneeCare left for later."),
                "%n record from a newer KneeCare was left for later.",
                "%n records from a newer KneeCare were left for later.",
            )
        if self.skipped:
            text += " " + count(
                self.skipped,
                QT_TRANSLATE_N_NOOP("sync", "%n damaged line(s) skipped (see the log)."),
                "%n damaged line was skipped (see the log).",
                "%n damaged lines were skipped (see the log).",
            )
        return text


# -- this computer ---------------------------------------------------------------------------------


def device_id(conn: sqlite3.Connection) -> str:
    """This data folder's computer id, made once and kept in the database (so it is stable and unique per
    data folder; a copy of the whole data folder on another computer must be given a new one by hand)."""
    row = conn.execute("SELECT value FROM app_state WHERE key = ?", (DEVICE_KEY,)).fetchone()
    if row is not None and DEVICE_ID.fullmatch(str(row[0])):
        return str(row[0])
    made = uuid.uuid4().hex[:20]
    with transaction(conn):
        conn.execute(
            "INSERT INTO app_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (DEVICE_KEY, made),
        )
    return made


def device_names(conn: sqlite3.Connection) -> dict[str, str]:
    """The other computers' names by id, as their device files last said."""
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM sync_devices")}


def check_folder(folder: Path) -> bool:
    """SyncProblem when KneeCare cannot use `folder`; True when other users can look into it."""
    try:
        st = folder.stat()
    except FileNotFoundError:
        raise SyncProblem(MISSING, folder) from None
    except OSError:
        raise SyncProblem(NOT_WRITABLE, folder) from None
    if not stat.S_ISDIR(st.st_mode):
        raise SyncProblem(NOT_A_FOLDER, folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SyncProblem(NOT_WRITABLE, folder)
    return os.name == "posix" and bool(st.st_mode & 0o044)


def is_journal(name: str) -> bool:
    """A journal or a sync tool's conflict copy of one (Syncthing: `x.sync-conflict-....kcj`; Nextcloud and
    Dropbox: `x (conflicted copy ...).kcj`); never a sync tool's hidden temporary file."""
    return name.endswith(SUFFIX) and not name.startswith((".", "~"))


# -- the records a history holds, as journal records --------------------------------------------------


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def session_record(record: SessionRecord, device: str) -> Record:
    at = to_utc_text(record.ended_at or record.started_at)
    return Record.make(Kind.SESSION, record.uid, device, at, record_to_json(record))


def rating_uid(session_uid: str, moment: str) -> str:
    return f"{session_uid}#{moment}"


class _Known:
    """The uids the database holds and the ones removed for good, read once per sync and kept up to date
    while merging (15,000 sessions are a few hundred kilobytes of text)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.uids: set[str] = {r[0] for r in conn.execute("SELECT uid FROM sessions")}
        self.uids.update(
            r[0]
            for r in conn.execute(
                "SELECT s.uid || '#' || r.moment FROM ratings r JOIN sessions s ON s.id = r.session_id"
            )
        )
        for table in ("screenings", "daily_checks", "leg_all_clears"):
            self.uids.update(r[0] for r in conn.execute(f"SELECT uid FROM {table} WHERE uid IS NOT NULL"))
        self.dead: set[str] = {r[0] for r in conn.execute("SELECT uid FROM sync_tombstones")}

    def has(self, uid: str) -> bool:
        return uid in self.uids

    def removed(self, uid: str) -> bool:
        return uid in self.dead


# -- writing ---------------------------------------------------------------------------------------


def _append(path: Path, lines: list[bytes]) -> None:
    """Append whole lines and wait for the disk; a file cut short by a crash gets its line ended first, so
    the next record never joins a broken one."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        size = os.fstat(fd).st_size
        start = b""
        if size:
            with path.open("rb") as f:
                f.seek(size - 1)
                if f.read(1) != b"\n":
                    start = b"\n"
        data = start + b"".join(lines)
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:])
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_private(path: Path, data: bytes) -> None:
    """Replace a small file whole (a temporary file, fsync, rename), 0600."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)


class Sync:
    """One sync of one history with one folder (see `run`)."""

    def __init__(self, conn: sqlite3.Connection, folder: Path, name: str) -> None:
        self.conn = conn
        self.folder = folder
        self.name = name.strip()[:MAX_NAME] or "KneeCare"
        self.device = device_id(conn)

    # -- the whole sync -----------------------------------------------------------------------

    def run(self) -> SyncResult:
        """Check the folder, read every journal there into the database (one transaction), append this
        computer's new records to its own journal, and write its device file. SyncProblem when the folder
        cannot be used; OSError when a file cannot be read or written (the database is then unchanged,
        or holds what was merged before the failure)."""
        result = SyncResult(open_to_others=check_folder(self.folder))
        self._same_folder()
        self._read_devices(result)
        self._merge(result)
        try:
            self._publish(result)
            self._write_device()
        except OSError as e:
            if e.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise
            log.warning("sync: cannot write in %s: %s", self.folder, e)
            raise SyncProblem(NOT_WRITABLE, self.folder) from e
        result.devices = {self.device: self.name, **device_names(self.conn)}
        return result

    def _same_folder(self) -> None:
        """The positions and the published uids belong to one folder: another folder starts afresh."""
        here = str(self.folder.resolve())
        row = self.conn.execute("SELECT value FROM app_state WHERE key = ?", (FOLDER_KEY,)).fetchone()
        if row is not None and row[0] == here:
            return
        with transaction(self.conn):
            self.conn.execute("DELETE FROM sync_read")
            self.conn.execute("DELETE FROM sync_published")
            self.conn.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (FOLDER_KEY, here),
            )

    # -- reading ------------------------------------------------------------------------------

    def _journals(self) -> Iterator[Path]:
        with os.scandir(self.folder) as entries:
            names = sorted(e.name for e in entries if is_journal(e.name) and e.is_file())
        for name in names:
            yield self.folder / name

    def _read(self, result: SyncResult) -> list[tuple[str, Parsed]]:
        positions = {r[0]: r[1] for r in self.conn.execute("SELECT file, position FROM sync_read")}
        read: list[tuple[str, Parsed]] = []
        for path in self._journals():
            start = positions.get(path.name, 0)
            with path.open("rb") as f:
                size = os.fstat(f.fileno()).st_size
                if size < start:  # the file was replaced by a shorter one: read it again whole
                    start = 0
                if size == start:
                    continue
                f.seek(start)
                data = f.read(size - start)
            parsed = parse(data, start, path.name)
            if not OWN_FILE.fullmatch(path.name) or not path.name.startswith(self.device):
                result.journals += 1
            result.skipped += parsed.count(LineProblem.MALFORMED)
            result.newer += parsed.count(LineProblem.NEWER)
            read.append((path.name, parsed))
        return read

    def _read_devices(self, result: SyncResult) -> None:
        folder = self.folder / DEVICES
        if not folder.is_dir():
            return
        names: dict[str, str] = {}
        for path in sorted(folder.glob("*.json")):
            try:
                data = json.loads(path.read_bytes()[:4096])
                device, name = data["id"], data["name"]
            except (OSError, ValueError, KeyError, TypeError) as e:
                log.warning("sync: the device file %s cannot be read (%s); skipped", path.name, e)
                continue
            ours = isinstance(device, str) and DEVICE_ID.fullmatch(device) and device != self.device
            if ours and isinstance(name, str) and name.strip():
                names[device] = name.strip()[:MAX_NAME]
        with transaction(self.conn):
            self.conn.executemany(
                "INSERT INTO sync_devices (id, name) VALUES (?, ?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                names.items(),
            )

    def _merge(self, result: SyncResult) -> None:
        read = self._read(result)
        known = _Known(self.conn)
        lines = [(name, line) for name, parsed in read for line in parsed.lines if line.record is not None]
        order = apply_order(line.record for _, line in lines if line.record is not None)
        where = {id(line.record): (name, line.start) for name, line in lines}
        held: dict[str, list[int]] = {}
        with transaction(self.conn):
            for record in order:
                action = decide(known, record)
                mine = record.device == self.device
                if action is Action.WAIT:
                    name, start = where[id(record)]
                    held.setdefault(name, []).append(start)
                    result.waiting += 1
                    continue
                if action is Action.ADD:
                    self._add(record, None if mine else record.device, known, result)
                elif action is Action.REMOVE:
                    self._remove(record, None if mine else record.device, known, result)
                if mine:
                    self.conn.execute("INSERT OR IGNORE INTO sync_published (uid) VALUES (?)", (record.uid,))
            self.conn.executemany(
                "INSERT INTO sync_read (file, position) VALUES (?, ?)"
                " ON CONFLICT (file) DO UPDATE SET position = excluded.position",
                [(name, position(parsed, held.get(name, []))) for name, parsed in read],
            )

    def _add(self, record: Record, origin: str | None, known: _Known, result: SyncResult) -> None:
        try:
            added = self._insert(record, origin)
        except (ImportProblem, ValueError, KeyError, TypeError, sqlite3.IntegrityError) as e:
            log.warning(
                "sync: a %s record from %s cannot be read (%s); skipped", record.kind, record.device, e
            )
            result.skipped += 1
            return
        known.uids.add(record.uid)
        if record.kind is Kind.SESSION:
            result.sessions += 1
            known.uids.update(rating_uid(record.uid, m) for m in added)
        elif record.kind is Kind.RATING:
            result.ratings += 1
        else:
            result.safety += 1

    def _insert(self, record: Record, origin: str | None) -> tuple[str, ...]:
        """Write one record; for a session, the moments of the ratings it brought."""
        data = record.data()
        if record.kind is Kind.SESSION:
            session = record_from_json(data, 1)
            if session.uid != record.uid:
                raise ValueError("the session's uid is not the record's")
            if session.status == "in_progress":
                session = replace(
                    session, status="interrupted", ended_at=session.ended_at or session.started_at
                )
            session_id = insert_record(self.conn, session)
            self.conn.execute("UPDATE sessions SET origin = ? WHERE id = ?", (origin, session_id))
            return tuple(m for m, r in (("before", session.before), ("after", session.after)) if r)
        if record.kind is Kind.RATING:
            self._insert_rating(record, data)
        elif record.kind is Kind.SCREENING:
            answers, versions = data["answers"], data.get("question_versions", {})
            if not isinstance(answers, dict) or not isinstance(versions, dict):
                raise ValueError("answers are not an object")
            self.conn.execute(
                "INSERT INTO screenings (taken_utc, zone, answers, result, question_versions, uid, origin)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    _utc(data["taken_at"]),
                    _zone(data),
                    json.dumps(answers, sort_keys=True),
                    Verdict(data["result"]).value,
                    json.dumps(versions, sort_keys=True),
                    record.uid,
                    origin,
                ),
            )
        elif record.kind is Kind.RED_FLAG:
            self.conn.execute(
                "INSERT INTO daily_checks (day, at_utc, zone, red_flag, uid, origin)"
                " VALUES (?, ?, ?, 1, ?, ?)",
                (
                    date.fromisoformat(data["day"]).isoformat(),
                    _utc(data["at"]),
                    _zone(data),
                    record.uid,
                    origin,
                ),
            )
        elif record.kind is Kind.ALL_CLEAR:
            self.conn.execute(
                "INSERT INTO leg_all_clears (at_utc, zone, how, uid, origin) VALUES (?, ?, ?, ?, ?)",
                (_utc(data["at"]), _zone(data), AllClear(data["how"]).value, record.uid, origin),
            )
        return ()

    def _insert_rating(self, record: Record, data: dict[str, Any]) -> None:
        from kneecare.core.stats import MEASURES, RATING_MAX, RATING_MIN, Rating

        assert record.of is not None
        moment = data["moment"]
        if moment not in MOMENTS or record.uid != rating_uid(record.of, moment):
            raise ValueError("a rating's moment is before or after")
        values = [data.get(m) for m in MEASURES]
        for v in values:
            if v is not None and (not isinstance(v, int) or not RATING_MIN <= v <= RATING_MAX):
                raise ValueError(f"a rating of {v!r}")
        note = data.get("note") or ""
        if not isinstance(note, str):
            raise ValueError("a rating's note is not text")
        (session_id,) = self.conn.execute("SELECT id FROM sessions WHERE uid = ?", (record.of,)).fetchone()
        write_rating(self.conn, session_id, moment, Rating(values[0], values[1], values[2], note))

    def _remove(self, record: Record, origin: str | None, known: _Known, result: SyncResult) -> None:
        assert record.of is not None
        uid = record.of
        removed = remove_uid(self.conn, uid)
        self.conn.execute(
            "INSERT OR IGNORE INTO sync_tombstones (uid, at_utc, origin) VALUES (?, ?, ?)",
            (uid, record.at, origin),
        )
        known.dead.add(uid)
        known.uids.discard(uid)
        if removed and origin is not None:
            result.deletions += 1

    # -- writing ------------------------------------------------------------------------------

    def unpublished(self) -> Iterator[tuple[Record, tuple[str, ...]]]:
        """This computer's records its journal does not hold yet, each with the uids it publishes."""
        device = self.device
        cursor = self.conn.execute(
            "SELECT * FROM sessions WHERE origin IS NULL AND status != 'in_progress'"
            " AND uid NOT IN (SELECT uid FROM sync_published) ORDER BY started_utc, id"
        )
        while rows := cursor.fetchmany(500):
            for session in _records(self.conn, rows):
                moments = [m for m, r in (("before", session.before), ("after", session.after)) if r]
                uids = (session.uid, *(rating_uid(session.uid, m) for m in moments))
                yield session_record(session, device), uids
        for row in self.conn.execute(
            "SELECT s.uid AS of, r.* FROM ratings r JOIN sessions s ON s.id = r.session_id"
            " WHERE s.origin IS NULL AND s.uid IN (SELECT uid FROM sync_published)"  # else it goes with it
            " AND s.uid || '#' || r.moment NOT IN (SELECT uid FROM sync_published)"
        ):
            body = {m: row[m] for m in ("moment", "tension", "pain", "swelling", "note")}
            uid = rating_uid(row["of"], row["moment"])
            yield Record.make(Kind.RATING, uid, device, _now_text(), body, row["of"]), (uid,)
        yield from self._unpublished_safety()
        for row in self.conn.execute(
            "SELECT uid, at_utc FROM sync_tombstones WHERE origin IS NULL"
            " AND 'deleted:' || uid NOT IN (SELECT uid FROM sync_published)"
        ):
            record = tombstone(row["uid"], device, row["at_utc"])
            yield record, (record.uid,)

    def _unpublished_safety(self) -> Iterator[tuple[Record, tuple[str, ...]]]:
        new = "origin IS NULL AND uid NOT IN (SELECT uid FROM sync_published)"
        for row in self.conn.execute(f"SELECT * FROM screenings WHERE {new} ORDER BY taken_utc, id"):
            body = {
                "taken_at": row["taken_utc"],
                "zone": row["zone"],
                "answers": json.loads(row["answers"]),
                "result": row["result"],
                "question_versions": json.loads(row["question_versions"] or "{}"),
            }
            yield Record.make(Kind.SCREENING, row["uid"], self.device, row["taken_utc"], body), (row["uid"],)
        for row in self.conn.execute(
            f"SELECT * FROM daily_checks WHERE red_flag = 1 AND {new} ORDER BY at_utc"
        ):
            body = {"day": row["day"], "at": row["at_utc"], "zone": row["zone"]}
            yield Record.make(Kind.RED_FLAG, row["uid"], self.device, row["at_utc"], body), (row["uid"],)
        for row in self.conn.execute(f"SELECT * FROM leg_all_clears WHERE {new} ORDER BY at_utc"):
            body = {"at": row["at_utc"], "zone": row["zone"], "how": row["how"]}
            yield Record.make(Kind.ALL_CLEAR, row["uid"], self.device, row["at_utc"], body), (row["uid"],)

    def own_files(self) -> list[tuple[int, Path]]:
        own = []
        for path in self.folder.glob(f"{self.device}.*{SUFFIX}"):
            match = OWN_FILE.fullmatch(path.name)
            if match and match["device"] == self.device:
                own.append((int(match["n"]), path))
        return sorted(own)

    def _journal(self, fresh: bool = False) -> Path:
        own = self.own_files()
        n, path = own[-1] if own else (0, self.folder / "none")
        if own and not fresh and path.stat().st_size < ROTATE_BYTES:
            return path
        return self.folder / f"{self.device}.{n + 1}{SUFFIX}"

    def _publish(self, result: SyncResult) -> None:
        """Append the new records in pieces of about a megabyte, each written and flushed before its uids
        are remembered as published (a crash in between only writes them twice; the merge dedupes)."""
        pending: list[bytes] = []
        uids: list[str] = []
        size = 0
        for record, published in self.unpublished():
            line = record.line()
            pending.append(line)
            uids.extend(published)
            size += len(line)
            if size >= 1024 * 1024:
                self._flush(pending, uids)
                result.written += len(pending)
                pending, uids, size = [], [], 0
        if pending:
            self._flush(pending, uids)
            result.written += len(pending)

    def _flush(self, lines: list[bytes], uids: list[str]) -> None:
        _append(self._journal(), lines)
        with transaction(self.conn):
            self.conn.executemany(
                "INSERT OR IGNORE INTO sync_published (uid) VALUES (?)", ((u,) for u in uids)
            )

    def _write_device(self) -> None:
        folder = self.folder / DEVICES
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / f"{self.device}.json"
        data = json.dumps({"id": self.device, "name": self.name, "format": 1}, ensure_ascii=False).encode()
        with contextlib.suppress(OSError):
            if path.read_bytes() == data:
                return
        _write_private(path, data)

    # -- "delete all data" on every computer --------------------------------------------------

    def restart_journal(self) -> int:
        """After everything here was deleted for good: a new journal holding only the deletions, and this
        computer's older journal files removed from the folder. Returns how many files went."""
        check_folder(self.folder)
        self._same_folder()
        old = self.own_files()
        lines = [
            tombstone(row[0], self.device, row[1]).line()
            for row in self.conn.execute("SELECT uid, at_utc FROM sync_tombstones")
        ]
        path = self._journal(fresh=True)
        _append(path, lines)
        with transaction(self.conn):
            self.conn.execute("DELETE FROM sync_published")
            self.conn.executemany(
                "INSERT OR IGNORE INTO sync_published (uid) VALUES (?)",
                ((f"deleted:{row[0]}",) for row in self.conn.execute("SELECT uid FROM sync_tombstones")),
            )
        for _, file in old:
            file.unlink(missing_ok=True)
        self._write_device()
        return len(old)


def remove_uid(conn: sqlite3.Connection, uid: str) -> bool:
    """Remove the record `uid` names (a session with everything in it, a rating or a safety record); the
    caller holds the transaction. Whether there was one."""
    if "#" in uid:
        session_uid, _, moment = uid.rpartition("#")
        cursor = conn.execute(
            "DELETE FROM ratings WHERE moment = ? AND session_id = (SELECT id FROM sessions WHERE uid = ?)",
            (moment, session_uid),
        )
        return cursor.rowcount > 0
    removed = conn.execute("DELETE FROM sessions WHERE uid = ?", (uid,)).rowcount
    for table in ("screenings", "daily_checks", "leg_all_clears"):
        removed += conn.execute(f"DELETE FROM {table} WHERE uid = ?", (uid,)).rowcount
    return removed > 0


def _utc(text: Any) -> str:
    if not isinstance(text, str) or datetime.fromisoformat(text).utcoffset() is None:
        raise ValueError(f"{text!r} is not a time with its UTC offset")
    return to_utc_text(from_utc_text(text))


def _zone(data: dict[str, Any]) -> str:
    zone = data.get("zone")
    if not isinstance(zone, str) or not known_zone(zone):
        raise ValueError(f"{zone!r} is not a zone")
    return zone
