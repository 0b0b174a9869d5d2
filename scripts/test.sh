#!/usr/bin/env bash
# `npm test`: make sure the Debian packages the suites need are there, then run jest.
#   chromium   — the admin e2e tests (test/e2e, playwright-core drives /usr/bin/chromium)
#   postgresql — the Postgres suites (they start their own throwaway server with initdb)
# Missing ones are installed when running as root; otherwise the exact command is printed and the run fails.
# Extra arguments go to jest: `npm test -- test/unit/config.test.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium)
# Debian keeps initdb off PATH, under /usr/lib/postgresql/<version>/bin; POSTGRES_URI means an external server
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null 2>&1 \
  || [ -n "${POSTGRES_URI:-}" ] || missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
  install="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "npm test needs Debian packages that are missing: ${missing[*]}" >&2
    echo "Install them as root, then run npm test again:" >&2
    echo "  sudo sh -c '$install'" >&2
    exit 1
  fi
  echo "Installing missing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export NODE_OPTIONS='--experimental-vm-modules --conditions=production'
exec npx jest --maxWorkers=1 "$@"
