"""The core services a desk uses, made once the database is open (by :meth:`frontdesk.ui.shell.app.Desk.attach`).

Imported without SQLAlchemy: the services are imported inside :func:`make_services`, which runs only when the
database is open, so the window still shows before any of the core is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontdesk.ui.common.clock import Clock

if TYPE_CHECKING:
    from frontdesk.core.db import Database
    from frontdesk.core.db.backups import BackupManager
    from frontdesk.core.desk_settings import DeskSettings
    from frontdesk.core.services.appointments import AppointmentService
    from frontdesk.core.services.audit_log import AuditLogService
    from frontdesk.core.services.backups import BackupService
    from frontdesk.core.services.care_catalog import CareCatalog
    from frontdesk.core.services.center_settings import CenterSettings
    from frontdesk.core.services.courses import CourseService
    from frontdesk.core.services.documents import DocumentService
    from frontdesk.core.services.enrollments import EnrollmentService
    from frontdesk.core.services.exports import ExportService
    from frontdesk.core.services.lookup import LookupService
    from frontdesk.core.services.partners import PartnerService
    from frontdesk.core.services.privacy import PrivacyService
    from frontdesk.core.services.registry import RegistryService
    from frontdesk.core.services.reports import ReportService
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.services.room_week import RoomWeekService
    from frontdesk.core.services.rooms import RoomService
    from frontdesk.core.services.staff import StaffService
    from frontdesk.core.services.station import StationService
    from frontdesk.core.services.visits import VisitService
    from frontdesk.core.services.vitals import VitalsService


@dataclass(frozen=True)
class DeskServices:
    lookup: LookupService  # search, scans, the resident's card
    visits: VisitService  # 签到 / 签退, 在馆, counts, 关怀提醒
    residents: ResidentService  # 居民档案: add, edit, reveal, archive, merge
    registry: RegistryService  # the residents table: filtered, sorted, a page at a time
    staff: StaffService  # sign-in, lock screen, 员工 accounts
    audit_log: AuditLogService  # 操作日志 for managers
    privacy: PrivacyService  # 知情同意, 导出本人信息, 匿名化
    settings: CenterSettings  # the center's name and settings shared by every desk
    backups: BackupService | None  # 备份与恢复; None on a database server (its administrator backs it up)
    documents: DocumentService  # what is printed: slips, cards, lists, and the audit entry of each print
    partners: PartnerService  # 社区合伙人 and their people
    catalog: CareCatalog  # 康养服务站: 服务项目, providers' hours and exceptions, the center's days
    appointments: AppointmentService  # 预约: free slots, booking, cancelling, statuses, no-shows
    station: StationService  # 康养服务站: 叫号 queue, walk-ins, 候补 waiting list
    vitals: VitalsService  # 健康监测: readings recorded and looked at (care staff and managers), every look audited
    rooms: RoomService  # 教室与预订: the rooms (managers edit) and their one-off bookings
    enrollments: EnrollmentService  # 报名、候补、出勤: places, the waiting list, rosters, door scans, rates
    courses: CourseService  # 课程: terms, courses planned and checked, sessions moved, cancelled, added; events
    room_week: RoomWeekService  # 课程与教室 → 周视图: the rooms' week, blocks moved by drag, a session's roster
    reports: ReportService  # 统计与报表: the dashboard's figures, the monthly report, the partners' record
    exports: (
        ExportService  # 导出: the register to a spreadsheet (masked unless FULL_EXPORT and a reason), tables audited
    )


def make_services(
    db: Database, clock: Clock, *, backups: BackupManager | None = None, desk: DeskSettings | None = None
) -> DeskServices:
    """``backups``: the SQLite file's backup manager (``None`` on a server), whose recorded chain heads the audit log
    is also checked against; ``desk``: this desk's own settings, where its second backup folder is kept (given to
    the manager here, so the periodic backups copy there too)."""
    from frontdesk.core.services.agenda_sources import desk_agenda
    from frontdesk.core.services.appointments import AppointmentService
    from frontdesk.core.services.audit_log import AuditLogService
    from frontdesk.core.services.backups import BackupService
    from frontdesk.core.services.care_catalog import CareCatalog
    from frontdesk.core.services.center_settings import CenterSettings
    from frontdesk.core.services.courses import CourseService
    from frontdesk.core.services.documents import DocumentService
    from frontdesk.core.services.enrollments import EnrollmentService
    from frontdesk.core.services.exports import ExportService
    from frontdesk.core.services.lookup import LookupService
    from frontdesk.core.services.partners import PartnerService
    from frontdesk.core.services.privacy import PrivacyService
    from frontdesk.core.services.registry import RegistryService
    from frontdesk.core.services.reports import ReportService
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.services.room_week import RoomWeekService
    from frontdesk.core.services.rooms import RoomService
    from frontdesk.core.services.staff import StaffService
    from frontdesk.core.services.station import StationService
    from frontdesk.core.services.visits import VisitService
    from frontdesk.core.services.vitals import VitalsService

    agenda = desk_agenda()  # today's appointments, 候补 offers and classes on the card and slip
    return DeskServices(
        lookup=LookupService(db, clock, agenda),
        visits=VisitService(db, clock, agenda),
        residents=ResidentService(db, clock),
        registry=RegistryService(db, clock),
        staff=StaffService(db, clock),
        audit_log=AuditLogService(db, clock, backups.backups if backups is not None else None),
        privacy=PrivacyService(db, clock),
        settings=CenterSettings(db, clock),
        backups=BackupService(backups, clock, db=db, desk=desk) if backups is not None else None,
        documents=DocumentService(db, clock, agenda),
        appointments=AppointmentService(db, clock),
        partners=PartnerService(db, clock),
        catalog=CareCatalog(db, clock),
        station=StationService(db, clock),
        vitals=VitalsService(db, clock),
        rooms=RoomService(db, clock),
        enrollments=EnrollmentService(db, clock),
        courses=CourseService(db, clock),
        room_week=RoomWeekService(db, clock),
        reports=ReportService(db, clock),
        exports=ExportService(db, clock),
    )
