"""Build the desktop bundle: ``python packaging/build.py`` → ``dist/kernkracht/`` (one folder).

Runs PyInstaller with packaging/kernkracht.spec (install it with ``pip install -e ".[bundle]"``)
and prints the bundle's size. The same command builds on Linux, Windows and macOS; the
installers are made from its output (packaging/windows/kernkracht.iss, the macOS .app).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's scratch")
    args = parser.parse_args(argv)
    command = [
        sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "kernkracht.spec"),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(args.dist), "--workpath", str(args.work),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        return result.returncode
    bundle = args.dist / "kernkracht"
    print(f"bundle {bundle}: {folder_size(bundle) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
