#!/bin/sh
# Installs the Debian 12 packages csp needs to build and test, skipping the
# ones already present. Uses sudo when not run as root.
set -e
pkgs="cmake g++ make python3 libboost-context-dev libboost-dev libfmt-dev doctest-dev libedit-dev golang-go lua5.4"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing:$missing"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
