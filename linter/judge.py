"""Judge attached claims against the vocabulary and turn the wrong ones into findings."""

from __future__ import annotations

from collections.abc import Iterable

from linter.attach import Attachment
from linter.finding import Finding, ModelRef
from linter.fixes import make_fix
from linter.rules import Rule, rule_for
from linter.vocab import Entry, Vocabulary

_STATUS_PHRASE = {
    "open-weights": "open weights",
    "source-available": "source-available",
    "proprietary": "proprietary",
    "open-source": "open source",
}


def describe(entry: Entry) -> str:
    """The evidence in one clause: license and what it restricts or what is missing."""
    lic = entry.license
    if entry.status == "proprietary":
        return "its weights are not released"
    licence = lic.name if lic else "its license"
    if entry.status == "open-weights":
        return f"weights under {licence}, but the training code and data are not released"
    if entry.status == "source-available":
        # The key restriction: the first one the entry names.
        restriction = entry.restrictions.split(";")[0].strip().rstrip(".")
        if restriction:
            return f"weights under {licence}, which restricts use ({restriction})"
        return f"weights under {licence}, which restricts use"
    return f"weights, code and data under {licence}"


def message(rule: Rule, entry: Entry, mention_text: str, claim_text: str) -> str:
    status = _STATUS_PHRASE[entry.status or ""]
    called = "open weights" if rule.claim == "open-weights" else "open source"
    return (
        f"'{claim_text}' describes {mention_text}, which is {status}, not {called}: "
        f"{describe(entry)}. Say '{rule.term}'."
    )


def suggestion(rule: Rule, role: str) -> str:
    if role == "verb":
        if rule.status == "proprietary":
            return "say that it is proprietary; its weights were not released"
        return f"say 'released the weights of' (they are {rule.term.replace('open weights', 'open-weights')})"
    return rule.term


def judge(attachments: Iterable[Attachment], vocab: Vocabulary, text: str, prose: str) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple[int, int, str]] = set()
    attachments = sorted(attachments, key=lambda a: (a.claim.role == "hashtag", a.claim.start))
    for attachment in attachments:
        claim = attachment.claim
        targets = []
        for mention in attachment.mentions:
            entry = vocab.entries[mention.entry_id]
            if entry.status is None:
                continue  # a family whose members differ: the name does not say which is meant
            if attachment.how == "license" and entry.status in ("open-weights", "open-source"):
                continue  # "released under an open-source license" is true of Apache-2.0 weights
            rule = rule_for(claim.kind, entry.status)
            if rule is not None:
                targets.append((mention, entry, rule))
        # One wording fits every model of a shared claim only when they share a status.
        statuses = {entry.status for _, entry, _ in targets}
        for mention, entry, rule in targets:
            # One finding per mention and rule: "Llama - Meta's open source model. #opensource"
            # is one wrong description of one name, to be fixed once.
            key = (mention.start, mention.end, rule.code)
            if key in seen:
                continue
            seen.add(key)
            fix = None
            if len(statuses) == 1:
                fix = make_fix(text, prose, claim, attachment.role, rule.status, attachment.how)
            license_url = [entry.license.url] if entry.license and entry.license.url else []
            evidence = tuple(dict.fromkeys([*license_url, *entry.evidence]))
            findings.append(
                Finding(
                    code=rule.code,
                    rule=rule.name,
                    severity=rule.severity,
                    start=claim.start,
                    end=claim.end,
                    claim=text[claim.start : claim.end],
                    message=message(rule, entry, mention.text, text[claim.start : claim.end]),
                    suggestion=suggestion(rule, attachment.role),
                    model=ModelRef(
                        entry.id, entry.name, mention.text, mention.start, mention.end, entry.status or ""
                    ),
                    evidence=evidence,
                    fix=fix,
                    license=entry.license.name if entry.license else "",
                    extra={"how": attachment.how},
                )
            )
    return findings
