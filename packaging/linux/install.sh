#!/bin/sh
# Put Kernkracht in a user's menu on Linux, without root. packaging/build.py copies this
# script into the bundle (dist/kernkracht/install.sh); run it from there:
#   sh dist/kernkracht/install.sh
# It copies the bundle to ~/.local/opt/kernkracht, links ~/.local/bin/kernkracht and
# kernkracht-cli, and installs the .desktop file, the AppStream metainfo and the icons.
set -eu
bundle=$(cd "$(dirname "$0")" && pwd)
icons="$bundle/_internal/facilitator/resources/icons"
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
target="$HOME/.local/opt/kernkracht"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" "$data/metainfo"
if [ "$bundle" != "$target" ]; then
  rm -rf "$target"
  cp -r "$bundle" "$target"
fi
ln -sf "$target/kernkracht" "$HOME/.local/bin/kernkracht"
ln -sf "$target/kernkracht-cli" "$HOME/.local/bin/kernkracht-cli"
sed "s|^Exec=kernkracht|Exec=$target/kernkracht|" "$bundle/share/kernkracht.desktop" > "$data/applications/kernkracht.desktop"
cp "$bundle/share/kernkracht.metainfo.xml" "$data/metainfo/kernkracht.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$icons/kernkracht-$size.png" "$data/icons/hicolor/${size}x${size}/apps/kernkracht.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/kernkracht.svg" "$data/icons/hicolor/scalable/apps/kernkracht.svg"
echo "Kernkracht staat nu in uw menu. Starten kan ook met: $target/kernkracht"
