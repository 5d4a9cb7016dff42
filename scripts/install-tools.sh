#!/usr/bin/env bash
# Installs the build tools Pinpoint needs, skipping each one already present
# at the right version. Sourced by scripts/run and scripts/test.
set -euo pipefail

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version pinned in Cargo.toml (and Cargo.lock).
S3S_FS_VERSION="0.14.1"
WASM_BINDGEN_VERSION=0.2.130

# Each step's line says how long the script has run (bash's SECONDS), so a
# log shows where the time goes.
say() { printf '\033[1m==> [%d:%02d] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

install_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32 target: present"
  else
    say "wasm32 target: installing"
    rustup target add wasm32-unknown-unknown
  fi
}

install_trunk() {
  if command -v trunk >/dev/null && trunk --version | grep -q "$TRUNK_VERSION"; then
    say "trunk $TRUNK_VERSION: present"
  else
    say "trunk $TRUNK_VERSION: installing (several minutes on 2 cores, once)"
    # Trunk's own release profile is fat LTO with one codegen unit, which
    # doubles the install time for a tool whose speed does not matter here.
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

install_wasm_bindgen() {
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q "$WASM_BINDGEN_VERSION"; then
    say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
  else
    say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: installing (about 5 minutes, once)"
    # Not --locked: its lock file names a webpki-roots the registry lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

install_node_packages() {
  # wasm-opt (binaryen) for the release build, Playwright for the tests.
  if [ -x "$root/node_modules/.bin/wasm-opt" ] && [ -d "$root/node_modules/playwright-core" ] \
     && [ "$root/package-lock.json" -ot "$root/node_modules/.package-lock.json" ]; then
    say "npm packages: present"
  else
    say "npm packages: installing"
    (cd "$root" && npm ci --no-audit --no-fund)
  fi
  export PATH="$root/node_modules/.bin:$PATH"
}

install_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "chromium + chromedriver: present"
  else
    say "chromium + chromedriver: installing from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver
  fi
}

# A real S3-compatible server for the tests of uploads kept in a bucket:
# s3s-fs serves a directory over the S3 API. 0.14.1: newer releases need a
# newer rustc than this machine's.
install_s3_server() {
  if command -v s3s-fs >/dev/null && s3s-fs --version | grep -q "$S3S_FS_VERSION"; then
    say "s3s-fs $S3S_FS_VERSION: present"
  else
    say "s3s-fs $S3S_FS_VERSION: installing (a few minutes, once)"
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install s3s-fs --version "$S3S_FS_VERSION" --features binary
  fi
}

# PostgreSQL's server, for the tests against PostgreSQL: scripts/with-postgres
# starts a throwaway cluster of its own with these binaries. Debian's package
# also creates a cluster (`main`, port 5432) and starts it where services may
# start; nothing here uses it, so it is stopped.
install_postgres() {
  if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    say "PostgreSQL: present"
  else
    say "PostgreSQL: installing from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    local install=($sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql)
    # The package lists may be missing or stale; refreshed only then.
    "${install[@]}" || { $sudo apt-get update -q && "${install[@]}"; }
    pg_lsclusters --no-header 2>/dev/null | while read -r version cluster _ status _; do
      case "$status" in
        online*) $sudo pg_ctlcluster "$version" "$cluster" stop </dev/null || true ;;
      esac
    done || true
  fi
}

install_build_tools() {
  install_wasm_target
  install_trunk
  install_wasm_bindgen
  install_node_packages
}
