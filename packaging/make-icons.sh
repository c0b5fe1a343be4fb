#!/usr/bin/env bash
# Makes every icon file from assets/icons/relief-journal.svg:
#   assets/icons/hicolor/NxN/apps/relief-journal.png  PNGs for the Linux hicolor theme (and the window)
#   assets/icons/relief-journal.ico                   Windows (the exe's resource, the installer)
#   assets/icons/relief-journal.icns                  macOS (the .app bundle)
# The results are committed, so a plain `cargo build` needs none of these tools. Run this again
# after changing the SVG. Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns
# (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || {
        echo "$tool is missing: apt-get install librsvg2-bin icoutils icnsutils" >&2
        exit 1
    }
done

icons=assets/icons
source_svg="$icons/relief-journal.svg"
png() { printf '%s/hicolor/%sx%s/apps/relief-journal.png' "$icons" "$1" "$1"; }

for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$(dirname "$(png "$size")")"
    rsvg-convert --width "$size" --height "$size" "$source_svg" --output "$(png "$size")"
done

# Windows shows 16 to 48 in lists and the taskbar, 256 in large Explorer views (stored as PNG).
icotool --create --output "$icons/relief-journal.ico" \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" --raw="$(png 256)"
# macOS picks among 16, 32, 48, 128, 256 and 512.
png2icns "$icons/relief-journal.icns" \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null
echo "icons written to $icons"
