"""The vocabulary: models, families, claim phrases and known non-model names, loaded strictly.

Every problem is reported as ``file:line: what is wrong`` and loading fails on any of them, so a
broken entry never turns into a wrong finding.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from linter.names import normalise_name
from linter.yamlfile import LineDict, YamlError, line_of, load_yaml, shown

STATUSES = ("open-source", "open-weights", "source-available", "proprietary")
TRAINING_DATA = ("none", "information", "full")
CLAIM_ROLES = ("adjective", "verb", "hashtag")

# SPDX ids of OSI-approved licenses that model weights are released under in practice.
OSI_APPROVED = frozenset(
    {
        "0BSD",
        "AFL-3.0",
        "Apache-2.0",
        "Artistic-2.0",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "BSL-1.0",
        "ECL-2.0",
        "EPL-2.0",
        "GPL-2.0-only",
        "GPL-3.0-only",
        "GPL-3.0-or-later",
        "ISC",
        "LGPL-2.1-only",
        "LGPL-3.0-only",
        "MIT",
        "MIT-0",
        "MPL-2.0",
        "NCSA",
        "UPL-1.0",
        "Unlicense",
        "Zlib",
    }
)

# Permissive model licenses that are not OSI-approved but grant every use to anyone with notice-only
# conditions and no use policy (vocab/README.md, "Permissive, but not OSI-approved"). OpenMDW was
# placed here from the Linux Foundation's published summary; re-read its text before relying on it.
PERMISSIVE_MODEL_LICENSES = frozenset({"OpenMDW-1.0", "OpenMDW-1.1"})

PACKAGE_VOCAB = Path(__file__).resolve().parent / "vocab_data"
SOURCE_VOCAB = Path(__file__).resolve().parent.parent / "vocab"

_ID = re.compile(r"^[a-z0-9][a-z0-9.+-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$|^https?://[^\s/$.?#][^\s]*$")


class VocabError(Exception):
    """One or more problems in vocabulary files; ``errors`` holds each ``file:line: ...``."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = list(errors)


@dataclass(frozen=True)
class License:
    name: str
    spdx: str | None
    url: str


@dataclass(frozen=True)
class Released:
    weights: bool
    training_code: bool
    training_data: str  # none | information | full


@dataclass(frozen=True)
class Entry:
    """A model, or a family of models (whose status is derived from its members)."""

    id: str
    kind: str  # "model" | "family"
    name: str
    developer: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    parent: str | None
    status: str | None  # None only for a family whose members differ
    license: License | None
    released: Released | None
    restrictions: str
    evidence: tuple[str, ...]
    checked: str
    release_date: str | None
    notes: str
    source: str  # file:line, for messages
    shipped_status: str | None = None  # the vocabulary's own status when configuration overrode it
    # False when the license or card behind the status was not read (only secondary sources):
    # the linter then reports with severity "info" and says so, instead of a confident verdict.
    verified: bool = True

    @property
    def is_family(self) -> bool:
        return self.kind == "family"


@dataclass(frozen=True)
class ClaimPhrase:
    text: str
    claim: str  # "open-source" | "open-weights"
    role: str  # adjective | verb | hashtag


@dataclass(eq=False)  # hashed by identity: compiled patterns are cached per vocabulary
class Vocabulary:
    entries: dict[str, Entry]
    phrases: list[ClaimPhrase]
    intensifiers: list[str]
    software: list[str]
    members: dict[str, list[str]] = field(default_factory=dict)  # family id -> descendant model ids

    def family_members(self, family_id: str) -> list[Entry]:
        return [self.entries[i] for i in self.members.get(family_id, [])]

    def lookup(self, name: str) -> Entry | None:
        """The entry whose alias, id or name is exactly ``name`` (case and separators folded).

        Unlike ``linter.mentions.resolve_name`` this also finds names the linter deliberately
        skips in prose ("mixtral" in lower case) and context-only aliases typed on their own ("R1").
        """
        entry_id = _name_index(self).get(normalise_name(name.strip()))
        return self.entries[entry_id] if entry_id else None

    def context_names(self, entry_id: str) -> list[str]:
        """The names that must stand near a context-only alias of ``entry_id`` for it to count:
        its developer's full name, the names the developer's gloss gives ("TII"), and the
        aliases of the families above it. The mention finder and the prescan read this one list,
        so the prescan never skips a file the finder would find a mention in."""
        entry = self.entries[entry_id]
        out = [entry.developer.split("(")[0].strip(), *gloss_names(entry.developer)]
        parent = entry.parent
        while parent is not None and parent in self.entries:
            out.extend(self.entries[parent].aliases)
            parent = self.entries[parent].parent
        return out

    def suggestions(self, name: str, limit: int = 3) -> list[str]:
        """Display names close to ``name``, for "did you mean" messages."""
        by_key: dict[str, str] = {}
        for entry in self.entries.values():
            for alias in (entry.id, entry.name, *entry.aliases):
                by_key.setdefault(normalise_name(alias), entry.name)
        close = difflib.get_close_matches(normalise_name(name), list(by_key), n=limit * 3, cutoff=0.7)
        return list(dict.fromkeys(by_key[k] for k in close))[:limit]


def gloss_names(developer: str) -> list[str]:
    """Other names the vocabulary's gloss gives a developer: "(TII)", "(Cohere Labs / Cohere For AI)"."""
    gloss = developer[len(developer.split("(")[0]) :].strip("() ")
    return [part.strip() for part in re.split(r"/|,| and ", gloss) if 0 < len(part.split()) <= 4]


@lru_cache(maxsize=8)
def _name_index(vocab: Vocabulary) -> dict[str, str]:
    """Normalised alias, id and display name -> entry id; an alias wins over another's id or name."""
    index: dict[str, str] = {}
    for names_of in (
        lambda e: (*e.aliases, *e.context_aliases),
        lambda e: (e.id,),
        lambda e: (e.name,),
    ):
        for entry in vocab.entries.values():
            for name in names_of(entry):
                index.setdefault(normalise_name(name), entry.id)
    return index


# --- loading -----------------------------------------------------------------------------------

_MODEL_KEYS = {
    "id",
    "name",
    "family",
    "developer",
    "aliases",
    "context_aliases",
    "status",
    "license",
    "released",
    "restrictions",
    "evidence",
    "checked",
    "release_date",
    "notes",
    "verified",
}
_MODEL_REQUIRED = {
    "id",
    "name",
    "developer",
    "aliases",
    "status",
    "license",
    "released",
    "restrictions",
    "evidence",
    "checked",
}
_FAMILY_KEYS = {"id", "name", "developer", "aliases", "context_aliases", "parent", "notes"}
_FAMILY_REQUIRED = {"id", "name", "developer", "aliases"}


class _Collector:
    def __init__(self) -> None:
        self.errors: list[str] = []
        # Entries with problems of their own, kept for the checks across entries (duplicate ids,
        # aliases, families), so one run reports every problem instead of one wave at a time.
        self.invalid: list[tuple[Path, LineDict]] = []

    def add(self, path: Path, line: int, message: str) -> None:
        self.errors.append(f"{path}:{line}: {message}")


def _str(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(_str(v) for v in value)


def _check_keys(
    node: LineDict, allowed: set[str], required: set[str], what: str, path: Path, out: _Collector
) -> bool:
    ok = True
    label = f"{what} '{node.get('id', '?')}'"
    for key in node:
        if key not in allowed:
            out.add(path, line_of(node, key), f"{label}: unknown key '{key}'")
            ok = False
    for key in sorted(required - set(node)):
        out.add(path, line_of(node), f"{label}: missing required key '{key}'")
        ok = False
    return ok


def _parse_family(node: Any, path: Path, out: _Collector) -> Entry | None:
    if not isinstance(node, LineDict):
        out.add(path, line_of(node), "a family must be a mapping")
        return None
    if not _check_keys(node, _FAMILY_KEYS, _FAMILY_REQUIRED, "family", path, out):
        return None
    fid = node["id"]
    if not (isinstance(fid, str) and _ID.match(fid)):
        out.add(path, line_of(node, "id"), f"family id {shown(fid)} must match {_ID.pattern}")
        return None
    for key in ("name", "developer"):
        if not _str(node[key]):
            out.add(path, line_of(node, key), f"family '{fid}': '{key}' must be a non-empty string")
    for key in ("aliases", "context_aliases"):
        if key in node and not _str_list(node[key]):
            out.add(path, line_of(node, key), f"family '{fid}': '{key}' must be a list of strings")
            return None
    parent = node.get("parent")
    if parent is not None and not _str(parent):
        out.add(path, line_of(node, "parent"), f"family '{fid}': 'parent' must be a family id")
    return Entry(
        id=fid,
        kind="family",
        name=str(node["name"]),
        developer=str(node["developer"]),
        aliases=tuple(node["aliases"]),
        context_aliases=tuple(node.get("context_aliases") or ()),
        parent=parent,
        status=None,
        license=None,
        released=None,
        restrictions="",
        evidence=(),
        checked="",
        release_date=None,
        notes=str(node.get("notes") or ""),
        source=f"{path}:{line_of(node)}",
    )


def _parse_model(node: Any, path: Path, out: _Collector) -> Entry | None:
    if not isinstance(node, LineDict):
        out.add(path, line_of(node), "a model must be a mapping")
        return None
    if not _check_keys(node, _MODEL_KEYS, _MODEL_REQUIRED, "model", path, out):
        return None
    mid = node["id"]
    before = len(out.errors)

    def bad(key: str, message: str) -> None:
        out.add(path, line_of(node, key), f"model '{mid}': {message}")

    if not (isinstance(mid, str) and _ID.match(mid)):
        bad("id", f"id {shown(mid)} must match {_ID.pattern}")
        return None
    for key in ("name", "developer", "restrictions"):
        if not isinstance(node[key], str):
            bad(key, f"'{key}' must be a string")
    for key in ("aliases", "context_aliases"):
        if key in node and not _str_list(node[key]):
            bad(key, f"'{key}' must be a list of strings")
    status = node["status"]
    if status not in STATUSES:
        bad("status", f"status {shown(status)} must be one of {', '.join(STATUSES)}")
    lic = node["license"]
    license_ = None
    if not isinstance(lic, LineDict) or set(lic) - {"name", "spdx", "url"} or "name" not in lic:
        bad("license", "'license' must be a mapping with 'name', 'spdx' and 'url'")
    else:
        spdx = lic.get("spdx")
        url = lic.get("url")
        if spdx is not None and not _str(spdx):
            bad("license", "license 'spdx' must be an SPDX id or null")
        if url is not None and not (isinstance(url, str) and _URL.match(url)):
            bad("license", f"license url {shown(url)} is not a well-formed http(s) URL")
        license_ = License(str(lic["name"]), spdx, url or "")
    rel = node["released"]
    released = None
    if not isinstance(rel, LineDict) or set(rel) != {"weights", "training_code", "training_data"}:
        bad("released", "'released' must have exactly 'weights', 'training_code', 'training_data'")
    elif not (isinstance(rel["weights"], bool) and isinstance(rel["training_code"], bool)):
        bad("released", "'weights' and 'training_code' must be true or false")
    elif rel["training_data"] not in TRAINING_DATA:
        bad("released", f"'training_data' must be one of {', '.join(TRAINING_DATA)}")
    else:
        released = Released(rel["weights"], rel["training_code"], rel["training_data"])
    evidence = node["evidence"]
    if not _str_list(evidence) or not evidence:
        bad("evidence", "'evidence' must be a non-empty list of URLs")
        evidence = []
    for url in evidence:
        if not _URL.match(url):
            bad("evidence", f"evidence {shown(url)} is not a well-formed http(s) URL")
    if not isinstance(node.get("verified", True), bool):
        bad("verified", "'verified' must be true or false")
    for key in ("checked", "release_date"):
        value = node.get(key)
        if value is None and key == "release_date":
            continue
        if not (isinstance(value, str) and _is_date(value)):
            bad(key, f"'{key}' must be a date YYYY-MM-DD, got {shown(value)}")
    if len(out.errors) > before:
        return None
    entry = Entry(
        id=mid,
        kind="model",
        name=node["name"],
        developer=node["developer"],
        aliases=tuple(node["aliases"]),
        context_aliases=tuple(node.get("context_aliases") or ()),
        parent=node.get("family"),
        status=status,
        license=license_,
        released=released,
        restrictions=node["restrictions"].strip(),
        evidence=tuple(evidence),
        checked=node["checked"],
        release_date=node.get("release_date"),
        notes=str(node.get("notes") or "").strip(),
        source=f"{path}:{line_of(node)}",
        verified=node.get("verified", True),
    )
    _check_consistency(entry, lambda message: bad("status", message))
    return entry


def _is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_consistency(entry: Entry, bad: Any) -> None:
    """A status must agree with what the entry says was released and under which terms."""
    rel, lic = entry.released, entry.license
    assert rel is not None and lic is not None
    if entry.status == "proprietary" and rel.weights:
        bad("'proprietary' but released.weights is true")
    if entry.status != "proprietary" and not rel.weights:
        bad(f"'{entry.status}' but released.weights is false")
    if entry.status in ("open-weights", "open-source"):
        if lic.spdx not in OSI_APPROVED | PERMISSIVE_MODEL_LICENSES:
            bad(f"'{entry.status}' needs an OSI-approved license SPDX id, got {shown(lic.spdx)}")
        if entry.restrictions and not entry.restrictions.lower().startswith("none"):
            bad(f"'{entry.status}' but 'restrictions' names some (write 'None' and why)")
    if entry.status == "open-source" and not (rel.training_code and rel.training_data != "none"):
        bad("'open-source' needs released training_code and training_data information")


def _load_models_file(path: Path, out: _Collector) -> list[Entry]:
    try:
        data = load_yaml(path)
    except YamlError as exc:
        out.errors.append(str(exc))
        return []
    if not isinstance(data, LineDict):
        out.add(path, 1, "a models file must be a mapping with 'families' and/or 'models'")
        return []
    entries: list[Entry] = []
    for key in data:
        if key not in ("families", "models"):
            out.add(path, line_of(data, key), f"unknown top-level key '{key}'")
    for kind, one, parse in (("families", "family", _parse_family), ("models", "model", _parse_model)):
        nodes = data.get(kind) or []
        if not isinstance(nodes, list):
            out.add(path, line_of(data, kind), f"'{kind}' must be a list")
            continue
        for node in nodes:
            if not isinstance(node, LineDict):
                # A scalar carries no line of its own; the list's first line is the nearest.
                out.add(path, line_of(nodes), f"a {one} must be a mapping")
                continue
            if (entry := parse(node, path, out)) is not None:
                entries.append(entry)
            else:
                out.invalid.append((path, node))
    return entries


def _load_claims(path: Path, out: _Collector) -> tuple[list[ClaimPhrase], list[str]]:
    try:
        data = load_yaml(path)
    except YamlError as exc:
        out.errors.append(str(exc))
        return [], []
    phrases: list[ClaimPhrase] = []
    if not isinstance(data, LineDict) or "phrases" not in data:
        out.add(path, 1, "claims file must have 'phrases' (and optionally 'intensifiers')")
        return [], []
    for node in data["phrases"]:
        if not isinstance(node, LineDict) or set(node) != {"text", "claim", "role"}:
            out.add(path, line_of(node), "a phrase needs exactly 'text', 'claim' and 'role'")
            continue
        if node["claim"] not in ("open-source", "open-weights"):
            out.add(path, line_of(node, "claim"), "claim must be 'open-source' or 'open-weights'")
            continue
        if node["role"] not in CLAIM_ROLES:
            out.add(path, line_of(node, "role"), f"role must be one of {', '.join(CLAIM_ROLES)}")
            continue
        phrases.append(ClaimPhrase(str(node["text"]), node["claim"], node["role"]))
    intensifiers = data.get("intensifiers") or []
    if not _str_list(intensifiers):
        out.add(path, line_of(data, "intensifiers"), "'intensifiers' must be a list of strings")
        intensifiers = []
    return phrases, list(intensifiers)


def _load_software(path: Path, out: _Collector) -> list[str]:
    try:
        data = load_yaml(path)
    except YamlError as exc:
        out.errors.append(str(exc))
        return []
    if not isinstance(data, LineDict) or not _str_list(data.get("names")):
        out.add(path, 1, "software file must have 'names': a list of strings")
        return []
    return list(data["names"])


def _derive_families(entries: dict[str, Entry], out: _Collector) -> dict[str, list[str]]:
    """Give each family the status its members share, or none when they differ."""
    members: dict[str, list[str]] = {e.id: [] for e in entries.values() if e.is_family}
    for entry in entries.values():
        if entry.parent is not None and entry.parent not in members:
            out.errors.append(f"{entry.source}: '{entry.id}' names unknown family '{entry.parent}'")
            continue
        if entry.is_family:
            continue
        seen: set[str] = set()
        parent = entry.parent
        while parent is not None and parent not in seen:
            seen.add(parent)
            members[parent].append(entry.id)
            parent = entries[parent].parent if parent in entries else None
    for fid, ids in members.items():
        fam = entries[fid]
        statuses = {entries[i].status for i in ids}
        licenses = {entries[i].license for i in ids}
        status = statuses.pop() if len(statuses) == 1 else None
        lic = licenses.pop() if len(licenses) == 1 else None
        evidence = tuple(dict.fromkeys(u for i in ids for u in entries[i].evidence))
        restrictions = {entries[i].restrictions for i in ids}
        entries[fid] = Entry(
            **{
                **fam.__dict__,
                "status": status,
                "license": lic,
                "evidence": evidence if status else (),
                "restrictions": restrictions.pop() if status and len(restrictions) == 1 else "",
                "checked": min((entries[i].checked for i in ids), default=""),
                "verified": all(entries[i].verified for i in ids),
            }
        )
    return members


def _check_aliases(entries: dict[str, Entry], out: _Collector) -> None:
    owner: dict[str, str] = {}
    for entry in entries.values():
        for alias in (*entry.aliases, *entry.context_aliases):
            key = normalise_name(alias)
            other = owner.setdefault(key, entry.id)
            if other != entry.id:
                out.errors.append(f"{entry.source}: alias '{alias}' of '{entry.id}' also names '{other}'")


def _check_invalid(entries: dict[str, Entry], out: _Collector) -> None:
    """What the entries that failed their own checks would also break across entries."""
    owner = {normalise_name(a): e.id for e in entries.values() for a in (*e.aliases, *e.context_aliases)}
    ids = {e.id: e.source for e in entries.values()}
    for path, node in out.invalid:
        eid = node.get("id")
        if not _str(eid):
            continue
        here = f"{path}:{line_of(node, 'id')}"
        if eid in ids:
            # Reported at the later of the two, naming the first, as for two valid entries.
            first, later = sorted((ids[eid], here), key=_position)
            out.errors.append(f"{later}: duplicate id '{eid}' (first at {first})")
        ids.setdefault(eid, here)
        family = node.get("family")
        if _str(family) and not (family in entries and entries[family].is_family):
            out.add(path, line_of(node, "family"), f"'{eid}' names unknown family '{family}'")
        for key in ("aliases", "context_aliases"):
            for alias in node.get(key) or [] if _str_list(node.get(key)) else []:
                other = owner.setdefault(normalise_name(alias), eid)
                if other != eid:
                    out.add(path, line_of(node, key), f"alias '{alias}' of '{eid}' also names '{other}'")


def _position(source: str) -> tuple[str, int]:
    path, _, line = source.rpartition(":")
    return (path, int(line)) if line.isdigit() else (source, 0)


def vocab_files(root: Path) -> list[Path]:
    return sorted((root / "models").glob("*.yaml"))


def load_vocabulary(root: Path | None = None, extra: Iterable[Path] = ()) -> Vocabulary:
    """Load and validate ``root`` (the shipped vocabulary by default) plus extra models files."""
    root = root or default_root()
    out = _Collector()
    entries: dict[str, Entry] = {}
    for path in [*vocab_files(root), *extra]:
        for entry in _load_models_file(path, out):
            if entry.id in entries:
                first = entries[entry.id].source
                out.errors.append(f"{entry.source}: duplicate id '{entry.id}' (first at {first})")
                continue
            entries[entry.id] = entry
    phrases, intensifiers = _load_claims(root / "claims.yaml", out)
    software = _load_software(root / "software.yaml", out)
    members = _derive_families(entries, out)
    _check_aliases(entries, out)
    _check_invalid(entries, out)
    if out.errors:
        raise VocabError(out.errors)
    return Vocabulary(entries, phrases, intensifiers, software, members)


def default_root() -> Path:
    """The vocabulary shipped in the wheel, or the checkout's ``vocab/`` when run from source."""
    return PACKAGE_VOCAB if (PACKAGE_VOCAB / "claims.yaml").exists() else SOURCE_VOCAB


@lru_cache(maxsize=8)
def cached_vocabulary(root: Path | None = None, extra: tuple[Path, ...] = ()) -> Vocabulary:
    """The vocabulary, loaded once per process and kept between runs in the user's cache
    (:mod:`linter.cache`), keyed by the bytes of its files and of the code that loads them:
    parsing and checking the YAML costs a quarter of a second, unpickling a few milliseconds.
    Only a vocabulary that loaded without error is kept, so its errors are reported every run."""
    import pickle
    import sys

    from linter import cache

    root = root or default_root()
    code = [Path(__file__), Path(__file__).with_name("yamlfile.py"), Path(__file__).with_name("names.py")]
    inputs = [*vocab_files(root), root / "claims.yaml", root / "software.yaml", *extra, *code]
    try:
        name = f"vocabulary-{cache.digest(f'{_CACHE_FORMAT} {sys.version_info[:2]}', inputs)}.pickle"
    except OSError:
        return load_vocabulary(root, extra)  # a file cannot be read: the loader says which
    stored = cache.read(name)
    if stored is not None:
        try:
            vocab = pickle.loads(stored)  # the user's own cache folder, as trusted as their home
        except Exception:  # a corrupt or truncated entry fails in many ways
            vocab = None
        if isinstance(vocab, Vocabulary):
            return vocab
    vocab = load_vocabulary(root, extra)
    cache.write(name, pickle.dumps(vocab, protocol=pickle.HIGHEST_PROTOCOL))
    return vocab


_CACHE_FORMAT = 1  # bump when what is pickled changes in a way the code's bytes do not show


# --- project overrides ---------------------------------------------------------------------------


def with_overrides(
    vocab: Vocabulary, overrides: Mapping[str, str], *, source: str = "status overrides"
) -> Vocabulary:
    """A copy of ``vocab`` in which the models named in ``overrides`` (id -> status) have that status.

    This is how a project records its own judgement of a model (``[tool.openwash.status]``).
    Families are re-derived from their members, so overriding one member of an agreeing family
    can make the family mixed. Only model ids are accepted: a family's status is always derived.
    Raises :class:`VocabError` naming every bad id or status, each prefixed by ``source``.
    """
    errors: list[str] = []
    for mid, status in overrides.items():
        entry = vocab.entries.get(mid) if isinstance(mid, str) else None
        if entry is None:
            model_ids = [i for i, e in vocab.entries.items() if not e.is_family]
            hint = difflib.get_close_matches(str(mid), model_ids)
            did_you_mean = f" (did you mean '{hint[0]}'?)" if hint else ""
            errors.append(f"{source}: unknown model id '{mid}'{did_you_mean}")
        elif entry.is_family:
            members = ", ".join(vocab.members.get(mid, [])[:4])
            errors.append(
                f"{source}: '{mid}' is a family; its status comes from its members, "
                f"override those instead ({members}{', ...' if len(vocab.members.get(mid, [])) > 4 else ''})"
            )
        elif status not in STATUSES:
            errors.append(
                f"{source}: status {shown(status)} for '{mid}' must be one of {', '.join(STATUSES)}"
            )
    if errors:
        raise VocabError(errors)
    if not overrides:
        return vocab
    entries = dict(vocab.entries)
    for mid, status in overrides.items():
        entry = entries[mid]
        if status != entry.status:
            shipped = entry.shipped_status or entry.status
            entries[mid] = replace(entry, status=status, shipped_status=shipped)
    out = _Collector()
    members = _derive_families(entries, out)
    assert not out.errors, out.errors  # the families were already valid in ``vocab``
    return Vocabulary(entries, vocab.phrases, vocab.intensifiers, vocab.software, members)
