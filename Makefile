# Two commands set up a fresh Debian/Ubuntu machine: `make run` and `make test`.
# `make dist` makes the installers and packages (see README, "Packaging").
SHELL := /bin/bash
export GOFLAGS := -buildvcs=false
export PATH := /usr/local/go/bin:$(PATH)

# What apt installs, as missing.sh takes it: COMMAND=PACKAGE for a tool
# (asked of PATH), PACKAGE for libraries and headers (asked of dpkg).
APT_BUILD := gcc=gcc pkg-config=pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
APT_TEST  := $(APT_BUILD) pdftoppm=poppler-utils
APT_DIST  := $(APT_BUILD) x86_64-w64-mingw32-gcc=gcc-mingw-w64-x86-64 aarch64-linux-gnu-gcc=gcc-aarch64-linux-gnu \
	makensis=nsis zip=zip objdump=binutils npm=npm
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
BIN := bin/pledgereview
CLI := ./app/cli/cmd/pledgereview-cli

.PHONY: run test build deps-build deps-test deps-dist vet lint cross bench release dist

# install-missing NAMES: apt-get install only what missing.sh says this
# machine lacks. `make deps-dist DRY=1` (or deps-build, deps-test) names
# what would be installed and installs nothing.
define install-missing
	@missing=$$(resources/packaging/missing.sh $(1) | xargs); \
	if [ -z "$$missing" ]; then :; \
	elif [ -n "$(DRY)" ]; then echo "would install: $$missing"; \
	else \
	  echo "installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

deps-build:
	$(call install-missing,$(APT_BUILD))

deps-test:
	$(call install-missing,$(APT_TEST))

deps-dist:
	$(call install-missing,$(APT_DIST))

build: deps-build
	go build -o $(BIN) .

run: build
	./$(BIN)

vet:
	go vet ./...
	@test -z "$$(gofmt -l .)" || { echo "gofmt would change:"; gofmt -l .; exit 1; }

# lint: staticcheck, and no function of the program (tests aside) with a
# cyclomatic complexity over 15. Both tools are pinned by go.mod's tool
# directive; `go tool` builds them once and caches the binaries.
lint:
	go tool staticcheck ./...
	go tool gocyclo -over 15 -ignore '_test\.go$$' .

# cross: what a Linux CI checks of the other systems in seconds. Every
# package but the window's main (which needs cgo, hence mingw: make dist)
# is vetted for Windows; the CLI builds for Windows and ARM64 and links no
# GUI package.
cross:
	CGO_ENABLED=0 GOOS=windows go vet $$(go list ./... | grep -vx pledgereview)
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go build -o /dev/null $(CLI)
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 go build -o /dev/null $(CLI)
	@if go list -deps $(CLI) | grep -E '^(fyne\.io|github\.com/go-gl)/'; then echo "the CLI links GUI packages"; exit 1; fi

# The corpus tests read ../shared/corpus: under `make test` a missing corpus
# fails them (data/datatest.NeedCorpus) instead of skipping them.
test: export PLEDGEREVIEW_NEED_CORPUS := 1
test: deps-test vet lint cross
	go test -race -count=1 -timeout 20m ./...

bench:
	go test -run XXX -bench . -benchmem ./...

release: deps-build
	go build -trimpath -ldflags="-s -w" -o $(BIN) .

# dist: installers, packages and CLIs in dist/ (slow: cross-compiles cgo).
dist: deps-dist
	resources/packaging/dist.sh
