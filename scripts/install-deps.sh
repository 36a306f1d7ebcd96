#!/bin/sh
# Installs the Debian 12 packages that building, testing and the demo need.
# Runs apt-get only when a package is missing; uses sudo when not run as root.
set -eu

packages="
build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite libqt6sql6-psql
libboost-dev libcsv-dev libsodium-dev libssl-dev libpq-dev
postgresql postgresql-client
sqlite3 python3 curl jq bc
qtkeychain-qt6-dev libpoppler-qt6-dev libsecret-1-0 gnome-keyring dbus dbus-daemon fonts-noto-core
poppler-utils openssl zbar-tools ghostscript
libpango1.0-dev libcairo2-dev libqrencode-dev libpodofo-dev libp11-dev libengine-pkcs11-openssl softhsm2 opensc
cups printer-driver-cups-pdf libcups2-dev
"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "These packages are missing and installing them needs root or sudo:$missing" >&2
    exit 1
fi

echo "Installing:$missing"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086 # the list is meant to split into words
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
