#!/usr/bin/env bash
# Installs what the oracle tests need: Debian's pandoc (2.17 on bookworm),
# the reader the users' own Markdown → Word/PDF pipeline runs. Only when it is
# missing, and only as root (apt-get update first); otherwise a message that
# names the package, and exit status 1. Idempotent: with pandoc on PATH it
# returns at once.
set -euo pipefail

if command -v pandoc >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "oracle setup: pandoc is missing. Install Debian's package 'pandoc' (as root: apt-get update && apt-get install pandoc), then run again." >&2
  exit 1
fi
echo "oracle setup: apt-get install pandoc" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends pandoc >&2
command -v pandoc >/dev/null 2>&1 || { echo "oracle setup: pandoc still not on PATH after installing it" >&2; exit 1; }
