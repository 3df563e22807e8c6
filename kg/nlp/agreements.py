"""Agreement mentions: which phrases name a new agreement, which refer back to one, and the parties,
kind and fields its canonical name is made of ("Morocco-United States Memorandum of Understanding on …")."""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from kg.models import EntityType
from kg.nlp.found import Found, Sentence, choose
from kg.nlp.generic import outside_headline
from kg.nlp.lexicon import Term
from kg.nlp.relations import SentenceRules, company_home
from kg.nlp.restated import (
    Named,
    absorbed,
    another,
    dated_apart,
    for_homes,
    generic,
    loosely_told,
    named_after,
    precise,
    renamed,
    restated,
    unparted,
)
from kg.nlp.state import ArticleState
from kg.nlp.text import fold

E = EntityType
HOME_GAP = re.compile(r"^\s+(?:[a-zé]+\s+)?\(?$")  # "chinois Huawei", "allemande (GIZ)"


def agreements(state: ArticleState, spans: list[tuple[int, int, str]], context: dict[str, re.Pattern[str]]) -> None:
    """Agreement phrases, each a new agreement (named after its parties, kind and fields) or the last one named."""
    current: Term | None = None
    created, kind = -1, ""
    named = Named()
    rules = SentenceRules(state)
    counted = counted_spans(state)
    spans = [s for s in spans if not any(c[0] <= s[0] < c[1] for c in counted)]  # "accord" in "protocoles d'accord"
    spans = [_plural_widened(state, s) for s in spans]
    ordered = sorted([(*s, 1) for s in spans] + counted)
    for k, (start, end, label, count) in enumerate(ordered):
        if count > 1:
            current = _counted(state, rules, (start, end, label, count)) or current
            continue
        before = state.text[max(0, start - 60) : start].lower()
        if context["shared_before"].search(before[-12:]):
            continue
        sentence = state.sentence_at(start)
        listed = _listed_deal(state, rules, sentence, start) and not _referred(context["reference_before"], before)
        fresh = listed or rules.has("signs", sentence) or rules.has("cooperates", sentence)
        if label == "reference" and fresh and _kind_named(state, rules, sentence, (start, end), before):
            label = _title(fold(state.text[start:end]))  # "the Mexico City Declaration was signed by …"
            current = None
        if current is None and (not fresh or label == "reference"):
            continue
        definite = context["reference_before"].search(before) is not None
        if label == "reference" and not definite:
            continue
        fresh_one = fresh and (listed or context["indefinite_before"].search(before)) and label != "reference" \
            and (sentence.index != created or label != kind  # "signed an agreement … and a joint declaration"
                 or _own_subject(state, sentence, end, context["clause_end"], current))
        another = current is not None and label != "reference" and (
            _ordinal(context, "ordinal_before", before)
            or (fresh_one and _also(context, before, state.text[end : end + 160])))
        if another and (following := _next_counted(state, current)) is not None:
            current = following  # "Deux accords … Le premier accord … Le second accord …"
        elif current is None or fresh_one or another:
            mode = "another" if another or listed else ""
            current = _fresh(state, rules, sentence, (start, end, label, mode), named, context)
            created, kind = sentence.index, label
        elif (partnered := _with_partner(state, rules, sentence, (start, end), current)) is not None:
            current = named_after(state, partnered, label if label != "reference" else kind)
            named.made.append((current, label))
        elif definite and (told := precise(state, current, label, named.made)):
            named.made = absorbed(state, told, named.made, {current.id})  # "Un accord …", "Le protocole …"
            current = told[0]
            named.made.append(told)
        other = _other_of_pair(state, named.made, current, (end, label, ordered[k + 1 : k + 2]),
                               context["coordinated"])
        start = _ordinal_start(state, context, start, before)  # "second mémorandum": named by its ordinal
        state.found.append(Found(start, end, state.text[start:end], other or current, "pattern"))
    _told_one_by_one(state)
    state.found = choose(state.found)


def _listed_deal(state: ArticleState, rules: SentenceRules, sentence: Sentence, start: int) -> bool:
    """"… la signature de plusieurs accords : • Environnement : mémorandum d'entente sur …": the first
    agreement word of a bullet hanging from a sentence that tells of signing is a deal of its own, with
    no article before it."""
    if not sentence.bullet or sentence.intro is None or not rules.has("signs", state.sentences[sentence.intro]):
        return False
    return not any(f.term.type is E.AGREEMENT and sentence.start <= f.start < start for f in state.found)


def _referred(reference_before: re.Pattern[str], before: str) -> bool:
    """"- Cybersécurité : la cybersécurité est un pilier de cet accord": an agreement word after "the" or "this"
    in a bullet refers back to the deal its list is about, not to a deal of its own. Not in a language whose
    pattern matches before any word (Arabic writes the article into the word)."""
    return reference_before.search("") is None and reference_before.search(before) is not None


def _told_one_by_one(state: ArticleState) -> None:
    """"Gabon signed three MoUs … a memorandum was signed between the minister and the company X …": a counted
    group between the same parties, whose members no ordinal tells apart, in an article that names a deal of its
    own besides, is the sum of the deals the article names: the count makes no agreements of its own. Nor does
    one the article never tells apart ("Deux accords ont été signés …", docs/annotation.md), unless its own
    sentence goes on to give each its subject ("deux lettres d'entente sur le commerce et sur …")."""
    grouped = {m for group in state.agreement_groups.values() for m in group}
    others = {f.id for f in state.found if f.term.type is E.AGREEMENT and f.id not in grouped}
    for first, group in list(state.agreement_groups.items()):
        sides = {tuple(sorted(state.agreement_parties.get(m, []))) for m in group}
        if len(group) < 2 or len(sides) > 1 or any(f.id in group[1:] for f in state.found):
            continue  # one with each partner listed, or "le second accord": told apart
        if not others and (_subjects_told(state, first) or _subjects_listed(state, first, len(group))):
            continue
        del state.agreement_groups[first]
        state.found = [f for f in state.found if f.id not in group]
        for member in group:
            state.extra.pop(member, None)


def _subjects_told(state: ArticleState, first: str) -> bool:
    """"deux lettres d'entente sur la coopération pour le commerce et sur le régime général": after the counted
    phrase, its sentence joins two phrases each opened by a preposition (a coordinating word right before a
    preposition, outside the names), one subject for each agreement. A text with no parse keeps its groups."""
    doc = state.doc
    counted = next((f for f in state.found if f.id == first), None)
    if counted is None or not doc.has_annotation("POS"):
        return True
    sentence = state.sentence_at(counted.start)
    span = doc.char_span(counted.end, sentence.end, alignment_mode="contract")
    named = [(f.start, f.end) for f in sentence.found]
    return span is not None and any(
        t.pos_ == "CCONJ" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "ADP"
        and not any(start <= t.idx < end for start, end in named) for t in span)


def _subjects_listed(state: ArticleState, first: str, count: int) -> bool:
    """"India and Singapore signed four MoUs on digital development, health and family welfare, electronics and
    IT, and skill development": a counted phrase of the group, then the word opening its subjects, then as many
    items parted by commas as the count (or one fewer, the last two joined by "and"), to the end of the sentence
    or a colon, a semicolon or a bracket."""
    opening = state.lexicon.context[state.language].get("subjects_opening")
    if opening is None or count < 3:  # "deux protocoles sur la cybercriminalité et la sécurité, et …": not apart
        return False
    for counted in (f for f in state.found if f.id == first):
        sentence = state.sentence_at(counted.start)
        match = opening.match(state.text, counted.end, sentence.end)
        if match is None:
            continue
        items = re.split(r"[;:()]", state.text[match.end() : sentence.end])[0].rstrip(" .")
        if not _only_subjects(state, sentence, match.end(), match.end() + len(items), items):
            continue
        pieces = [item for item in items.split(",") if item.strip()]
        if len(pieces) == count or (len(pieces) + 1 == count and _joined(state, pieces[-1])):
            return True
    return False


def _only_subjects(state: ArticleState, sentence: Sentence, start: int, end: int, items: str) -> bool:
    """Whether a list after a counted group holds subjects only: no place, party or person named in it
    ("three MoUs in Lima, Peru, on Monday") and no day or month ("on Monday, Tuesday and Friday")."""
    if any(start <= f.start < end and f.term.type is not EntityType.POLICY_DOMAIN for f in sentence.found):
        return False
    calendar = _calendar(state)
    return not any(word in calendar for word in re.findall(r"\w+", items.lower()))


def _calendar(state: ArticleState) -> frozenset[str]:
    """The language's weekdays and months, lower case."""
    return frozenset(w.lower() for w in state.lexicon.packs[state.language].dates.calendar_words())


def _joined(state: ArticleState, piece: str) -> bool:
    """Whether the last item of a list holds one of the pack's coordinators ("… electronics and IT"): two
    items joined."""
    words = state.lexicon.packs[state.language].words.coordinators
    return any(re.search(rf"(?:^|\s){re.escape(word)}(?!\w)", piece) for word in words)


def _fresh(state: ArticleState, rules: SentenceRules, sentence: Sentence, phrase: tuple[int, int, str, str],
           named: Named, context: dict[str, re.Pattern[str]]) -> Term:
    """A new agreement named after the parties and fields of its sentence, unless it is one named before
    told again; a bare one named in an earlier sentence ("an agreement", "an agreement on cybersecurity" of its
    field) between the same parties becomes this one, and so does one of its kind (or a bare one) named only on
    the headline line. One an ordinal sets apart ("the second MoU") is never one named before."""
    _, end, label, mode = phrase
    present = [f for f in sentence.found if not rules.witness(sentence, f)  # "in the presence of …"
               and not rules.possessor(sentence, f)  # "the UN's ITU"
               and not rules.opposed(sentence, f)  # "an association of universities such as …"
               and f.id not in state.reporters  # "ABU DHABI, … (WAM) --": the agency filing the report
               and not _venue(state, context["locative_before"], sentence, f)]  # "in Bucharest, Romania"
    term = _agreement_term(state, present, label, end, context["clause_end"])
    if mode == "another":
        term = another(state, term, named.made)
        named.made.append((term, label))
        return term
    earlier = named.before(sentence.index)
    term = restated(state, term, label, named.made, earlier) or term
    term = dated_apart(state, sentence, term, named.made, context.get("past_year"))
    named.made = absorbed(state, (term, label), named.made, earlier)
    named.made = unparted(state, (term, label), named.made, earlier)
    named.made = loosely_told(state, (term, label), named.made, earlier)
    named.made = renamed(state, term, [(t, k) for t, k in named.made if t.id in earlier and t.id != term.id
                                        and (k == label or generic(t, k)) and _headline_only(state, t.id)],
                         named.made)  # "Kosovo and Montenegro sign MoU", then "the regulators signed an MoU"
    named.made = renamed(state, term, [(t, k) for t, k in named.made if t.id in earlier and k == label
                                        and for_homes(state, t, term)], named.made)
    named.made.append((term, label))
    named.first.setdefault(term.id, sentence.index)
    return term


def _venue(state: ArticleState, locative: re.Pattern[str], sentence: Sentence, found: Found) -> bool:
    """"signed … in Bucharest, Romania", "à Niamey, au Niger": a country right after a locative, or after a
    city that follows one and a comma, is where the agreement was made, not a party it is named after; not
    one right after a body or an organisation ("the Ministry of ICT in Ghana"), which says whose that is."""
    if found.term.type is not E.COUNTRY or found.term.kind == "demonym":
        return False
    text = state.text
    city = next((f for f in sentence.found if f.term.type is E.PLACE and f.end < found.start
                 and re.fullmatch(r",\s*", text[f.end : found.start])), None)
    at = city.start if city is not None else found.start
    match = locative.search(text[max(sentence.start, at - 30) : at])
    if match is None:
        return False
    at -= len(match.group(0))
    return not any(f.term.type in (E.GOVERNMENT_BODY, E.ORGANIZATION) and f.end <= at
                   and not text[f.end : at].strip(" ,") for f in sentence.found)


def _headline_only(state: ArticleState, agreement: str) -> bool:
    """"India, South Africa in ICT Cooperation Pact": an agreement named only on the line that repeats the
    headline, told precisely by the text below it."""
    mentions = [f for f in state.found if f.id == agreement]
    return bool(mentions) and not outside_headline(mentions, state.text, state.title)


def _next_counted(state: ArticleState, current: Term | None) -> Term | None:
    """The member of a counted group ("deux accords") after the agreement last named, when that one is of
    the group."""
    last = current.id if current is not None else None
    group = next((g for g in state.agreement_groups.values() if last in g), [])
    following = group[group.index(last) + 1 :] if last in group else []
    return state.term(following[0]) if following else None


def _ordinal(context: dict[str, re.Pattern[str]], kind: str, before: str) -> re.Match[str] | None:
    """The ordinal right before an agreement word ("le second mémorandum"), in group 1 of the pattern."""
    pattern = context.get(kind)
    return pattern.search(before[-16:]) if pattern is not None else None


def _also(context: dict[str, re.Pattern[str]], before: str, after: str) -> bool:
    """"Les deux parties ont signé également un MOU …", "A Declaration of Intent was also inked": a new agreement
    told as signed besides the others."""
    pattern, following = context.get("also_before"), context.get("also_after")
    return (pattern is not None and pattern.search(before) is not None) or (
        following is not None and following.match(after) is not None)


def _ordinal_start(state: ArticleState, context: dict[str, re.Pattern[str]], start: int, before: str) -> int:
    """Where an agreement's mention starts: at the ordinal that tells it from the others ("le premier
    MoU", "the second memorandum"), else at its kind word."""
    match = _ordinal(context, "first_before", before) or _ordinal(context, "ordinal_before", before)
    return start - (len(before[-16:]) - match.start(1)) if match is not None else start


def _kind_named(state: ArticleState, rules: SentenceRules, sentence: Sentence, span: tuple[int, int],
                before: str) -> bool:
    """A word that otherwise refers back to an agreement names a new one: after the place it was made at
    ("the Mexico City Declaration"), or signed and introduced by "a" when the word is the head of a kind
    ("ont signé une déclaration sur l'IA")."""
    if _place_named(state, sentence, span):
        return True
    word = fold(state.text[span[0] : span[1]])
    heads = {fold(row.label).split(" of ")[0].split()[-1] for row in state.lexicon.packs[state.language].agreements
             if row.label != "reference"}
    return word in heads and rules.has("signs", sentence) is not None \
        and rules.context["indefinite_before"].search(before) is not None


def _place_named(state: ArticleState, sentence: Sentence, span: tuple[int, int]) -> bool:
    """"the Mexico City Declaration", "la Déclaration de Tunis": a capitalised word that otherwise refers
    back to an agreement, named after the place where it was made, is a new agreement."""
    start, end = span
    if not state.text[start:end][:1].isupper():
        return False
    sending = state.lexicon.context[state.language]["sending"]  # "of", "de": the place comes after
    places = [f for f in sentence.found if f.term.type in (E.PLACE, E.COUNTRY) and f.term.kind != "demonym"]
    return any((start - 2 <= f.end <= start and not state.text[f.end : start].strip())
               or (f.start >= end and (gap := state.text[end : f.start]).startswith(" ")
                   and sending.search(gap) is not None and not sending.sub("", gap).strip()) for f in places)


def _with_partner(state: ArticleState, rules: SentenceRules, sentence: Sentence, span: tuple[int, int],
                  current: Term) -> list[Term] | None:
    """"The MoU with Tanzania …", "The Italy MoU …": an agreement told apart by the one partner named with it,
    when that partner is none of the last agreement's parties, is the one between that partner and the
    country the article is about."""
    start, end = span
    gap = re.compile(r"^\s*$")
    after = rules.context["with"].match(state.text, end + 1) if state.text[end : end + 1] == " " else None
    partners = [f for f in sentence.found if f.term.type in PARTY_TYPES and f.term.kind != "demonym"
                and not rules.in_role(f)
                and ((after is not None and _listed_from(state, after.end(), f))
                     or (f.end <= start and gap.match(state.text[f.end : start])))]
    if not partners or partners[0].id in state.agreement_parties.get(current.id, []):
        return None
    others = _partners_named(state, rules) | {partners[0].id}
    own = next((c for c in state.salient_countries() if c not in others), None)
    term = state.term(own) if own else None
    return [term, partners[0].term] if term is not None else None


def _partners_named(state: ArticleState, rules: SentenceRules) -> set[str]:
    """Countries listed right after "with" in a sentence about agreements ("four MoUs with Saudi Arabia, the
    United States, Italy and Tanzania"): partners, not the side the article is about."""
    words = "|".join(re.escape(w) for w in rules.words.list_words)
    gap = re.compile(rf"^(?:[\s,]|\b(?:{words})\b)*$", re.I)
    named = set()
    for sentence in state.sentences:
        marker = rules.context["with"].search(sentence.text)
        if marker is None or not rules.has("agreement", sentence):
            continue
        at = sentence.start + marker.end()
        for found in sorted((f for f in sentence.found if f.start >= at), key=lambda f: f.start):
            if found.term.type is not E.COUNTRY or not gap.match(state.text[at : found.start]):
                break
            named.add(found.id)
            at = found.end
    return named


def _listed_from(state: ArticleState, at: int, found: Found) -> bool:
    """Whether a name starts at `at`, after at most a determiner ("with the US")."""
    return found.start >= at and re.fullmatch(r"\s*(\w+\s+)?", state.text[at : found.start]) is not None \
        and not state.text[at : found.start].strip()[:1].isupper()


def _other_of_pair(state: ArticleState, made: list[tuple[Term, str]], current: Term,
                   span: tuple[int, str, list[tuple[int, int, str, int]]], joined: re.Pattern[str]) -> Term | None:
    """"La convention et la déclaration commune ont été signées": two agreements joined by "and" are two;
    when the second is of the kind last named, the first refers back to the one named before it."""
    end, label, following = span
    kinds = {term.id: kind for term, kind in made}
    if not following or following[0][3] != 1 or following[0][2] != kinds.get(current.id) or label == following[0][2]:
        return None
    if not joined.match(state.text[end : following[0][0]]):
        return None
    return next((term for term, _ in reversed(made) if term.id != current.id), None)


def _subjects(state: ArticleState, found: list[Found], after: int, clause_end: re.Pattern[str]) -> list[str]:
    """The fields named after an agreement phrase, up to the end of its clause ("… dans le domaine de la santé,")."""
    clause = clause_end.search(state.text, after)
    until = clause.start() if clause else len(state.text)
    return list(dict.fromkeys(_title(f.term.name) for f in found
                              if f.term.type is E.POLICY_DOMAIN and after <= f.start < until))


def _own_subject(state: ArticleState, sentence: Sentence, end: int, clause_end: re.Pattern[str],
                 current: Term | None) -> bool:
    """"un accord de coopération dans le domaine de la santé, un accord de coopération en matière d'énergie":
    a second phrase of the same kind in the sentence is a deal of its own when it names a field of its own."""
    subjects = _subjects(state, sentence.found, end, clause_end)
    return bool(subjects) and current is not None and not all(s in current.name for s in subjects)


def _agreement_term(state: ArticleState, found: list[Found], label: str, after: int,
                    clause_end: re.Pattern[str]) -> Term:
    """"Morocco-United States Memorandum of Understanding on Cybersecurity and …"."""
    domains = _subjects(state, found, after, clause_end)
    name = label
    if domains:
        name += " on " + (" and ".join(domains) if len(domains) <= 2
                          else ", ".join(domains[:-1]) + " and " + domains[-1])
    return named_after(state, _chosen(state, found, after), name)


def _chosen(state: ArticleState, found: list[Found], before: int) -> list[Term]:
    """The parties an agreement is named after: two bodies or organisations signing together before it, else
    the countries of its sentence, else a company with them,
    else the article's two countries, unless the sentence names one of them only as a company's home ("with an
    American company": where the partner is from, not the partner)."""
    actors = _actor_pair(state, [f for f in found if f.end <= before])
    if actors:
        return actors
    chosen = [f.term for f in found if f.term.type is E.COUNTRY and f.term.kind != "demonym"]
    if len({t.id for t in chosen}) < 2:  # "Morocco and Mistral AI": the company, not its home country
        chosen += [f.term for f in found if f.term.type is E.ORGANIZATION][: 2 - len({t.id for t in chosen})]
    if len({t.id for t in chosen}) == 1 and chosen[0].type is E.ORGANIZATION:
        chosen += _state_side(state, found, chosen[0].id)
    pair = state.main_pair()
    demonyms = {f.id for f in found if company_home(state, state.sentence_at(f.start), f)} - {t.id for t in chosen}
    if len({t.id for t in chosen}) < 2 and pair and all(p.startswith("country/") and p not in demonyms
                                                         for p in pair):
        chosen = [t for c in pair if (t := state.term(c)) is not None]
    return chosen


def _actor_pair(state: ArticleState, found: list[Found]) -> list[Term]:
    """"The National Service Authority and the Office of AI have signed …", "l'ANSSI, autorité française de
    cyberdéfense, et le Centre informatique estonien ont signé …": two bodies or organisations joined by
    "and" (past a bracket, or an apposition between commas), the first parties of the sentence, sign with
    each other: they are the agreement's parties, not their countries."""
    joined = state.lexicon.context[state.language]["coordinated"]
    parties = sorted((f for f in found if f.term.type in PARTY_TYPES and f.term.kind != "demonym"),
                     key=lambda f: f.start)
    first = list(takewhile(lambda f: f.id == parties[0].id, parties))
    if not first or first[0].term.type is E.COUNTRY:
        return []
    after = [f for f in parties if f.start >= first[-1].end and f.id != first[0].id][:1]
    if not after or after[0].term.type is E.COUNTRY:
        return []
    gap = re.sub(r"\([^()]*\)", "", state.text[first[-1].end : after[0].start].lstrip(")"))
    apposition = re.match(r"\s*,[^,()]{1,60},(.*)$", gap, re.S)
    if joined.match(gap) or (apposition is not None and joined.match(apposition.group(1))):
        return [first[0].term, after[0].term]
    return []


def _state_side(state: ArticleState, found: list[Found], partner: str) -> list[Term]:
    """"The ministry signed a memorandum with Nec Xon": the side facing an organisation is the country written
    in the name of the state body it names ("le ministère béninois"); with no body, the country the article
    names most that is no company's home ("l'entreprise japonaise Nec Xon", "la coopération allemande (GIZ)")."""
    bodies = [f for f in found if f.term.type is E.GOVERNMENT_BODY]
    homes = company_homes(state)
    ranked = [country for f in bodies if (country := state.lexicon_country_in(f.text))]
    side = next((c for c in ranked or ([] if bodies else state.salient_countries())
                 if c != partner and c not in homes), None)
    term = (state.term(side) or state.lexicon.countries.get(side.partition("/")[2])) if side else None
    return [term] if term is not None else []


def company_homes(state: ArticleState) -> set[str]:
    """The countries the article names only as where an organisation is from: a demonym next to a company
    noun, or right before an organisation's name ("Japanese firm NEC", "la coopération allemande (GIZ)")."""
    homes = set()
    for sentence in state.sentences:
        for f in sentence.found:
            if f.term.kind == "demonym" and (company_home(state, sentence, f) or any(
                    o.term.type is E.ORGANIZATION and HOME_GAP.match(state.text[f.end : o.start])
                    for o in sentence.found if o.start >= f.end)):
                homes.add(f.id)
    return homes


def _title(label: str) -> str:
    return " ".join(w if w.isupper() else w.capitalize() for w in label.split())


Counted = tuple[int, int, str, int]  # start, end, kind label, how many agreements
PARTY_TYPES = (E.COUNTRY, E.ORGANIZATION, E.GOVERNMENT_BODY)


def counted_spans(state: ArticleState) -> list[Counted]:
    """"deux nouveaux accords de coopération", "three Memorandum of Understandings": a number word of the pack,
    at most one word, then the plural of an agreement phrase."""
    pack = state.lexicon.packs[state.language]
    labels = state.lexicon.plural_agreements(state.language)
    pattern = _counted_pattern(tuple(pack.words.counts), tuple(labels))
    if pattern is None:
        return []
    text = state.text.lower().replace("\u2019", "'")
    counts = pack.words.counts
    spans = []
    for m in pattern.finditer(text):  # "three strategic agreements (MoUs)": the kind the brackets make precise
        inside = re.match(r"\s*\(([^()]{1,40})\)", text[m.end() :])
        label = labels.get(inside.group(1).strip(), labels[m.group(2)]) if inside else labels[m.group(2)]
        spans.append((m.start(2), m.end(2), label, counts[m.group(1)]))
    return spans


def _plural_widened(state: ArticleState, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """"Les Protocoles d'accord signés entre …": an agreement word closing the plural of a longer phrase, with
    no number before it, is named by the whole phrase and is of its kind, not a bare "accord"."""
    start, end, _ = span
    text = state.text[:end].lower().replace("\u2019", "'")
    labels = state.lexicon.plural_agreements(state.language)
    longer = [p for p in labels if len(p) > end - start and text.endswith(p)
              and not text[end - len(p) - 1 : end - len(p)].isalnum()]
    if not longer:
        return span
    plural = max(longer, key=len)
    return end - len(plural), end, labels[plural]


@cache
def _counted_pattern(numbers: tuple[str, ...], kinds: tuple[str, ...]) -> re.Pattern[str] | None:
    """A number word, at most one word, then a plural agreement phrase (the longest first)."""
    if not numbers:
        return None
    count = "|".join(re.escape(w.lower()) for w in sorted(numbers, key=len, reverse=True))
    kind = "|".join(re.escape(p) for p in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({count})\s+(?:[\w-]+\s+)??({kind})(?![\w-])")


def _counted(state: ArticleState, rules: SentenceRules, span: Counted) -> Term | None:
    """"ont signé deux nouveaux accords": as many agreements, each with the parties listed one by one after
    "with" when there are as many ("three MoUs with: 1) … 2) … 3) …"), else all between the same parties.
    The same count of that kind between the same parties told again is the same group."""
    start, end, label, count = span
    sentence = state.sentence_at(start)
    cue = rules.has("signs", sentence)
    if cue is None or rules.planned(sentence, cue.start()):
        return None
    listed = _listed(state, rules, sentence, end)
    if listed is None:
        return None  # "avec des sociétés émiraties": partners one by one, but not named
    own = [f.term for f in sentence.found if f.start < start and f.term.type in PARTY_TYPES
           and f.term.kind != "demonym" and not rules.in_role(f)]
    if listed and own and (len(listed) == count or 1 < len(listed) < count):  # two of three named: one each
        members = [named_after(state, [*own, partner], label) for partner in listed]
    else:
        chosen = _chosen(state, [f for f in sentence.found if not rules.witness(sentence, f)], 0)
        members = [named_after(state, chosen, f"{label} {i} of {count}") for i in range(1, count + 1)]
    ids = [m.id for m in members]
    first = next((k for k, group in state.agreement_groups.items() if sorted(group) == sorted(ids)), ids[0])
    state.agreement_groups[first] = ids
    term = next(m for m in members if m.id == first)
    for member in members:
        state.extra.setdefault(member.id, member)
    state.found.append(Found(start, end, state.text[start:end], term, "pattern"))
    return term


def _listed(state: ArticleState, rules: SentenceRules, sentence: Sentence, end: int) -> list[Term] | None:
    """The parties named after "with" / "avec" past the phrase, or one from each bullet hanging from the
    sentence ("with the following organisations: 1) the Ministry …"); None when "with" names none."""
    marker = rules.context["with"].search(state.text, end, sentence.end)
    if marker is None:
        return []
    named = [f.term for f in sentence.found if f.start >= marker.end() and f.term.type in PARTY_TYPES
             and f.term.kind != "demonym" and not rules.in_role(f)]
    for bullet in (s for s in state.sentences if s.bullet and s.intro == sentence.index):
        named += [f.term for f in bullet.found if f.term.type in PARTY_TYPES and not rules.in_role(f)][:1]
    return list({t.id: t for t in named}.values()) or None
