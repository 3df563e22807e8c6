"""Tests of the readers: formats, encodings, problems, boilerplate removal and language."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import yaml

from kg.errors import InputError, ResourceError
from kg.ids import article_id
from kg.readers import Document, ReadProblem, read_file, read_paths
from kg.readers.boilerplate import default_rules, load_rules, remove_boilerplate
from kg.readers.encoding import MAX_TEXT_BYTES
from kg.readers.language import detect_language, normalize_language
from kg.readers.markdown import markdown_to_text

DATA = Path(__file__).parents[1] / "data" / "readers"
SEED = Path(__file__).parents[3] / "shared" / "seeds" / "000_2a8f7775b04ba0e4.txt"
BOILERPLATE_CASES = yaml.safe_load((DATA / "boilerplate_cases.yaml").read_text(encoding="utf-8"))


def read_one(path: Path) -> Document:
    results = list(read_file(path))
    assert len(results) == 1, results
    assert isinstance(results[0], Document), results[0]
    return results[0]


def problems_of(path: Path) -> list[str]:
    return [str(result) for result in read_file(path) if isinstance(result, ReadProblem)]


@pytest.mark.parametrize(
    ("name", "metadata", "present", "absent"),
    [
        (
            "accord.md",
            {
                "title": "Le Maroc et la France renforcent leur coopération numérique",
                "url": "https://news.example.org/2025/04/maroc-france-numerique",
                "published": "2025-04-02",
                "source": "Example News",
                "language": "fr",
            },
            [
                "a reçu mardi à Rabat son homologue française",
                "la stratégie Digital Maroc 2030.",
                "- la cybersécurité ;\n- l'intelligence artificielle ;",
                "\n\nLes domaines retenus\n\n",
            ],
            ["#", "**", "](", "![", "`", "Lire aussi", "Partager sur Facebook", "ministres.jpg"],
        ),
        (
            "page.html",
            {
                "title": "Le Sénégal et l'Estonie signent un accord sur l'e-gouvernement",
                "url": "https://news.example.org/2025/05/senegal-estonie",
                "published": "2025-05-14",
                "source": "Example News",
                "language": "fr",
            },
            ["a signé mercredi à Tallinn", "- l'identité numérique des citoyens ;\n- la cyber"],
            ["alert(1)", "color: red", "Accueil", "Photo :", "newsletter", "LinkedIn"],
        ),
        (
            "latin1.txt",
            {"language": "fr", "url": None, "source": None},
            ["Le ministère de l'Économie numérique", "« Nous sommes prêts », a-t-elle déclaré"],
            ["\ufffd", "Ã"],
        ),
        (
            "bom.txt",
            {"title": "Titre avec BOM", "language": "fr"},
            ["Titre avec BOM\n\nLe Maroc et le Japon coopèrent"],
            ["\ufeff", "\r"],
        ),
        (
            "single.json",
            {"language": "en", "source": "Example News", "published": None},
            ["Canada and Chile signed a digital economy partnership agreement in Ottawa."],
            [],
        ),
    ],
)
def test_read_file_reads_each_format(name, metadata, present, absent):
    document = read_one(DATA / name)
    article = document.article.model_dump()
    assert {key: article[key] for key in metadata} == metadata
    assert all(part in document.text for part in present)
    assert not [part for part in absent if part in document.text]
    assert document.text == document.text.strip()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "records.jsonl",
            [
                ("records.jsonl:1", None),
                ("records.jsonl:2", "not valid JSON (Expecting ',' delimiter"),
                ("records.jsonl:4", "the record has no 'text' field"),
                ("records.jsonl:5", None),
            ],
        ),
        (
            "records.json",
            [
                ("records.json[0]", None),
                ("records.json[1]", "the record has no 'text' field"),
                ("records.json[2]", "a record must be a JSON object, not a string"),
                ("records.json[3]", None),
            ],
        ),
    ],
)
def test_read_file_records_go_on_past_bad_records(name, expected):
    results = list(read_file(DATA / name))
    seen = [(Path(r.origin if isinstance(r, Document) else r.where).name, getattr(r, "reason", None)) for r in results]
    assert [where for where, _ in seen] == [where for where, _ in expected]
    for (_, reason), (_, wanted) in zip(seen, expected, strict=True):
        assert (reason is None) == (wanted is None)
        assert wanted is None or reason.startswith(wanted)


def test_read_file_records_keep_given_metadata():
    first = next(read_file(DATA / "records.jsonl"))
    assert isinstance(first, Document)
    assert first.article.id == "kenya-india-2025"
    assert first.article.published == "2025-02-11"
    assert "Read also" not in first.text
    assert first.text.endswith("digital identity, fintech and digital payments.")
    array = [r for r in read_file(DATA / "records.json") if isinstance(r, Document)]
    assert [d.article.id for d in array][1] == "egypte-eau"
    assert array[0].article.published == "2025-06-03"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "the article has no text"),
        ("blank.md", b"  \n\t\n\n", "the article has no text"),
        ("furniture.txt", b"Laisser un commentaire\n\nPartager sur Facebook\n", "the article has no text"),
        ("front.md", b"---\ntitle: Bonjour\n---\n\n", "the article has no text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("archive.bin", bytes(range(256)) * 8, "binary file"),
        ("noise.dat", bytes(range(1, 256)) * 8, "binary file"),
        ("unclosed.md", b"---\ntitle: Bonjour\n\nLe texte.\n", "front matter opened with '---' is never closed"),
        ("yaml.md", b"---\ntitle: [Bonjour\n---\nLe texte.\n", "front matter is not valid YAML"),
        ("unknown.md", b"---\nauthor: Moi\n---\nLe texte.\n", "unknown front matter fields: author"),
        ("date.txt", b"---\npublished: 18 mars 2025\n---\nLe texte.\n", "published: Value error"),
        ("list.txt", b"---\ntitle: [a, b]\n---\nLe texte.\n", "field 'title' must be a single value"),
        ("lang.txt", "---\nlanguage: français\n---\nLe texte.\n".encode(), "language 'français' is not"),
        ("url.txt", b"---\nurl: www.example.org\n---\nLe texte.\n", "url: Value error"),
        ("scalar.json", b"42", "expected an object or an array of objects, not a number"),
        ("broken.json", b'{"text": "x",}', "not valid JSON"),
        ("none.json", b"[]", "the array holds no records"),
        ("empty.jsonl", b"\n\n", "the article has no text"),
        ("nul.jsonl", b'{"text": "a"}\x00\n', "binary file"),
        ("number.jsonl", b'{"text": 3}\n', "'text' must be a string, not a number"),
    ],
)
def test_read_file_reports_problems(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith(str(path))
    assert reason in problems[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_read_file_decodes_common_encodings(tmp_path, encoding):
    text = "À Rabat, la ministre a salué l'accord « historique » signé avec le Québec."
    if encoding != "latin-1":
        text += " Il s’agit d’une “étape” – selon elle – décisive."
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    assert read_one(path).text == text


@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl"])
def test_read_file_refuses_huge_text(tmp_path, suffix):
    path = tmp_path / f"huge{suffix}"
    line = "Le Maroc et le Japon coopèrent sur l'intelligence artificielle. " * 20
    body = line * (MAX_TEXT_BYTES // len(line.encode()) + 2)
    path.write_text(f'{{"text": "{body}"}}\n' if suffix == ".jsonl" else body, encoding="utf-8")
    if suffix == ".html":  # a page may carry more markup than text: past its own limit
        path.write_text(body * 5, encoding="utf-8")
    problems = problems_of(path)
    assert len(problems) == 1
    assert " MB limit)" in problems[0]
    assert "too large (" in problems[0]


def test_read_paths_walks_folders_in_stable_order_skipping_hidden():
    results = list(read_paths([DATA / "folder"]))
    assert all(isinstance(r, Document) for r in results)
    names = [Path(r.origin).relative_to(DATA / "folder").as_posix() for r in results]
    assert names == ["a.txt", "b.txt", "nested/c.article"]


def test_read_paths_reports_missing_paths(tmp_path):
    assert list(read_paths([tmp_path / "nowhere"])) == [
        ReadProblem(str(tmp_path / "nowhere"), "no such file or folder")
    ]


def test_read_file_sniffs_html_without_extension(tmp_path):
    path = tmp_path / "saved-page"
    path.write_bytes((DATA / "page.html").read_bytes())
    document = read_one(path)
    assert document.article.source == "Example News"
    assert "alert(1)" not in document.text


@pytest.mark.parametrize("extractor", ["trafilatura", "lxml"])
def test_read_file_html_keeps_scripts_out_of_text(monkeypatch, extractor):
    if extractor == "lxml":
        monkeypatch.setattr("kg.readers.html._trafilatura", lambda html: ("", {}))
    document = read_one(DATA / "page.html")
    assert "alert(1)" not in document.text
    assert "color: red" not in document.text
    assert "les services publics en ligne." in document.text
    assert "- la cybersécurité des administrations ;" in document.text


def test_read_file_html_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert read_one(DATA / "page.html").article.url is not None


@pytest.mark.skipif(not SEED.exists(), reason="the seed articles folder is not present")
def test_read_file_seed_article_is_french_without_boilerplate():
    document = read_one(SEED)
    assert document.article.language == "fr"
    assert document.article.title.startswith("Washington-Rabat : une alliance numérique")
    raw = SEED.read_text(encoding="utf-8")
    article_part = raw[: raw.index("Devenir contributeur")]
    for paragraph in filter(None, (p.strip() for p in article_part.split("\n"))):
        assert paragraph in document.text
    assert document.text.endswith("de développement humain par le numérique.")
    for furniture in ("Devenir contributeur", "webzine", "spammons", "Laisser un commentaire"):
        assert furniture not in document.text
    assert "adresse e-mail" not in document.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La ministre a rencontré son homologue américaine à Washington pour parler d'IA.", "fr"),
        ("The minister met her American counterpart in Washington to discuss AI ethics.", "en"),
        ("Die Ministerin traf am Dienstag ihren Amtskollegen in Berlin, um über Cybersicherheit zu sprechen.", "de"),
        ("La ministra se reunió el martes con su homólogo en Madrid para hablar de ciberseguridad.", "es"),
        ("2025 — 2030", "und"),
    ],
)
def test_detect_language_names_the_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Deutschland und Marokko wollen bei der künstlichen Intelligenz enger zusammenarbeiten. "
            "Die beiden Minister unterzeichneten in Rabat eine Absichtserklärung.",
            "de",
        ),
        (
            "España y Marruecos firmaron un memorando de entendimiento sobre transformación digital. "
            "Ambos gobiernos cooperarán en ciberseguridad y en la formación de ingenieros.",
            "es",
        ),
    ],
)
def test_read_file_keeps_unsupported_language_with_its_code(tmp_path, text, language):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    document = read_one(path)
    assert document.article.language == language
    assert document.text == text


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("---\nlanguage: en\n---\nLe Maroc et la France signent un accord numérique.", "en"),
        ("---\nlanguage: FR-fr\n---\nMorocco and France sign a digital agreement.", "fr"),
        ("Morocco and France sign a digital agreement in Rabat.", "en"),
    ],
)
def test_read_file_given_language_wins_over_detection(tmp_path, content, language):
    path = tmp_path / "article.md"
    path.write_text(content, encoding="utf-8")
    assert read_one(path).article.language == language


@pytest.mark.parametrize(
    ("value", "code"), [("fr-FR", "fr"), ("EN_us", "en"), ("ara", "ara"), (None, None), (" ", None)]
)
def test_normalize_language_keeps_the_primary_code(value, code):
    assert normalize_language(value, "here") == code


def test_normalize_language_refuses_names():
    with pytest.raises(InputError, match="'French' is not a language code"):
        normalize_language("French", "here")


def test_make_document_derives_title_id_and_clean_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("\r\n  Titre de l'article  \r\n\r\n\r\n\r\nCafe\u0301 numérique à Rabat.   \r\n".encode())
    document = read_one(path)
    assert document.article.title == "Titre de l'article"
    assert document.article.id == article_id(None, "note")
    assert document.text == "Titre de l'article\n\nCafé numérique à Rabat."


@pytest.mark.parametrize("line", BOILERPLATE_CASES["dropped"])
def test_remove_boilerplate_drops_furniture_lines(line):
    text = f"Le Maroc et les États-Unis renforcent leur coopération.\n\n{line}\n\nLa suite de l'article."
    assert remove_boilerplate(text).split("\n") == [
        "Le Maroc et les États-Unis renforcent leur coopération.",
        "",
        "",
        "La suite de l'article.",
    ]


@pytest.mark.parametrize("sentence", BOILERPLATE_CASES["kept"])
def test_remove_boilerplate_keeps_article_sentences(sentence):
    text = f"Le Maroc et le Canada ont signé un accord.\n\n{sentence}\n\n{sentence}"
    assert remove_boilerplate(text) == text


def test_remove_boilerplate_tail_rules_act_only_at_the_end():
    blurb = "Tech Hebdo est un webzine indépendant consacré à l'économie numérique."
    middle = f"Premier paragraphe.\n\n{blurb}\n\nDernier paragraphe de l'article."
    assert remove_boilerplate(middle) == middle
    ending = f"{middle}\n\nDevenir contributeur!\n\n{blurb}\n\nLaisser un commentaire\n"
    assert remove_boilerplate(ending) == middle


def test_default_rules_load_and_cover_both_languages():
    names = {rule.name for rule in default_rules()}
    assert {"newsletter", "comment-form", "cookie-notice", "read-also", "photo-credit"} <= names
    assert {"share-buttons", "tags", "navigation"} <= names


RULE = "  - name: {name}\n    description: A rule.\n    max_length: 80\n    patterns: [{pattern}]\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("rules:\n" + RULE.format(name="broken", pattern="'(unclosed'"), "rule 'broken', pattern 1"),
        (
            "rules:\n" + RULE.format(name="greedy", pattern="'.*'"),
            "rule 'greedy', pattern 1: '.*' matches an empty line",
        ),
        ("rules:\n" + RULE.format(name="styled", pattern="'x'") + "    colour: red\n", "rule 'styled': colour"),
        ("rules:\n" + RULE.format(name="Bad Name", pattern="'x'"), "rule 'Bad Name': name"),
        ("rules:\n" + RULE.format(name="scoped", pattern="'x'") + "    scope: middle\n", "rule 'scoped': scope"),
        ("rules:\n  - description: A rule.\n    max_length: 8\n    patterns: [x]\n", "rule #1: name"),
        ("rules:\n" + RULE.format(name="twice", pattern="'x'") * 2, "rule 'twice' is defined twice"),
        ("- just\n- a list\n", "not a rules file"),
        ("rules: [unclosed\n", "cannot read boilerplate rules"),
    ],
)
def test_load_rules_names_file_and_rule(tmp_path, content, message):
    path = tmp_path / "rules.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError) as caught:
        load_rules(path)
    assert caught.value.where == str(path)
    assert message in caught.value.message


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("# Titre #\n\nTexte *en* **gras** et __fort__.", "Titre\n\nTexte en gras et fort."),
        ("* un\n+ deux\n  - trois", "- un\n- deux\n- trois"),
        ('Voir [le site](https://example.org "titre") et ![logo](logo.png).', "Voir le site et ."),
        ("Une ligne\ncoupée en deux.", "Une ligne coupée en deux."),
        ("> Une citation\n> sur deux lignes", "Une citation sur deux lignes"),
        ("Titre\n=====\n\n---\n\nFin.", "Titre\n\nFin."),
        ("snake_case, 2*3*4 et \\*étoile\\*", "snake_case, 2*3*4 et *étoile*"),
        ("```\ncode *brut*\n```", "code *brut*"),
        ("[ref]: https://example.org\nTexte <span>balisé</span> `code`.", "Texte balisé code."),
    ],
)
def test_markdown_to_text_strips_markup(markdown, text):
    assert markdown_to_text(markdown) == text
