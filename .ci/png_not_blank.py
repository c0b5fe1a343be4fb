"""Fails when a PNG screenshot is missing, tiny or blank (one colour covering nearly all of it).

Usage: python3 png_not_blank.py FILE.png
"""
import struct, sys, zlib
path = sys.argv[1]
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
pos, idat, width, height = 8, b"", 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, color = struct.unpack(">IIBB", body[:10])
        assert (depth, color) == (8, 6), f"{path}: expected 8-bit RGBA"
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw, stride = zlib.decompress(idat), width * 4
rows, previous = [], bytearray(stride)
for y in range(height):
    kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - 4] if x >= 4 else 0
        b, c = previous[x], previous[x - 4] if x >= 4 else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line))
    previous = line
counts = {}
for line in rows:
    for x in range(0, stride, 4):
        counts[line[x:x + 3]] = counts.get(line[x:x + 3], 0) + 1
top = max(counts.values())
assert width >= 640 and height >= 480, f"{path}: only {width}x{height}"
assert len(counts) >= 16 and top < 0.97 * width * height, f"{path}: blank ({len(counts)} colours)"
print(f"{path}: {width}x{height}, {len(counts)} colours")
