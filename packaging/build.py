"""Build the desktop bundle: ``python packaging/build.py`` → ``dist/kernkracht/`` (one folder).

Runs PyInstaller with packaging/kernkracht.spec (install it with ``pip install -e ".[bundle]"``)
and prints the bundle's size. The same command builds on Linux, Windows and macOS; the
installers are made from its output (packaging/windows/kernkracht.iss, the macOS .app).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # facilitator.__version__ for the archive name


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's scratch")
    parser.add_argument("--archive", action="store_true", help="Linux: also pack the bundle as a .tar.gz to hand out")
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
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
        if args.archive:
            print(f"archief {pack(bundle)}")
    print(f"bundle {bundle}: {folder_size(bundle) / 1e6:.1f} MB")
    return 0


def add_linux_desktop_files(bundle: Path) -> None:
    """install.sh, the .desktop file and the metainfo go with the bundle (see install.sh)."""
    linux = ROOT / "packaging" / "linux"
    share = bundle / "share"
    share.mkdir(exist_ok=True)
    for name in ("kernkracht.desktop", "kernkracht.metainfo.xml"):
        shutil.copy2(linux / name, share / name)
    shutil.copy2(linux / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def pack(bundle: Path) -> Path:
    from facilitator import __version__

    target = bundle.parent / f"kernkracht-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(bundle, arcname="kernkracht")
    return target


if __name__ == "__main__":
    sys.exit(main())
