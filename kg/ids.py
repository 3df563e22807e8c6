"""Stable identifiers: slugs for entity ids, hashes for articles and statements."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.models import ID_PREFIX, EntityType

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens.

    >>> slugify("Département d'État américain")
    'departement-d-etat-americain'
    """
    letters = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    ascii_text = "".join(c if c.isascii() else " " for c in letters)
    return _NON_ALNUM.sub("-", ascii_text.lower()).strip("-")


def entity_id(entity_type: EntityType | str, name: str) -> str:
    """The contract id of an entity from its type and canonical name.

    >>> entity_id("Person", "Amal El Fallah Seghrouchni")
    'person/amal-el-fallah-seghrouchni'
    """
    slug = slugify(name)
    if not slug:
        raise ValueError(f"cannot make an id from the name {name!r}")
    return f"{ID_PREFIX[EntityType(entity_type)]}/{slug}"


def short_hash(*parts: str, length: int = 16) -> str:
    """A hex digest of the parts, stable across runs and machines."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def article_id(url: str | None, name: str) -> str:
    """An article's id: from its URL when it has one, else from its file name.

    The id names the article, not its content, so a corrected version keeps its id.
    """
    return short_hash(f"url:{url}") if url else short_hash(f"name:{name}")


def content_hash(text: str) -> str:
    """The hash of an article's text, used to skip unchanged articles."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
