"""One triage for a failed action, everywhere: a refusal is said in its words, machine trouble (database locked,
server gone, disk full) in the plain words of :mod:`frontdesk.ui.failures.problems`, and anything else is a bug,
raised as it is for the crash handler. (Work on the database worker is sorted the same way by the worker.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from frontdesk.core.errors import RuleViolation, classify

T = TypeVar("T")


def attempt(work: Callable[[], T], words: Callable[[RuleViolation], str]) -> tuple[T | None, str]:
    """Run ``work``: its result and ``""``, or ``None`` and what went wrong in words (a refusal in ``words``, or the
    machine in the way). A bug is raised as it is, for the crash handler."""
    try:
        return work(), ""
    except RuleViolation as refusal:
        return None, words(refusal)
    except Exception as exc:
        problem = classify(exc)
        if problem is None:
            raise
        from frontdesk.ui.failures import problems

        return None, problems.problem_text(problem.kind)
