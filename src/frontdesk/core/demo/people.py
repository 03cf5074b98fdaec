"""Demo residents, built household by household so couples share an address, a landline and a child to call.

Proportions aim at what a desk in an old Datong neighbourhood sees: ages 60–100 shaped like the census pyramid,
12 % living alone (独居, who are also 空巢), 18 % couples on their own (空巢), the rest living with family;
disability, canes and chronic illness rising with age; most carrying a mobile, a few only a landline or nothing.
"""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from frontdesk.core import idnumber
from frontdesk.core.demo import catalog, names
from frontdesk.core.demo.sampling import Weighted, quota_shuffle, random_day, years_before
from frontdesk.core.models import ArchiveReason, Disability, MobilityAid

# Share of the register per 5-year age band (the last band is age 100 alone): many in their sixties, few past 95.
AGE_BANDS: tuple[tuple[int, float], ...] = (
    (60, 30.0), (65, 25.0), (70, 19.0), (75, 12.0), (80, 7.5), (85, 4.2), (90, 1.7), (95, 0.45), (100, 0.05),
)  # fmt: skip
ID_NUMBER_SHARE = 0.97  # the rest did not bring their ID card when registering
CARD_SHARE = 0.70  # 服务卡
CONSENT_SHARE = 0.92
CONTACT_SHARE = 0.90  # the desk is to fill in the missing emergency contacts
ARCHIVED_SHARE = 0.02
LATE_REGISTRATION_SHARE = 0.10  # registered during the visit history rather than before it


class Household(enum.Enum):
    ALONE = "alone"  # 独居
    NEST = "nest"  # a couple on their own (空巢)
    COUPLE = "couple"  # a couple living with children
    WITH_FAMILY = "with_family"  # widowed, living with children

    @property
    def size(self) -> int:
        return 2 if self in (Household.NEST, Household.COUPLE) else 1


# Resident shares → household weights (a couple's household holds two residents).
_HOUSEHOLDS = Weighted([(Household.ALONE, 0.12), (Household.NEST, 0.09), (Household.COUPLE, 0.15),
                        (Household.WITH_FAMILY, 0.40)])  # fmt: skip


@dataclass(eq=False)
class Person:
    """One resident while being generated; :attr:`row` is what goes into the ``resident`` table."""

    id: int
    gender: str  # "M" / "F"
    age: int
    household: Household
    home: int  # household number
    spouse: Person | None = None
    birth: date = date.min
    name: str = ""
    surname: str = ""
    disability: Disability = Disability.NONE
    registered: date = date.min
    archived: date | None = None
    row: dict[str, object] = field(default_factory=dict)

    @property
    def lives_alone(self) -> bool:
        return self.household is Household.ALONE


@dataclass
class _Home:
    community: catalog.Community
    address: dict[str, str | None]
    landline: str | None
    family_surname: str
    child_contact: tuple[str, str, str] | None = None  # (name, relation, phone), shared by a couple


class ResidentFactory:
    """Builds ``count`` residents for a center whose history runs from ``history_start`` to ``today``."""

    def __init__(self, rng: random.Random, *, today: date, history_start: date, staff_ids: list[int]) -> None:
        self.rng = rng
        self.today = today
        self.history_start = history_start
        self.opened = history_start - timedelta(days=3 * 365)  # the center's first registrations
        self.staff_ids = staff_ids
        self._ages = Weighted(AGE_BANDS)
        self._regions = Weighted(catalog.REGION_CODES)
        self._prefixes = Weighted(catalog.MOBILE_PREFIXES)
        self._surnames = Weighted(names.SURNAMES)
        self._communities = Weighted([(c, c.weight) for c in catalog.COMMUNITIES])
        self._relations = Weighted([((name, family), w) for name, w, family in catalog.RELATIONS])
        self._used_numbers: set[str] = set()

    def build(self, count: int) -> list[Person]:
        people = self._skeletons(count)
        self._name(people)
        homes: dict[int, _Home] = {}
        for person in people:
            home = homes.get(person.home)
            if home is None:
                home = homes[person.home] = self._new_home(person)
            self._fill(person, home)
        self._phones(people, homes)
        self._contacts(people, homes)
        cards = self.rng.sample(range(10**9, 10**10), round(count * CARD_SHARE))
        for person, card in zip(self.rng.sample(people, len(cards)), cards, strict=True):
            person.row["card_number"] = str(card)
        self._archive(people)
        return people

    # -- who lives with whom, how old ------------------------------------------------------------------------------

    def _skeletons(self, count: int) -> list[Person]:
        rng, people, home = self.rng, [], 0
        while len(people) < count:
            kind = _HOUSEHOLDS.pick(rng)
            if kind.size == 2 and count - len(people) >= 2:
                husband_age = self._age()
                wife_age = min(100, max(60, husband_age - rng.choice((-2, -1, 0, 1, 2, 2, 3, 3, 4, 5, 6))))
                husband = Person(len(people) + 1, "M", husband_age, kind, home)
                wife = Person(len(people) + 2, "F", wife_age, kind, home, spouse=husband)
                husband.spouse = wife
                people += [husband, wife]
            else:
                kind = kind if kind.size == 1 else Household.WITH_FAMILY
                female_share = 0.70 if kind is Household.ALONE else 0.62  # widows outnumber widowers
                gender = "F" if rng.random() < female_share else "M"
                people.append(Person(len(people) + 1, gender, self._age(), kind, home))
            home += 1
        return people

    def _age(self) -> int:
        band = self._ages.pick(self.rng)
        return band if band == 100 else band + self.rng.randrange(5)

    def _name(self, people: list[Person]) -> None:
        """Surnames in census proportions; a few heteronym surnames and rare characters guaranteed."""
        rng = self.rng
        for person, surname in zip(people, quota_shuffle(names.SURNAMES, len(people), rng), strict=True):
            person.birth = random_day(rng, years_before(self.today, person.age + 1) + timedelta(days=1),
                                      years_before(self.today, person.age))  # fmt: skip
            person.surname = surname
            person.name = surname + self._given_name(person)
        if len(people) < 50:
            return
        each = max(1, len(people) // 2500)
        men = [p for p in people if p.gender == "M"]
        rare = rng.sample(men, each * len(names.RARE_GIVEN_NAMES))
        for i, person in enumerate(rare):
            person.name = person.surname + names.RARE_GIVEN_NAMES[i % len(names.RARE_GIVEN_NAMES)]
        chosen = set(map(id, rare))
        others = [p for p in people if id(p) not in chosen]
        for i, person in enumerate(rng.sample(others, each * len(names.HETERONYM_SURNAMES))):
            person.surname = names.HETERONYM_SURNAMES[i % len(names.HETERONYM_SURNAMES)]
            person.name = person.surname + self._given_name(person)

    def _given_name(self, person: Person) -> str:
        rng, male = self.rng, person.gender == "M"
        if rng.random() < names.SINGLE_GIVEN_SHARE:
            return rng.choice(names.MALE_SINGLE if male else names.FEMALE_SINGLE)
        if rng.random() < names.COMPOSED_SHARE:
            first, second = (names.MALE_FIRST, names.MALE_SECOND) if male else (names.FEMALE_FIRST, names.FEMALE_SECOND)
            given = rng.choice(first) + rng.choice(second)
            if given[0] != given[1]:
                return given
        newer = rng.random() < (0.65 if person.birth.year >= names.NEWER_ERA_FROM else 0.15)
        if male:
            return rng.choice(names.MALE_NEWER if newer else names.MALE_OLDER)
        return rng.choice(names.FEMALE_NEWER if newer else names.FEMALE_OLDER)

    # -- address, health, registration -----------------------------------------------------------------------------

    def _new_home(self, person: Person) -> _Home:
        rng = self.rng
        community = self._communities.pick(rng)
        if community.lanes and rng.random() < catalog.BUNGALOW_SHARE:
            lane = rng.choice(community.lanes)
            address = {"building": None, "unit": None, "room": None, "address_detail": f"{lane}{rng.randint(1, 88)}号"}
        else:
            floor = rng.randint(1, 6)
            address = {
                "building": str(rng.randint(1, community.buildings)),
                "unit": str(rng.randint(1, 4)),
                "room": f"{floor}{rng.randint(1, 3):02d}",
                "address_detail": rng.choice(community.compounds),
            }
        oldest = max(person.age, person.spouse.age if person.spouse else 0)
        landline = self._landline() if rng.random() < (0.28 if oldest >= 75 else 0.12) else None
        family = person.surname if person.gender == "M" else self._surnames.pick(rng)
        return _Home(community, address, landline, family)

    def _fill(self, person: Person, home: _Home) -> None:
        rng, age = self.rng, person.age
        semi, full = 0.025 * 2.0 ** ((age - 60) / 10), 0.01 * 2.2 ** ((age - 60) / 10)
        roll = rng.random()
        person.disability = (
            Disability.FULL if roll < full else Disability.SEMI if roll < full + semi else Disability.NONE
        )
        if person.lives_alone and person.disability is Disability.FULL:
            person.disability = Disability.SEMI  # someone fully dependent does not live on their own
        if person.spouse is not None and person.spouse.registered != date.min and rng.random() < 0.8:
            person.registered = person.spouse.registered  # couples usually register together
        elif rng.random() < LATE_REGISTRATION_SHARE and self.history_start < self.today:
            person.registered = random_day(rng, self.history_start, self.today - timedelta(days=1))
        else:
            person.registered = random_day(rng, self.opened, max(self.opened, self.history_start - timedelta(days=1)))
        created = datetime.combine(person.registered, time(8, 30)) + timedelta(seconds=rng.randrange(8 * 3600))
        consent = None
        if rng.random() < CONSENT_SHARE:
            later = rng.random() < 0.2 and person.registered < self.today
            consent = random_day(rng, person.registered, self.today - timedelta(days=1)) if later else person.registered
        person.row.update(
            id=person.id,
            name=person.name,
            gender=person.gender,
            birth_date=person.birth,
            id_number=self._id_number(person) if rng.random() < ID_NUMBER_SHARE else None,
            community=home.community.name,
            **home.address,
            lives_alone=person.lives_alone,
            empty_nest=person.household in (Household.ALONE, Household.NEST),
            disability=person.disability.value,
            low_income=rng.random() < (0.08 if person.lives_alone else 0.035),
            chronic_conditions=self._conditions(person),
            allergies="、".join(a for a, share in catalog.ALLERGIES if rng.random() < share) or None,
            mobility_aid=self._mobility_aid(person).value,
            notes=rng.choice(catalog.NOTES) if rng.random() < catalog.NOTE_SHARE else None,
            card_number=None,
            consent_date=consent,
            consent_recorded_by_id=rng.choice(self.staff_ids) if consent else None,
            created_at=created,
            updated_at=max(created, datetime.combine(consent, time(9))) if consent else created,
            archived_at=None,
            archive_reason=None,
            archive_note=None,
        )

    def _id_number(self, person: Person) -> str:
        while True:
            # odd sequence numbers for men (1..999), even for women (2..998)
            sequence = self.rng.randrange(500) * 2 + 1 if person.gender == "M" else self.rng.randrange(1, 500) * 2
            number = idnumber.make(self._regions.pick(self.rng), person.birth, sequence)
            if number not in self._used_numbers:
                self._used_numbers.add(number)
                return number

    def _conditions(self, person: Person) -> str | None:
        decades = (person.age - 60) / 10
        found = []
        for condition, base, slope in catalog.CHRONIC_CONDITIONS:
            share = base + slope * decades
            if condition == "骨质疏松":
                share *= 1.5 if person.gender == "F" else 0.5
            elif condition == "痛风":
                share *= 1.7 if person.gender == "M" else 0.3
            if self.rng.random() < share:
                found.append(condition)
        return "、".join(found) or None

    def _mobility_aid(self, person: Person) -> MobilityAid:
        roll, age = self.rng.random(), person.age
        if person.disability is Disability.FULL:
            return MobilityAid.WHEELCHAIR if roll < 0.8 else MobilityAid.WALKER if roll < 0.9 else MobilityAid.NONE
        if person.disability is Disability.SEMI:
            aids = (MobilityAid.CANE, MobilityAid.WALKER, MobilityAid.WHEELCHAIR, MobilityAid.NONE)
            return aids[0] if roll < 0.35 else aids[1] if roll < 0.7 else aids[2] if roll < 0.9 else aids[3]
        cane = 0.04 if age < 75 else 0.15 if age < 85 else 0.35
        walker = 0.05 if age >= 85 else 0.0
        return MobilityAid.CANE if roll < cane else MobilityAid.WALKER if roll < cane + walker else MobilityAid.NONE

    # -- phones and emergency contacts -----------------------------------------------------------------------------

    def _mobile(self) -> str:
        while True:
            number = self._prefixes.pick(self.rng) + f"{self.rng.randrange(10**8):08d}"
            if number not in self._used_numbers:
                self._used_numbers.add(number)
                return number

    def _landline(self) -> str:
        while True:
            first = self.rng.choice(catalog.LANDLINE_FIRST_DIGITS)
            number = f"{catalog.AREA_CODE}-{first}{self.rng.randrange(10**6):06d}"
            if number not in self._used_numbers:
                self._used_numbers.add(number)
                return number

    def _phones(self, people: list[Person], homes: dict[int, _Home]) -> None:
        rng = self.rng
        mobiles: dict[int, str | None] = {}
        for person in people:
            share = 0.93 if person.age < 75 else 0.80 if person.age < 85 else 0.55
            if person.disability is Disability.FULL:
                share *= 0.6
            mobiles[person.id] = self._mobile() if rng.random() < share else None
        for person in people:
            landline, mobile = homes[person.home].landline, mobiles[person.id]
            spouse_mobile = mobiles[person.spouse.id] if person.spouse else None
            phone2 = None
            if mobile and landline and rng.random() < 0.5:
                phone2 = landline
            elif mobile and rng.random() < 0.04:
                phone2 = self._mobile()  # a second handset, one China Mobile and one Unicom
            person.row["phone"] = mobile or landline or spouse_mobile  # no phone of one's own: the family's
            person.row["phone2"] = phone2

    def _contacts(self, people: list[Person], homes: dict[int, _Home]) -> None:
        rng = self.rng
        for person in people:
            home, contact = homes[person.home], None
            if rng.random() < CONTACT_SHARE:
                spouse = person.spouse
                spouse_phone = spouse.row["phone"] if spouse else None
                if spouse and spouse_phone and spouse_phone != person.row["phone"] and rng.random() < 0.3:
                    contact = (spouse.name, catalog.SPOUSE_RELATION, str(spouse_phone))
                elif person.lives_alone and rng.random() < 0.12:
                    contact = self._contact(("邻居", False), home)
                else:
                    if home.child_contact is None:
                        home.child_contact = self._contact(self._relations.pick(rng), home)
                    contact = home.child_contact
            name, relation, phone = contact or (None, None, None)
            person.row.update(emergency_name=name, emergency_relation=relation, emergency_phone=phone)

    def _contact(self, relation: tuple[str, bool], home: _Home) -> tuple[str, str, str]:
        label, family = relation
        surname = home.family_surname if family else self._surnames.pick(self.rng)
        female = label in catalog.FEMALE_RELATIONS or (label in ("邻居", "朋友") and self.rng.random() < 0.5)
        given = self.rng.choice(catalog.CHILD_GIVEN_FEMALE if female else catalog.CHILD_GIVEN_MALE)
        return surname + given, label, self._mobile()

    # -- moved away and died ---------------------------------------------------------------------------------------

    def _archive(self, people: list[Person]) -> None:
        """About 2 % archived during the last year, the oldest most often for death, each with the reason."""
        rng = self.rng
        weights = Weighted([(p, 1.0 + max(0, p.age - 75) / 5) for p in people])
        wanted, tries = round(len(people) * ARCHIVED_SHARE), 0
        done: set[int] = set()
        while len(done) < wanted and tries < wanted * 20:
            tries += 1
            person = weights.pick(rng)
            first = max(person.registered + timedelta(days=30), self.today - timedelta(days=365))
            if person.id in done or first >= self.today:
                continue
            done.add(person.id)
            person.archived = random_day(rng, first, self.today - timedelta(days=1))
            roll = rng.random() * (1.0 + max(0, person.age - 70) / 10)
            reason = (
                ArchiveReason.MOVED if roll < 0.45 else ArchiveReason.OTHER if roll < 0.52 else ArchiveReason.DECEASED
            )
            note = {
                ArchiveReason.MOVED: catalog.MOVED_NOTES,
                ArchiveReason.DECEASED: catalog.DECEASED_NOTES,
                ArchiveReason.OTHER: catalog.OTHER_NOTES,
            }[reason]
            at = datetime.combine(person.archived, time(9)) + timedelta(seconds=rng.randrange(7 * 3600))
            person.row.update(archived_at=at, archive_reason=reason.value, archive_note=rng.choice(note), updated_at=at)
