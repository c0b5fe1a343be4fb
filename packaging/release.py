#!/usr/bin/env python3
"""Release details for the packages, from Cargo.toml and CHANGELOG.md.

    release.py version                       print the version in Cargo.toml
    release.py notes OUT                     this version's release notes as Windows text (CRLF)
    release.py metainfo TEMPLATE OUT         fill in the AppStream metainfo template
    release.py plist OUT                     write the macOS bundle's Info.plist

Fails with a one-line message when CHANGELOG.md's newest entry is not for Cargo.toml's version.
"""

import datetime
import html
import plistlib
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.relief_journal.ReliefJournal"
# The oldest macOS that Rust's aarch64-apple-darwin target supports; the README's Mac build
# sets MACOSX_DEPLOYMENT_TARGET to the same value.
MACOS_MINIMUM = "11.0"


def package():
    with open(ROOT / "Cargo.toml", "rb") as file:
        return tomllib.load(file)["package"]


def newest_entry(version):
    """The date and the change lines of CHANGELOG.md's newest entry, which must be `version`."""
    path = ROOT / "CHANGELOG.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    headings = [(number, line) for number, line in enumerate(lines) if line.startswith("## ")]
    if not headings:
        sys.exit(f"{path}: no entry (a line '## {version} (YYYY-MM-DD)')")
    number, heading = headings[0]
    match = re.fullmatch(r"## (\S+) \((\d{4}-\d{2}-\d{2})\)", heading)
    if not match:
        sys.exit(f"{path}, line {number + 1}: '{heading}' is not '## VERSION (YYYY-MM-DD)'")
    if match[1] != version:
        sys.exit(f"{path}, line {number + 1}: newest entry is {match[1]}, Cargo.toml says {version}")
    date = datetime.date.fromisoformat(match[2])
    end = headings[1][0] if len(headings) > 1 else len(lines)
    changes = [line[2:].strip() for line in lines[number + 1 : end] if line.startswith("- ")]
    if not changes:
        sys.exit(f"{path}, line {number + 1}: the entry for {version} lists no changes ('- ...')")
    return date, changes


def main(argv):
    details = package()
    version = details["version"]
    command = argv[1] if len(argv) > 1 else ""
    if command == "version":
        print(version)
    elif command == "notes":
        date, changes = newest_entry(version)
        text = [f"Relief Journal {version} ({date.isoformat()})", ""]
        text += [f"- {change}" for change in changes]
        Path(argv[2]).write_text("\r\n".join(text) + "\r\n", encoding="utf-8")
    elif command == "metainfo":
        date, changes = newest_entry(version)
        items = "\n".join(f"          <li>{html.escape(change)}</li>" for change in changes)
        release = (
            f'    <release version="{version}" date="{date.isoformat()}">\n'
            f"      <description>\n        <ul>\n{items}\n        </ul>\n      </description>\n"
            f"    </release>"
        )
        template = Path(argv[2]).read_text(encoding="utf-8")
        filled = template.replace("@HOMEPAGE@", details["homepage"]).replace("@RELEASE@", release)
        Path(argv[3]).write_text(filled, encoding="utf-8")
    elif command == "plist":
        info = {
            "CFBundleDevelopmentRegion": "en",
            "CFBundleDisplayName": "Relief Journal",
            "CFBundleExecutable": "relief-journal",
            "CFBundleIconFile": "relief-journal.icns",
            "CFBundleIdentifier": APP_ID,
            "CFBundleInfoDictionaryVersion": "6.0",
            "CFBundleName": "Relief Journal",
            "CFBundlePackageType": "APPL",
            "CFBundleShortVersionString": version,
            "CFBundleVersion": version,
            "LSApplicationCategoryType": "public.app-category.medical",
            "LSMinimumSystemVersion": MACOS_MINIMUM,
            "NSHighResolutionCapable": True,
            "NSHumanReadableCopyright": "© 2026 The Relief Journal developers, MIT OR Apache-2.0",
        }
        with open(argv[2], "wb") as file:
            plistlib.dump(info, file)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
