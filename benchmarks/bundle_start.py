"""The standalone bundle: its folder size, and process start to first shown window of the bundle against
`python -m kneecare` from the venv and a bare PySide6 window, in the same run (median of N, interleaved).

    python packaging/build.py && python benchmarks/bundle_start.py [--bundle dist/kneecare/kneecare]
    python benchmarks/bundle_start.py --against /tmp/old/kneecare/kneecare   # another build, same run

Warm: the files are in the page cache (a second start). Cold (--cold, root on Linux): the page cache is
dropped before every start, as after a reboot.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import display, line, median
from startup import BARE, time_to_window

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def drop_page_cache() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kneecare" / "kneecare")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each start (root)")
    parser.add_argument(
        "--against", type=Path, help="another bundle (an earlier build) timed in the same run"
    )
    args = parser.parse_args()
    for bundle in (args.bundle, args.against):
        if bundle is not None and not bundle.is_file():
            sys.exit(f"no bundle at {bundle}: build it with python packaging/build.py")
    size = folder_size(args.bundle.parent)
    results: dict[str, list[float]] = {"bare": [], "venv": [], "bundle": [], "against": []}
    with display() as env, tempfile.TemporaryDirectory() as data:
        env["KNEECARE_BENCH_QUIT_WHEN_SHOWN"] = "1"
        commands = {
            "bare": [sys.executable, "-c", BARE],
            "venv": [sys.executable, "-m", "kneecare", "--data-dir", data],
            "bundle": [str(args.bundle), "--data-dir", data],
        }
        if args.against is not None:
            commands["against"] = [str(args.against), "--data-dir", data]
        time_to_window(commands["venv"], env)  # the first run creates the data folder; not counted
        for _ in range(args.runs):
            for name, command in commands.items():
                if args.cold:
                    drop_page_cache()
                results[name].append(time_to_window(command, env))
        platform = "offscreen" if env.get("QT_QPA_PLATFORM") == "offscreen" else "Xvfb"
    bare = median(results["bare"])
    print(f"bundle start, median of {args.runs} runs ({platform}, {'cold' if args.cold else 'warm'} cache)")
    print(line(f"bundle folder {args.bundle.parent}", size / 1e6, unit="MB"))
    print(line("bare PySide6 window: start to shown", bare))
    print(line("python -m kneecare (venv): start to shown", median(results["venv"]), baseline=bare))
    print(line("bundle: start to shown", median(results["bundle"]), baseline=bare))
    print(f"bundle / venv: {median(results['bundle']) / median(results['venv']):.2f}x")
    if args.against is not None:
        other = median(results["against"])
        print(line(f"other bundle ({folder_size(args.against.parent) / 1e6:.1f} MB): start to shown", other))
        print(f"bundle / other bundle: {median(results['bundle']) / other:.2f}x")


if __name__ == "__main__":
    main()
