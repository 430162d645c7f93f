"""Bytes to text: byte-order marks, UTF-8, a few stray bytes, or another detected encoding."""

from __future__ import annotations

import codecs

from newsprism.errors import NewsprismError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c")


def decode(data: bytes) -> str:
    """Decode input bytes, or raise E102 (empty), E103 (binary) or E104 (unknown encoding)."""
    if not data.strip():
        raise NewsprismError("E102", f"{len(data)} bytes, no text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise NewsprismError("E104", f"byte-order mark says {encoding}: {error}") from error
    if looks_binary(data):
        raise NewsprismError("E103", "control bytes in the first 8 KiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes (a truncated download, a bad merge): keep UTF-8 and
    # mark the broken bytes, rather than reading the whole file as another encoding.
    # A Latin-1 file has no valid UTF-8 multi-byte character at all, so one valid character is
    # enough evidence for UTF-8.
    replaced = data.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd")
    valid = sum(1 for char in replaced if char > "\x7f" and char != "\ufffd")
    if valid and broken <= max(3, len(data) // 1000):
        return replaced
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise NewsprismError("E104", "neither UTF-8 nor a detectable encoding")
    return data.decode(best.encoding, errors="replace")


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls > max(2, len(head) // 100)
