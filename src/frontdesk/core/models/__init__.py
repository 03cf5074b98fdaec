"""ORM models. Importing this package registers every table on :data:`Base.metadata`."""

from frontdesk.core.db.base import Base
from frontdesk.core.models.audit import AuditEntry, ResidentKey
from frontdesk.core.models.care import (
    HOLDING_STATUSES,
    Appointment,
    AppointmentSeries,
    AppointmentStatus,
    CareService,
    CenterDay,
    ExceptionKind,
    ProviderException,
    ProviderHours,
    QueueStatus,
    StationQueueEntry,
    WaitlistEntry,
    WaitStatus,
)
from frontdesk.core.models.classes import (
    Attendance,
    AttendanceSource,
    ClassSession,
    Course,
    CourseCategory,
    CourseKind,
    CoursePattern,
    Enrollment,
    EnrollmentStatus,
    SessionStatus,
    Term,
    TrainingOutcome,
)
from frontdesk.core.models.merge import ResidentMerge
from frontdesk.core.models.partner import Partner, PartnerKind, PartnerPerson, PersonRole
from frontdesk.core.models.resident import ArchiveReason, ConsentScope, Disability, Gender, MobilityAid, Resident
from frontdesk.core.models.retired_card import RetiredCard
from frontdesk.core.models.room import BookingKind, BookingStatus, Room, RoomBooking
from frontdesk.core.models.search_key import ResidentSearchKey
from frontdesk.core.models.setting import Setting
from frontdesk.core.models.staff import Role, Staff
from frontdesk.core.models.visit import Visit, VisitPurpose
from frontdesk.core.models.vitals import VitalReading

__all__ = [
    "HOLDING_STATUSES",
    "Appointment",
    "AppointmentSeries",
    "AppointmentStatus",
    "ArchiveReason",
    "Attendance",
    "AttendanceSource",
    "AuditEntry",
    "Base",
    "BookingKind",
    "BookingStatus",
    "CareService",
    "CenterDay",
    "ClassSession",
    "ConsentScope",
    "Course",
    "CourseCategory",
    "CourseKind",
    "CoursePattern",
    "Disability",
    "Enrollment",
    "EnrollmentStatus",
    "ExceptionKind",
    "Gender",
    "MobilityAid",
    "Partner",
    "PartnerKind",
    "PartnerPerson",
    "PersonRole",
    "ProviderException",
    "ProviderHours",
    "QueueStatus",
    "Resident",
    "ResidentKey",
    "ResidentMerge",
    "ResidentSearchKey",
    "RetiredCard",
    "Role",
    "Room",
    "RoomBooking",
    "SessionStatus",
    "Setting",
    "Staff",
    "StationQueueEntry",
    "Term",
    "TrainingOutcome",
    "Visit",
    "VisitPurpose",
    "VitalReading",
    "WaitStatus",
    "WaitlistEntry",
]
