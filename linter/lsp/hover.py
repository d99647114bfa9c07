"""Hover cards: what the vocabulary knows about a model, and why a claim is right or wrong.

Both read the same records every other output reads: the vocabulary entry, the rule's summary and
why, the attachment's skipped reason. Nothing here decides anything the linter did not.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlparse

from linter.api import LintResult
from linter.attach import Attachment
from linter.config import Config
from linter.judge import describe
from linter.rules import BY_CODE, rule_for
from linter.vocab import Entry, Vocabulary

_STATUS = {
    "open-source": "open source",
    "open-weights": "open weights",
    "source-available": "source-available",
    "proprietary": "proprietary",
}
_TRAINING_DATA = {"none": "not released", "information": "described, not released", "full": "released"}


def hover_markdown(
    result: LintResult, offset: int, vocab: Vocabulary, config: Config, line: tuple[int, str] | None = None
) -> tuple[str, int, int] | None:
    """The card for whatever lies at ``offset`` (a claim first, else a model mention), and its span.

    The lint reads only the blocks around claims, so a model named elsewhere is looked up on its
    ``line`` (start offset, text) with the linter's own matcher.
    """
    for attachment in result.attachments:
        claim = attachment.claim
        if claim.start <= offset < claim.end:
            return claim_card(attachment, result, vocab, config), claim.start, claim.end
    mentions = list(result.mentions)
    if line is not None and not any(m.start <= offset < m.end for m in mentions):
        from linter.mentions import find_mentions

        base, text = line
        mentions = [replace(m, start=m.start + base, end=m.end + base) for m in find_mentions(text, vocab)]
    for mention in mentions:
        if mention.start <= offset < mention.end and mention.entry_id in vocab.entries:
            return model_card(vocab.entries[mention.entry_id], vocab), mention.start, mention.end
    return None


def model_card(entry: Entry, vocab: Vocabulary) -> str:
    lines = [f"**{entry.name}** ({entry.developer})", ""]
    if entry.status:
        lines.append(f"- Status: **{_STATUS.get(entry.status, entry.status)}**")
    else:
        members = vocab.family_members(entry.id)
        listed = ", ".join(f"{m.name} ({_STATUS.get(m.status or '', '?')})" for m in members[:6])
        more = f", and {len(members) - 6} more" if len(members) > 6 else ""
        lines.append(f"- A family whose members differ: {listed}{more}" if members else "- A family")
    if entry.license:
        name = entry.license.name + (f" ({entry.license.spdx})" if entry.license.spdx else "")
        lines.append(
            f"- License: [{name}]({entry.license.url})" if entry.license.url else f"- License: {name}"
        )
    restriction = entry.restrictions.split(";")[0].strip().rstrip(".")
    if restriction:
        lines.append(f"- Key restriction: {restriction}")
    if entry.released:
        r = entry.released
        lines.append(
            f"- Released: weights {_yes(r.weights)}, training code {_yes(r.training_code)}, "
            f"training data {_TRAINING_DATA.get(r.training_data, r.training_data)}"
        )
    if entry.evidence:
        lines.append("- Evidence: " + ", ".join(f"[{_short(u)}]({u})" for u in entry.evidence))
    if entry.checked:
        lines.append(f"- Checked: {entry.checked}")
    return "\n".join(lines)


def claim_card(attachment: Attachment, result: LintResult, vocab: Vocabulary, config: Config) -> str:
    claim = attachment.claim
    said = result.text[claim.start : claim.end]
    head = f"**'{said}'**"
    if attachment.skipped:
        return f"{head}: not checked against a model ({attachment.skipped})."
    if not attachment.mentions:
        return f"{head}: not about any model openwash knows."
    parts = [head, ""]
    for mention in attachment.mentions:
        entry = vocab.entries.get(mention.entry_id)
        if entry is None:
            continue
        if entry.status is None:
            parts.append(
                f"- {mention.text}: a family whose members differ ({entry.name}); "
                "the name alone does not say which model is meant, so the claim is not judged."
            )
            continue
        rule = rule_for(claim.kind, entry.status)
        status = _STATUS.get(entry.status, entry.status)
        if rule is None:
            parts.append(f"- Correct for {mention.text} ({status}).")
            continue
        off = "" if config.enabled(rule.code) else " (this rule is turned off in the configuration)"
        parts.append(
            f"- Wrong for {mention.text}, which is {status}: {describe(entry)}.{off}\n\n"
            f"  **[{rule.code}]({BY_CODE[rule.code].url})** {rule.summary} {rule.why}\n\n"
            f"  Say '{rule.term}' instead."
        )
    return "\n".join(parts)


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _short(url: str) -> str:
    parsed = urlparse(url)
    host = parsed.netloc.removeprefix("www.")
    path = parsed.path.rstrip("/")
    tail = path.rsplit("/", 1)[-1] if path else ""
    return f"{host}/…/{tail}" if path.count("/") > 1 else f"{host}{path}"
