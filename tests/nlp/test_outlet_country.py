"""The country of a minister whose title names none, in a country's own press (kg/nlp/offices.py): the
outlet's country, from its name or its web address, unless the article reports a trip to another country."""

from __future__ import annotations

from kg.models import Article
from kg.nlp.extractor import Extractor
from kg.nlp.offices import outlet_country
from kg.readers.base import Document


def _posts(extractor: Extractor, title: str, text: str, url: str | None = None,
           source: str | None = None) -> set[tuple[str, str, str]]:
    article = Article(id="outlet-test", title=title, language="fr", published="2025-03-04", url=url, source=source)
    extraction = extractor.extract(Document(article=article, text=text, origin="test"))
    names = {e.id: e.name for e in extraction.entities}
    return {(r.type.value, names[r.subject], names[r.object]) for r in extraction.relations
            if r.type.value in ("memberOf", "partOf")}


def test_outlet_country_from_name_or_address(extractor: Extractor) -> None:
    lexicon = extractor.layers("fr").lexicon
    assert outlet_country(lexicon, "https://www.example.mg/a/1", "Example") == "country/mg"
    assert outlet_country(lexicon, "https://news.example.com/a/1", "Le Quotidien du Togo") == "country/tg"
    assert outlet_country(lexicon, "https://news.example.com/a/1", "Example News") is None
    assert outlet_country(lexicon, None, None) is None


def test_outlet_a_local_paper_s_minister_is_of_its_country(extractor: Extractor) -> None:
    text = ("Le Japon financera un réseau de fibre optique au Ghana. L'accord a été conclu mardi à Accra en "
            "présence du ministre des Communications et de la Numérisation, Kofi Mensah. Le Japon avait "
            "déjà soutenu plusieurs projets au Ghana.")
    found = _posts(extractor, "Le Japon et le Ghana signent un accord", text, url="https://www.exemple.com.gh/n/12")
    assert ("partOf", "Ministry of Communications and Digitisation", "Ghana") in found, found  # Ghana's own name


def test_outlet_not_for_a_trip_abroad(extractor: Extractor) -> None:
    text = ("Le ministre luxembourgeois de l'Economie, Marc Weber, s'est rendu au Kenya la semaine dernière. "
            "Marc Weber a été reçu par Jane Wambui, ministre de l'Information et des Communications, pour "
            "discuter de la coopération entre le Luxembourg et le Kenya.")
    found = _posts(extractor, "Mission économique au Kenya", text, url="https://www.exemple.lu/n/3")
    assert not any(t == "partOf" and o == "Luxembourg" and "Information" in s for t, s, o in found), found


def test_outlet_country_from_the_reference_hosts(extractor: Extractor) -> None:
    lexicon = extractor.layers("ar").lexicon
    assert outlet_country(lexicon, "https://www.djazairess.com/elkhabar/1", "الخبر عبر جزايرس") == "country/dz"
    assert outlet_country(lexicon, "https://masress.com/ahram/2", "الأهرام") == "country/eg"


def test_outlet_an_unsaid_minister_in_an_aggregated_paper(extractor: Extractor) -> None:
    text = ("عقد وزير البريد وتكنولوجيات الإعلام والاتصال كريم بن سالم جلسة عمل مع مدير الشؤون الرقمية لجمهورية "
            "كوريا لبحث العلاقات الكورية الجزائرية في مجال الحكومة الإلكترونية.")
    article = Article(id="outlet-ar", title="لقاء مع وفد كوري", language="ar", published="2025-03-04",
                      url="https://www.djazairess.com/elkhabar/9", source="الخبر عبر جزايرس")
    extraction = extractor.extract(Document(article=article, text=text, origin="test"))
    names = {e.id: e.name for e in extraction.entities}
    owners = {names[r.object] for r in extraction.relations if r.type.value == "partOf"
              and "Ministry" in names[r.subject]}
    assert owners == {"Algeria"}, owners
