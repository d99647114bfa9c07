"""Word lists the attachment rules read: which nouns name models, which name software, which
words link a subject to its predicate, and which cancel a claim.

The lists are data, in ``lexicon.yaml`` beside the vocabulary, where a linguist can read and
extend them; this module loads them once into frozen sets (single tokens) and tuples of token
sequences (phrases). An unknown or missing list is a packaging error and fails loudly.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from linter import cache

_HERE = Path(__file__).resolve().parent
# The wheel ships the vocabulary as linter/vocab_data; a checkout has it at the top level.
_CANDIDATES = (_HERE / "vocab_data" / "lexicon.yaml", _HERE.parent / "vocab" / "lexicon.yaml")
_PATH = next(p for p in _CANDIDATES if p.exists())


def _load() -> dict[str, list]:
    """The lists, as JSON from the user's cache under the file's hash: importing PyYAML and
    parsing the file took a noticeable part of a small file's run. A missing or unreadable
    entry is parsed again and stored."""
    name = f"lexicon-{cache.digest('1', [_PATH])}.json"
    stored = cache.read(name)
    if stored is not None:
        try:
            data = json.loads(stored)
            if isinstance(data, dict):
                return data
        except ValueError:
            pass
    import yaml

    # libyaml's parser when PyYAML has it: the same data, several times faster.
    data = yaml.load(_PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    with contextlib.suppress(TypeError, ValueError):  # a value JSON cannot hold: parsed each time
        cache.write(name, json.dumps(data).encode())
    return data


_DATA: dict[str, list] = _load()


def _strings(name: str, items: list) -> list[str]:
    # YAML reads a bare on, off, yes or no as a boolean: a word list must quote them ("on").
    if bad := [w for w in items if not isinstance(w, str)]:
        raise ValueError(f"lexicon list {name!r} holds {bad!r}, not words: quote them in lexicon.yaml")
    return items


def _words(name: str) -> frozenset[str]:
    return frozenset(_strings(name, _DATA[name]))


def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_strings(name, phrase)) for phrase in _DATA[name])


MODEL_NOUNS = _words("model_nouns")
SOFTWARE_NOUNS = _words("software_nouns")
OF_NOUNS = _words("of_nouns")
COPULAS = _words("copulas")
LINK_PUNCT = _words("link_punct")
BREAKERS = _words("breakers")
NEGATIONS = _words("negations")
NEGATION_PHRASES = _phrases("negation_phrases")
NOT_NEGATION = _phrases("not_negation")
REPORTING_VERBS = _words("reporting_verbs")
CONCEPT_BEFORE = _words("concept_before")
LIST_WORDS = _phrases("list_introducers")
LIST_INTRODUCERS = LIST_WORDS + tuple((p,) for p in _DATA["list_punctuation"])
LIST_SEPARATORS = _words("list_separators")
MODIFIER_AFTER = _words("modifier_after")
GENERIC_NAMES = _words("generic_names")
FUNCTION_WORDS = _words("function_words")
MAKE_VERBS = _words("make_verbs")
CLAUSE_VERBS = _words("clause_verbs")
CONTRACTED_SUBJECTS = _words("contracted_subjects")
CONTRAST_TERMS = _words("contrast_terms")
GO_VERBS = _words("go_verbs")
HYPOTHETICAL = _words("hypothetical")
TAKEN_BACK_AFTER = _phrases("taken_back_after")
PREPOSITIONS = _words("prepositions")
QUESTION_TAGS = _words("question_tags")
ANSWERS_YES = _words("answers_yes")
ASKING_FOR = _words("asking_for")
REQUEST_WORDS = _words("request_words")
ING_ADJECTIVES = _words("ing_adjectives")
LEAD_BLOCKERS = _words("lead_blockers")
RAISING_VERBS = _words("raising_verbs")
ROLE_NOUNS = _words("role_nouns")
ANSWER_HEDGES = _words("answer_hedges")
MEMBERSHIP = _words("membership")
MILESTONES = _words("milestone_nouns")
CHAMPIONING = _words("championing_verbs")
RECENT = _words("recent_words")
TITLE_SMALL = _words("title_small_words")
SELF_OFFER = _words("self_offer_verbs")
OFFERED = _words("offered_nouns")
DERIVED = _words("derived")
INTRODUCING = _words("introducing")
PRONOUNS = _words("pronouns")
PERSONAL_PRONOUNS = _words("personal_pronouns")
DEFINITE_MODEL = _words("definite_model")
VERB_CONTEXT_BEFORE = _words("verb_context_before")
DETERMINERS = _words("determiners")
NAME_KEYS = _words("name_keys")
RELATIVE_OPENERS = _words("relative_openers")
NOT_SUPERLATIVES = _words("not_superlatives")
DISCOURSE_TURNS = _words("discourse_turns")
BELIEF_VERBS = _words("belief_verbs")
HEARSAY_SUBJECTS = _words("hearsay_subjects")
TRANSPARENT_OF = _words("transparent_of")
FRONTING = _words("fronting")
COMPARISON = _words("comparison")
QUALITY_NOUNS = _words("quality_nouns")
HAVING_VERBS = _words("having_verbs")
LICENSE_NOUNS = _words("license_nouns")
LICENSE_NAMES = _words("license_names")
REPORTING_NOUNS = _words("reporting_nouns")
HAVE_VERBS = _words("have_verbs")
TOPIC_SEPARATORS = _words("topic_separators")
PRESENTING_VERBS = _words("presenting_verbs")
RELEASE_VERBS = _words("release_verbs")
MAKER_ACTS = _words("maker_acts") | RELEASE_VERBS
MAKER_ACT_ADVERBS = _words("maker_act_adverbs")
MADE_FROM = _words("made_from")
ANSWER_MARKS = _words("answer_marks")
OTHER_MODEL_WORDS = _words("other_model_words")
KIND_NOUNS = _words("kind_nouns")
FRAGMENT_TAIL = _words("fragment_tail")
AGREEING_REPLIES = _words("agreeing_replies")

# The attachment rules' own word lists.
ALTERNATIVES = _words("alternative_nouns")
NAMING_VERBS = _words("naming_verbs")
MODALS = _words("modals")
BRAND_NOUNS = _words("brand_nouns")
PLURAL_REFERENCES = _words("plural_references")
DISTANCING = _words("distancing")
INSTANCE_MARKERS = _phrases("instance_markers")
REPEATED_SAYING = _words("repeated_saying")
KEEP_VERBS = _words("keep_verbs")
ORGANISATION_NOUNS = _words("organisation_nouns")
CELL_ADVERBIALS = _words("cell_adverbials")
HEADLINE_ADVERBS = _words("headline_adverbs")
CONCESSIVE = _words("concessive")
IMPLIED_BLOCKERS = _words("implied_blockers")
MANNER_NOUNS = _words("manner_nouns")
TOPIC_FRAMES = _phrases("topic_frames")
IRREGULAR_PARTICIPLES = _words("irregular_participles")
QUANTITY_WORDS = _words("quantity_words")
EXAMPLE_TAKERS = _words("example_takers")
WORK_NOUNS = _words("work_nouns")
DISPUTE_WORDS = _words("dispute_words")
QUALIFYING_NOUNS = _words("qualifying_nouns")
TOOL_NOUNS = _words("tool_nouns")
SYSTEM_NOUNS = _words("system_nouns")
DOMAIN_NOUNS = _words("domain_nouns")
LEADING_VERBS = _words("leading_verbs")
ADOPTING_VERBS = _words("adopting_verbs")
OWN_NOUNS = _words("own_nouns")
AVAILABLE = _words("available")
RESULT_PARTICIPLES = _words("result_participles")
DEGREE_GRADES = _words("degree_grades")
PURPOSE_NOUNS = _words("purpose_nouns")
OFFER_VERBS = _words("offer_verbs")
PREPOSITIONAL_FRONTING = _words("prepositional_fronting")
TIME_WORDS = _words("time_words")
SET_APART = _words("set_apart")
TIME_OPENERS = _words("time_openers")
DESCRIBING_OPENERS = _words("describing_openers")
CLAUSE_LINKS = _words("clause_links")
IT = _words("it_forms")
TAKEN_BACK = _words("taken_back_answers")
ECHO_OPENERS = _words("echo_openers")
ECHO_COPULAS = _words("echo_copulas")
ECHO_ADVERBS = _words("echo_adverbs")
REBUTTALS = _phrases("rebuttals")
STUDY_VERBS = _words("study_verbs")
SELECTION_NOUNS = _words("selection_nouns")
SWAP_VERBS = _words("swap_verbs")
CHOICE_PHRASES = _phrases("choice_phrases")
ADDING_VERBS = _words("adding_verbs")
REQUIREMENT_WORDS = _words("requirement_words")
PAST_BELIEF_FRAMES = _phrases("past_belief_frames")
MYTH_LABELS = _words("myth_labels")
REQUIRING_VERBS = _words("requiring_verbs")
REMOVING_VERBS = _words("removing_verbs")
COLLECTION_NOUNS = _words("collection_nouns")
LEGEND_MARKS = _words("legend_marks")
LEGEND_VERBS = _words("legend_verbs")
PROVIDING_VERBS = _words("providing_verbs")
ATTRIBUTE_LABELS = _words("attribute_labels")
WANTING_VERBS = _words("wanting_verbs")
MAKER_NOUNS = _words("maker_nouns")
PLACE_NAMES = _words("place_names")
LABELLING_VERBS = _words("labelling_verbs")
LABELLED_PARTICIPLES = _words("labelled_participles")
CHOICE_NOUNS = _words("choice_nouns")
EVIDENCE_VERBS = _words("evidence_verbs")
NEW_WORDS = _words("new_words")
TIER_WORDS = _words("tier_words")
FOCUS_ADVERBS = _words("focus_adverbs")
PICK_VERBS = _words("pick_verbs")
REASON_OPENERS = _words("reason_openers")
ASIDE_OPENERS = _words("aside_openers")
OBJECT_PREPOSITIONS = _words("object_prepositions")
FIELD_OPENERS = _words("field_openers")
OFFERING_VERBS = _words("offering_verbs")
BANNER_NOUNS = _words("banner_nouns")
TELLING_VERBS = _words("telling_verbs")
GROUP_NOUNS = _words("group_nouns")
JUDGEMENTS = _words("judgements")
PAST_SAYING = _words("past_saying")
INFINITIVE_VERBS = _words("infinitive_verbs")
RELEASE_NOUNS = _words("release_nouns")
LISTING_WORDS = _words("listing_words")
NAMING_WORDS = _words("naming_words")
CALLING_VERBS = _words("calling_verbs")
USER_LEAD = _words("user_lead")
AUXILIARIES = _words("auxiliaries")
OPINION_FRAMES = _phrases("opinion_frames")
CHANGE_VERBS = _words("change_verbs")
FRAGMENT_OPENERS = _words("fragment_openers")
FRAGMENT_BLOCKERS = (
    NEGATIONS | (ANSWER_HEDGES - {"only"}) | LEAD_BLOCKERS | REPORTING_VERBS | _words("fragment_hedges")
)
DESCRIPTION_HEADERS = _words("description_headers")
TURNING_WORDS = _words("turning_words")
ITEM_APART = _words("item_apart")
LACK_WORDS = _words("lack_words")
RECOMMEND_VERBS = _words("recommend_verbs")
USING_IMPERATIVES = _words("using_imperatives")
STATUS_COPULAS = _phrases("status_copulas")
STATUS_TERMS = _phrases("status_terms")
AFFIRMATIVE = _words("affirmative_values")
FIELD_KEYS = _words("field_keys")
NEGATIVE = _words("negative_values")
DEGREE = _words("degree_words")
BACK_REFERENCES = _words("back_references")
SUBJECT_LEAD = _words("subject_lead")
BEGAN = _words("act_markers")
BACK_NP = _words("back_determiners")
NAMING = _words("naming_participles")
SUBJECT_PRONOUNS = _words("subject_pronouns")
ASIDE_ADVERBS = _words("aside_adverbs")
OBJECT_ENDS = _words("object_ends")
AFTER_PASSIVE = _words("after_passive")
EXAMPLE_MARKERS = _phrases("example_markers")


def title_case(words: list[str]) -> bool:
    """Three words or more, each capitalised but the small words a title leaves in lower case:
    a headline ("Meta Releases Llama 3 as Open Source")."""
    return len(words) >= 3 and all(w[:1].isupper() or w.lower() in TITLE_SMALL for w in words)
