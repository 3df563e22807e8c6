"""Bytes to text: bounded file reading, encoding detection and binary sniffing."""

from __future__ import annotations

import codecs
import logging
import math
import os
import re
from pathlib import Path

from charset_normalizer import from_bytes

from kg.errors import InputError
from kg.readers.files import open_regular

log = logging.getLogger(__name__)

#: Largest article text accepted, in bytes of a file or characters of a record's text.
MAX_TEXT_BYTES = 5_000_000

#: Legacy encodings preferred when charset-normalizer finds several equally good ones:
#: Western news sites that are not UTF-8 are nearly always cp1252 or one of its cousins.
PREFERRED_ENCODINGS = ("cp1252", "iso8859_15", "latin_1")

#: Share of control characters above which decoded bytes are taken for binary data.
MAX_CONTROL_SHARE = 0.01

#: Most stretches of bytes that are not UTF-8 in a text still read as UTF-8 (with U+FFFD in
#: their place), provided the text holds at least as many well-formed non-ASCII characters.
MAX_STRAY_SPANS = 64

#: Byte offsets named in a warning about stray bytes, at most.
SHOWN_OFFSETS = 5

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def too_large(size: int, limit: int = MAX_TEXT_BYTES) -> str:
    """The reason given for an input of ``size`` bytes over ``limit``."""
    rounded_up = math.ceil(size / 100_000) / 10  # so that the size shown is over the limit
    return f"too large ({rounded_up:g} MB > {limit / 1e6:g} MB limit)"


def read_bytes(path: Path, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a regular file, refusing (before reading) one larger than ``limit``."""
    with open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise InputError(too_large(size, limit), where=str(path))
        data = stream.read(limit + 1)
    if len(data) > limit:  # the file grew, or is a device reporting no size
        raise InputError(too_large(len(data), limit), where=str(path))
    return data


def decode_bytes(data: bytes, where: str, declared: str | None = None) -> str:
    """Text from bytes: a BOM, then UTF-8, then a declared charset, then detection.

    Newlines come back as ``\\n``. Binary data raises an InputError "binary file".
    """
    text, encoding = _decode(data, where, declared)
    log.debug("%s: decoded as %s", where, encoding)
    if _looks_binary(text):
        raise InputError("binary file", where=where)
    return normalize_newlines(text.removeprefix("\ufeff"))


def normalize_newlines(text: str) -> str:
    """Every line break as ``\\n``."""
    return _NEWLINES.sub("\n", text)


def _decode(data: bytes, where: str, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                if encoding == "utf-8-sig" and (text := _mostly_utf8(data, where)) is not None:
                    return text, "utf-8 with replacements"
                raise InputError(f"not valid {encoding} despite its byte order mark", where=where) from None
    if b"\x00" in data:
        raise InputError("binary file", where=where)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and (text := _try_codec(data, declared)) is not None:
        return text, declared
    if (text := _mostly_utf8(data, where)) is not None:
        return text, "utf-8 with replacements"
    text, encoding = _detect(data, where)
    log.warning("%s: not UTF-8; read as %s", where, encoding)
    return text, encoding


def _mostly_utf8(data: bytes, where: str) -> str | None:
    """UTF-8 text with its few stray bytes replaced by U+FFFD (and a warning naming them), or None.

    A text is taken for UTF-8 when its stray stretches are few and no more numerous than its
    well-formed non-ASCII characters: one bad byte in an accented article must not turn
    every accent into mojibake, while a legacy-encoded file has no well-formed ones at all.
    """
    spans = stray_utf8_spans(data, MAX_STRAY_SPANS)
    if spans is None:
        return None
    text = data.decode("utf-8", errors="replace")
    well_formed = len(_NON_ASCII.findall(text)) - len(spans)
    if well_formed < len(spans):
        return None
    offsets = ", ".join(str(start) for start, _ in spans[:SHOWN_OFFSETS])
    more = f" and {len(spans) - SHOWN_OFFSETS} more" if len(spans) > SHOWN_OFFSETS else ""
    log.warning("%s: not valid UTF-8 at byte offset%s %s%s; read as UTF-8 with U+FFFD in place",
                where, "s" if len(spans) > 1 else "", offsets, more)
    return text


def stray_utf8_spans(data: bytes, limit: int) -> list[tuple[int, int]] | None:
    """The byte ranges of ``data`` that are not UTF-8, or None when there are more than ``limit``."""
    spans: list[tuple[int, int]] = []
    view = memoryview(data)
    position = 0
    while True:
        try:
            str(view[position:], "utf-8")
            return spans
        except UnicodeDecodeError as error:
            if len(spans) == limit:
                return None
            spans.append((position + error.start, position + error.end))
            position += error.end


def _try_codec(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes, where: str) -> tuple[str, str]:
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("binary file", where=where)
    near = {
        match.encoding: match
        for match in matches
        if match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
    }
    chosen = next((near[name] for name in PREFERRED_ENCODINGS if name in near), best)
    return str(chosen), chosen.encoding


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:100_000]
    return len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample)
