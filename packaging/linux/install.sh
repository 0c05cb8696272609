#!/bin/sh
# Put the Linux bundle (dist/kernkracht) in a user's menu: no root needed.
#   sh packaging/linux/install.sh [BUNDLE_DIR]
# Copies the bundle to ~/.local/opt/kernkracht, links ~/.local/bin/kernkracht(-cli),
# and installs the .desktop file, the AppStream metainfo and the icons.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-"$here/../../dist/kernkracht"}
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" "$data/metainfo"
rm -rf "$HOME/.local/opt/kernkracht"
cp -r "$bundle" "$HOME/.local/opt/kernkracht"
ln -sf "$HOME/.local/opt/kernkracht/kernkracht" "$HOME/.local/bin/kernkracht"
ln -sf "$HOME/.local/opt/kernkracht/kernkracht-cli" "$HOME/.local/bin/kernkracht-cli"
cp "$here/kernkracht.desktop" "$data/applications/kernkracht.desktop"
cp "$here/kernkracht.metainfo.xml" "$data/metainfo/kernkracht.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$here/../../resources/icons/kernkracht-$size.png" "$data/icons/hicolor/${size}x${size}/apps/kernkracht.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/../../resources/icons/kernkracht.svg" "$data/icons/hicolor/scalable/apps/kernkracht.svg"
echo "Kernkracht staat in uw menu; start het ook met: kernkracht"
