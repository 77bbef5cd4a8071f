"""The sync journal's merge, Qt-free: two and three computers writing sessions, ratings, safety records and
deletions, their files arriving in any order, twice, half-written, rotated and as conflict copies, all end
with the same history, and no record is lost or brought back after its deletion."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from kneecare.core.journal import (
    FORMAT,
    Action,
    Kind,
    LineProblem,
    Merger,
    Record,
    apply_order,
    decide,
    merge,
    parse,
    position,
    tombstone,
)

AT = "2026-05-01T10:00:00.000000+00:00"


def session(uid: str, device: str = "a") -> Record:
    return Record.make(Kind.SESSION, uid, device, AT, {"program": "daily", "n": uid})


def rating(of: str, device: str = "a") -> Record:
    return Record.make(Kind.RATING, f"{of}#after", device, AT, {"tension": 3}, of)


def test_a_record_survives_its_line_whole():
    for record in (session("s1"), rating("s1"), tombstone("s1", "b", AT)):
        (line,) = parse(record.line()).lines
        assert line.record == record


def test_a_truncated_last_line_waits_for_its_newline():
    data = session("s1").line() + session("s2").line()[:-5]
    parsed = parse(data)
    assert [r.uid for r in parsed.records] == ["s1"]
    assert parsed.complete == len(session("s1").line())
    again = parse(data[parsed.complete :] + session("s2").line()[-5:], parsed.complete)
    assert [r.uid for r in again.records] == ["s2"]


def test_a_malformed_line_is_skipped_and_the_rest_is_read():
    data = session("s1").line() + b'{"v": 1, "kind": "session"}\n' + b"\x00garbage\n" + session("s2").line()
    parsed = parse(data)
    assert [r.uid for r in parsed.records] == ["s1", "s2"]
    assert parsed.count(LineProblem.MALFORMED) == 2
    assert position(parsed) == len(data)


def test_a_line_from_a_newer_format_is_left_for_later():
    newer = json.dumps({"v": FORMAT + 1, "kind": "hologram", "uid": "x"}).encode() + b"\n"
    data = session("s1").line() + newer + session("s2").line()
    parsed = parse(data)
    assert [r.uid for r in parsed.records] == ["s1", "s2"]
    assert parsed.count(LineProblem.NEWER) == 1
    assert position(parsed) == len(session("s1").line())  # read again by the version that knows it


def test_a_tombstone_wins_in_either_order_and_takes_the_ratings_with_it():
    records = [session("s1"), rating("s1"), tombstone("s1", "b", AT), session("s2")]
    assert merge(records) == {session("s2")}
    for order in (records, records[::-1]):
        merger = Merger()
        for record in order:
            merger.add([record])
        assert merger.result() == {session("s2")}
        merger.add([session("s1")])  # it comes again, from a late conflict copy: still gone
        assert merger.result() == {session("s2")}


def test_a_rating_waits_for_its_session():
    merger = Merger()
    assert decide(merger, rating("s1")) is Action.WAIT
    merger.add([rating("s1")])
    assert merger.result() == frozenset()
    merger.add([session("s1")])
    assert merger.result() == {session("s1"), rating("s1")}
    assert [r.kind for r in apply_order([rating("s1"), session("s1"), tombstone("s9", "a", AT)])] == [
        Kind.TOMBSTONE,
        Kind.SESSION,
        Kind.RATING,
    ]


# -- the property: computers, files, arrivals ------------------------------------------------------


@dataclass
class Computer:
    """One computer: its own history, the folder as its sync tool has delivered it so far, and how far
    it has read each file there (the store's `sync_read`)."""

    device: str
    merger: Merger = field(default_factory=Merger)
    folder: dict[str, bytes] = field(default_factory=dict)
    read: dict[str, int] = field(default_factory=dict)

    def sync(self) -> None:
        batch: list[tuple[str, int, Record]] = []
        parsed_files = {}
        for name, data in sorted(self.folder.items()):
            start = self.read.get(name, 0)
            if len(data) < start:  # replaced by a shorter file: read it again from the start
                start = 0
            parsed = parse(data[start:], start, name)
            parsed_files[name] = parsed
            batch.extend((name, line.start, line.record) for line in parsed.lines if line.record)
        waiting_before = {id(r) for r in self.merger.waiting}
        self.merger.add(r for _, _, r in batch)
        held: dict[str, list[int]] = {}
        waiting = {r for r in self.merger.waiting if id(r) not in waiting_before}
        for name, start, record in batch:
            if record in waiting:
                held.setdefault(name, []).append(start)
        for name, parsed in parsed_files.items():
            self.read[name] = position(parsed, held.get(name, []))


OPS = st.lists(
    st.tuples(
        st.integers(0, 2), st.sampled_from(["session", "rating", "delete", "safety"]), st.integers(0, 99)
    ),
    max_size=30,
)
ARRIVALS = st.lists(
    st.tuples(
        st.integers(0, 2),  # who receives
        st.integers(0, 99),  # which file
        st.floats(0, 1),  # how much of it has arrived (a cut may fall inside a line)
        st.booleans(),  # as a conflict copy
        st.booleans(),  # and the receiver syncs now
    ),
    max_size=40,
)


def write_journals(
    n: int, ops: list[tuple[int, str, int]], rotate: int
) -> tuple[dict[str, bytes], list[Record]]:
    """Each computer's records, in the order it wrote them, as rotated journal files."""
    devices = [f"dev{i}" for i in range(n)]
    own: dict[str, list[Record]] = {d: [] for d in devices}
    sessions: list[tuple[str, str]] = []  # (uid, device)
    everything: list[str] = []
    for number, (who, op, pick) in enumerate(ops):
        device = devices[who % n]
        if op == "session":
            record = session(f"s{number}", device)
            sessions.append((record.uid, device))
        elif op == "safety":
            kind = (Kind.SCREENING, Kind.RED_FLAG, Kind.ALL_CLEAR)[pick % 3]
            record = Record.make(kind, f"k{number}", device, AT, {"n": number})
        elif op == "rating" and any(d == device for _, d in sessions):
            mine = [u for u, d in sessions if d == device]
            record = Record.make(Kind.RATING, f"r{number}", device, AT, {"n": number}, mine[pick % len(mine)])
        elif op == "delete" and everything:
            record = tombstone(everything[pick % len(everything)], device, AT)
        else:
            continue
        everything.append(record.uid)
        own[device].append(record)
    files: dict[str, bytes] = {}
    for device, records in own.items():
        for i in range(0, len(records), rotate):
            files[f"{device}.{i // rotate + 1}.kcj"] = b"".join(r.line() for r in records[i : i + rotate])
    return files, [r for rs in own.values() for r in rs]


@settings(max_examples=300, deadline=None)
@given(n=st.integers(2, 3), ops=OPS, arrivals=ARRIVALS, rotate=st.integers(1, 6))
def test_every_computer_converges_whatever_arrives_when(n, ops, arrivals, rotate):
    files, records = write_journals(n, ops, rotate)
    computers = [Computer(f"dev{i}") for i in range(n)]
    for computer in computers:  # each has its own records already (it wrote them as they happened)
        mine = [r for r in records if r.device == computer.device]
        computer.merger.add(mine)
        computer.folder.update({k: v for k, v in files.items() if k.startswith(computer.device + ".")})
    names = sorted(files)
    for who, which, share, conflict, sync_now in arrivals:
        if not names:
            break
        computer = computers[who % n]
        name = names[which % len(names)]
        data = files[name][: int(len(files[name]) * share)]
        if conflict:
            stem = name.removesuffix(".kcj")
            name = f"{stem}.sync-conflict-20260501-100000-{which:07d}.kcj"
        elif len(data) < len(computer.folder.get(name, b"")):
            continue  # a sync tool never takes a file back to an older copy (the conflict case is above)
        computer.folder[name] = data
        if sync_now:
            computer.sync()
    want = merge(records)
    for computer in computers:  # in the end everything has arrived, whole
        computer.folder.update(files)
        computer.sync()
        assert computer.merger.result() == want
    # Nothing lost, nothing brought back.
    removed = {r.of for r in records if r.kind is Kind.TOMBSTONE}
    owners = {r.uid for r in records if r.kind is not Kind.RATING and r.uid not in removed}
    for record in records:
        if record.kind is Kind.TOMBSTONE:
            continue
        alive = record.uid not in removed and (record.kind is not Kind.RATING or record.of in owners)
        assert (record in want) == alive, record
