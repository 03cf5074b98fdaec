"""Who the tests act as. There is no anonymous caller: a test that is not about roles acts as this system actor,
which may do everything (like the program acting by itself, e.g. seeding or the command line)."""

from __future__ import annotations

from frontdesk.core.access import system_actor
from frontdesk.core.models import Role

TEST_ACTOR = system_actor("test")
TEST_DESK = system_actor("test-desk", Role.FRONT_DESK)
