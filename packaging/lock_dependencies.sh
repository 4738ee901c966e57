#!/usr/bin/env bash
# Writes constraints.txt: the exact version of every dependency (the app's, and the test and package
# extras'), resolved from the ranges in pyproject.toml. `make run`, `make test` and `make package`
# install with `pip install -c constraints.txt`, so every machine and the .deb get the same set.
# Run it (make lock) after changing a range in pyproject.toml, and commit the result.
#
# uv resolves for every platform at once (--universal): jeepney (Linux) and tzdata (Windows) keep
# their markers. uv is fetched into a throw-away venv: it is a tool for this script only.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
python3 -m venv "$tool"
"$tool/bin/python" -m pip install --quiet uv
"$tool/bin/uv" pip compile pyproject.toml --extra test --extra package --universal --python-version 3.11 \
    --no-header --quiet --output-file constraints.txt
sed -i '1i # Exact versions for make run / test / package (pip install -c constraints.txt). Regenerate: make lock' \
    constraints.txt
