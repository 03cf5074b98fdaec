"""care station: partners' people, services, providers' hours and exceptions, the center's days, appointments and
their series, the waiting list, the station's queue, and residents' health readings

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

New tables only; no row of an existing table changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "center_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=60), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_center_day")),
    )
    op.create_table(
        "care_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=40), nullable=True),
        sa.Column("price_cents", sa.Integer(), server_default="0", nullable=False),
        sa.Column("market_price_cents", sa.Integer(), nullable=True),
        sa.Column("bring", sa.String(length=200), nullable=True),
        sa.Column("fasting", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("duration_min > 0 AND duration_min <= 480", name=op.f("ck_care_service_duration_range")),
        sa.CheckConstraint("places > 0", name=op.f("ck_care_service_places_positive")),
        sa.CheckConstraint("price_cents >= 0", name=op.f("ck_care_service_price_not_negative")),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_care_service_partner_id_partner"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_service")),
        sa.UniqueConstraint("name", name=op.f("uq_care_service_name")),
    )
    op.create_index(op.f("ix_care_service_partner_id"), "care_service", ["partner_id"], unique=False)
    op.create_table(
        "partner_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=10), server_default="other", nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('nurse', 'doctor', 'therapist', 'instructor', 'lecturer', 'volunteer', 'other')",
            name=op.f("ck_partner_person_role"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_partner_person_partner_id_partner"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_person")),
    )
    op.create_index(op.f("ix_partner_person_partner_id"), "partner_person", ["partner_id"], unique=False)
    op.create_table(
        "appointment_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("pattern", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["partner_person.id"],
            name=op.f("fk_appointment_series_person_id_partner_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_appointment_series_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["care_service.id"],
            name=op.f("fk_appointment_series_service_id_care_service"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_appointment_series_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_series")),
    )
    op.create_index(op.f("ix_appointment_series_resident_id"), "appointment_series", ["resident_id"], unique=False)
    op.create_table(
        "provider_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=7), nullable=False),
        sa.Column("starts", sa.Time(), nullable=True),
        sa.Column("ends", sa.Time(), nullable=True),
        sa.Column("places", sa.Integer(), nullable=True),
        sa.Column("slot_min", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=100), nullable=True),
        sa.CheckConstraint(
            "kind = 'leave' OR (starts IS NOT NULL AND service_id IS NOT NULL)",
            name=op.f("ck_provider_exception_session_complete"),
        ),
        sa.CheckConstraint("kind IN ('leave', 'session')", name=op.f("ck_provider_exception_kind")),
        sa.CheckConstraint("(starts IS NULL) = (ends IS NULL)", name=op.f("ck_provider_exception_times_together")),
        sa.CheckConstraint("ends IS NULL OR ends > starts", name=op.f("ck_provider_exception_ends_after_starts")),
        sa.CheckConstraint("places IS NULL OR places > 0", name=op.f("ck_provider_exception_places_positive")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["partner_person.id"],
            name=op.f("fk_provider_exception_person_id_partner_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["care_service.id"],
            name=op.f("fk_provider_exception_service_id_care_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_exception")),
    )
    op.create_index("ix_provider_exception_day", "provider_exception", ["day"], unique=False)
    op.create_index(op.f("ix_provider_exception_person_id"), "provider_exception", ["person_id"], unique=False)
    op.create_table(
        "provider_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.CheckConstraint("ends > starts", name=op.f("ck_provider_hours_ends_after_starts")),
        sa.CheckConstraint("weekday >= 0 AND weekday <= 6", name=op.f("ck_provider_hours_weekday_range")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["partner_person.id"],
            name=op.f("fk_provider_hours_person_id_partner_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["care_service.id"],
            name=op.f("fk_provider_hours_service_id_care_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provider_hours")),
    )
    op.create_index(op.f("ix_provider_hours_person_id"), "provider_hours", ["person_id"], unique=False)
    op.create_index("ix_provider_hours_service_weekday", "provider_hours", ["service_id", "weekday"], unique=False)
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="booked", nullable=False),
        sa.Column("walk_in", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("cancel_reason", sa.String(length=100), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("arrived_at", sa.DateTime(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("no_show_reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("booked_at", sa.DateTime(), nullable=False),
        sa.Column("booked_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status <> 'cancelled' OR cancel_reason IS NOT NULL", name=op.f("ck_appointment_cancel_has_reason")
        ),
        sa.CheckConstraint(
            "status IN ('booked', 'arrived', 'in_service', 'completed', 'cancelled', 'no_show')",
            name=op.f("ck_appointment_status"),
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_appointment_ends_after_starts")),
        sa.ForeignKeyConstraint(
            ["booked_by_id"], ["staff.id"], name=op.f("fk_appointment_booked_by_id_staff"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["partner_person.id"],
            name=op.f("fk_appointment_person_id_partner_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_appointment_resident_id_resident"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["appointment_series.id"],
            name=op.f("fk_appointment_series_id_appointment_series"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["care_service.id"],
            name=op.f("fk_appointment_service_id_care_service"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_appointment_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    op.create_index("ix_appointment_day_status", "appointment", ["day", "status"], unique=False)
    op.create_index(op.f("ix_appointment_person_id"), "appointment", ["person_id"], unique=False)
    op.create_index("ix_appointment_resident_day", "appointment", ["resident_id", "day"], unique=False)
    op.create_index(op.f("ix_appointment_series_id"), "appointment", ["series_id"], unique=False)
    op.create_index("ix_appointment_slot", "appointment", ["service_id", "starts_at"], unique=False)
    op.create_table(
        "station_queue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("called_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=7), server_default="waiting", nullable=False),
        sa.CheckConstraint("status IN ('waiting', 'called', 'done', 'left')", name=op.f("ck_station_queue_status")),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_station_queue_appointment_id_appointment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_station_queue_resident_id_resident"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["care_service.id"],
            name=op.f("fk_station_queue_service_id_care_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_queue")),
        sa.UniqueConstraint("day", "number", name=op.f("uq_station_queue_day_number")),
    )
    op.create_index("ix_station_queue_day_status", "station_queue", ["day", "status"], unique=False)
    op.create_index(op.f("ix_station_queue_resident_id"), "station_queue", ["resident_id"], unique=False)
    op.create_table(
        "vital_reading",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("systolic", sa.Integer(), nullable=True),
        sa.Column("diastolic", sa.Integer(), nullable=True),
        sa.Column("pulse", sa.Integer(), nullable=True),
        sa.Column("glucose_mmol", sa.Float(), nullable=True),
        sa.Column("fasting", sa.Boolean(), nullable=True),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("(systolic IS NULL) = (diastolic IS NULL)", name=op.f("ck_vital_reading_pressure_pair")),
        sa.CheckConstraint(
            "glucose_mmol IS NULL OR fasting IS NOT NULL", name=op.f("ck_vital_reading_glucose_says_fasting")
        ),
        sa.CheckConstraint(
            "systolic IS NOT NULL OR pulse IS NOT NULL OR glucose_mmol IS NOT NULL OR weight_kg IS NOT NULL",
            name=op.f("ck_vital_reading_has_a_reading"),
        ),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_vital_reading_appointment_id_appointment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_vital_reading_resident_id_resident"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_vital_reading_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vital_reading")),
    )
    op.create_index("ix_vital_reading_resident_taken", "vital_reading", ["resident_id", "taken_at"], unique=False)
    op.create_table(
        "waitlist_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=9), server_default="waiting", nullable=False),
        sa.Column("offered_at", sa.DateTime(), nullable=True),
        sa.Column("offered_starts_at", sa.DateTime(), nullable=True),
        sa.Column("offered_person_id", sa.Integer(), nullable=True),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=100), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('waiting', 'offered', 'booked', 'withdrawn')", name=op.f("ck_waitlist_entry_status")
        ),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_waitlist_entry_appointment_id_appointment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["offered_person_id"],
            ["partner_person.id"],
            name=op.f("fk_waitlist_entry_offered_person_id_partner_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_waitlist_entry_resident_id_resident"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["care_service.id"],
            name=op.f("fk_waitlist_entry_service_id_care_service"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_waitlist_entry_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waitlist_entry")),
    )
    op.create_index("ix_waitlist_entry_resident", "waitlist_entry", ["resident_id"], unique=False)
    op.create_index("ix_waitlist_entry_service_day", "waitlist_entry", ["service_id", "day", "joined_at"], unique=False)


def downgrade() -> None:
    """The 0009 program has no care station: appointments, the waiting list, the queue and readings are dropped
    (a backup is taken before any upgrade, so a downgrade is for development only)."""
    op.drop_index("ix_waitlist_entry_service_day", table_name="waitlist_entry")
    op.drop_index("ix_waitlist_entry_resident", table_name="waitlist_entry")
    op.drop_table("waitlist_entry")
    op.drop_index("ix_vital_reading_resident_taken", table_name="vital_reading")
    op.drop_table("vital_reading")
    op.drop_index(op.f("ix_station_queue_resident_id"), table_name="station_queue")
    op.drop_index("ix_station_queue_day_status", table_name="station_queue")
    op.drop_table("station_queue")
    op.drop_index("ix_appointment_slot", table_name="appointment")
    op.drop_index(op.f("ix_appointment_series_id"), table_name="appointment")
    op.drop_index("ix_appointment_resident_day", table_name="appointment")
    op.drop_index(op.f("ix_appointment_person_id"), table_name="appointment")
    op.drop_index("ix_appointment_day_status", table_name="appointment")
    op.drop_table("appointment")
    op.drop_index("ix_provider_hours_service_weekday", table_name="provider_hours")
    op.drop_index(op.f("ix_provider_hours_person_id"), table_name="provider_hours")
    op.drop_table("provider_hours")
    op.drop_index(op.f("ix_provider_exception_person_id"), table_name="provider_exception")
    op.drop_index("ix_provider_exception_day", table_name="provider_exception")
    op.drop_table("provider_exception")
    op.drop_index(op.f("ix_appointment_series_resident_id"), table_name="appointment_series")
    op.drop_table("appointment_series")
    op.drop_index(op.f("ix_partner_person_partner_id"), table_name="partner_person")
    op.drop_table("partner_person")
    op.drop_index(op.f("ix_care_service_partner_id"), table_name="care_service")
    op.drop_table("care_service")
    op.drop_table("center_day")
