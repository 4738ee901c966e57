#!/usr/bin/env bash
# Install the named Debian packages that are not installed yet.
# Not root, or not Debian: say what is missing and carry on (the caller may still work).
set -euo pipefail
missing=()
for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "note: not a Debian system; make sure these are available: ${missing[*]}" >&2
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "note: missing Debian packages (run as root to install): ${missing[*]}" >&2
    exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
