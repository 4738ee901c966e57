#!/usr/bin/env bash
# Build "Finish Strong.app" and sign it ad hoc. NOT YET VERIFIED ON macOS.
#
# Run from the repository root on a Mac with Python 3.11:
#   python3.11 -m venv .venv && .venv/bin/python -m pip install -e '.[package]'
#   bash packaging/macos/build-app.sh
# Output: dist/Finish Strong.app (Info.plist from the BUNDLE step of packaging/finish-strong.spec:
# CFBundleIdentifier io.github.finishstrong.FinishStrong), and dist/finish-strong-0.1.0.zip.
#
# Ad-hoc signing ("-s -") lets the app run on the Mac that built it and keeps macOS from
# calling it damaged; it is not a Developer ID signature, so Gatekeeper still asks on other
# Macs (right-click > Open) and it cannot be notarized.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP="dist/Finish Strong.app"
.venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/finish-strong.spec
codesign --force --deep -s - "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$APP/Contents/Info.plist"
ditto -c -k --keepParent "$APP" dist/finish-strong-0.1.0.zip
echo "built $APP"
