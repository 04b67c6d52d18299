"""The people the sources name and what they are credited with: :class:`Person`,
:class:`CastCredit` and :class:`CrewCredit`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Person:
    """One person however many sources name them and however they spell it (``variants``);
    ``roles`` are the canonical roles credited to them."""

    id: int
    name: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]
    sources: tuple[str, ...]
    #: Where the sources spell the name more than one way: which spelling is shown and why
    #: (the one used most often, counted).
    spelling_note: str | None = None
    #: The family name the sources give (one names the person by it alone), or read from the
    #: form of the name (provenance says "inferred" and why); None where neither tells.
    surname: str | None = None
    #: The roles of ``roles`` only inferred credits give (:attr:`CrewCredit.inferred` says
    #: why): shown marked as inferred wherever the roles are.
    inferred_roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CastCredit:
    """An actor credited in a part; ``professional`` says whether a source calls the actor a
    professional or a non-professional, None where none does."""

    id: int
    person_id: int
    actor: str
    character_id: int | None
    character: str | None
    professional: bool | None
    sources: tuple[str, ...]
    #: The actor's family name, as :attr:`Person.surname`.
    surname: str | None = None
    #: Why the credit is inferred, as :attr:`CrewCredit.inferred`.
    inferred: str | None = None


@dataclass(frozen=True, slots=True)
class CrewCredit:
    """A crew member in one canonical role (``role_as_stated`` keeps the source's words),
    with the episodes the credit names, if any."""

    id: int
    person_id: int
    person: str
    role: str
    role_as_stated: str
    episodes: tuple[int, ...]
    sources: tuple[str, ...]
    #: The person's family name, as :attr:`Person.surname`.
    surname: str | None = None
    #: Why the role or the person is read, not stated (no span states it), a builder's
    #: reason (:class:`~viewer.archive.reasons.Reasoned`); None where the sources state both.
    inferred: str | None = None
