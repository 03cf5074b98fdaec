"""操作日志: writing audit entries, inside the transaction of the change they describe.

Sensitive values (ID numbers, phone numbers) are masked in ``details``; what changed is still visible.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from frontdesk.core.idnumber import mask, mask_phone
from frontdesk.core.models import AuditEntry

_MASKERS = {"id_number": mask, "phone": mask_phone, "phone2": mask_phone, "emergency_phone": mask_phone}


def masked(values: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready copy of ``values`` with identifiers masked and dates as ISO text."""
    return {key: _json_value(key, value) for key, value in values.items()}


def _json_value(key: str, value: Any) -> Any:
    if value is not None and key in _MASKERS:
        return _MASKERS[key](str(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def record(
    session: Session,
    action: str,
    *,
    at: datetime,
    staff_id: int | None = None,
    entity_type: str | None = None,
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=at,
            staff_id=staff_id,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            details=details,
        )
    )
