#!/usr/bin/env bash
# Makes every package of Relief Journal, offline, into dist/ (file names carry the version from
# Cargo.toml; the newest CHANGELOG.md entry becomes the release notes):
#
#   relief-journal_VERSION-1_amd64.deb                  Linux (cargo-deb)
#   relief-journal-VERSION-windows-x64-setup.exe        Windows installer (NSIS)
#   relief-journal-VERSION-windows-x64-portable.zip     Windows exe and licences, no install
#   Relief Journal.app, relief-journal-VERSION-macos.zip  macOS bundle, only with --macos-binary
#
# Usage: packaging/package.sh [--macos-binary PATH]
#   --macos-binary PATH  a relief-journal binary built on a Mac (see README.md); a macOS binary
#                        cannot be linked on Linux, so without one the .app is skipped.
#
# Needs: cargo-deb (`cargo install cargo-deb`), the x86_64-pc-windows-gnu Rust target,
# gcc-mingw-w64-x86-64 (its windres gives the exe its icon), nsis, zip, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export CARGO_TERM_COLOR=never
windows_target=x86_64-pc-windows-gnu
macos_binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --macos-binary)
            [ $# -ge 2 ] || { echo "--macos-binary needs the path of a macOS binary" >&2; exit 2; }
            macos_binary="$2"
            shift 2
            ;;
        *) echo "unknown argument '$1' (allowed: --macos-binary PATH)" >&2; exit 2 ;;
    esac
done
if [ -n "$macos_binary" ]; then
    python3 - "$macos_binary" <<'PY' || exit 2
import sys
path = sys.argv[1]
try:
    magic = open(path, "rb").read(4)
except OSError as error:
    sys.exit(f"--macos-binary {path}: {error.strerror}")
# 64-bit Mach-O (little-endian) or a universal ("fat") binary.
if magic not in (b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"):
    sys.exit(f"--macos-binary {path}: not a macOS (Mach-O) executable")
PY
fi

for tool in cargo-deb makensis zip x86_64-w64-mingw32-windres; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (see the comment at the top of $0)" >&2; exit 1; }
done

version="$(python3 packaging/release.py version)"
dist="$PWD/dist"
stage="$dist/stage"
rm -rf "$dist"
mkdir -p "$stage/linux" "$stage/windows"
# Fails early, with the line, when CHANGELOG.md has no entry for this version.
python3 packaging/release.py notes "$stage/RELEASE-NOTES.txt"
started=$SECONDS
step() { echo "== $* ($((SECONDS - started)) s)"; }

step "Linux release build"
cargo build --release --locked
step "Windows release build"
rustup target add "$windows_target" >/dev/null 2>&1 || true
cargo build --release --locked --target "$windows_target"

step "Linux: .deb"
python3 packaging/release.py metainfo \
    packaging/linux/io.github.relief_journal.ReliefJournal.metainfo.xml.in \
    "$stage/linux/io.github.relief_journal.ReliefJournal.metainfo.xml"
desktop-file-validate packaging/linux/relief-journal.desktop
appstreamcli validate --no-net "$stage/linux/io.github.relief_journal.ReliefJournal.metainfo.xml" >/dev/null
cargo deb --no-build --locked --output "$dist/"

step "Windows: portable zip and installer"
portable="relief-journal-$version-windows-x64"
mkdir -p "$stage/windows/$portable"
cp "$CARGO_TARGET_DIR/$windows_target/release/relief-journal.exe" "$stage/windows/$portable/"
# Licences as Windows text files, so Notepad shows them as written.
for pair in LICENSE-MIT:LICENSE-MIT.txt LICENSE-APACHE:LICENSE-APACHE.txt \
    assets/fonts/LICENSE-DejaVu.txt:LICENSE-DejaVu.txt; do
    sed 's/\r*$/\r/' "${pair%%:*}" >"$stage/windows/$portable/${pair##*:}"
done
cp "$stage/RELEASE-NOTES.txt" "$stage/windows/$portable/"
(cd "$stage/windows" && zip -q -X -r "$dist/$portable-portable.zip" "$portable")
makensis -V2 -INPUTCHARSET UTF8 \
    -DVERSION="$version" \
    -DSTAGE="$stage/windows/$portable" \
    -DICON="$PWD/assets/icons/relief-journal.ico" \
    -DNOTES="$stage/RELEASE-NOTES.txt" \
    -DOUTFILE="$dist/$portable-setup.exe" \
    packaging/windows/installer.nsi

step "macOS: .app bundle"
python3 packaging/release.py plist "$stage/Info.plist"
if [ -n "$macos_binary" ]; then
    app="$dist/Relief Journal.app"
    mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
    cp "$stage/Info.plist" "$app/Contents/Info.plist"
    printf 'APPL????' >"$app/Contents/PkgInfo"
    install -m 755 "$macos_binary" "$app/Contents/MacOS/relief-journal"
    cp assets/icons/relief-journal.icns "$app/Contents/Resources/"
    cp LICENSE-MIT LICENSE-APACHE assets/fonts/LICENSE-DejaVu.txt CHANGELOG.md "$app/Contents/Resources/"
    (cd "$dist" && zip -q -X -r -y "relief-journal-$version-macos.zip" "Relief Journal.app")
else
    echo "skipped the macOS .app: no macOS binary given. Build one on a Mac (README.md, 'Packages')"
    echo "and run: packaging/package.sh --macos-binary PATH"
fi

rm -rf "$stage"
step "done: dist/"
cd "$dist"
find . -maxdepth 1 -type f ! -name SHA256SUMS -printf '%f\n' | sort | xargs -d '\n' sha256sum >SHA256SUMS
find . -maxdepth 1 -type f -printf '%f\n' | sort | while read -r file; do
    printf '%10d  %s\n' "$(stat -c %s "$file")" "$file"
done
