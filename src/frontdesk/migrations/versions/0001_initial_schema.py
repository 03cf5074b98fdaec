"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28 16:28:09.297172
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("services", sa.String(length=200), nullable=True),
        sa.Column("contact_name", sa.String(length=40), nullable=True),
        sa.Column("contact_phone", sa.String(length=20), nullable=True),
        sa.Column("agreement_start", sa.Date(), nullable=True),
        sa.Column("agreement_end", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('enterprise', 'social_org', 'volunteer')", name=op.f("ck_partner_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_name")),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("floor", sa.String(length=10), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("equipment", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_room_capacity_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("name", name=op.f("uq_room_name")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=9), server_default="frontdesk", nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('frontdesk', 'care', 'manager')", name=op.f("ck_staff_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_username")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=True),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_audit_entry_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_entry_entity", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("gender", sa.String(length=1), server_default="U", nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("phone2", sa.String(length=20), nullable=True),
        sa.Column("community", sa.String(length=40), nullable=True),
        sa.Column("building", sa.String(length=20), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=True),
        sa.Column("room", sa.String(length=20), nullable=True),
        sa.Column("address_detail", sa.String(length=120), nullable=True),
        sa.Column("emergency_name", sa.String(length=40), nullable=True),
        sa.Column("emergency_relation", sa.String(length=20), nullable=True),
        sa.Column("emergency_phone", sa.String(length=20), nullable=True),
        sa.Column("lives_alone", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("empty_nest", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("disability", sa.String(length=4), server_default="none", nullable=False),
        sa.Column("low_income", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("chronic_conditions", sa.Text(), nullable=True),
        sa.Column("allergies", sa.Text(), nullable=True),
        sa.Column("mobility_aid", sa.String(length=10), server_default="none", nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("card_number", sa.String(length=32), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("archive_reason", sa.String(length=10), nullable=True),
        sa.Column("archive_note", sa.String(length=200), nullable=True),
        sa.CheckConstraint("disability IN ('none', 'semi', 'full')", name=op.f("ck_resident_disability")),
        sa.CheckConstraint("gender IN ('M', 'F', 'U')", name=op.f("ck_resident_gender")),
        sa.CheckConstraint(
            "mobility_aid IN ('none', 'cane', 'walker', 'wheelchair')", name=op.f("ck_resident_mobility_aid")
        ),
        sa.ForeignKeyConstraint(
            ["consent_recorded_by_id"],
            ["staff.id"],
            name=op.f("fk_resident_consent_recorded_by_id_staff"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident")),
        sa.UniqueConstraint("card_number", name=op.f("uq_resident_card_number")),
        sa.UniqueConstraint("id_number", name=op.f("uq_resident_id_number")),
    )
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.create_index("ix_resident_community", ["community"], unique=False)
        batch_op.create_index("ix_resident_name", ["name"], unique=False)
        batch_op.create_index("ix_resident_phone", ["phone"], unique=False)

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("queue_number", sa.Integer(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=True),
        sa.Column("auto_checkout", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("purpose", sa.String(length=8), server_default="activity", nullable=False),
        sa.Column("companions", sa.Integer(), server_default="0", nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "purpose IN ('activity', 'class', 'care', 'consult', 'errand', 'meal', 'other')",
            name=op.f("ck_visit_purpose"),
        ),
        sa.CheckConstraint(
            "checked_out_at IS NULL OR checked_out_at >= checked_in_at", name=op.f("ck_visit_out_after_in")
        ),
        sa.CheckConstraint("companions >= 0", name=op.f("ck_visit_companions_not_negative")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_visit_resident_id_resident"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_visit_staff_id_staff"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("visit_date", "queue_number", name=op.f("uq_visit_visit_date_queue_number")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_resident_date", ["resident_id", "visit_date"], unique=False)
        batch_op.create_index(
            "uq_visit_open_resident",
            ["resident_id"],
            unique=True,
            sqlite_where=sa.text("checked_out_at IS NULL"),
            postgresql_where=sa.text("checked_out_at IS NULL"),
        )


def downgrade() -> None:

    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_visit_open_resident",
            sqlite_where=sa.text("checked_out_at IS NULL"),
            postgresql_where=sa.text("checked_out_at IS NULL"),
        )
        batch_op.drop_index("ix_visit_resident_date")

    op.drop_table("visit")
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_index("ix_resident_phone")
        batch_op.drop_index("ix_resident_name")
        batch_op.drop_index("ix_resident_community")

    op.drop_table("resident")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_entity")
        batch_op.drop_index("ix_audit_entry_at")

    op.drop_table("audit_entry")
    op.drop_table("staff")
    op.drop_table("setting")
    op.drop_table("room")
    op.drop_table("partner")
