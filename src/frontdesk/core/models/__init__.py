"""ORM models. Importing this package registers every table on :data:`Base.metadata`."""

from frontdesk.core.db.base import Base
from frontdesk.core.models.audit import AuditEntry, ResidentKey
from frontdesk.core.models.merge import ResidentMerge
from frontdesk.core.models.partner import Partner, PartnerKind
from frontdesk.core.models.resident import ArchiveReason, ConsentScope, Disability, Gender, MobilityAid, Resident
from frontdesk.core.models.retired_card import RetiredCard
from frontdesk.core.models.room import Room
from frontdesk.core.models.search_key import ResidentSearchKey
from frontdesk.core.models.setting import Setting
from frontdesk.core.models.staff import Role, Staff
from frontdesk.core.models.visit import Visit, VisitPurpose

__all__ = [
    "ArchiveReason",
    "AuditEntry",
    "Base",
    "ConsentScope",
    "Disability",
    "Gender",
    "MobilityAid",
    "Partner",
    "PartnerKind",
    "Resident",
    "ResidentKey",
    "ResidentMerge",
    "ResidentSearchKey",
    "RetiredCard",
    "Role",
    "Room",
    "Setting",
    "Staff",
    "Visit",
    "VisitPurpose",
]
