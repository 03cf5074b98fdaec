"""The merge preview the residents page shows before merging: it says what the merge then does."""

from __future__ import annotations

from datetime import datetime

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.services.residents import MergePreview, ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

NOW = datetime(2026, 11, 28, 9, 30)
STANDARD_EXAMPLE = "11010519491231002X"


def clock() -> datetime:
    return NOW


def test_preview_matches_what_the_merge_does(any_db: Database) -> None:
    service = ResidentService(any_db, clock)
    keep = service.create(ResidentInput(name="王秀兰", phone="13912341234"), actor=TEST_ACTOR)
    dup = service.create(
        ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE, card_number="1000000001", allergies="青霉素过敏"),
        allow_duplicate=True,
        actor=TEST_ACTOR,
    )
    visits = VisitService(any_db, clock)
    visits.check_in(dup, actor=TEST_ACTOR)
    visits.check_out(dup, actor=TEST_ACTOR)
    preview = service.merge_preview(keep, dup, actor=TEST_ACTOR)
    assert preview == MergePreview(1, ("allergies", "birth_date", "card_number", "id_number"), None)
    result = service.merge(keep, dup, actor=TEST_ACTOR)
    assert (result.visits_moved, result.fields_filled) == (preview.visits, preview.fields_filled)


def test_preview_names_the_conflicting_identifier(any_db: Database) -> None:
    service = ResidentService(any_db, clock)
    a = service.create(ResidentInput(name="王秀兰", id_number=STANDARD_EXAMPLE), actor=TEST_ACTOR)
    b = service.create(
        ResidentInput(name="王秀兰", id_number="140213194503081028"), allow_duplicate=True, actor=TEST_ACTOR
    )
    assert service.merge_preview(a, b, actor=TEST_ACTOR).conflict == "id_number"
    assert service.merge_preview(a, b, actor=TEST_ACTOR).visits == 0
