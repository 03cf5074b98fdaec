"""What the Settings sections that only some roles see share: shown to whoever may (a permission), their reads and
writes on the desk's database worker (:class:`~frontdesk.ui.common.jobs.Jobs`), refusals and machine trouble said
in the box's own error line, and nothing read for the last person shown to the next."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.staff_words import refusal_text
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.core.access import Actor, Permission
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.ui.common.worker import DatabaseWorker


class ManagerSection(QGroupBox):
    """A box hidden unless the signed-in actor has ``permission``; ``name`` prefixes its objectNames
    (``{name}Section``, ``{name}Error``, ``{name}Status``). Subclasses read in :meth:`refresh` and say they are busy
    in :meth:`_show_busy`."""

    def __init__(
        self, title: str, name: str, worker: DatabaseWorker, permission: Permission, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}Section")
        self._permission = permission
        self._jobs = Jobs(worker, self._show_busy)
        self._service: Any = None
        self._actor: Actor | None = None
        self.error = error_label(f"{name}Error")
        self.status = QLabel()
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)

    def set_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        self._jobs.forget()  # what was read for the last person is not shown to the next
        self.setVisible(actor is not None and actor.may(self._permission))
        self.status.clear()
        show_error(self.error, "")
        self.refresh()

    def busy(self) -> bool:
        """A read or a change is under way (tests wait for this to end)."""
        return self._jobs.busy

    def _allowed(self) -> bool:
        return self._service is not None and self._actor is not None and self._actor.may(self._permission)

    def refresh(self) -> None:
        """Read what the box shows (on the worker)."""

    def _show_busy(self, busy: bool) -> None:
        """Waiting for the worker: the buttons wait too."""

    def _say_refusal(self, refusal: RuleViolation) -> None:
        self.status.clear()
        show_error(self.error, refusal_text(refusal))

    def _say_trouble(self, problem: EnvironmentProblem) -> None:
        self.status.clear()
        show_error(self.error, problems.problem_text(problem.kind))

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        key: str | None = None,
        asks_database: bool = True,
    ) -> None:
        self._jobs.run(work, done, refused=self._say_refusal, trouble=self._say_trouble, key=key,
                       asks_database=asks_database)  # fmt: skip
