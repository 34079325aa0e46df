#!/usr/bin/env bash
# Installs what the editor tests need, outside the project's dependencies:
# Debian packages (chromium, neovim, emacs-nox with elpa-eglot, ripgrep,
# libkrb5-dev, pngquant for the README's screenshots; only when run as root
# and only those missing) and code-server 4.100.3 (VS Code 1.100.3, the last
# release whose engines allow Node 20) into a cache folder,
# $SOURCED_EDITOR_CACHE or ~/.cache/sourced-editor.
# Idempotent: a second run with everything in place takes well under a second.
# --packages-only: the Debian packages alone (what the Neovim and Emacs steps need).
#
# Prints the code-server binary's path on its last line (nothing with --packages-only).
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${SOURCED_EDITOR_CACHE:-${HOME}/.cache/sourced-editor}"
DEST="$CACHE/code-server-$CODE_SERVER_VERSION"
BIN="$DEST/node_modules/.bin/code-server"

# 1. Debian packages.
need=()
for pkg in chromium neovim emacs-nox elpa-eglot ripgrep libkrb5-dev fonts-dejavu-core pngquant; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if ((${#need[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: apt-get install ${need[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
  else
    echo "setup: missing Debian packages: ${need[*]} (run as root, or: sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
fi

[[ "${1:-}" == --packages-only ]] && exit 0

# 2. code-server, cached.
if [[ -x "$BIN" ]] && [[ -f "$DEST/.complete" ]]; then
  echo "$BIN"
  exit 0
fi
echo "setup: installing code-server $CODE_SERVER_VERSION into $DEST (about a minute)" >&2
rm -rf "$DEST"
mkdir -p "$DEST"
# @vscode/ripgrep's post-install downloads a ripgrep build from GitHub unless
# it finds one in its download cache under TMPDIR: seed that cache with a
# tarball of Debian's rg.
SEED="$CACHE/rg-seed"
RG_TARBALL="$SEED/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [[ ! -f "$RG_TARBALL" ]]; then
  mkdir -p "$(dirname "$RG_TARBALL")" "$SEED/rg-bin"
  cp "$(command -v rg)" "$SEED/rg-bin/rg"
  tar czf "$RG_TARBALL" -C "$SEED/rg-bin" rg
fi
echo '{"name":"sourced-editor-code-server","private":true}' > "$DEST/package.json"
# npm_config_unsafe_perm: code-server's post-install refuses root without it.
# npm_config_yes: node-pty's post-install runs `npx node-gyp`, which would ask.
(
  cd "$DEST"
  TMPDIR="$SEED" npm_config_yes=true npm_config_unsafe_perm=true \
    npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
)
"$BIN" --config /dev/null --version >&2
touch "$DEST/.complete"
echo "$BIN"
