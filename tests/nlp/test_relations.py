"""The relation layers (kg/nlp/relations.py) fed sentences and mentions by hand."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp.relations import SentenceRules
from kg.nlp.state import Role
from tests.support.article_state import drafts, mention, state_for, term

E = EntityType


def test_relations_visit_adds_the_place_and_its_country() -> None:
    state = state_for("Amal El Fallah Seghrouchni a effectué une visite officielle à Washington.", "fr")
    mention(state, "Amal El Fallah Seghrouchni", term(E.PERSON, "Amal El Fallah Seghrouchni"))
    mention(state, "Washington", term(E.PLACE, "Washington"))
    SentenceRules(state).visit_all()
    person = "person/amal-el-fallah-seghrouchni"
    assert drafts(state) == {("visit", "visits", person, "place/washington", 0.9),
                             ("visit-country", "visits", person, "country/us", 0.75)}


def test_relations_switched_off_rule_adds_nothing() -> None:
    state = state_for("Amal El Fallah Seghrouchni a effectué une visite officielle à Washington.", "fr")
    state.disabled = frozenset({"visit-country"})
    mention(state, "Amal El Fallah Seghrouchni", term(E.PERSON, "Amal El Fallah Seghrouchni"))
    mention(state, "Washington", term(E.PLACE, "Washington"))
    SentenceRules(state).visit_all()
    assert {d[0] for d in drafts(state)} == {"visit"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Nadia Ben Salem a rencontré Henrik Lindqvist lundi."),
    ("en", "Nadia Ben Salem met Henrik Lindqvist on Monday."),
    ("fr", "Nadia Ben Salem a conduit une délégation pour s'entretenir avec Henrik Lindqvist."),
    ("en", "The deal follows discussions between the two sides led by Nadia Ben Salem and Henrik Lindqvist."),
    ("fr", "Nadia Ben Salem a pris part aux échanges, en présence de Henrik Lindqvist."),
    ("en", "Nadia Ben Salem opened the workshop in the presence of Henrik Lindqvist."),
])
def test_relations_two_people_with_a_meeting_cue_meet(language: str, text: str) -> None:
    state = state_for(text, language)
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Henrik Lindqvist", term(E.PERSON, "Henrik Lindqvist"))
    SentenceRules(state).relate_all()
    assert drafts(state) == {("meet-people", "meets", "person/nadia-ben-salem", "person/henrik-lindqvist", 0.9)}


@pytest.mark.parametrize("text", ["Nadia Ben Salem is scheduled to meet Henrik Lindqvist on Monday.",
                                  "While there, Nadia Ben Salem will also meet Henrik Lindqvist."])
def test_relations_a_planned_meeting_is_no_meeting(text: str) -> None:
    state = state_for(text, "en")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Henrik Lindqvist", term(E.PERSON, "Henrik Lindqvist"))
    SentenceRules(state).relate_all()
    assert drafts(state) == set()


@pytest.mark.parametrize(("language", "text", "first", "second", "field"), [
    ("fr", "Le Maroc et la France vont renforcer leur coopération dans la cybersécurité.", "Maroc", "France",
     "cybersécurité"),
    ("en", "Morocco and France will strengthen their cooperation on cybersecurity.", "Morocco", "France",
     "cybersecurity"),
])
def test_relations_cooperation_gives_partners_and_fields(language: str, text: str, first: str, second: str,
                                                         field: str) -> None:
    state = state_for(text, language)
    mention(state, first, term(E.COUNTRY, first, "ma"))
    mention(state, second, term(E.COUNTRY, second, "fr"))
    mention(state, field, term(E.POLICY_DOMAIN, "cybersecurity"))
    SentenceRules(state).relate_all()
    assert drafts(state) == {
        ("partners", "cooperatesWith", "country/ma", "country/fr", 0.85),
        ("cooperate-on", "cooperatesOn", "country/ma", "domain/cybersecurity", 0.85),
        ("cooperate-on", "cooperatesOn", "country/fr", "domain/cybersecurity", 0.85)}


@pytest.mark.parametrize("verb", ["has partnered with", "teamed up with", "joined hands with"])
def test_relations_partnering_verbs_are_cooperation(verb: str) -> None:
    state = state_for(f"Rwanda {verb} Google to expand cybersecurity.", "en")
    mention(state, "Rwanda", term(E.COUNTRY, "Rwanda", "rw"))
    mention(state, "Google", term(E.ORGANIZATION, "Google"))
    mention(state, "cybersecurity", term(E.POLICY_DOMAIN, "cybersecurity"))
    SentenceRules(state).relate_all()
    assert {(d[2], d[3]) for d in drafts(state) if d[1] == "cooperatesOn"} == {
        ("country/rw", "domain/cybersecurity"), ("org/google", "domain/cybersecurity")}


def test_relations_a_named_policy_belongs_to_the_country_in_its_name() -> None:
    state = state_for("Le ministère pilote la stratégie Digital Maroc 2030 depuis Rabat.", "fr")
    mention(state, "Digital Maroc 2030", term(E.POLICY, "Digital Maroc 2030"))
    SentenceRules(state).relate_all()
    assert drafts(state) == {("policy-owner", "hasPolicy", "country/ma", "policy/digital-maroc-2030", 0.8)}


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("fr", "Minh Tran et Awa Kone ont signé le protocole d'accord lundi.", "protocole d'accord"),
    ("en", "Minh Tran and Awa Kone signed the memorandum of understanding on Monday.", "memorandum of understanding"),
])
def test_relations_the_parties_an_agreement_is_named_after_sign_it(language: str, text: str, phrase: str) -> None:
    state = state_for(text, language)
    mention(state, "Minh Tran", term(E.PERSON, "Minh Tran"))
    mention(state, "Awa Kone", term(E.PERSON, "Awa Kone"))
    mou = mention(state, phrase, term(E.AGREEMENT, "Côte d'Ivoire-South Korea Memorandum of Understanding"))
    state.agreement_parties[mou.id] = ["country/ci", "country/kr"]
    SentenceRules(state).relate_all()
    signs = {(d[0], d[2], d[4]) for d in drafts(state) if d[1] == "signs"}
    assert signs == {("sign", "person/minh-tran", 0.9), ("sign", "person/awa-kone", 0.9),
                     ("party-signs", "country/ci", 0.8), ("party-signs", "country/kr", 0.8)}



@pytest.mark.parametrize(("language", "text", "fields"), [
    ("fr", "Le Maroc et la France renforcent leur coopération. Il s'agit notamment de la cybersécurité et de "
           "l'intelligence artificielle.", ("cybersécurité", "intelligence artificielle")),
    ("en", "Morocco and France agreed to deepen their partnership. They include cybersecurity and artificial "
           "intelligence.", ("cybersecurity", "artificial intelligence")),
])
def test_relations_a_sentence_going_on_listing_fields_inherits_the_parties(language: str, text: str,
                                                                          fields: tuple[str, str]) -> None:
    state = state_for(text, language)
    mention(state, "Maroc" if language == "fr" else "Morocco", term(E.COUNTRY, "Morocco", "ma"))
    mention(state, "France", term(E.COUNTRY, "France", "fr"))
    mention(state, fields[0], term(E.POLICY_DOMAIN, "cybersecurity"))
    mention(state, fields[1], term(E.POLICY_DOMAIN, "artificial intelligence"))
    SentenceRules(state).relate_all()
    found = {(d[2], d[3]) for d in drafts(state) if d[1] == "cooperatesOn"}
    assert found == {(c, d) for c in ("country/ma", "country/fr")
                     for d in ("domain/cybersecurity", "domain/artificial-intelligence")}


def test_relations_a_sentence_not_going_on_from_cooperation_gives_no_fields() -> None:
    state = state_for("Morocco and France held an election. They include cybersecurity.", "en")
    mention(state, "Morocco", term(E.COUNTRY, "Morocco", "ma"))
    mention(state, "France", term(E.COUNTRY, "France", "fr"))
    mention(state, "cybersecurity", term(E.POLICY_DOMAIN, "cybersecurity"))
    SentenceRules(state).relate_all()
    assert not [d for d in drafts(state) if d[1] == "cooperatesOn"]


def test_relations_a_field_in_a_person_s_title_is_no_field_of_cooperation() -> None:
    text = "Kenya and Japan agreed to cooperate, said Jane Mwangi, Principal Secretary for Cybersecurity."
    state = state_for(text, "en")
    mention(state, "Kenya", term(E.COUNTRY, "Kenya", "ke"))
    mention(state, "Japan", term(E.COUNTRY, "Japan", "jp"))
    mention(state, "Cybersecurity", term(E.POLICY_DOMAIN, "cybersecurity"))
    title = text.index("Principal Secretary")
    state.roles["person/jane-mwangi"] = Role("Principal Secretary for Cybersecurity", title, len(text) - 1,
                                             len(text) - 1, state.sentences[0])
    SentenceRules(state).relate_all()
    assert ("partners", "cooperatesWith", "country/ke", "country/jp", 0.85) in drafts(state)
    assert not [d for d in drafts(state) if d[1] == "cooperatesOn"]


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("en", "Kenya and Japan are to sign a cooperation agreement on Monday.", "cooperation agreement"),
    ("fr", "Un accord de coopération entre le Kenya et le Japon sera signé lundi.", "accord de coopération"),
])
def test_relations_an_agreement_yet_to_be_signed_gives_no_signature_nor_partners(language: str, text: str,
                                                                                  phrase: str) -> None:
    state = state_for(text, language)
    mention(state, "Kenya", term(E.COUNTRY, "Kenya", "ke"))
    mention(state, "Japan" if language == "en" else "Japon", term(E.COUNTRY, "Japan", "jp"))
    mention(state, phrase, term(E.AGREEMENT, "Japan-Kenya Cooperation Agreement"))
    SentenceRules(state).relate_all()
    assert drafts(state) == set()


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "La ministre Awa Kone a participé du 3 au 4 mai à Lomé au sommet sur la cybersécurité."),
    ("en", "Minister Awa Kone attended the cybersecurity summit in Lomé on 3 May."),
])
def test_relations_taking_part_in_an_event_abroad_is_a_visit(language: str, text: str) -> None:
    state = state_for(text, language)
    mention(state, "Awa Kone", term(E.PERSON, "Awa Kone"))
    mention(state, "Lomé", term(E.PLACE, "Lomé", "tg"))
    SentenceRules(state).visit_all()
    assert ("visit", "visits", "person/awa-kone", "place/lome", 0.9) in drafts(state)


@pytest.mark.parametrize(("home", "paired"), [("country/ke", False), ("country/jp", True)])
def test_relations_a_body_does_not_partner_its_own_country(home: str, paired: bool) -> None:
    state = state_for("Kenya agreed to cooperate with the Ministry of ICT.", "en")
    mention(state, "Kenya", term(E.COUNTRY, "Kenya", "ke"))
    mention(state, "Ministry of ICT", term(E.GOVERNMENT_BODY, "Ministry of ICT"))
    state.body_country["body/ministry-of-ict"] = (home, state.sentences[0])
    SentenceRules(state).relate_all()
    pair = ("partners", "cooperatesWith", "country/ke", "body/ministry-of-ict", 0.85)
    assert (pair in drafts(state)) is paired


@pytest.mark.parametrize(("language", "text", "listed"), [
    ("en", "Peru is the third country, after Kenya and Japan, to sign a digital partnership with Chile.",
     ("Kenya", "Japan")),
    ("fr", "Le Pérou est le troisième pays, après le Kenya et le Japon, à signer un partenariat numérique "
           "avec le Chili.",
     ("Kenya", "Japon")),
    ("en", "Peru signed a digital partnership with Chile, like Kenya and Japan did last year.", ("Kenya", "Japan")),
])
def test_relations_names_listed_for_comparison_are_no_partners(language: str, text: str,
                                                               listed: tuple[str, str]) -> None:
    state = state_for(text, language)
    mention(state, "Pérou" if language == "fr" else "Peru", term(E.COUNTRY, "Peru", "pe"))
    mention(state, listed[0], term(E.COUNTRY, "Kenya", "ke"))
    mention(state, listed[1], term(E.COUNTRY, "Japan", "jp"))
    mention(state, "Chili" if language == "fr" else "Chile", term(E.COUNTRY, "Chile", "cl"))
    SentenceRules(state).relate_all()
    pairs = {tuple(sorted(d[2:4])) for d in drafts(state) if d[1] == "cooperatesWith"}
    assert pairs == {("country/cl", "country/pe")}


def test_relations_a_policy_belongs_to_the_country_whose_acronym_starts_its_name() -> None:
    state = state_for("In Bogotá, Colombia heard about the UAE Strategy for Artificial Intelligence.", "en")
    mention(state, "Colombia", term(E.COUNTRY, "Colombia", "co"))
    mention(state, "UAE Strategy for Artificial Intelligence",
            term(E.POLICY, "UAE Strategy for Artificial Intelligence"))
    SentenceRules(state).relate_all()
    owners = {d[2] for d in drafts(state) if d[1] == "hasPolicy"}
    assert owners == {"country/ae"}


def test_relations_meeting_abroad_is_a_visit_of_whoever_is_not_at_home() -> None:
    state = state_for("Nadia Ben Salem s'est entretenue à Genève avec Henrik Lindqvist.", "fr")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Genève", term(E.PLACE, "Geneva", "ch"))
    mention(state, "Henrik Lindqvist", term(E.PERSON, "Henrik Lindqvist"))
    state.person_country["person/nadia-ben-salem"] = "ma"
    SentenceRules(state).visit_all()
    assert drafts(state) == {("visit-away", "visits", "person/nadia-ben-salem", "place/geneva", 0.8),
                             ("visit-country", "visits", "person/nadia-ben-salem", "country/ch", 0.75)}


def test_relations_signing_at_a_host_s_home_is_a_visit_of_the_foreign_guest() -> None:
    text = "Karim Alaoui et son homologue du Ghana, Kwame Mensah, ont signé l'accord à Rabat."
    state = state_for(text, "fr")
    mention(state, "Karim Alaoui", term(E.PERSON, "Karim Alaoui"))
    mention(state, "Ghana", term(E.COUNTRY, "Ghana", "gh"))
    mention(state, "Kwame Mensah", term(E.PERSON, "Kwame Mensah"))
    mention(state, "Rabat", term(E.PLACE, "Rabat", "ma"))
    state.person_country["person/karim-alaoui"] = "ma"
    SentenceRules(state).visit_all()
    visits = {(d[0], d[2], d[3]) for d in drafts(state)}
    assert ("visit-away", "person/kwame-mensah", "place/rabat") in visits
    assert not [v for v in visits if v[1] == "person/karim-alaoui"]


def test_relations_a_host_receives_the_visitor_where_the_text_says() -> None:
    text = "Amadou Diallo a reçu son collègue Lamin Jallow à Dakar, à la tête d'une délégation venue de Banjul."
    state = state_for(text, "fr")
    mention(state, "Amadou Diallo", term(E.PERSON, "Amadou Diallo"))
    mention(state, "Lamin Jallow", term(E.PERSON, "Lamin Jallow"))
    mention(state, "Dakar", term(E.PLACE, "Dakar", "sn"))
    mention(state, "Banjul", term(E.PLACE, "Banjul", "gm"))
    SentenceRules(state).visit_all()
    assert ("visit", "visits", "person/lamin-jallow", "place/dakar", 0.9) in drafts(state)
    assert not [d for d in drafts(state) if d[3] == "place/banjul"]


def test_relations_bodies_of_one_country_are_no_partners() -> None:
    from kg.nlp.article import drop_compatriot_partners

    text = "A joint statement came from the Ministry of Trade, the Media Authority and Ghana's Ministry of ICT."
    state = state_for(text, "en")
    sentence = state.sentences[0]
    trade, media, ict = "body/ministry-of-trade", "body/media-authority", "body/ministry-of-ict"
    for body, country in ((trade, "country/sg"), (media, "country/sg"), (ict, "country/gh")):
        state.add("part-of", body, country, sentence, dated=False)
    for a, b in ((trade, media), (trade, ict), (media, "country/sg")):
        state.add("partners", a, b, sentence)
    drop_compatriot_partners(state)
    assert {(d[2], d[3]) for d in drafts(state) if d[1] == "cooperatesWith"} == {(trade, ict)}


def test_relations_fields_with_no_party_go_to_no_country_merely_named() -> None:
    text = "Senegal hosted a summit on China. The programme aims to strengthen cooperation on health."
    state = state_for(text, "en")
    mention(state, "Senegal", term(E.COUNTRY, "Senegal", "sn"))
    mention(state, "China", term(E.COUNTRY, "China", "cn"))
    mention(state, "health", term(E.POLICY_DOMAIN, "health"))
    SentenceRules(state).relate_all()
    assert not [d for d in drafts(state) if d[1] == "cooperatesOn"]


def test_relations_the_sides_are_the_two_main_parties() -> None:
    from kg.nlp.coref import pair_markers

    text = "Kenya and Japan held talks. The sides also discussed cooperation on cybersecurity."
    state = state_for(text, "en")
    mention(state, "Kenya", term(E.COUNTRY, "Kenya", "ke"))
    mention(state, "Japan", term(E.COUNTRY, "Japan", "jp"))
    mention(state, "cybersecurity", term(E.POLICY_DOMAIN, "cybersecurity"))
    pair_markers(state)
    SentenceRules(state).relate_all()
    assert {(d[2], d[3]) for d in drafts(state) if d[1] == "cooperatesOn"} == {
        ("country/ke", "domain/cybersecurity"), ("country/jp", "domain/cybersecurity")}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Maroc et la France renforcent leur coopération. Les axes principaux de cet accord comprennent "
           "la cybersécurité."),
    ("en", "Morocco and France agreed to deepen their partnership. These areas include cybersecurity."),
    ("fr", "Le Maroc s'est associé à la France pour développer la cybersécurité."),
])
def test_relations_areas_listed_after_a_partnership_are_its_fields(language: str, text: str) -> None:
    state = state_for(text, language)
    mention(state, "Maroc" if language == "fr" else "Morocco", term(E.COUNTRY, "Morocco", "ma"))
    mention(state, "France", term(E.COUNTRY, "France", "fr"))
    field = "cybersécurité" if language == "fr" else "cybersecurity"
    mention(state, field, term(E.POLICY_DOMAIN, "cybersecurity"))
    SentenceRules(state).relate_all()
    assert {(d[2], d[3]) for d in drafts(state) if d[1] == "cooperatesOn"} == {
        ("country/ma", "domain/cybersecurity"), ("country/fr", "domain/cybersecurity")}


def test_relations_a_partnership_with_one_named_party_is_also_its_partner_s() -> None:
    text = "Rwanda has partnered with Google. The minister said the partnership with Google will drive digital " \
           "inclusion."
    state = state_for(text, "en")
    mention(state, "Rwanda", term(E.COUNTRY, "Rwanda", "rw"))
    for k in range(2):
        mention(state, "Google", term(E.ORGANIZATION, "Google"), k)
    mention(state, "digital inclusion", term(E.POLICY_DOMAIN, "digital inclusion"))
    SentenceRules(state).relate_all()
    assert {(d[2], d[3]) for d in drafts(state) if d[1] == "cooperatesOn"} == {
        ("org/google", "domain/digital-inclusion"), ("country/rw", "domain/digital-inclusion")}


@pytest.mark.parametrize(("language", "text", "sides"), [
    ("fr", "Nadia Ben Salem et Henrik Lindqvist sont arrivés lundi. Les deux parties ont tenu une séance de "
           "travail.", "Les deux parties"),
    ("en", "Nadia Ben Salem and Henrik Lindqvist arrived on Monday. The two sides then held talks.", "The two sides"),
])
def test_relations_the_two_sides_meeting_are_the_people_last_named(language: str, text: str, sides: str) -> None:
    state = state_for(text, language)
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Henrik Lindqvist", term(E.PERSON, "Henrik Lindqvist"))
    state.sentences[1].pairs.append((state.text.index(sides), "pair"))
    SentenceRules(state).relate_all()
    meets = {frozenset((d[2], d[3])) for d in drafts(state) if d[1] == "meets"}
    assert meets == {frozenset(("person/henrik-lindqvist", "person/nadia-ben-salem"))}


@pytest.mark.parametrize(("text", "met"), [
    ("Nadia Ben Salem met with the Digital Economy Agency on Monday.", True),
    ("Nadia Ben Salem met with students and later praised the Digital Economy Agency.", False),
    ("The Digital Economy Agency approved the plan at its meeting chaired by Nadia Ben Salem.", False),
    ("In the presence of Nadia Ben Salem, the Digital Economy Agency announced the plan.", False),
])
def test_relations_a_person_meets_the_body_listed_right_after_with(text: str, met: bool) -> None:
    state = state_for(text, "en")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Digital Economy Agency", term(E.GOVERNMENT_BODY, "Digital Economy Agency"))
    SentenceRules(state).relate_all()
    expected = {("meet-body", "meets", "person/nadia-ben-salem", "body/digital-economy-agency", 0.75)}
    assert {d for d in drafts(state) if d[1] == "meets"} == (expected if met else set())


def test_relations_a_company_s_deal_with_a_ministry_gives_the_ministry_its_fields_not_its_country() -> None:
    text = "The memorandum between Huawei and the Ministry of Foreign Affairs (MFA) of Angola was signed to " \
           "cooperate on cybersecurity."
    state = state_for(text, "en")
    mention(state, "Huawei", term(E.ORGANIZATION, "Huawei"))
    mention(state, "Ministry of Foreign Affairs", term(E.GOVERNMENT_BODY, "Ministry of Foreign Affairs of Angola"))
    mention(state, "Angola", term(E.COUNTRY, "Angola", "ao"))
    mention(state, "memorandum", term(E.AGREEMENT, "Angola-Huawei Memorandum of Understanding"))
    mention(state, "cybersecurity", term(E.POLICY_DOMAIN, "cybersecurity"))
    SentenceRules(state).relate_all()
    found = {(d[1], d[2]) for d in drafts(state) if d[1] in ("cooperatesOn", "signs")}
    ministry = "body/ministry-of-foreign-affairs-of-angola"
    assert found == {("cooperatesOn", "org/huawei"), ("cooperatesOn", ministry), ("signs", "org/huawei"),
                     ("signs", ministry)}


@pytest.mark.parametrize(("language", "text", "names"), [
    ("en", "The Commission is a key partner of the programme, alongside Ghana, Togo and Benin.",
     ("Ghana", "Togo", "Benin")),
    ("fr", "La Commission est partenaire du programme, aux côtés du Ghana, du Togo et du Bénin.",
     ("Ghana", "Togo", "Bénin")),
])
def test_relations_names_listed_alongside_a_partner_do_not_partner_each_other(language: str, text: str,
                                                                              names: tuple[str, ...]) -> None:
    state = state_for(text, language)
    for name, code in zip(names, ("gh", "tg", "bj"), strict=True):
        mention(state, name, term(E.COUNTRY, name, code))
    SentenceRules(state).relate_all()
    assert not [d for d in drafts(state) if d[1] == "cooperatesWith"]


@pytest.mark.parametrize(("language", "text", "field"), [
    ("en", "Morocco and France are keen to share successful experiences in cybersecurity.", "cybersecurity"),
    ("fr", "Le Maroc et la France misent sur le partage d'expériences en cybersécurité.", "cybersécurité"),
])
def test_relations_sharing_experience_is_cooperation(language: str, text: str, field: str) -> None:
    state = state_for(text, language)
    mention(state, "Maroc" if language == "fr" else "Morocco", term(E.COUNTRY, "Morocco", "ma"))
    mention(state, "France", term(E.COUNTRY, "France", "fr"))
    mention(state, field, term(E.POLICY_DOMAIN, "cybersecurity"))
    SentenceRules(state).relate_all()
    assert ("partners", "cooperatesWith", "country/ma", "country/fr", 0.85) in drafts(state)


def test_relations_a_policy_a_ministry_acts_under_is_the_ministry_s_and_its_country_s() -> None:
    text = "Dans le cadre de la Stratégie nationale du numérique 2030, le ministère de l'Économie numérique a signé."
    state = state_for(text, "fr")
    mention(state, "Stratégie nationale du numérique 2030", term(E.POLICY, "Stratégie nationale du numérique 2030"))
    body = term(E.GOVERNMENT_BODY, "Ministry of Digital Economy")
    ministry = mention(state, "ministère de l'Économie numérique", body)
    state.body_country[ministry.id] = ("country/ci", state.sentences[0])
    SentenceRules(state).relate_all()
    owners = {d[2] for d in drafts(state) if d[1] == "hasPolicy"}
    assert owners == {ministry.id, "country/ci"}



@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nadia Ben Salem met Henrik Lindqvist. Omar Idrissi spoke. Both sides have agreed to hold an annual "
           "review meeting."),
    ("fr", "Nadia Ben Salem a rencontré Henrik Lindqvist. Omar Idrissi a parlé. Les deux parties ont convenu de "
           "tenir une réunion annuelle."),
])
def test_relations_a_meeting_agreed_on_is_not_held_yet(language: str, text: str) -> None:
    state = state_for(text, language)
    for name in ("Nadia Ben Salem", "Henrik Lindqvist", "Omar Idrissi"):
        mention(state, name, term(E.PERSON, name))
    sides = "Both sides" if language == "en" else "Les deux parties"
    state.sentences[2].pairs.append((state.text.index(sides), "pair"))
    SentenceRules(state).relate_all()
    meets = {frozenset((d[2], d[3])) for d in drafts(state) if d[1] == "meets"}
    assert meets == {frozenset(("person/nadia-ben-salem", "person/henrik-lindqvist"))}


def test_relations_the_two_sides_meeting_again_are_the_first_meeting_s_people() -> None:
    text = "Nadia Ben Salem met Henrik Lindqvist. Omar Idrissi spoke. The two sides then held talks."
    state = state_for(text, "en")
    for name in ("Nadia Ben Salem", "Henrik Lindqvist", "Omar Idrissi"):
        mention(state, name, term(E.PERSON, name))
    state.sentences[2].pairs.append((state.text.index("The two sides"), "pair"))
    SentenceRules(state).relate_all()
    meets = {frozenset((d[2], d[3])) for d in drafts(state) if d[1] == "meets"}
    assert meets == {frozenset(("person/nadia-ben-salem", "person/henrik-lindqvist"))}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Amadou Diallo a reçu Lamin Jallow à Dakar, à la tête d'une délégation composée de Fatou Ceesay."),
    ("en", "Amadou Diallo received Lamin Jallow in Dakar, heading a delegation comprising Fatou Ceesay."),
])
def test_relations_a_visitor_s_companions_travel_but_do_not_hold_the_talks(language: str, text: str) -> None:
    state = state_for(text, language)
    for name in ("Amadou Diallo", "Lamin Jallow", "Fatou Ceesay"):
        mention(state, name, term(E.PERSON, name))
    mention(state, "Dakar", term(E.PLACE, "Dakar", "sn"))
    rules = SentenceRules(state)
    rules.visit_all()
    rules.relate_all()
    meets = {frozenset((d[2], d[3])) for d in drafts(state) if d[1] == "meets"}
    places = {(d[2], d[3]) for d in drafts(state) if d[1] == "visits"}
    assert meets == {frozenset(("person/amadou-diallo", "person/lamin-jallow"))}
    assert {("person/lamin-jallow", "place/dakar"), ("person/fatou-ceesay", "place/dakar")} <= places


def test_relations_the_two_ministers_are_those_of_the_first_meeting() -> None:
    text = "Nadia Ben Salem met Henrik Lindqvist. Omar Idrissi spoke. The two ministers discussed cooperation."
    state = state_for(text, "en")
    for name in ("Nadia Ben Salem", "Henrik Lindqvist", "Omar Idrissi"):
        mention(state, name, term(E.PERSON, name))
    state.sentences[2].pairs.append((state.text.index("The two ministers"), "people"))
    SentenceRules(state).relate_all()
    meets = {frozenset((d[2], d[3])) for d in drafts(state) if d[1] == "meets"}
    assert meets == {frozenset(("person/nadia-ben-salem", "person/henrik-lindqvist"))}


def test_relations_a_trip_goes_to_the_first_place_after_its_cue_whatever_follows() -> None:
    text = "Lamin Jallow s'est rendu sur le plateau de Saclay, où l'institut a ouvert un bureau à Montréal."
    state = state_for(text, "fr")
    mention(state, "Lamin Jallow", term(E.PERSON, "Lamin Jallow"))
    mention(state, "Saclay", term(E.PLACE, "Saclay", "fr"))
    mention(state, "Montréal", term(E.PLACE, "Montreal", "ca"))
    SentenceRules(state).visit_all()
    assert {d[3] for d in drafts(state) if d[0] == "visit"} == {"place/saclay"}


def test_relations_a_list_of_fields_with_no_party_goes_to_the_article_s_two_countries() -> None:
    text = "Le Sénégal et la France ont un programme. Il est financé conjointement. Il comprend quatre volets :\n" \
           "- la cybersécurité ;\n- la santé."
    state = state_for(text, "fr")
    mention(state, "Sénégal", term(E.COUNTRY, "Senegal", "sn"))
    mention(state, "France", term(E.COUNTRY, "France", "fr"))
    mention(state, "cybersécurité", term(E.POLICY_DOMAIN, "cybersecurity"))
    SentenceRules(state).relate_all()
    assert {d[2] for d in drafts(state) if d[1] == "cooperatesOn"} == {"country/sn", "country/fr"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Conduite par Kalil Konaté, la mission vise loin. Une délégation ivoirienne est actuellement à Lomé."),
    ("en", "The mission is led by Kalil Konate. An Ivorian delegation is currently in Lome for a visit."),
])
def test_relations_a_delegation_s_trip_is_its_leader_s(language: str, text: str) -> None:
    state = state_for(text, language)
    name = "Kalil Konaté" if language == "fr" else "Kalil Konate"
    mention(state, name, term(E.PERSON, "Kalil Konate"))
    mention(state, "Lomé" if language == "fr" else "Lome", term(E.PLACE, "Lome", "tg"))
    SentenceRules(state).visit_all()
    assert ("visit", "visits", "person/kalil-konate", "place/lome", 0.9) in drafts(state)


@pytest.mark.parametrize(("text", "met"), [
    ("L'invitée a été reçue à l'aéroport par Nadia Ben Salem et son collègue Henrik Lindqvist.", False),
    ("Nadia Ben Salem a été reçue à l'aéroport par Henrik Lindqvist.", True),
])
def test_relations_hosts_receiving_an_unnamed_guest_together_do_not_meet(text: str, met: bool) -> None:
    state = state_for(text, "fr")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Henrik Lindqvist", term(E.PERSON, "Henrik Lindqvist"))
    SentenceRules(state).relate_all()
    meeting = ("meet-people", "meets", "person/nadia-ben-salem", "person/henrik-lindqvist", 0.9)
    assert (meeting in drafts(state)) is met


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nadia Ben Salem was due to visit Washington on Friday when the talks were held."),
    ("en", "Nadia Ben Salem will also attend the forum in Washington next month."),
    ("fr", "Nadia Ben Salem participera au forum qui sera organisé à Washington en mai."),
    ("fr", "Un forum sera organisé à Washington, a indiqué Nadia Ben Salem lors de sa visite."),
    ("fr", "Nadia Ben Salem et sa délégation se rendront à Washington la semaine prochaine."),
])
def test_relations_a_planned_trip_is_no_visit(language: str, text: str) -> None:
    state = state_for(text, language)
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Washington", term(E.PLACE, "Washington"))
    SentenceRules(state).visit_all()
    assert drafts(state) == set()


def test_relations_chairing_a_meeting_abroad_is_a_visit() -> None:
    state = state_for("Nadia Ben Salem a présidé mardi à Washington l'ouverture du salon du numérique.", "fr")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Washington", term(E.PLACE, "Washington"))
    SentenceRules(state).visit_all()
    person = "person/nadia-ben-salem"
    assert drafts(state) == {("visit", "visits", person, "place/washington", 0.9),
                             ("visit-country", "visits", person, "country/us", 0.75)}
