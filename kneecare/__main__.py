"""The command line: `kneecare` opens the window; `kneecare programs` lists the built-in programs;
`kneecare export` and `kneecare import` take the history out and bring a JSON export back in; `kneecare
report` writes a PDF for a health professional; `kneecare sync` shares the history through a synced folder."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kneecare import APP_NAME, __version__
from kneecare.core.languages import LANGUAGES

if TYPE_CHECKING:
    from kneecare.paths import AppPaths
    from kneecare.settings import Settings, SettingsStore
    from kneecare.store.service import HistoryService

T = TypeVar("T")


def _window_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of a start of the window (and of the checks that exit at once)."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep every file the app writes (history, settings, logs) under DIR",
    )
    parser.add_argument(
        "--minimized", action="store_true", help="start in the tray (or minimized) without a window"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="also print the log")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that every part of the installation loads and works, print what was checked, and exit",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add KneeCare to the Linux application menu (under ~/.local/share), then exit",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove exactly what --install-desktop-entry added, then exit",
    )
    return parser


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    """The command line, as `build_parser()` reads it. A start of the window (only its options, written
    out whole) is read by a parser of those options alone: the commands' six parsers cost the first window
    about 2 ms. Anything else (a command, --help, --version, an abbreviation, a mistake) goes to the whole
    parser, so its result, help and messages are the same."""
    window = argparse.ArgumentParser(prog="kneecare", add_help=False, allow_abbrev=False, exit_on_error=False)
    window.set_defaults(command=None)
    try:
        args, rest = _window_options(window).parse_known_args(arguments)
    except argparse.ArgumentError:
        rest = ["(said by the whole parser)"]
    if rest:
        return build_parser().parse_args(arguments)
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kneecare",
        description=f"{APP_NAME}: guided self-acupressure for the points behind the knees.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("programs", help="list the built-in programs and their lengths")
    data_dir = argparse.ArgumentParser(add_help=False)  # --data-dir also works after the command
    data_dir.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS)
    export = commands.add_parser(
        "export", parents=[data_dir], help="write the history as JSON or CSV (to the terminal, or --output)"
    )
    export.add_argument("--format", choices=("json", "csv"), default="json", help="default: json")
    _wait_option(export)
    export.add_argument("--output", "-o", type=Path, metavar="FILE", help="write to FILE (replaced whole)")
    merge = commands.add_parser(
        "import", parents=[data_dir], help="add the sessions of a KneeCare JSON export to the history"
    )
    merge.add_argument("file", type=Path, metavar="FILE")
    _wait_option(merge)
    report = commands.add_parser(
        "report",
        parents=[data_dir],
        help="write a PDF report of a period for a health professional (default: the last 90 days)",
    )
    report.add_argument("--from", dest="first", type=_day, metavar="DATE", help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="last", type=_day, metavar="DATE", help="last day, YYYY-MM-DD (today)")
    report.add_argument("--language", choices=tuple(LANGUAGES), help="the report's language (default: yours)")
    report.add_argument(
        "--output", "-o", type=Path, metavar="FILE", help="the PDF to write (default: a name with the dates)"
    )
    _wait_option(report)
    _add_sync_command(commands.add_parser, data_dir)
    return parser


def _add_sync_command(
    add_parser: Callable[..., argparse.ArgumentParser], data_dir: argparse.ArgumentParser
) -> None:
    sync = add_parser(
        "sync",
        parents=[data_dir],
        help="share the history with your other computers through a folder your sync tool keeps in step",
    )
    sync.add_argument(
        "--folder", type=Path, metavar="DIR", help="the synced folder to use from now on (remembered)"
    )
    _wait_option(sync)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-03-31") from None


LOCK_WAIT = 10.0  # seconds import and export wait for a history another program holds
LOCKED = 5  # their exit code when it stays held: nothing was read or changed


def _wait_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--wait",
        type=float,
        metavar="SECONDS",
        default=LOCK_WAIT,
        help=f"how long to wait for a history another program holds (default {LOCK_WAIT:.0f})",
    )


def _waiting(open_it: Callable[[float], T], path: Path, wait: float) -> T:
    """Open the history; when another program holds it, say so and wait up to `wait` seconds. Raises
    HistoryLocked when it is still held then."""
    from kneecare.store.service import HistoryLocked

    try:
        return open_it(min(0.2, wait))
    except HistoryLocked:
        print(
            f"kneecare: your history at {path} is in use by another program; waiting up to {wait:g} s...",
            file=sys.stderr,
            flush=True,
        )
    return open_it(wait)


def list_programs() -> int:
    from kneecare.assets import program_files
    from kneecare.core.library import finish_options, load_library
    from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
    from kneecare.core.protocol import ProgramError, knee_minutes_span

    try:
        programs = load_library(program_files())
    except ProgramError as e:
        print(f"kneecare: a program file is broken: {e}", file=sys.stderr)
        return 2
    finishes = finish_options(programs)
    rows = [("Program", "What it is for", "Min/knee", "Per knee, shortest-longest", "Total (both)")]
    for p in programs:
        one = build_plan(p, PlanOptions(knees=KneeChoice.LEFT)).total_seconds / 60
        both = build_plan(p, PlanOptions(knees=KneeChoice.BOTH)).total_seconds / 60
        per_knee = f"{one:.1f}" if p.uses_knees else "-"  # a routine done once works both legs
        # A knee program's shortest and longest minutes per knee over every choice of the set-up panel.
        span = knee_minutes_span(p, finishes)
        limits = f"{span[0]:.1f}-{span[1]:.1f}" if span is not None else "-"
        rows.append((p.name, p.purpose, per_knee, limits, f"{both:.1f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def export_history(data_dir: Path | None, fmt: str, output: Path | None, wait: float = LOCK_WAIT) -> int:
    """Read the history without touching it (a private copy) and write it out; no window, no Qt."""
    from kneecare.core.clock import SystemClock
    from kneecare.paths import AppPaths
    from kneecare.store.service import HistoryLocked, HistoryService, StoreError

    path = AppPaths.resolve(data_dir).database
    clock = SystemClock()
    try:
        history = _waiting(lambda seconds: HistoryService.for_reading(path, clock, seconds), path, wait)
    except HistoryLocked as e:
        print(f"kneecare: {e} Nothing was exported.", file=sys.stderr)
        return LOCKED
    except StoreError as e:
        print(f"kneecare: {e}", file=sys.stderr)
        return 3
    try:
        if output is None:
            if hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(newline="")  # the CSV's own CR LF, untranslated
            history.write(fmt, sys.stdout)
            sys.stdout.flush()
            return 0
        output = output.expanduser()
        count = history.export(output, fmt)
    except BrokenPipeError:  # `kneecare export | head`: `_piped` says it is fine
        raise
    except OSError as e:
        print(f"kneecare: cannot write {output or 'the export'}: {e.strerror or e}", file=sys.stderr)
        return 1
    finally:
        history.close()
    print(f"Exported {count} session{'s' if count != 1 else ''} to {output}.", file=sys.stderr)
    return 0


def _open_history(paths: AppPaths, wait: float, nothing: str) -> HistoryService | int:
    """The history for a command that writes to it (its folders made private first), waiting up to `wait`
    seconds for a lock; else the exit code, after saying why on stderr (`nothing`: what was not done)."""
    from kneecare.core.clock import SystemClock
    from kneecare.store.service import HistoryLocked, HistoryService, StoreError

    try:
        paths.ensure()  # the folders for this user only, and what is in them made private
    except OSError as e:
        print(f"kneecare: cannot prepare the folders under {paths.data}: {e}", file=sys.stderr)
    clock = SystemClock()
    try:
        history, opened = _waiting(
            lambda seconds: HistoryService.open(paths.database, clock, seconds), paths.database, wait
        )
    except HistoryLocked as e:
        print(f"kneecare: {e} {nothing}", file=sys.stderr)
        return LOCKED
    except StoreError as e:
        print(f"kneecare: {e}", file=sys.stderr)
        return 3
    if opened.notice:
        print(f"kneecare: {opened.notice}", file=sys.stderr)
    return history


def import_history(data_dir: Path | None, file: Path, wait: float = LOCK_WAIT) -> int:
    """Merge a JSON export into the history; a faulty file changes nothing and the message says where.
    The file is checked whole before the history is opened (the same check as File > Import)."""
    from kneecare.paths import AppPaths
    from kneecare.store.service import (
        HistoryService,
        HistoryTrouble,
        ImportProblem,
    )

    try:
        checked = HistoryService.check_import(file.expanduser())
    except OSError as e:
        print(f"kneecare: cannot read {file}: {e.strerror or e}", file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(f"kneecare: {file} is not a text file (UTF-8); nothing was imported.", file=sys.stderr)
        return 4
    except ImportProblem as e:
        print(f"kneecare: {file}: {e}. Nothing was imported.", file=sys.stderr)
        return 4
    history = _open_history(AppPaths.resolve(data_dir), wait, "Nothing was imported.")
    if isinstance(history, int):
        return history
    try:
        if history.read_only:
            print("kneecare: nothing was imported, because your history can only be read.", file=sys.stderr)
            return 3
        result = history.merge(checked)
    except HistoryTrouble as e:
        print(f"kneecare: {e.details} Nothing was imported.", file=sys.stderr)
        return LOCKED if e.locked else 3
    finally:
        history.close()
    print(result.words())
    return 0


SYNC_FOLDER = 8  # `kneecare sync`: no folder chosen, or the folder cannot be used


def _sync_folder(store: SettingsStore, folder: Path | None) -> tuple[Path, Settings] | int:
    """The folder to sync with (given, or remembered), checked and remembered; or the exit code."""
    from kneecare.store.sync_folder import SyncProblem, check_folder

    loaded = store.load()
    if loaded.warning:
        print(f"kneecare: {loaded.warning}", file=sys.stderr)
    settings = loaded.settings
    if folder is None:
        if settings.sync_folder is None:
            print(
                "kneecare: no sync folder is chosen yet; give one with --folder DIR (File > Sync... in the "
                "window does the same).",
                file=sys.stderr,
            )
            return SYNC_FOLDER
        folder = Path(settings.sync_folder)
    folder = folder.expanduser().absolute()
    try:
        check_folder(folder)
    except SyncProblem as e:
        print(f"kneecare: {e} Nothing was synced.", file=sys.stderr)
        return SYNC_FOLDER
    if settings.sync_folder != str(folder):
        settings = settings.with_changes(sync_folder=str(folder))
        store.save(settings)
    return folder, settings


def sync_history(data_dir: Path | None, folder: Path | None, wait: float = LOCK_WAIT) -> int:
    """Remember `folder` (when given) as the sync folder, then sync once and say what happened."""
    from kneecare.paths import AppPaths
    from kneecare.settings import SettingsStore
    from kneecare.store.service import HistoryTrouble
    from kneecare.store.sync_folder import SyncProblem

    paths = AppPaths.resolve(data_dir)
    chosen = _sync_folder(SettingsStore(paths.settings), folder)
    if isinstance(chosen, int):
        return chosen
    folder, settings = chosen
    history = _open_history(paths, wait, "Nothing was synced.")
    if isinstance(history, int):
        return history
    try:
        result = history.sync(folder, settings.computer_name())
    except SyncProblem as e:
        print(f"kneecare: {e} Nothing was synced.", file=sys.stderr)
        return SYNC_FOLDER
    except OSError as e:
        print(f"kneecare: the sync folder {folder} failed: {e.strerror or e}", file=sys.stderr)
        return 1
    except HistoryTrouble as e:
        print(f"kneecare: {e.details}", file=sys.stderr)
        return LOCKED if e.locked else 3
    finally:
        history.close()
    if result.open_to_others:
        from kneecare.core.words import fill
        from kneecare.store.sync_folder import OPEN_TO_OTHERS

        print(f"kneecare: warning: {fill(OPEN_TO_OTHERS, str(folder))}", file=sys.stderr)
    print(result.words())
    return 0


def _piped(command: Callable[[], int]) -> int:
    """Run a command that prints; a reader that stops early (`| head`) is not an error."""
    try:
        return command()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _system_libraries_for_programs_started() -> None:
    """In a Linux bundle, PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle's own libraries
    (keeping the original in LD_LIBRARY_PATH_ORIG). This process has read it already (the loader reads it
    once, at start); the programs it starts (speech-dispatcher, pulseaudio, xdg-open and a browser) must
    load their system's libraries, not the bundle's, so they get the original back."""
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


def main(argv: Sequence[str] | None = None) -> int:
    _system_libraries_for_programs_started()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--cue-helper"]:  # a frozen build's sound and voice process (kneecare/cues/link.py)
        from kneecare.cues.helper import main as helper_main

        return helper_main(arguments[1:])
    args = parse_arguments(arguments)
    if args.command == "programs":
        return _piped(list_programs)
    if args.self_check:
        from kneecare.selfcheck import run_self_check

        return run_self_check()
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from kneecare.platform.desktop_entry import run_cli

        return run_cli("install" if args.install_desktop_entry else "uninstall")
    from kneecare.private import restrict_umask

    restrict_umask()  # from here on (export, import, the window), every file written is 0600
    if args.command == "export":
        return _piped(lambda: export_history(args.data_dir, args.format, args.output, args.wait))
    if args.command == "import":
        return import_history(args.data_dir, args.file, args.wait)
    if args.command == "sync":
        return sync_history(args.data_dir, args.folder, args.wait)
    if args.command == "report":
        from kneecare.ui.report_command import run_report

        return run_report(args.data_dir, args.first, args.last, args.language, args.output, args.wait)
    if _running_copy_came_forward(args.data_dir):
        if args.verbose:  # the running copy logs the request; this launch only says what it did
            print("kneecare: KneeCare already runs; asked it to come forward", file=sys.stderr)
        return 0
    from kneecare.app import run

    return run(args)


def _running_copy_came_forward(data_dir: Path | None) -> bool:
    """A launch while KneeCare runs (in the tray, say) asks it to come forward before loading Qt, so its
    window shows in a fraction of a start. False (the full start follows, with its lock, checks and
    messages) when none listens, on Windows (its pipes are Qt's), or when anything is not as expected."""
    if sys.platform == "win32":
        return False
    from kneecare.paths import AppPaths
    from kneecare.platform.running_copy import SingleInstanceError, tell_running_copy

    try:
        return tell_running_copy(AppPaths.resolve(data_dir).runtime)
    except (SingleInstanceError, OSError):
        return False  # the full start says what is wrong, in a window


if __name__ == "__main__":
    sys.exit(main())
