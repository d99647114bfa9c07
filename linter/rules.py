"""The rules: one declared record per kind of wrong claim, in one registry.

Every output reads the same record: the CLI message, ``openwash explain``, SARIF help and LSP
hovers. A rule fires when a claim of ``claim`` kind is made about a model whose status is
``status``.
"""

from __future__ import annotations

from dataclasses import dataclass

DOCS_URL = "https://github.com/openwash/openwash/blob/main/docs/rules.md#{code}"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    claim: str  # the kind of claim: open-source | open-weights
    status: str  # the model's real status that makes the claim wrong, or FAMILY
    severity: str  # error | warning | info
    term: str  # the accurate term to suggest
    summary: str
    why: str
    example: str
    instead: str

    @property
    def url(self) -> str:
        return DOCS_URL.format(code=self.code.lower())


# The status a rule names for a family whose members differ and none of which is open source.
FAMILY = "family"

RULES: tuple[Rule, ...] = (
    Rule(
        code="OW101",
        name="open-source-on-open-weights",
        claim="open-source",
        status="open-weights",
        severity="warning",
        term="open weights",
        summary="An open-weights model is called open source.",
        why=(
            "The weights are under an OSI-approved license, but the training code and the "
            "training data (or detailed information about it) are not released, so the model "
            "cannot be studied or rebuilt as the Open Source AI Definition requires."
        ),
        example="Mistral 7B is an open-source model.",
        instead="Mistral 7B is an open-weights model.",
    ),
    Rule(
        code="OW102",
        name="open-source-on-source-available",
        claim="open-source",
        status="source-available",
        severity="warning",
        term="source-available",
        summary="A model released under restrictive terms is called open source.",
        why=(
            "The weights can be downloaded, but the license limits who may use them or for what "
            "(an acceptable-use policy, a user cap, non-commercial or research-only terms). "
            "Open source allows any use by anyone."
        ),
        example="Meta released Llama 2, an open-source model.",
        instead="Meta released Llama 2, a source-available model.",
    ),
    Rule(
        code="OW103",
        name="open-source-on-proprietary",
        claim="open-source",
        status="proprietary",
        severity="error",
        term="proprietary",
        summary="A model whose weights are not released is called open source.",
        why="Only an API or a product gives access; nothing of the model itself is released.",
        example="GPT-4 is open source.",
        instead="GPT-4 is proprietary.",
    ),
    Rule(
        code="OW104",
        name="open-source-on-family",
        claim="open-source",
        status=FAMILY,
        severity="warning",
        term="name the model",
        summary="A family none of whose models is open source is called open source.",
        why=(
            "The family's models differ (some open weights, some source-available or "
            "proprietary), but none meets the Open Source AI Definition, so the claim is wrong "
            "whichever model was meant. Where every model's weights are released, 'open weights' "
            "is true of them all; otherwise name the model."
        ),
        example="Gemma is open source.",
        instead="Gemma 4 is open weights.",
    ),
    Rule(
        code="OW201",
        name="open-weights-on-proprietary",
        claim="open-weights",
        status="proprietary",
        severity="error",
        term="proprietary",
        summary="A model whose weights are not released is called open weights.",
        why="The weights cannot be downloaded; only an API or a product gives access.",
        example="Claude is an open-weights model.",
        instead="Claude is a proprietary model.",
    ),
)

BY_CODE = {rule.code: rule for rule in RULES}
_BY_CASE = {(rule.claim, rule.status): rule for rule in RULES}


def rule_for(claim: str, status: str) -> Rule | None:
    """The rule a claim of this kind breaks for a model of this status, if any."""
    return _BY_CASE.get((claim, status))
