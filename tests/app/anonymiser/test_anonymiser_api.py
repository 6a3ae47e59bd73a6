"""Public API: placeholders, consistency, render/manual, ambiguity, invalid NISS, labels, threads."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from app.anonymiser import Anonymiser, DenyList, Replacement, ScrubResult, age_band, month_label
from storage.models import NetworkMember, Person


def _anon(**kwargs) -> Anonymiser:
    deny = DenyList(
        names=[
            ("Jean-Pierre", "Dubois"),
            "Mme Fatima El Amrani",
            "Dr. Peeters",
            ("Rose", "Martin"),
            "Jean-Pierre (fils)",
        ],
        streets=["Rue de la Loi 16, 1000 Bruxelles"],
        phones=["0470 12 34 56"],
        emails=["jp.dubois@gmail.com"],
    )
    return Anonymiser(deny, keep=["CPAS d'Anderlecht"], use_ner=False, **kwargs)


def test_scrub_result_shape_and_placeholders():
    anon = _anon()
    result = anon.scrub("Jean-Pierre Dubois a appelé le 0470/12.34.56. Dubois ira au CPAS d'Anderlecht.")
    assert isinstance(result, ScrubResult)
    assert result.source.startswith("Jean-Pierre Dubois")
    assert result.text == "[PERSONNE 1] a appelé le [TÉLÉPHONE 1]. [PERSONNE 1] ira au CPAS d'Anderlecht."
    assert [r.start for r in result.replacements] == sorted(r.start for r in result.replacements)
    for replacement in result.replacements:
        assert result.source[replacement.start : replacement.end] == replacement.original
        assert replacement.reason in {"register", "pattern", "ner", "manual"}
        assert replacement.original.casefold() not in replacement.detail.casefold()
        assert replacement.original not in repr(replacement)


def test_placeholders_consistent_across_texts_and_numbered_per_kind():
    anon = _anon()
    first = anon.scrub("Mme El Amrani et JP Dubois. Tél 02 555 12 12.")
    second = anon.scrub("FATIMA EL AMRANI rappelle au 02/555.12.12 ; DUBOIS passe.")
    assert first.text == "Mme [PERSONNE 1] et [PERSONNE 2]. Tél [TÉLÉPHONE 1]."
    assert second.text == "[PERSONNE 1] rappelle au [TÉLÉPHONE 1] ; [PERSONNE 2] passe."
    assert anon.placeholder_for("PERSONNE", "El Amrani") == "[PERSONNE 1]"
    assert anon.placeholder_for("EMAIL", "x@y.be") == "[EMAIL 1]"


@pytest.mark.parametrize(
    "text",
    [
        "J.-P. Dubois",
        "J.P. Dubois",
        "JP Dubois",
        "jean pierre DUBOIS",
        "Jean Pierre",
        "JEAN-PIERRE",
        "J.-P. D.",
        "Jean-Pierre D.",
        "Dubois Jean-Pierre",
        "M. Dubois",
        "d'Amrani",
        "Elamrani",
        "El-Amrani",
        "F. El Amrani",
        "Mme Fatima",
        "Dr Peeters",
        "PEETERS",
        "Jéan-Piérre",
    ],
)
def test_register_spellings_are_masked(text):
    result = _anon().scrub(f"Ce matin {text} est passé.")
    assert result.text.startswith("Ce matin ")
    for word in ("jean", "pierre", "dubois", "amrani", "fatima", "peeters", "jéan"):
        assert word not in result.text.casefold()


def test_common_word_names_capitalisation_decides():
    anon = _anon()
    result = anon.scrub("Rose a mis sa robe rose. Elle est contente.")
    masked = [r for r in result.replacements if r.kind == "PERSONNE"]
    assert [r.original for r in masked] == ["Rose"]
    assert masked[0].ambiguous and "mot courant" in masked[0].detail
    assert "robe rose" in result.text
    assert [c.original for c in result.candidates] == ["rose"]
    # Without the usual capitals (quick notes), the lower-case name is masked too, flagged ambiguous.
    notes = anon.scrub("rose a mis sa robe rose")
    assert "rose" not in notes.text and all(r.ambiguous for r in notes.replacements)
    # A title or the full name removes the doubt.
    titled = anon.scrub("Visite chez Mme Rose hier, puis chez Rose Martin.")
    assert not any(r.ambiguous for r in titled.replacements)


def test_saint_names_are_places_not_the_person():
    result = _anon().scrub("Hospitalisé à Saint-Pierre, il retrouve Pierre.")
    assert "Saint-Pierre" in result.text
    assert result.text.endswith("[PERSONNE 1].")


def test_niss_valid_invalid_and_bis():
    anon = _anon()
    result = anon.scrub(
        "NISS 85.07.30-033.28, BIS 85473003377 ?, erroné 85.07.30-033.29, autre 850730 033 28."
    )
    kinds = [(r.kind, r.detail) for r in result.replacements]
    assert kinds[0] == ("NISS", "NISS (somme de contrôle valide)")
    assert kinds[2][0] == "NUMÉRO" and "invalide" in kinds[2][1]
    assert result.replacements[2].ambiguous
    assert result.replacements[3].placeholder == result.replacements[0].placeholder  # same number
    assert "85" not in result.text


def test_appointment_date_kept_birth_date_masked():
    result = _anon().scrub("Née le 3 mars 1948. Rendez-vous le 12 mars 2026 à 14h. Le 12/03/2026 aussi.")
    assert "12 mars 2026" in result.text and "12/03/2026" in result.text
    assert "1948" not in result.text
    assert result.replacements[0].placeholder == "[DATE DE NAISSANCE 1]"


def test_render_after_review_and_manual():
    anon = _anon()
    source = "Rose Martin et son voisin Gaston au 0470 12 34 56."
    result = anon.scrub(source)
    kept = [r for r in result.replacements if r.kind != "TÉLÉPHONE"]
    assert anon.render(source, kept) == "[PERSONNE 1] et son voisin [PERSONNE 2] au 0470 12 34 56."
    extra = anon.manual(source, source.index("voisin"), source.index("voisin") + len("voisin"))
    assert extra.kind == "MASQUÉ" and extra.placeholder == "[MASQUÉ 1]" and extra.reason == "manual"
    again = anon.manual(source, 0, 4)
    assert again.kind == "PERSONNE"
    assert anon.render(source, [*result.replacements, extra]).count("[MASQUÉ 1]") == 1
    with pytest.raises(ValueError) as error:
        anon.manual(source, 10, 500)
    assert "Rose" not in str(error.value)


def test_replacement_type_and_overlaps_merge():
    result = _anon().scrub("Il habite Rue de la Loi 16 bte 3, 1000 Bruxelles depuis 2019.")
    assert len(result.replacements) == 1
    replacement = result.replacements[0]
    assert isinstance(replacement, Replacement)
    assert replacement.kind == "ADRESSE" and result.text == "Il habite [ADRESSE 1] depuis 2019."


def test_communes_alone_and_resources_are_kept():
    result = _anon().scrub(
        "Elle vit à Anderlecht et va au CPAS d'Anderlecht, à Infor-Homes et chez Solidaris."
    )
    assert result.replacements == ()


def test_from_session(register):
    from app import clock

    stamp = clock.now()
    with register.session() as session:
        person = Person(
            first_name="Ginette",
            last_name="Vermeulen",
            address="Kerkstraat 12",
            phone="0475 11 22 33",
            email="g.v@telenet.be",
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(person)
        session.flush()
        session.add(
            NetworkMember(person_id=person.id, role="voisin", name="M. Koen Baert", phone="02 555 44 33")
        )
        session.commit()
    with register.session() as session:
        deny = DenyList.from_session(session)
    anon = Anonymiser(deny, use_ner=False)
    result = anon.scrub(
        "GINETTE voit Baert (koen) Kerkstraat 12 ; 0032 475 11 22 33 ; g.v@telenet.be ; 02-555-44-33"
    )
    for word in ("ginette", "baert", "koen", "kerkstraat", "475", "g.v@", "555"):
        assert word not in result.text.casefold()
    assert {r.reason for r in result.replacements} == {"register"}


def test_thread_safety_same_placeholders():
    anon = _anon()
    texts = [f"Jean-Pierre Dubois et Gaston {i % 3}, tél 0470 12 34 56" for i in range(40)]
    results: list[str] = []
    lock = threading.Lock()

    def work(chunk):
        for text in chunk:
            scrubbed = anon.scrub(text).text
            with lock:
                results.append(scrubbed)

    threads = [threading.Thread(target=work, args=(texts[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 40 and all(r.startswith("[PERSONNE 1] et ") for r in results)


def test_empty_text():
    result = _anon().scrub("")
    assert result.text == "" and result.replacements == ()


@pytest.mark.parametrize(
    ("year", "label"),
    [
        (None, "âge inconnu"),
        (1956, "70–79 ans"),
        (1946, "80 ans et plus"),
        (1900, "80 ans et plus"),
        (2026, "0–9 ans"),
        (2030, "âge inconnu"),
        (1957, "60–69 ans"),
        (1947, "70–79 ans"),
    ],
)
def test_age_band(year, label):
    assert age_band(year, date(2026, 3, 14)) == label


def test_month_label():
    assert month_label(date(2026, 3, 14)) == "mars 2026"
    assert month_label(date(2025, 12, 1)) == "décembre 2025"
    assert month_label(date(2026, 8, 31)) == "août 2026"
    assert month_label(None) == ""
