"""classes and rooms: terms, courses and their weekly pattern, class sessions, enrollment, attendance, room
bookings; a room's step-free access, opening hours and notes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

New tables, and four new columns on ``room`` with defaults: no existing row changes but for the defaults.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("last_day >= first_day", name=op.f("ck_term_last_after_first")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term")),
        sa.UniqueConstraint("name", name=op.f("uq_term_name")),
    )
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("category", sa.String(length=10), server_default="other", nullable=False),
        sa.Column("kind", sa.String(length=6), server_default="course", nullable=False),
        sa.Column("term_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("instructor_id", sa.Integer(), nullable=True),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("max_companions", sa.Integer(), server_default="0", nullable=False),
        sa.Column("fee_cents", sa.Integer(), server_default="0", nullable=False),
        sa.Column("target_group", sa.String(length=60), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("setup_min", sa.Integer(), server_default="0", nullable=False),
        sa.Column("cleanup_min", sa.Integer(), server_default="0", nullable=False),
        sa.Column("on_makeup_days", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "category IN ('arts', 'fitness', 'dance', 'culture', 'health', 'digital', 'vocational', 'event', 'other')",
            name=op.f("ck_course_category"),
        ),
        sa.CheckConstraint("kind IN ('course', 'event')", name=op.f("ck_course_kind")),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_course_capacity_positive")),
        sa.CheckConstraint("cleanup_min >= 0 AND cleanup_min <= 240", name=op.f("ck_course_cleanup_range")),
        sa.CheckConstraint("fee_cents >= 0", name=op.f("ck_course_fee_not_negative")),
        sa.CheckConstraint("max_companions >= 0 AND max_companions <= 9", name=op.f("ck_course_companions_range")),
        sa.CheckConstraint("setup_min >= 0 AND setup_min <= 240", name=op.f("ck_course_setup_range")),
        sa.ForeignKeyConstraint(
            ["instructor_id"],
            ["partner_person.id"],
            name=op.f("fk_course_instructor_id_partner_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_course_partner_id_partner"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_course_room_id_room"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["term_id"], ["term.id"], name=op.f("fk_course_term_id_term"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_instructor_id"), ["instructor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_course_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_course_room_id"), ["room_id"], unique=False)
        batch_op.create_index("ix_course_term", ["term_id"], unique=False)

    op.create_table(
        "room_booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=7), server_default="other", nullable=False),
        sa.Column("organiser", sa.String(length=60), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("contact_phone", sa.String(length=20), nullable=True),
        sa.Column("expected", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("setup_min", sa.Integer(), server_default="0", nullable=False),
        sa.Column("cleanup_min", sa.Integer(), server_default="0", nullable=False),
        sa.Column("status", sa.String(length=9), server_default="booked", nullable=False),
        sa.Column("cancel_reason", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('lecture', 'clinic', 'meeting', 'event', 'other')", name=op.f("ck_room_booking_kind")
        ),
        sa.CheckConstraint(
            "status <> 'cancelled' OR cancel_reason IS NOT NULL", name=op.f("ck_room_booking_cancel_has_reason")
        ),
        sa.CheckConstraint("status IN ('booked', 'cancelled')", name=op.f("ck_room_booking_status")),
        sa.CheckConstraint("cleanup_min >= 0 AND cleanup_min <= 240", name=op.f("ck_room_booking_cleanup_range")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_room_booking_ends_after_starts")),
        sa.CheckConstraint("expected IS NULL OR expected > 0", name=op.f("ck_room_booking_expected_positive")),
        sa.CheckConstraint("setup_min >= 0 AND setup_min <= 240", name=op.f("ck_room_booking_setup_range")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_room_booking_created_by_id_staff"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_room_booking_partner_id_partner"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["partner_person.id"],
            name=op.f("fk_room_booking_person_id_partner_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["room.id"], name=op.f("fk_room_booking_room_id_room"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_booking")),
    )
    with op.batch_alter_table("room_booking", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_booking_partner_id"), ["partner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_room_booking_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_room_booking_room_starts", ["room_id", "starts_at"], unique=False)
        batch_op.create_index("ix_room_booking_starts", ["starts_at"], unique=False)

    op.create_table(
        "class_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("instructor_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=9), server_default="scheduled", nullable=False),
        sa.Column("cancel_reason", sa.String(length=100), nullable=True),
        sa.Column("added", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("moved_from", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status <> 'cancelled' OR cancel_reason IS NOT NULL", name=op.f("ck_class_session_cancel_has_reason")
        ),
        sa.CheckConstraint("status IN ('scheduled', 'cancelled')", name=op.f("ck_class_session_status")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_class_session_ends_after_starts")),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_class_session_course_id_course"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["instructor_id"],
            ["partner_person.id"],
            name=op.f("fk_class_session_instructor_id_partner_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["room.id"], name=op.f("fk_class_session_room_id_room"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_session")),
    )
    with op.batch_alter_table("class_session", schema=None) as batch_op:
        batch_op.create_index("ix_class_session_course_day", ["course_id", "day"], unique=False)
        batch_op.create_index("ix_class_session_day", ["day"], unique=False)
        batch_op.create_index("ix_class_session_room_starts", ["room_id", "starts_at"], unique=False)

    op.create_table(
        "course_pattern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.CheckConstraint("ends > starts", name=op.f("ck_course_pattern_ends_after_starts")),
        sa.CheckConstraint("weekday >= 0 AND weekday <= 6", name=op.f("ck_course_pattern_weekday_range")),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_course_pattern_course_id_course"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_pattern")),
    )
    with op.batch_alter_table("course_pattern", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_pattern_course_id"), ["course_id"], unique=False)

    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=9), server_default="enrolled", nullable=False),
        sa.Column("companions", sa.Integer(), server_default="0", nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=True),
        sa.Column("promoted_at", sa.DateTime(), nullable=True),
        sa.Column("promotion_seen_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdraw_reason", sa.String(length=100), nullable=True),
        sa.Column("outcome", sa.String(length=9), server_default="none", nullable=False),
        sa.Column("employer", sa.String(length=80), nullable=True),
        sa.Column("employed_on", sa.Date(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "outcome <> 'employed' OR employer IS NOT NULL", name=op.f("ck_enrollment_employed_has_employer")
        ),
        sa.CheckConstraint("outcome IN ('none', 'completed', 'employed')", name=op.f("ck_enrollment_outcome")),
        sa.CheckConstraint("status IN ('enrolled', 'waiting', 'withdrawn')", name=op.f("ck_enrollment_status")),
        sa.CheckConstraint("companions >= 0 AND companions <= 9", name=op.f("ck_enrollment_companions_range")),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_enrollment_course_id_course"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_enrollment_resident_id_resident"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_enrollment_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
        sa.UniqueConstraint("course_id", "resident_id", name=op.f("uq_enrollment_course_id_resident_id")),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index("ix_enrollment_course_status", ["course_id", "status", "joined_at"], unique=False)
        batch_op.create_index("ix_enrollment_resident", ["resident_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=7), nullable=False),
        sa.Column("companions", sa.Integer(), server_default="0", nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("source IN ('checkin', 'roster', 'scan')", name=op.f("ck_attendance_source")),
        sa.CheckConstraint("companions >= 0 AND companions <= 9", name=op.f("ck_attendance_companions_range")),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_attendance_enrollment_id_enrollment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_attendance_resident_id_resident"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["class_session.id"],
            name=op.f("fk_attendance_session_id_class_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_attendance_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_attendance_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("session_id", "resident_id", name=op.f("uq_attendance_session_id_resident_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_resident", ["resident_id"], unique=False)

    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.add_column(sa.Column("step_free", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("opens", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("closes", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.String(length=200), nullable=True))
        batch_op.create_check_constraint("hours_together", "(opens IS NULL) = (closes IS NULL)")
        batch_op.create_check_constraint("closes_after_opens", "closes IS NULL OR closes > opens")


def downgrade() -> None:
    """The 0010 program has no classes: terms, courses, sessions, enrollments, attendance and room bookings are
    dropped (a backup is taken before any upgrade, so a downgrade is for development only)."""
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.drop_constraint("ck_room_closes_after_opens", type_="check")
        batch_op.drop_constraint("ck_room_hours_together", type_="check")
        batch_op.drop_column("notes")
        batch_op.drop_column("closes")
        batch_op.drop_column("opens")
        batch_op.drop_column("step_free")

    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_resident")

    op.drop_table("attendance")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index("ix_enrollment_resident")
        batch_op.drop_index("ix_enrollment_course_status")

    op.drop_table("enrollment")
    with op.batch_alter_table("course_pattern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_pattern_course_id"))

    op.drop_table("course_pattern")
    with op.batch_alter_table("class_session", schema=None) as batch_op:
        batch_op.drop_index("ix_class_session_room_starts")
        batch_op.drop_index("ix_class_session_day")
        batch_op.drop_index("ix_class_session_course_day")

    op.drop_table("class_session")
    with op.batch_alter_table("room_booking", schema=None) as batch_op:
        batch_op.drop_index("ix_room_booking_starts")
        batch_op.drop_index("ix_room_booking_room_starts")
        batch_op.drop_index(batch_op.f("ix_room_booking_person_id"))
        batch_op.drop_index(batch_op.f("ix_room_booking_partner_id"))

    op.drop_table("room_booking")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index("ix_course_term")
        batch_op.drop_index(batch_op.f("ix_course_room_id"))
        batch_op.drop_index(batch_op.f("ix_course_partner_id"))
        batch_op.drop_index(batch_op.f("ix_course_instructor_id"))

    op.drop_table("course")
    op.drop_table("term")
