"""Prints the target of a Windows shortcut (.lnk): the program a Start-menu entry starts.

Usage: python3 lnk_target.py SHORTCUT.lnk

Reads the local base path from the shortcut's LinkInfo, as laid out in Microsoft's
[MS-SHLLINK] specification (sections 2.1 to 2.3).
"""
import struct
import sys

path = sys.argv[1]
data = open(path, "rb").read()
header_size, = struct.unpack_from("<I", data, 0)
assert header_size == 0x4C, f"{path}: not a shell link (header size {header_size:#x})"
flags, = struct.unpack_from("<I", data, 0x14)
HAS_ID_LIST, HAS_LINK_INFO = 0x1, 0x2
offset = header_size
if flags & HAS_ID_LIST:
    id_list_size, = struct.unpack_from("<H", data, offset)
    offset += 2 + id_list_size
assert flags & HAS_LINK_INFO, f"{path}: the shortcut has no LinkInfo (no local target path)"
info = offset
info_header_size, info_flags, _, local_base_path = struct.unpack_from("<IIII", data, info + 4)
VOLUME_ID_AND_LOCAL_BASE_PATH = 0x1
assert info_flags & VOLUME_ID_AND_LOCAL_BASE_PATH, f"{path}: the target is not a local path"
suffix_offset, = struct.unpack_from("<I", data, info + 24)


def ansi(at):
    return data[at:data.index(b"\0", at)].decode("cp1252")


def utf16(at):
    end = at
    while data[end:end + 2] != b"\0\0":
        end += 2
    return data[at:end].decode("utf-16-le")


if info_header_size >= 0x24:
    # The long header also holds the path as UTF-16, which is exact for any name.
    unicode_base, unicode_suffix = struct.unpack_from("<II", data, info + 28)
    target = utf16(info + unicode_base) + utf16(info + unicode_suffix)
else:
    target = ansi(info + local_base_path) + ansi(info + suffix_offset)
print(target)
