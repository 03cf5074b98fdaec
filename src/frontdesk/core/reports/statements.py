"""社区合伙人服务记录 as one printable record: the partners' records of a period with what their pages are headed
with (the center, the period, when it was made).

It is a sequence of its :class:`PartnerRecord` values (iterate, ``len``, index), so whoever asked for the records
holds them, and the printing module gets the center's name and the period even when no partner had anything.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import overload

from frontdesk.core.reports.figures import PartnerRecord, Period


@dataclass(frozen=True)
class PartnerStatements(Sequence[PartnerRecord]):
    period: Period
    records: tuple[PartnerRecord, ...]
    center_name: str = ""
    made_at: datetime | None = None

    @overload
    def __getitem__(self, index: int) -> PartnerRecord: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[PartnerRecord, ...]: ...

    def __getitem__(self, index: int | slice) -> PartnerRecord | tuple[PartnerRecord, ...]:
        return self.records[index]

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[PartnerRecord]:
        return iter(self.records)
