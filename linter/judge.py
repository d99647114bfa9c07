"""Judge attached claims against the vocabulary and turn the wrong ones into findings."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from linter.attach import Attachment
from linter.finding import Finding, ModelRef
from linter.fixes import list_fix, make_fix
from linter.mentions import GLUED_STOP
from linter.rules import BY_CODE, Rule, rule_for
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


def _one_line(claim_text: str) -> str:
    return " ".join(claim_text.split())  # a claim may wrap a line; a headline is one line


def message(rule: Rule, entry: Entry, mention_text: str, claim_text: str) -> str:
    """The headline: short and on one line; the evidence goes in :func:`note`."""
    status = _STATUS_PHRASE[entry.status or ""]
    called = "open weights" if rule.claim == "open-weights" else "open source"
    return f"'{_one_line(claim_text)}' describes {mention_text}, which is {status}, not {called}"


def note(entry: Entry) -> str:
    """The evidence as a sentence: the license and what it restricts, or what is not released."""
    return f"{entry.name}: {describe(entry)}."


def mixed_suggestion(rule: Rule, mention_text: str, claim_text: str) -> str:
    """A claim about models of different statuses: no one word fits, so name this model's."""
    status, claim = _STATUS_PHRASE[rule.status], _one_line(claim_text)
    return f"say that {mention_text} is {status}; '{claim}' also covers models of another status"


# Most restrictive last: a tie between statuses goes to the more restrictive one.
_ORDER = ("open-source", "open-weights", "source-available", "proprietary")
_FAMILY_RULE = BY_CODE["OW104"]

# Attachments that do not judge a family name: a license claim may be true of some members'
# weights; and a claim that reaches the name only as the topic of its section or page, or through
# a pronoun, is more often about the brand ("the Mistral cookbook ... Open-source LLM engineering")
# than about a model.
_NOT_FOR_FAMILIES = frozenset({"license", "section", "topic", "anaphora", "named later", "field"})

# A family's statuses: (status, names of the members that have it), most members first.
Statuses = tuple[tuple[str, tuple[str, ...]], ...]


def family_statuses(members: Sequence[Entry]) -> Statuses:
    """Each status the members have with their names. First comes the status most of the released
    members have: "open source" can only describe weights someone can download, so a family
    called open source is read as its downloadable models (Codestral: the 22B and Mamba models,
    not the API-only ones). Proprietary comes first only when nothing was released."""
    counts: Counter[str] = Counter()
    for m in members:
        if m.status:
            counts[m.status] += _checkpoints(m)
    ranked = sorted(counts, key=lambda s: (s == "proprietary", -counts[s], -_ORDER.index(s)))
    return tuple((s, tuple(m.name for m in members if m.status == s)) for s in ranked)


# A size in a member's name: "Qwen2.5 (0.5B, 1.5B, 7B, 14B, 32B)" names five checkpoints.
_SIZE = re.compile(r"\b\d+(?:\.\d+)?[BMT]\b")


def _checkpoints(member: Entry) -> int:
    """How many released models a member stands for: the sizes its name lists, at least one.
    Writers count a family's models, not the vocabulary's entries, so a member that covers five
    sizes under one license weighs five."""
    return max(1, len(_SIZE.findall(member.name.split("(", 1)[1]))) if "(" in member.name else 1


def _names(names: Sequence[str], limit: int = 3) -> str:
    if len(names) <= limit:
        return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def family_message(
    entry: Entry, statuses: Sequence[tuple[str, Sequence[str]]], mention_text: str, claim_text: str
) -> str:
    return f"'{_one_line(claim_text)}' describes {mention_text}, but no {entry.name} model is open source"


def family_note(statuses: Sequence[tuple[str, Sequence[str]]]) -> str:
    """Which members have which status, as a sentence."""
    parts = []
    for status, names in statuses:
        verb = "is" if len(names) == 1 else "are"
        parts.append(f"{_names(names)} {verb} {_STATUS_PHRASE[status]}")
    return f"{'; '.join(parts)[:1].upper()}{'; '.join(parts)[1:]}."


def weights_for_all(statuses: Sequence[tuple[str, Sequence[str]]]) -> bool:
    """Every member's weights are released, so "open weights" is true of the whole family."""
    return all(status != "proprietary" for status, _ in statuses)


def family_advice(statuses: Sequence[tuple[str, Sequence[str]]]) -> str:
    return "Say 'open weights'." if weights_for_all(statuses) else "Name the model meant."


def _family_statuses_if_wrong(entry: Entry, vocab: Vocabulary, claim_kind: str) -> Statuses | None:
    """A family whose members differ is judged only when the claim is wrong of every member:
    "open source" when none is open source (an open-weights claim is true of some of them)."""
    if claim_kind != "open-source":
        return None
    statuses = family_statuses(vocab.family_members(entry.id))
    if not statuses or any(status == "open-source" for status, _ in statuses):
        return None
    return statuses


def family_suggestion(statuses: Statuses, role: str) -> str:
    if not weights_for_all(statuses):
        return "name the model meant"
    return "say 'released the weights of'" if role == "verb" else "open weights"


def suggestion(rule: Rule, role: str) -> str:
    if role == "verb":
        if rule.status == "proprietary":
            return "say that it is proprietary; its weights were not released"
        return f"say 'released the weights of' (they are {rule.term.replace('open weights', 'open-weights')})"
    return rule.term


def _ancestors(vocab: Vocabulary, entry_ids: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for entry_id in entry_ids:
        parent = vocab.entries[entry_id].parent
        while parent is not None and parent not in out:
            out.add(parent)
            parent = vocab.entries[parent].parent if parent in vocab.entries else None
    return out


def _fix_status(entry: Entry, member_statuses: Sequence[tuple[str, Sequence[str]]] | None) -> str | None:
    """The status whose term replaces the claim: a family's only when every member allows it."""
    if member_statuses is None:
        return entry.status
    return "open-weights" if weights_for_all(member_statuses) else None


# A stop glued to the next sentence ("open source.It is") ends a sentence here too, as the
# pipeline splits sentences: two claims either side of it are two findings, as with a space.
_SENTENCE_END = re.compile(rf"[.!?](?:\s|$)|{GLUED_STOP.pattern}|\n\s*\n")


def _same_sentence(prose: str, end: int, start: int) -> bool:
    """No sentence ends between ``end`` and ``start`` (two claims of one sentence)."""
    return start >= end and not _SENTENCE_END.search(prose, end, start)


def _closed(entry: Entry, vocab: Vocabulary) -> bool:
    """No weights of the model, or of any member of the family, can be downloaded."""
    if entry.status is not None:
        return entry.status == "proprietary"
    members = vocab.family_members(entry.id)
    return bool(members) and all(m.status == "proprietary" for m in members)


def judge(attachments: Iterable[Attachment], vocab: Vocabulary, text: str, prose: str) -> list[Finding]:
    findings: list[Finding] = []
    seen: dict[tuple[int, int, str], tuple[int, int]] = {}  # name and rule -> claim end, finding
    attachments = sorted(attachments, key=lambda a: (a.claim.role == "hashtag", a.claim.start))
    for attachment in attachments:
        claim = attachment.claim
        targets = []
        family: dict[str, Statuses] = {}
        # "our Qwen series, namely Qwen-7B and Qwen-14B": where the claim also names members of
        # a family, the writer has said which models are meant, and those are judged instead.
        named = _ancestors(vocab, [m.entry_id for m in attachment.mentions])
        mentions = attachment.mentions
        if attachment.how == "match-up":
            # "X vs Y: The Open-Source Challenger": the side the description can be of, if one.
            open_sides = [m for m in mentions if vocab.entries[m.entry_id].status != "proprietary"]
            mentions = tuple(open_sides) if len(open_sides) == 1 else ()
        for mention in mentions:  # (each model once: attach reads "X (X3)" as X)
            entry = vocab.entries[mention.entry_id]
            if attachment.how == "implied" and _closed(entry, vocab):
                continue  # "GPT-4 set the bar for open-source models": no one says GPT-4 is one
            if entry.status is None:
                # ("It is an open-source model family": a pronoun whose claim heads a model noun
                # stands for models, not the brand.)
                # So does a section's description under a heading that names the family ("###
                # Falcon" over "- Description: Open-source LLM by TII.").
                of_models = (
                    attachment.how in ("anaphora", "section", "topic") and attachment.role == "attributive"
                )
                # A pronoun for a versioned family ("Qwen2.5 is impressive. ... it's open
                # source") stands for that generation of models; a bare brand ("Mistral") may
                # stand for its maker.
                generation = attachment.how == "anaphora" and any(c.isdigit() for c in mention.text)
                if mention.entry_id in named or (
                    attachment.how in _NOT_FOR_FAMILIES and not of_models and not generation
                ):
                    continue
                # A family whose members differ: judged only when the claim is wrong of them all.
                judged = _family_statuses_if_wrong(entry, vocab, claim.kind)
                if judged is not None:
                    family[mention.entry_id] = judged
                    targets.append((mention, entry, _FAMILY_RULE))
                continue
            if attachment.how == "license" and entry.status in ("open-weights", "open-source"):
                continue  # "released under an open-source license" is true of Apache-2.0 weights
            rule = rule_for(claim.kind, entry.status)
            if rule is not None:
                targets.append((mention, entry, rule))
        # One wording fits every model of a shared claim only when they share a status: every
        # model it covers, the rightly described ones too ("LLaMA and Pythia": not one word).
        judged = {mention.entry_id for mention, _, _ in targets}
        statuses = {_fix_status(entry, family.get(entry.id)) for _, entry, _ in targets} | {
            vocab.entries[m.entry_id].status
            for m in mentions
            if m.entry_id not in judged and vocab.entries[m.entry_id].status is not None
        }
        for mention, entry, rule in targets:
            claim_text = text[claim.start : claim.end]
            member_statuses = family.get(entry.id, ())
            fix_status = _fix_status(entry, member_statuses or None)
            fix = None
            if len(statuses) == 1 and fix_status is not None:
                fix = make_fix(text, prose, claim, attachment.role, fix_status, attachment.how)
            elif len(statuses) > 1 and None not in statuses and not family:
                # Models of different statuses: only an unsafe rewrite that names each one's.
                models = [(m.end, vocab.entries[m.entry_id].status or "") for m in attachment.mentions]
                # Not where dropping the claim would join its names to a list before it.
                listed = attachment.role == "attributive" and not attachment.ends_list
                fix = list_fix(text, prose, claim, models) if listed else None
            # A claim without a fix adds nothing to a name already reported in its sentence or by
            # a hashtag: "Llama - Meta's open source model. #opensource" is one wrong description,
            # to be fixed once. In a later sentence it is a description of its own ("... open
            # source models under the Qwen umbrella. ... to open source the models"). A claim
            # with a fix is never hidden: a second claim of the same sentence joins the reported
            # finding's fix when both are applied alike (safe or unsafe); any other is reported
            # on its own. Hidden, its fix would surface only once the first was applied, and a
            # second --fix would change the file again.
            key = (mention.start, mention.end, rule.code)
            if key in seen:
                end, index = seen[key]
                earlier = findings[index]
                if fix is None and (claim.role == "hashtag" or _same_sentence(prose, end, claim.start)):
                    continue
                if (
                    fix is not None
                    and earlier.fix is not None
                    and earlier.fix.applicability == fix.applicability
                    and _same_sentence(prose, end, claim.start)
                ):
                    merged = replace(earlier.fix, edits=(*earlier.fix.edits, *fix.edits))
                    findings[index] = replace(earlier, fix=merged)
                    continue
            seen[key] = (claim.end, len(findings))
            # The name as the reader saw it: "Mistral&nbsp;7B" reads "Mistral 7B".
            name = " ".join(mention.text.split())
            license_url = [entry.license.url] if entry.license and entry.license.url else []
            evidence = tuple(dict.fromkeys([*license_url, *entry.evidence]))
            if member_statuses:
                text_of_message = family_message(entry, member_statuses, name, claim_text)
                evidence_note = family_note(member_statuses)
                hint = family_suggestion(member_statuses, attachment.role)
                status = member_statuses[0][0]
            else:
                text_of_message = message(rule, entry, name, claim_text)
                evidence_note = note(entry)
                hint = suggestion(rule, attachment.role)
                if len(statuses) > 1:
                    hint = mixed_suggestion(rule, name, claim_text)
                status = entry.status or ""
            severity = rule.severity
            # No confident verdict where the vocabulary cannot vouch for the model: a release
            # it does not list ("Llama 5", judged by its family), or an entry whose license was
            # not read. Reported as information, saying why.
            if mention.version:
                severity = "info"
                evidence_note += (
                    f" ({name} is not in the vocabulary; this is what every listed "
                    f"{entry.name} model has in common.)"
                )
            elif not entry.verified and not entry.is_family:
                # (A family's verdict rests on all its members, not on one unread license.)
                severity = "info"
                evidence_note += " (Not verified: the vocabulary has not read this model's license.)"
            findings.append(
                Finding(
                    code=rule.code,
                    rule=rule.name,
                    severity=severity,
                    start=claim.start,
                    end=claim.end,
                    claim=claim_text,
                    message=text_of_message,
                    note=evidence_note,
                    suggestion=hint,
                    model=ModelRef(
                        entry.id,
                        entry.name,
                        text[mention.start : mention.end],  # as written: markup, references and all
                        mention.start,
                        mention.end,
                        status,
                        member_statuses,
                    ),
                    evidence=evidence,
                    fix=fix,
                    license=entry.license.name if entry.license else "",
                    extra={"how": attachment.how},
                )
            )
    return findings
