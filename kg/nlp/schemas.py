"""Pydantic schemas of the lexicon data files, validated row by row when loaded."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kg.models import EntityType


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CountryRow(Row):
    """One line of the countries reference table."""

    alpha2: str = Field(pattern=r"^[A-Za-z]{2}$")
    alpha3: str = ""
    name_en: str = Field(min_length=1)
    name_fr: str = ""
    name_ar: str = ""
    wikidata: str | None = None
    capital_en: list[str] = Field(default_factory=list)
    capital_fr: list[str] = Field(default_factory=list)
    capital_ar: list[str] = Field(default_factory=list)
    demonyms_en: list[str] = Field(default_factory=list)
    demonyms_fr: list[str] = Field(default_factory=list)
    demonyms_ar: list[str] = Field(default_factory=list)
    aliases_en: list[str] = Field(default_factory=list)
    aliases_fr: list[str] = Field(default_factory=list)
    aliases_ar: list[str] = Field(default_factory=list)

    @field_validator("wikidata")
    @classmethod
    def _wikidata(cls, value: str | None) -> str | None:
        if value and not re.match(r"^Q[1-9]\d*$", value):
            raise ValueError(f"{value!r} is not a Wikidata id")
        return value or None


class NamedRow(Row):
    """A body, organisation or place with its surface forms per language."""

    name: str = Field(min_length=1)
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9]\d*$")
    country: str | None = Field(default=None, pattern=r"^[a-z]{2}$")
    type: EntityType | None = None
    # A place that, acting, stands for an organisation named in the same article rather than for
    # its country ("Brussels promised …" is the European Union when the article names it).
    acts_for: str | None = Field(default=None, pattern=r"^org/[a-z0-9-]+$")
    # A body's ministers' portfolios that its name does not give (English portfolio names, as in the
    # packs' portfolios.yaml): Japan's "minister for digital transformation" heads its Digital Agency.
    portfolios: list[str] = Field(default_factory=list)
    # Its head's titles, in any language, for a title of its country that names no portfolio ("US
    # Secretary of State": the Department of State).
    titles: list[str] = Field(default_factory=list)
    # A sub-national region (a state, a province) with a government of its own: "Government of <name>".
    region: bool = False
    # A region whose government has international relations of its own (Quebec: a ministry of them,
    # delegations abroad): acting ("la France et le Québec"), its name stands for that government.
    international: bool = False
    en: list[str] = Field(default_factory=list)
    fr: list[str] = Field(default_factory=list)
    ar: list[str] = Field(default_factory=list)


class PortfolioRow(Row):
    """A ministerial portfolio and the phrases naming it."""

    en: str = Field(min_length=1)
    fr: list[str] = Field(default_factory=list)
    en_variants: list[str] = Field(default_factory=list)


class RoleRow(Row):
    """Role nouns (titles) in each language, and the kind of body they imply."""

    fr: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    body: str | None = None


class TitlesFile(Row):
    honorifics: dict[str, list[str]]
    roles: list[RoleRow]


class HeadRow(Row):
    text: str = Field(min_length=1)
    kind: str


class PersonCue(Row):
    text: str = Field(min_length=1)
    role: str = Field(min_length=1)
    gender: Literal["f", "m"] | None = None


class CorefFile(Row):
    person: dict[str, list[PersonCue]]
    pair: dict[str, list[str]]
    people_pair: dict[str, list[str]] = Field(default_factory=dict)
    minister_pair: dict[str, list[str]] = Field(default_factory=dict)
    body_pair: dict[str, list[str]] = Field(default_factory=dict)
    group: dict[str, list[str]] = Field(default_factory=dict)
    official: dict[str, list[str]] = Field(default_factory=dict)
    kingdom: dict[str, list[str]]
    kingdoms: list[str] = Field(default_factory=list)
    body: dict[str, list[str]] = Field(default_factory=dict)
    pronoun: dict[str, list[str]] = Field(default_factory=dict)
    capital: dict[str, list[str]] = Field(default_factory=dict)
    gender: dict[Literal["f", "m"], list[str]] = Field(default_factory=dict)


class DomainHeads(Row):
    after: dict[str, list[str]] = Field(default_factory=dict)
    before: dict[str, list[str]] = Field(default_factory=dict)


class RelativeDate(Row):
    text: str = Field(min_length=1)
    days: int
    unit: str = "day"


class DatesFile(Row):
    months: dict[str, list[str]]
    weekdays: dict[str, list[str]]
    relative: dict[str, list[RelativeDate]]

    @field_validator("months")
    @classmethod
    def _twelve(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for language, names in value.items():
            if len(names) != 12:
                raise ValueError(f"{language}: expected 12 months, got {len(names)}")
        return value


class DomainVariants(Row):
    en: list[str] = Field(default_factory=list)
    fr: list[str] = Field(default_factory=list)


def check_pattern(pattern: str) -> str:
    """A regular expression that compiles, or a ValueError saying why not."""
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"bad regular expression {pattern!r}: {error}") from None
    return pattern


class AgreementKind(Row):
    """A kind of agreement, its English label and the phrases naming it."""

    label: str = Field(min_length=1)
    fr: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class EntityTypeRow(Row):
    type: EntityType


# -- language packs: one schema per file of data/lang/<code>/, the same for every language --


class PackFile(Row):
    """pack.yaml: the language's name and pipeline choice."""

    name: str = Field(min_length=1)
    # The one spaCy pipeline to use: an installed package, a folder data/models/<name>, or "sentencizer".
    model: str = Field(pattern=r"^(sentencizer|[A-Za-z][A-Za-z0-9_]*|data/models/[A-Za-z0-9_.-]+)$")
    # The exact version the trained pipeline must have ("3.8.0"); None accepts any.
    version: str | None = None
    fallback: Literal["sentencizer"] | None = None
    lower_case_name_tails: bool = False
    # False for a script without capital letters (Arabic): the layers that find names by their
    # capitals step aside and the language's own name layer finds them.
    script_has_case: bool = True
    # True where the subject follows its verb (Arabic): "استقبل X Y" is X receiving Y.
    subject_after_verb: bool = False
    # True where a country's name or demonym may stand before the noun it qualifies ("the UK Information
    # Commissioner's Office"); False where it follows it ("l'Autorité … saoudienne").
    country_before_noun: bool = False
    # Which NER locations become places: "any" trusts the pipeline's NER, "marked" keeps only those
    # the sentence marks as places (after a place opener: "in Dakar"); the lexicon's places stay.
    ner_places: Literal["any", "marked"] = "marked"


class Inflection(Row):
    """Endings added to a word that ends so (and not in one of `unless`): "ien" -> "ienne", "iens"."""

    ending: str
    add: list[str]
    unless: list[str] = Field(default_factory=list)


class Proclitic(Row):
    """Letters glued to the front of a word: a word written with `text` first may be `becomes` + the rest."""

    text: str = Field(min_length=1)
    becomes: str = ""


class WordsFile(Row):
    """words.yaml: closed-class words by the part they play (docs/languages.md)."""

    definite: list[str]
    coordinators: list[str]
    alternatives: list[str]
    partitives: list[str]
    possessives: list[str]
    relative_pronouns: list[str]
    between: list[str]
    agents: list[str]
    locatives: list[str]
    partnership_stems: list[str]
    place_openers: list[str]
    venue_words: list[str] = []  # "in", "à": a country right after one is where a deal was made, no partner
    name_connectors: list[str]
    name_lower_links: list[str] = []
    policy_leading: list[str]
    apposition_determiners: list[str]
    policy_links: list[str]
    policy_openers: list[str] = []  # words that name a policy only right after them ("le projet Global Gateway")
    policy_generic: list[str] = []  # words that, with policy words only, name no one policy ("Master Plan")
    # a lower-case policy name ("la stratégie nationale pour le commerce électronique", "la loi sur les start-ups"):
    # the determiners before it, the qualifiers and heads that make it one, the words opening its complement
    policy_definite: list[str] = []
    policy_qualifiers: list[str] = []
    policy_titles: list[str] = []
    policy_complements: list[str] = []
    policy_brands: list[str] = []  # words that with a country's name make a policy's name ("Digital India")
    event_words: list[str] = []  # words naming an event: a dated name holding one is no policy ("Sommet … 2025")
    policy_list_openers: list[str] = []  # "initiatives such as A, B": the words opening a list of policy names
    function_words: list[str]
    modifier_breaks: list[str]
    not_names: list[str]
    speech_verbs: list[str]
    subject_verbs: list[str]
    subject_verb_exceptions: list[str]
    verb_endings: list[str]
    portfolio_openers: list[str]
    portfolio_run_words: list[str]
    portfolio_charges: list[str] = []  # "chargé de", "in charge of": a portfolio follows, with or without a title
    title_connectors: list[str]
    title_glued_words: list[str] = []  # Arabic: glued words a title goes on through ("بدولة", "بأعمال")
    title_prepositions: list[str] = []  # Arabic: a preposition glued to a title ("بسفير"), no word of it
    body_complement_letters: list[str] = []  # Arabic: "of" glued to a body's complement ("الوكالة الجزائرية للفضاء")
    name_closers: list[str] = []  # Arabic: words that end a name set off by a comma after its title ("مع")
    definite_given_names: list[str] = []  # Arabic: given names written with the article ("الطاهر")
    pronoun_endings: list[str] = []  # Arabic: a possessive pronoun's endings ("ـهم"): a noun, no word of a name
    eponym_titles: list[str] = []  # Arabic: titles before the name of a person a body is named after ("الملك")
    country_anaphora: list[str] = []  # written right before a title, for the country named last ("nation's")
    region_government: list[str] = []  # a region's own government, "{}" for its name ("{} government")
    # The offices of a country's head of government or state, by English name, and the phrases naming them
    # ("Office of the Government": "bureau du gouvernement"); the country is written next to them.
    head_offices: dict[str, list[str]] = {}
    role_skippable: list[str]
    role_breaks: list[str]
    respective: list[str] = Field(default_factory=list)  # "respectivement": a list of names in order
    body_anaphora: list[str] = Field(default_factory=list)  # "cette institution": the body named last
    list_words: list[str]
    policy_key_stopwords: list[str]
    complements: list[str]
    genitive: list[str]
    country_qualifies_title: bool = False  # "Tuvalu Minister": a bare country name before a title is its country
    demonym_inflections: list[Inflection]
    central_bank_openers: list[str]
    proclitics: list[Proclitic]
    company_suffixes: list[str] = []
    purpose_links: list[str] = []  # "for": after a legal form and an article, what a company signs for
    company_nouns: list[str] = []  # words for companies or partners that a list of their names may follow
    press_names: list[str] = []  # "News Agency", "Xinhua": a name with one is a news source, no party to a deal
    news_agency_heads: list[str] = []  # "وكالة الأنباء": an organisation so named reports the news, no party to it
    company_list_openers: list[str] = []  # "including", "à l'instar de": the list of those names starts
    counts: dict[str, int] = {}  # number words that count agreements one by one ("two MoUs")


class NameWordsFile(Row):
    """data/lang/names.yaml: words of names in their own language, whatever the article's."""

    particles: list[str]
    regnal: list[str]
    connectors: list[str]


class ContextPatterns(Row):
    """The context patterns of cues.yaml: one regular expression each."""

    host: str
    passive: str
    with_: str = Field(alias="with")
    coordinated: str
    agent_before: str
    locative_before: str
    sending: str
    hosting: str
    indefinite_before: str
    place_after: str
    shared_before: str
    reference_before: str
    clause_end: str
    portfolio_title: str | None = None
    company_before: str | None = None
    company_after: str | None = None
    company_name_before: str | None = None  # "the car maker", "la société": the name right after is a company
    parent_before: str | None = None  # "filiale du groupe", "a subsidiary of": the parent company, no party
    member_after: str | None = None  # between a name and the body it is from: "from the"
    delegation_after: str | None = None  # right after a body: its delegation led by the people named next
    locative_prefix: str | None = None  # a clitic on the name itself: Arabic "بالرياض", in Riyadh
    locative_clitic: str | None = None  # a preposition glued to a name with no article: Arabic "بأديس أبابا"
    past_year: str | None = None  # "In 2011, …": a year the sentence sets its event in (group 1)
    ordinal_before: str | None = None  # "the second MoU", "la seconde convention": another agreement
    first_before: str | None = None  # "the first MoU", "le premier MoU": the first of those that follow
    also_before: str | None = None  # "also signed an MoU", "ont signé également un MOU": another agreement
    also_after: str | None = None  # "A Declaration of Intent was also inked": another agreement
    subjects_opening: str | None = None  # "four MoUs on …": the word opening the subjects, one per counted agreement
    visit_after: str | None = None  # "President Lula's state visit": the person is the visitor, no signer
    visit_before: str | None = None  # "during the visit of Minister X": the person is the visitor, no signer
    visitor_before: str | None = None  # "the visit to Hanoi of Minister X": the person is the one who visits
    origin_before: str | None = None  # "a delegation from": the country named next sends the travellers
    origin_after: str | None = None  # "the US delegation": the country named just before sends the travellers
    leader_before: str | None = None  # "X led the", "X a conduit la délégation": X leads the next country's delegation
    delegation_before: str | None = None  # "a delegation from", "la délégation": right before the delegation's country
    visited_before: str | None = None  # "une visite au Premier ministre, X": before X's title, X is visited
    behalf_after: str | None = None  # "X on behalf of the Ministry": the person signs for a side
    agent_after: str | None = None  # "signed by", "signée par" right after a signing verb: its signers follow
    signing_told: str | None = None  # "The signatories were", "وقام بالتوقيع" opening a sentence: its signers follow
    news_credit: str | None = None  # "— Acme pic", "told ACME": the agency credited (first group that matched)
    speaking_opening: str | None = None  # "Speaking during the signing ceremony,": the people named speak, no signers
    ties_before: str | None = None  # "relations between X and": the countries of ties, no parties to a deal
    country_behalf: str | None = None  # "X signed on behalf of the government of": the country named next is X's
    between: str | None = None  # "an MoU between A and B": those listed after it are the deal's parties
    press_after: str | None = None  # "'s newswire", "state media": the country named just before is the outlet's home
    source_before: str | None = None  # "according to", "selon": the body named right after is cited, no party
    press_before: str | None = None  # "la presse", "l'agence … d'information": the demonym right after is its home
    funding: str | None = None  # "funding from A and B": the co-funders listed after it fund the beneficiary
    talks_referred: str | None = None  # "the meeting held in Cairo": talks told in the sentence before
    event_referred: str | None = None  # "جاء ذلك خلال …": a sentence opening by referring back to the news near it
    held_by: str | None = None  # without a parse, right before bodies that hold talks: "عقدت" (held)
    gathering: str | None = None  # "during the forum … in Dushanbe": a gathering held in the city named after it
    delegation_received: str | None = None  # "a reçu une délégation", "received a delegation": host and guest partner
    session_joined: str | None = None  # "شاركت … في اجتماع": a country taking part in a body's session partners it

    @field_validator("*")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        return check_pattern(value) if value is not None else None


class CuesFile(Row):
    """cues.yaml: lexical cues of relations (lists of patterns) and the context patterns."""

    meets: list[str]
    visits: list[str]
    cooperates: list[str]
    signs: list[str]
    policy: list[str]
    agreement: list[str]
    opposed: list[str] = Field(default_factory=list)
    compared: list[str] = Field(default_factory=list)
    planned: list[str] = Field(default_factory=list)
    discussed: list[str] = Field(default_factory=list)
    continues: list[str] = Field(default_factory=list)
    refers: list[str] = Field(default_factory=list)
    fields: list[str] = Field(default_factory=list)
    helps: list[str] = Field(default_factory=list)
    companions: list[str] = Field(default_factory=list)
    leads: list[str] = Field(default_factory=list)
    witnessed: list[str] = Field(default_factory=list)
    venue: list[str] = Field(default_factory=list)
    reports: list[str] = Field(default_factory=list)
    attends: list[str] = Field(default_factory=list)
    context: ContextPatterns


CUE_KINDS = tuple(name for name in CuesFile.model_fields if name != "context")


class PackDates(Row):
    """dates.yaml of one language."""

    months: list[str] = Field(min_length=12, max_length=12)
    short_months: list[str] = Field(default_factory=list, max_length=12)
    weekdays: list[str] = Field(min_length=7, max_length=7)
    relative: list[RelativeDate] = Field(default_factory=list)
    range_from: list[str]
    range_to: list[str]
    day_suffixes: list[str]
    month_year_links: list[str]
    month_openers: list[str]
    capitalised_months: list[str]

    def calendar_words(self) -> list[str]:
        """The weekdays and every name of each month ("يناير|كانون الثاني" is two), as written."""
        return [*self.weekdays, *(m for row in self.months for m in row.split("|") if m)]


class PackCoref(Row):
    """coref.yaml of one language."""

    person: list[PersonCue] = Field(default_factory=list)
    pair: list[str] = Field(default_factory=list)
    people_pair: list[str] = Field(default_factory=list)
    minister_pair: list[str] = Field(default_factory=list)
    body_pair: list[str] = Field(default_factory=list)
    group: list[str] = Field(default_factory=list)
    official: list[str] = Field(default_factory=list)
    kingdom: list[str] = Field(default_factory=list)
    body: list[str] = Field(default_factory=list)
    pronoun: list[str] = Field(default_factory=list)
    capital: list[str] = Field(default_factory=list)
    gender: dict[Literal["f", "m"], list[str]] = Field(default_factory=dict)
    kingdom_not_followed_by: list[str] = Field(default_factory=list)
    kingdom_not_preceded_by: list[str] = Field(default_factory=list)


class PackRole(Row):
    phrases: list[str]
    body: str | None = None
    plurals: list[str] = Field(default_factory=list)  # "ministres": a title before a list of names
    office: str | None = None  # the English head of the name of the holder's office: "High Commission", "Commission"


class PackTitles(Row):
    """titles.yaml of one language."""

    honorifics: list[str]
    roles: list[PackRole]


class PackPortfolio(Row):
    """One row of portfolios.yaml: the English portfolio and this language's phrases for it."""

    portfolio: str = Field(min_length=1)
    phrases: list[str] = Field(default_factory=list)


class PackHeads(Row):
    """heads.yaml of one language."""

    body: list[HeadRow]
    names: dict[EntityType, list[str]]
    domain_after: list[str] = Field(default_factory=list)
    domain_before: list[str] = Field(default_factory=list)
    several_states: list[str] = Field(default_factory=list)
    name_links: list[str] = Field(default_factory=list)
    common_bodies: dict[str, str] = Field(default_factory=dict)
    national_heads: list[str] = Field(default_factory=list)
    national_openers: list[str] = Field(default_factory=list)
    national_exceptions: list[str] = Field(default_factory=list)


class PackRegions(Row):
    regions: list[str]


class PackAgreement(Row):
    """One row of agreements.yaml."""

    label: str = Field(min_length=1)
    phrases: list[str] = Field(default_factory=list)
    plurals: list[str] = Field(default_factory=list)  # plurals other than a phrase + "s" ("memoranda of …")
    describes: list[str] = Field(default_factory=list)  # precise kinds this one also names ("a cooperation
    # agreement" for an MoU)


class PackDomains(Row):
    """domains.yaml of one language."""

    variants: dict[str, list[str]] = Field(default_factory=dict)
    exclude: list[str] = Field(default_factory=list)
    field_openers: list[str] = Field(default_factory=list)  # "dans le domaine de": a field follows
    opened: list[str] = Field(default_factory=list)  # vague labels that name their field after an opener
    promoters: list[str] = Field(default_factory=list)  # "promouvoir": an opened label after it is a field
