"""The command line: `kneecare` opens the window; `kneecare programs` lists the built-in programs."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kneecare import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kneecare",
        description=f"{APP_NAME}: guided self-acupressure for the points behind the knees.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("programs", help="list the built-in programs and their lengths")
    return parser


def list_programs() -> int:
    from kneecare.assets import program_files
    from kneecare.core.library import load_library
    from kneecare.core.plan import KneeChoice, PlanOptions, build_plan
    from kneecare.core.protocol import ProgramError

    try:
        programs = load_library(program_files())
    except ProgramError as e:
        print(f"kneecare: a program file is broken: {e}", file=sys.stderr)
        return 2
    rows = [("Program", "What it is for", "Min/knee", "Total (both)")]
    for p in programs:
        one = build_plan(p, PlanOptions(knees=KneeChoice.LEFT)).total_seconds / 60
        both = build_plan(p, PlanOptions(knees=KneeChoice.BOTH)).total_seconds / 60
        per_knee = f"{one:.1f}" if p.uses_knees else "-"  # a routine done once works both legs
        rows.append((p.name, p.purpose, per_knee, f"{both:.1f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _piped(command: Callable[[], int]) -> int:
    """Run a command that prints; a reader that stops early (`| head`) is not an error."""
    try:
        return command()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--speech-helper"]:  # a frozen build's voice process (kneecare/cues/voice.py)
        from kneecare.cues.speaker import main as speaker_main

        return speaker_main(arguments[1:])
    args = build_parser().parse_args(arguments)
    if args.command == "programs":
        return _piped(list_programs)
    if args.self_check:
        from kneecare.selfcheck import run_self_check

        return run_self_check()
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from kneecare.platform.desktop_entry import run_cli

        return run_cli("install" if args.install_desktop_entry else "uninstall")
    from kneecare.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
