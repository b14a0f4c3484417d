# The two commands of README.md: `make site` builds the archive into Public/, `make test` runs
# every test. Both install the system packages they need first.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBS := libcmark-dev pkg-config

.PHONY: site test deps release

deps:
	@dpkg -s $(DEBS) >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y $(DEBS); }

release: deps
	$(SWIFT) build -c release --product sitegen

site: release
	.build/release/sitegen build

test: deps
	$(SWIFT) build --product sitegen
	$(SWIFT) test
