"""`make package`: the PyInstaller bundle (dist/finish-strong/) and a Debian package (dist/*.deb).

Both are rebuilt only when one of their inputs changed (the app's code, resources, the
packaging files, the installed Python packages): a fingerprint of the inputs is kept beside
each output. PyInstaller's own work folder is build/pyinstaller, so even a rebuild reuses
its analysis cache. Run from a checkout with the `package` extra installed.

The .deb is staged as a plain tree and packed with `dpkg-deb --root-owner-group`, so no
fakeroot and no debian/ source package are needed:

    /opt/finish-strong/                         the bundle (finish-strong + _internal/)
    /usr/bin/finish-strong                      -> /opt/finish-strong/finish-strong
    /usr/share/applications/APP_ID.desktop      packaging/linux/
    /usr/share/icons/hicolor/NxN/apps/APP_ID.png, scalable/apps/APP_ID.svg
    /usr/share/metainfo/APP_ID.metainfo.xml     packaging/linux/
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app import APP_ID, __version__  # noqa: E402

PACKAGE = "finish-strong"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / PACKAGE
LINUX = ROOT / "packaging" / "linux"
SPEC = ROOT / "packaging" / "finish-strong.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The Debian libraries Qt's xcb platform loads and PyInstaller does not bundle (it leaves
#: out the OpenGL/EGL stack and the C library on purpose) or that the bundle expects from the
#: system: the same list as APT_RUNTIME in the Makefile, minus Python, which is bundled.
DEPENDS = (
    "libc6 (>= 2.34), libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, "
    "fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation2, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
    "libxcb-shape0, libxcb-render-util0, libxcb-image0, libxcb-randr0, libxcb-xinerama0"
)
RECOMMENDS = "gnome-keyring | libkf5wallet-bin"  # a Secret Service for the SMTP password (keyring)


def fingerprint(paths: list[Path], extra: str = "") -> str:
    digest = hashlib.sha256(extra.encode())
    for base in paths:
        files = sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if base.is_dir() else [base]
        for path in files:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def installed_packages() -> str:
    return ";".join(sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()))


def up_to_date(stamp: Path, output: Path, print_: str) -> bool:
    return output.exists() and stamp.exists() and stamp.read_text() == print_


def build_bundle(force: bool) -> Path:
    inputs = [ROOT / "desktop_app", ROOT / "resources", ROOT / "packaging" / "finish-strong.spec",
              ROOT / "packaging" / "qt_bundle.py", ROOT / "packaging" / "launcher.py"]
    print_ = fingerprint(inputs, installed_packages())
    stamp = BUILD / "bundle.fingerprint"
    if not force and up_to_date(stamp, BUNDLE / PACKAGE, print_):
        print(f"bundle up to date: {BUNDLE.relative_to(ROOT)}")
        return BUNDLE
    stamp.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)],
                   cwd=ROOT, check=True)
    BUILD.mkdir(exist_ok=True)
    stamp.write_text(print_)
    return BUNDLE


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def copy_file(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def normalise_modes(tree: Path) -> None:
    """0755 folders and executables, 0644 everything else: what dpkg expects, whatever the umask."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage(root: Path, arch: str) -> None:
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(BUNDLE, root / "opt" / PACKAGE, symlinks=True)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = root / "usr" / "share"
    copy_file(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    copy_file(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    for size in ICON_SIZES:
        copy_file(ROOT / "resources" / "icons" / f"finish-strong-{size}.png",
                  share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    copy_file(ROOT / "resources" / "finish-strong.svg", scalable)
    normalise_modes(root)
    control = root / "DEBIAN"
    control.mkdir()
    for script in ("postinst", "postrm"):
        copy_file(LINUX / script, control / script, 0o755)
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (control / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        "Maintainer: The Finish Strong developers <finish-strong@users.noreply.github.com>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {DEPENDS}\n"
        f"Recommends: {RECOMMENDS}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: follow up after every job interview, on time\n"
        " Finish Strong turns each job interview into a four-step follow-up plan:\n"
        " notes, a thank-you e-mail, a handwritten note and every referral, with\n"
        " reminders in the tray and desktop notifications when a step is due.\n"
        " .\n"
        " A self-contained build (Python and Qt included) installed under /opt.\n",
        encoding="utf-8",
    )
    (control / "control").chmod(0o644)


def build_deb(force: bool) -> Path:
    arch = architecture()
    deb = DIST / f"{PACKAGE}_{__version__}_{arch}.deb"
    inputs = [BUNDLE, LINUX, ROOT / "resources", Path(__file__)]
    print_ = fingerprint(inputs, arch)
    stamp = BUILD / "deb.fingerprint"
    if not force and up_to_date(stamp, deb, print_):
        print(f"package up to date: {deb.relative_to(ROOT)}")
        return deb
    stamp.unlink(missing_ok=True)
    root = BUILD / "deb" / f"{PACKAGE}_{__version__}_{arch}"
    stage(root, arch)
    # xz at level 3: a third of the time of the default level 6 for a 1-2 % bigger file.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(root), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    stamp.write_text(print_)
    print(f"built {deb.relative_to(ROOT)} ({deb.stat().st_size / 2**20:.1f} MiB)")
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    parser.add_argument("--bundle-only", action="store_true", help="only the PyInstaller bundle, no .deb")
    args = parser.parse_args(argv)
    os.umask(0o022)
    build_bundle(args.force)
    if not args.bundle_only:
        build_deb(args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
