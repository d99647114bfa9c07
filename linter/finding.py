"""Findings and fixes: plain frozen values that every output renders the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Applicability = Literal["safe", "unsafe", "display"]


@dataclass(frozen=True)
class Edit:
    """Replace the characters ``start:end`` of the decoded text with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    applicability: Applicability = "safe"


@dataclass(frozen=True)
class ModelRef:
    """The model a claim is about, as written in the document."""

    id: str
    name: str
    text: str
    start: int
    end: int
    status: str
    # For a family whose models differ: each status with the names of the models that have it,
    # most models first. ``status`` is then the first of them.
    statuses: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Finding:
    code: str
    rule: str
    severity: str
    start: int  # character offsets of the claim in the decoded text
    end: int
    claim: str
    message: str  # the headline, one short line
    suggestion: str
    model: ModelRef
    evidence: tuple[str, ...] = ()
    fix: Fix | None = None
    license: str = ""
    note: str = ""  # the evidence in a sentence (license, restrictions), shown under the headline
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
