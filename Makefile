# Two commands set up a fresh Debian/Ubuntu machine: `make run` and `make test`.
SHELL := /bin/bash
export GOFLAGS := -buildvcs=false
export PATH := /usr/local/go/bin:$(PATH)

APT_BUILD := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
APT_TEST  := $(APT_BUILD) poppler-utils
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
BIN := bin/pledgereview

.PHONY: run test build deps-build deps-test vet bench release

# install-missing PACKAGES: apt-get install only what dpkg does not have.
define install-missing
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
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

test: deps-test vet
	go test -race -count=1 ./...

bench:
	go test -run XXX -bench . -benchmem ./...

release: deps-build
	go build -trimpath -ldflags="-s -w" -o $(BIN) .
