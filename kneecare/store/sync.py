"""Sync, the database side: what this computer publishes, the others' records merged in by uid (tombstones
remove for good) in short slices, each with how far its journals were read; `sync_folder` has the files."""

from __future__ import annotations

import errno
import json
import logging
import sqlite3
import uuid
from collections.abc import Callable, Generator, Iterator
from dataclasses import field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kneecare.core.journal import (
    Action,
    Kind,
    LineProblem,
    Record,
    apply_order,
    decide,
    parse,
    tombstone,
)
from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.safety import AllClear, Verdict
from kneecare.store.db import transaction
from kneecare.store.exchange import (
    QT_TRANSLATE_N_NOOP,
    ImportProblem,
    Words,
    known_zone,
    record_from_json,
    record_to_json,
)
from kneecare.store.records import MOMENTS, SessionRecord, _records, insert_record, write_rating
from kneecare.store.sync_folder import (
    DEVICE_ID,
    MAX_NAME,
    NOT_WRITABLE,
    QT_TRANSLATE_NOOP,
    SyncFolder,
    SyncProblem,
    _as_written,
    check_folder,
)
from kneecare.store.times import from_utc_text, to_utc_text

log = logging.getLogger(__name__)

DEVICE_KEY = "sync.device_id"  # in app_state: this data folder's computer, stable and unique
FOLDER_KEY = "sync.folder"  # in app_state: the folder `sync_read` and `sync_published` belong to
SLICE_BYTES = 192 * 1024  # journal text merged in one slice (about 140 sessions; a few tens of ms)
PUBLISH_BYTES = 192 * 1024  # this computer's records written to its journal in one step
PUBLISH_ROWS = 64  # sessions read at a time to publish (a step stops at PUBLISH_BYTES)

# One sync as steps: the caller runs it in one go, or a step at a time with other work in between (the
# window's event loop). Between two steps no transaction is open and everything done so far is saved.
Steps = Generator[None, None, "SyncResult"]


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
            return Words(text, n=n, english=(one, many)).say(translate, counted)

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


# -- merging, a slice at a time ----------------------------------------------------------------------


@dataclass
class _File:
    """One journal as this sync reads it: from `read` (where the last sync stopped) to `size`."""

    name: str
    size: int
    read: int  # where the next slice reads from
    floor: int | None = None  # the first line of a newer format: the next sync reads again from there


class _Merge:
    """Every journal in the folder read from where the last sync stopped and merged in slices of about
    `budget` bytes, each slice one transaction that also saves how far each journal was read. Ratings
    whose session has not arrived wait in memory for the next slices (as `journal.Merger` does); the
    positions saved stay at the first waiting one, so a sync stopped between slices reads it again."""

    def __init__(self, sync: Sync, result: SyncResult, budget: int) -> None:
        self.sync, self.conn, self.result, self.budget = sync, sync.conn, result, budget
        positions = {r[0]: r[1] for r in self.conn.execute("SELECT file, position FROM sync_read")}
        self.files: list[_File] = []
        for name, size in sync.folder.journals():
            start = positions.get(name, 0)
            if size < start:  # the file was replaced by a shorter one: read it again whole
                start = 0
            if size == start:
                continue
            self.files.append(_File(name, size, start))
            if sync.folder.is_other(name):
                result.journals += 1
        self.next = 0  # the file the next slice starts in
        self.waiting: list[tuple[_File, int, Record]] = []
        self.known: _Known | None = None  # read by the first slice's `prepare`: only when there is news
        self.seen = self._stamp()

    def prepare(self) -> bool:
        """Read what the history holds when there is something to merge (or it changed since); whether
        it did, as a step of its own (15,000 sessions: about 30 ms)."""
        if self.next >= len(self.files) or (self.known is not None and self._stamp() == self.seen):
            return False
        self.known = _Known(self.conn)  # the history changed between slices (a session, a deletion)
        self.seen = self._stamp()
        return True

    def _stamp(self) -> tuple[int, int]:
        """Changes since: this connection's own writes, and other connections' commits."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def slice(self) -> bool:
        """Merge the next slice; False when every journal is read to its end."""
        if self.next >= len(self.files):
            return False
        self.prepare()
        fresh = self._read()
        where = {id(r): (f, start) for f, start, r in (*self.waiting, *fresh)}
        batch = apply_order(r for _, _, r in (*self.waiting, *fresh))
        self.waiting = []
        with transaction(self.conn):
            for record in batch:
                if self._apply(record) is Action.WAIT:
                    self.waiting.append((*where[id(record)], record))
            self.conn.executemany(
                "INSERT INTO sync_read (file, position) VALUES (?, ?)"
                " ON CONFLICT (file) DO UPDATE SET position = excluded.position",
                [(f.name, self._position(f)) for f in self.files[: self.next + 1]],
            )
        self.result.waiting = len(self.waiting)
        self.seen = self._stamp()
        return True

    def _read(self) -> list[tuple[_File, int, Record]]:
        """The whole lines of about `budget` bytes, from one journal or several."""
        records: list[tuple[_File, int, Record]] = []
        budget = self.budget
        while budget > 0 and self.next < len(self.files):
            f = self.files[self.next]
            data = self.sync.folder.read(f.name, f.read, f.size, budget)
            parsed = parse(data, f.read, f.name)
            budget -= len(data)
            self.result.skipped += parsed.count(LineProblem.MALFORMED)
            self.result.newer += parsed.count(LineProblem.NEWER)
            for line in parsed.lines:
                if line.problem is LineProblem.NEWER and f.floor is None:
                    f.floor = line.start
                if line.record is not None:
                    records.append((f, line.start, line.record))
            done = parsed.complete == f.read  # only a last line without its newline is left
            f.read = parsed.complete
            if done or f.read >= f.size:
                self.next += 1
        return records

    def _position(self, f: _File) -> int:
        held = [start for w, start, _ in self.waiting if w is f]
        return min([f.read, *held, *([] if f.floor is None else [f.floor])])

    def _apply(self, record: Record) -> Action:
        assert self.known is not None
        action = decide(self.known, record)
        mine = record.device == self.sync.device
        origin = None if mine else record.device
        if action is Action.ADD:
            self.sync.add(record, origin, self.known, self.result)
        elif action is Action.REMOVE:
            self.sync.remove(record, origin, self.known, self.result)
        if mine and action is not Action.WAIT:
            self.conn.execute("INSERT OR IGNORE INTO sync_published (uid) VALUES (?)", (record.uid,))
        return action


# -- one sync ----------------------------------------------------------------------------------------


class Sync:
    """One sync of one history with one folder (see `steps`)."""

    def __init__(
        self, conn: sqlite3.Connection, folder: Path, name: str, slice_bytes: int | None = None
    ) -> None:
        self.conn = conn
        self.name = name.strip()[:MAX_NAME] or "KneeCare"
        self.device = device_id(conn)
        self.folder = SyncFolder(folder, self.device)
        self.slice_bytes = slice_bytes or SLICE_BYTES

    def run(self) -> SyncResult:
        """The whole sync in one go (see `steps`)."""
        return run(self.steps())

    def steps(self) -> Steps:
        """Check the folder, read every journal there into the database slice by slice, append this
        computer's new records to its own journal piece by piece, and write its device file; the result.
        SyncProblem when the folder cannot be used; OSError when a file cannot be read or written (the
        database then holds what the slices before merged, and knows how far they read)."""
        result = SyncResult(open_to_others=check_folder(self.folder.path))
        self._same_folder()
        self._save_devices()
        yield
        merge = _Merge(self, result, self.slice_bytes)
        while merge.prepare() or merge.slice():
            yield
        while self._writing(lambda: self._publish(result)):
            yield
        self._writing(self._write_device)
        result.devices = {self.device: self.name, **device_names(self.conn)}
        return result

    def _writing(self, write: Callable[[], bool]) -> bool:
        """`write()`, with a folder KneeCare may not write in said as SyncProblem."""
        try:
            return write()
        except OSError as e:
            if e.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise
            log.warning("sync: cannot write in %s: %s", self.folder.path, e)
            raise SyncProblem(NOT_WRITABLE, self.folder.path) from e

    def _write_device(self) -> bool:
        self.folder.write_device(self.name)
        return False

    def _same_folder(self) -> None:
        """The positions and the published uids belong to one folder: another folder starts afresh."""
        here = str(self.folder.path.resolve())
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

    def _save_devices(self) -> None:
        names = self.folder.devices()
        with transaction(self.conn):
            self.conn.executemany(
                "INSERT INTO sync_devices (id, name) VALUES (?, ?)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                names.items(),
            )

    # -- what merging writes ------------------------------------------------------------------

    def add(self, record: Record, origin: str | None, known: _Known, result: SyncResult) -> None:
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

    def remove(self, record: Record, origin: str | None, known: _Known, result: SyncResult) -> None:
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

    # -- publishing ---------------------------------------------------------------------------

    def unpublished(self) -> Generator[tuple[Record, tuple[str, ...]], None, None]:
        """This computer's records its journal does not hold yet, each with the uids it publishes."""
        device = self.device
        cursor = self.conn.execute(
            "SELECT * FROM sessions WHERE origin IS NULL AND status != 'in_progress'"
            " AND uid NOT IN (SELECT uid FROM sync_published) ORDER BY started_utc, id"
        )
        while rows := cursor.fetchmany(PUBLISH_ROWS):
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

    def _publish(self, result: SyncResult) -> bool:
        """Append the next unpublished records, about `PUBLISH_BYTES` of them, written and flushed before
        their uids are remembered as published (a crash in between only writes them twice; the merge
        dedupes); False when there were none. Each piece asks afresh, so no query stays open between steps."""
        pending: list[bytes] = []
        uids: list[str] = []
        size = 0
        records = self.unpublished()
        for record, published in records:
            line = record.line()
            pending.append(line)
            uids.extend(published)
            size += len(line)
            if size >= PUBLISH_BYTES:
                break
        records.close()
        if not pending:
            return False
        self.folder.append(pending)
        with transaction(self.conn):
            self.conn.executemany(
                "INSERT OR IGNORE INTO sync_published (uid) VALUES (?)", ((u,) for u in uids)
            )
        result.written += len(pending)
        return True

    # -- "delete all data" on every computer --------------------------------------------------

    def restart_journal(self) -> int:
        """After everything here was deleted for good: a new journal holding only the deletions, and this
        computer's older journal files removed from the folder. Returns how many files went."""
        check_folder(self.folder.path)
        self._same_folder()
        old = self.folder.own_files()
        lines = [
            tombstone(row[0], self.device, row[1]).line()
            for row in self.conn.execute("SELECT uid, at_utc FROM sync_tombstones")
        ]
        self.folder.append(lines, fresh=True)
        with transaction(self.conn):
            self.conn.execute("DELETE FROM sync_published")
            self.conn.executemany(
                "INSERT OR IGNORE INTO sync_published (uid) VALUES (?)",
                ((f"deleted:{row[0]}",) for row in self.conn.execute("SELECT uid FROM sync_tombstones")),
            )
        for _, file in old:
            file.unlink(missing_ok=True)
        self.folder.write_device(self.name)
        return len(old)


def run(steps: Steps) -> SyncResult:
    """Every step of a sync at once; its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: SyncResult = done.value
            return result


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
