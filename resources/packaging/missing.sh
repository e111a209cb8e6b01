#!/usr/bin/env bash
# missing.sh NAME...: the apt packages this machine lacks of NAME..., one a
# line. NAME is either
#   COMMAND=PACKAGE  a tool, asked of PATH (command -v COMMAND): a tool may
#                    come from elsewhere than apt. Node.js images bring their
#                    own npm, dpkg knows no package npm, and apt then refuses
#                    Debian's npm beside it ("held broken packages").
#   PACKAGE          a library or headers, asked of dpkg with this machine's
#                    architecture first (NAME:amd64): plain `dpkg -s NAME` is
#                    ambiguous once a second architecture of it is installed
#                    (wine, a cross compiler); packages of Architecture: all
#                    only answer to the plain name.
set -u
arch=$(dpkg --print-architecture 2>/dev/null || echo none)
for name in "$@"; do
  case $name in
  *=*)
    command -v "${name%%=*}" >/dev/null 2>&1 || echo "${name#*=}" ;;
  *)
    dpkg -s "$name:$arch" >/dev/null 2>&1 || dpkg -s "$name" >/dev/null 2>&1 || echo "$name" ;;
  esac
done
