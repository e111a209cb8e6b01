# Two commands set up a fresh Debian/Ubuntu machine: `make run` and `make test`.
# `make dist` makes the installers and packages (see README, "Packaging").
SHELL := /bin/bash
export GOFLAGS := -buildvcs=false
export PATH := /usr/local/go/bin:$(PATH)

APT_BUILD := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
APT_TEST  := $(APT_BUILD) poppler-utils
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
BIN := bin/pledgereview
CLI := ./app/cli/cmd/pledgereview-cli

.PHONY: run test build deps-build deps-test vet lint cross bench release dist

# install-missing PACKAGES: apt-get install only what dpkg does not have.
# A package is asked for with this machine's architecture (NAME:amd64):
# plain `dpkg -s NAME` is ambiguous once a second architecture of it is
# installed (wine, a cross compiler); packages of Architecture: all only
# answer to the plain name.
define install-missing
	@arch=$$(dpkg --print-architecture); missing=""; for p in $(1); do \
	  dpkg -s "$$p:$$arch" >/dev/null 2>&1 || dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

deps-build:
	$(call install-missing,$(APT_BUILD))

deps-test:
	$(call install-missing,$(APT_TEST))

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
	go test -race -count=1 ./...

bench:
	go test -run XXX -bench . -benchmem ./...

release: deps-build
	go build -trimpath -ldflags="-s -w" -o $(BIN) .

# dist: installers, packages and CLIs in dist/ (slow: cross-compiles cgo).
dist:
	$(call install-missing,$(APT_BUILD) gcc-mingw-w64-x86-64 gcc-aarch64-linux-gnu nsis zip npm)
	resources/packaging/dist.sh
