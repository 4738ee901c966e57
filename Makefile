# Finish Strong — the README's commands. Everything a fresh Debian machine needs is
# installed from here (as root); nothing is expected to be there already.

PYTHON  ?= python3
VENV    ?= .venv
PY      := $(VENV)/bin/python
# What the app needs to run (make run), then the test tools (make test), then the build tools (make
# package): each step installs exact versions from constraints.txt (make lock), the ranges stay in pyproject.
RUN_STAMP := $(VENV)/.run-installed
STAMP   := $(VENV)/.installed
PKG_STAMP := $(VENV)/.package-installed
PIN     := -c constraints.txt

# Python itself (a minimal Debian has none) and the Debian packages Qt's xcb platform
# needs to open a real window (make run).
APT_RUNTIME := python3 python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
# make package / test-package: objdump for PyInstaller, the desktop-entry and AppStream validators,
# a Secret Service (keyring's backend in the installed app), the desktop caches postinst updates, and
# a headless Wayland compositor (the bundle's native Wayland platform).
APT_PACKAGE := binutils desktop-file-utils appstream gnome-keyring hicolor-icon-theme weston
# ...plus the real desktop session the integration suite starts by itself.
# The thank-you e-mail's keyring tests talk to a real Secret Service.
APT_MAIL := gnome-keyring
# ...and for the handwritten-note issue: a private CUPS with a cups-pdf queue, pdfinfo/pdftotext/pdftoppm.
APT_CARDS := cups cups-daemon cups-client printer-driver-cups-pdf poppler-utils
# ...and for the reply radar (IMAP): a private Dovecot the suite starts on 127.0.0.1 (tests/imap_server.py).
APT_IMAP := dovecot-imapd
APT_TEST := $(APT_RUNTIME) $(APT_MAIL) $(APT_CARDS) $(APT_IMAP) xvfb xauth x11-utils libx11-6 dbus-daemon dbus-bin dbus-x11 dunst trayer $(APT_PACKAGE)

.PHONY: run test lint unit bench apt-runtime apt-test venv clean package test-package bench-package apt-package lock

run: apt-runtime $(RUN_STAMP)
	$(PY) -m desktop_app $(ARGS)

# ruff, mypy (strict on domain/ and store/, see pyproject.toml) and the layer contracts, then the suite.
test: apt-test $(STAMP) $(PKG_STAMP)
	$(VENV)/bin/ruff check desktop_app tests
	$(VENV)/bin/mypy desktop_app
	$(VENV)/bin/lint-imports
	bash .ci/pytest-or-no-tests $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop_app tests
	$(VENV)/bin/mypy desktop_app
	$(VENV)/bin/lint-imports

# constraints.txt again from pyproject.toml's ranges (after changing one); commit the result.
lock:
	bash packaging/lock_dependencies.sh

bench: apt-test $(STAMP)
	$(PY) -m tests.benchmarks.run_benchmarks $(BENCH_ARGS)
	$(PY) -m tests.benchmarks.sync_bench

venv: $(STAMP)

# The PyInstaller bundle and the .deb in dist/ (docs/PACKAGING.md); rebuilt only when an input changed.
package: apt-package $(RUN_STAMP) $(PKG_STAMP)
	$(PY) packaging/build_package.py

# Builds, installs (dpkg -i, as root), runs and removes the package in a private desktop session.
test-package: apt-test $(STAMP) $(PKG_STAMP)
	$(PY) -m pytest -m package $(PYTEST_ARGS)

# make bench plus the bundle size and frozen start-up against a bundled bare window (rebuilds bundles).
bench-package: apt-test $(STAMP) $(PKG_STAMP)
	$(PY) -m tests.benchmarks.run_benchmarks --package $(BENCH_ARGS)

# The .deb's bundle is frozen from this venv: the pinned set.
$(PKG_STAMP): pyproject.toml constraints.txt $(RUN_STAMP)
	$(PY) -m pip install --quiet $(PIN) -e '.[package]'
	touch $@

$(STAMP): pyproject.toml constraints.txt $(RUN_STAMP)
	$(PY) -m pip install --quiet $(PIN) -e '.[test]'
	touch $@

$(RUN_STAMP): pyproject.toml constraints.txt | apt-runtime
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet $(PIN) -e .
	touch $@

# Installs only what is missing, so a machine that has it all pays one dpkg-query.
apt-runtime:
	@bash packaging/apt-install-missing.sh $(APT_RUNTIME)

apt-test:
	@bash packaging/apt-install-missing.sh $(APT_TEST)

apt-package:
	@bash packaging/apt-install-missing.sh $(APT_RUNTIME) $(APT_PACKAGE)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
