"""Sealed personal values: how the audit log keeps a resident's data readable now and erasable later (PIPL).

The log is append-only and hash-chained, so nothing in an entry may change after it is written, yet anonymisation
must make the person unidentifiable there too. The way out is crypto-shredding: each resident has a random key of
their own (``resident_key``, a table outside the chain) and every personal value in an entry about them is stored
encrypted with it (AES-256-GCM, the resident and the field name bound in as associated data, so a sealed value
cannot be moved to another person or field unnoticed). The hash covers the ciphertext. Anonymisation deletes the key:
the ciphertext stays, the chain still verifies, and no one can read the values any more — not in the database, nor
in a backup taken afterwards.

Why not the alternatives: deleting or rewriting the entries breaks the chain (or needs it re-hashed, which is what
an attacker would do); masking everything at write time loses what managers need to see (who changed the address
from what to what); one key for the whole log could not erase one person. The cost is that text search in sealed
values cannot run in SQL (see :mod:`frontdesk.core.services.audit_log`).

What counts as personal: :data:`PERSONAL`, wherever it occurs in the details (``after``, ``before`` …). Values that
are not about the person (a queue number, a consent scope, which form was printed) stay plain and searchable.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core.models import ResidentKey

# The resident's fields (and the archive note) that identify them; the same list anonymisation clears, plus name;
# and the values of their health readings.
PERSONAL = frozenset({
    "name", "id_number", "birth_date", "phone", "phone2", "building", "unit", "room", "address_detail",
    "emergency_name", "emergency_relation", "emergency_phone", "chronic_conditions", "allergies", "notes",
    "card_number", "note", "archive_note",
    "readings",  # a health reading's values (vitals.record): health data, sealed like the rest
})  # fmt: skip
MARK = "$sealed"  # {"$sealed": "<base64 nonce+ciphertext>"} in place of the value
_NONCE = 12


class Erased:
    """What a sealed value reads as once its resident's key is gone (the resident was anonymised)."""

    _instance: Erased | None = None

    def __new__(cls) -> Erased:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ERASED"

    def __str__(self) -> str:
        return ""


ERASED = Erased()


def key_for(session: Session, resident_id: int, *, now: datetime) -> bytes:
    """The resident's key, made on first use (inside the caller's write transaction)."""
    row = session.get(ResidentKey, resident_id)
    if row is None:
        row = ResidentKey(resident_id=resident_id, key=AESGCM.generate_key(bit_length=256), created_at=now)
        session.add(row)
        session.flush()
    return row.key


def keys_for(session: Session, resident_ids: set[int]) -> dict[int, bytes]:
    """The keys that still exist for these residents (an anonymised resident has none)."""
    if not resident_ids:
        return {}
    query = select(ResidentKey.resident_id, ResidentKey.key).where(ResidentKey.resident_id.in_(resident_ids))
    return {rid: key for rid, key in session.execute(query)}


def needs_sealing(value: Any) -> bool:
    """Whether ``value`` (JSON-ready details) holds a personal value anywhere."""
    if isinstance(value, dict):
        return any((k in PERSONAL and v is not None) or needs_sealing(v) for k, v in value.items())
    if isinstance(value, list):
        return any(needs_sealing(item) for item in value)
    return False


def seal(value: Any, key: bytes, resident_id: int) -> Any:
    """A copy of JSON-ready ``value`` with every personal value encrypted for ``resident_id``."""
    aead = AESGCM(key)

    def walk(item: Any) -> Any:
        if isinstance(item, dict):
            return {
                k: (_encrypt(aead, resident_id, k, v) if k in PERSONAL and v is not None else walk(v))
                for k, v in item.items()
            }
        if isinstance(item, list):
            return [walk(x) for x in item]
        return item

    return walk(value)


def unseal(value: Any, key: bytes | None, resident_id: int | None) -> Any:
    """A copy with sealed values decrypted, or :data:`ERASED` where the key is gone (or does not fit)."""
    aead = AESGCM(key) if key is not None else None

    def walk(item: Any, field: str | None) -> Any:
        if isinstance(item, dict):
            if set(item) == {MARK} and field is not None:
                return _decrypt(aead, resident_id, field, item[MARK])
            return {k: walk(v, k) for k, v in item.items()}
        if isinstance(item, list):
            return [walk(x, field) for x in item]
        return item

    return walk(value, None)


def _aad(resident_id: int | None, field: str) -> bytes:
    return f"frontdesk:resident:{resident_id}:{field}".encode()


def _encrypt(aead: AESGCM, resident_id: int, field: str, value: Any) -> dict[str, str]:
    nonce = os.urandom(_NONCE)
    plain = json.dumps(value, ensure_ascii=False).encode("utf-8")
    sealed = nonce + aead.encrypt(nonce, plain, _aad(resident_id, field))
    return {MARK: base64.b64encode(sealed).decode("ascii")}


def _decrypt(aead: AESGCM | None, resident_id: int | None, field: str, text: Any) -> Any:
    if aead is None or not isinstance(text, str):
        return ERASED
    try:
        raw = base64.b64decode(text)
        plain = aead.decrypt(raw[:_NONCE], raw[_NONCE:], _aad(resident_id, field))
    except (InvalidTag, ValueError):
        return ERASED
    return json.loads(plain.decode("utf-8"))
