"""Shipped vocabularies: they load, hold the expected ids, cover the domain examples and are reproducible."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.vocab import (
    REQUIRED_VOCABULARIES,
    Term,
    Vocabulary,
    VocabularyError,
    load_vocabularies,
    vocabularies,
)
from tests.error_texts import raises_message

REPO = Path(__file__).resolve().parents[2]
VOCAB_DIR = REPO / "resources" / "vocab"
BUILD_SCRIPT = REPO / "packaging" / "build_vocab.py"
DOMAIN_JSON = Path(__file__).resolve().parents[3] / "shared/domain/domain.json"
LOWERCASE_BRANDS = {"eHealthBox"}  # the one label that is not capitalised, by its own spelling


@pytest.fixture(scope="module")
def domain() -> dict:
    if not DOMAIN_JSON.is_file():
        pytest.skip(f"shared domain reference not available ({DOMAIN_JSON})")
    return json.loads(DOMAIN_JSON.read_text(encoding="utf-8"))


@pytest.fixture
def vocab_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped vocabulary files."""
    target = tmp_path / "vocab"
    target.mkdir()
    for path in VOCAB_DIR.glob("*.json"):
        shutil.copy(path, target / path.name)
    return target


def rewrite(folder: Path, name: str, change) -> None:
    path = folder / f"{name}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


# --- Shipped files --------------------------------------------------------------------------------------

def test_shipped_vocabularies_load_and_are_complete():
    loaded = vocabularies()
    assert set(REQUIRED_VOCABULARIES) <= set(loaded)
    for name in REQUIRED_VOCABULARIES:
        vocab = loaded[name]
        assert vocab.name == name
        assert len(vocab) > 0
        for term in vocab:
            assert all(term.labels[lang] for lang in ("fr", "nl", "en"))
            if term.labels["fr"] not in LOWERCASE_BRANDS:
                assert not term.labels["fr"][0].islower(), (name, term.id)


def test_default_loader_reads_package_resources_and_cache_is_shared():
    assert set(load_vocabularies()) == set(vocabularies())
    assert vocabularies() is vocabularies()


@pytest.mark.parametrize(("name", "ids"), [
    ("mobilisation_statuses", ["envisagee", "proposee", "en_cours", "liste_attente", "en_place",
                               "relais_passe", "aboutie", "refusee", "bloquee_entourage", "indisponible",
                               "echec", "pas_de_demande"]),
    ("priority_statuses", ["exprimee", "en_cours", "deposee", "atteinte", "abandonnee", "pas_de_demande"]),
    ("situation_statuses", ["active", "veille", "closed"]),
    ("dialogue_modes", ["oral", "cartes", "mixte"]),
])
def test_status_vocabularies_have_exactly_the_expected_ids(name, ids):
    assert list(vocabularies()[name].ids()) == ids


def test_status_attributes():
    statuses = vocabularies()["mobilisation_statuses"]
    assert [t.id for t in statuses.with_attribute("shortage")] == ["liste_attente", "indisponible", "echec"]
    assert all(isinstance(t.attribute("terminal"), bool) for t in statuses)
    assert statuses.get("aboutie").attribute("terminal") is True
    assert statuses.get("en_cours").attribute("terminal") is False
    priorities = vocabularies()["priority_statuses"]
    assert [t.id for t in priorities.with_attribute("active")] == ["exprimee", "en_cours"]
    assert vocabularies()["situation_statuses"].label("closed") == "Clôturée"


def test_referent_tasks_all_carry_the_invisible_flag():
    tasks = vocabularies()["referent_tasks"]
    assert all(isinstance(term.attribute("invisible"), bool) for term in tasks)
    assert tasks.get("passer_relais").attribute("invisible") is True
    assert tasks.get("visite_domicile").attribute("invisible") is False


def test_vulnerabilities_are_ordered_by_frequency():
    vulnerabilities = vocabularies()["vulnerabilities"]
    ranks = [term.attribute("frequency_rank") for term in vulnerabilities]
    assert ranks == list(range(1, len(vulnerabilities) + 1))
    assert vulnerabilities.ids()[:4] == ("difficultes_financieres", "troubles_psychiques", "isolement_social",
                                         "difficultes_linguistiques")


def test_pathologies_flag_boost_targets():
    pathologies = vocabularies()["pathologies"]
    targets = {term.id for term in pathologies.with_attribute("boost_target")}
    assert {"diabete", "irc", "cardiovasculaire", "bpco", "hta", "insuffisance_cardiaque"} == targets
    assert "autre" in pathologies


def test_cdp_noeuds_are_grouped():
    groups = {term.attribute("group") for term in vocabularies()["cdp_noeuds"]}
    assert groups == {"patient", "prestataire", "situation"}


def test_dutch_labels_use_belgian_care_terms():
    assert vocabularies()["resource_types"].label("cpas", "nl").startswith("OCMW")
    assert vocabularies()["resource_types"].label("mutualite", "nl") == "Ziekenfonds"
    assert vocabularies()["network_roles"].label("aidant_proche", "nl") == "Mantelzorger"
    assert vocabularies()["network_roles"].label("medecin_generaliste", "nl") == "Huisarts"


def test_term_and_vocabulary_api():
    term = Term("x", {"fr": "Libellé", "en": "Label"}, "003", {"terminal": True})
    assert term.label("nl") == "Libellé"
    assert Term("y", {"en": "Only English"}, "relais").label("nl") == "Only English"
    assert Term("z", {}, "relais").label() == "z"
    vocab = Vocabulary("demo", [term])
    assert "x" in vocab and "nope" not in vocab
    assert vocab.get("nope") is None
    assert vocab.label("nope") == "nope"
    assert vocab.label("x", "en") == "Label"
    assert [t.id for t in vocab] == ["x"] and len(vocab) == 1


# --- Coverage of the domain reference -------------------------------------------------------------------

def test_example_situations_use_only_known_ids(domain):
    vocab = vocabularies()
    missing = []
    for situation in domain["example_situations"]["items"]:
        refs = [("vulnerabilities", v) for v in situation["vulnerabilities"]]
        refs += [("pathologies", p) for p in situation["pathologies"] + situation.get("other_conditions", [])]
        refs += [("referent_tasks", entry["task"]) for entry in situation["time"]]
        refs.append(("dialogue_modes", situation["dialogue_tool"]["mode"]))
        for resource in situation["resources"]:
            refs += [("who_mobilises", resource["who_mobilises"]),
                     ("resource_types", resource["resource_type"]),
                     ("resource_categories", resource["category"]),
                     ("mobilisation_modes", resource["mode"])]
            if "failure_reason" in resource:
                refs.append(("failure_reasons", resource["failure_reason"]))
        missing += [(situation["id"], name, ref) for name, ref in refs if ref not in vocab[name]]
    assert missing == []


def test_domain_outcomes_map_to_mobilisation_statuses(domain):
    mapped = {outcome for term in vocabularies()["mobilisation_statuses"]
              for outcome in term.attribute("domain_outcomes")}
    outcomes = {item["id"] for item in domain["outcomes_and_obstacles"]["outcome_states"]["items"]}
    assert outcomes - mapped == {"deposee"}  # a parked need is a priority status, not a resource status
    assert "deposee" in vocabularies()["priority_statuses"]


def test_every_domain_vulnerability_and_task_is_present(domain):
    assert {v["id"] for v in domain["vulnerabilities"]} == set(vocabularies()["vulnerabilities"].ids())
    assert {t["id"] for t in domain["referent_tasks"]} == set(vocabularies()["referent_tasks"].ids())
    assert {r["id"] for r in domain["who_mobilises"]["roles"]} <= set(vocabularies()["who_mobilises"].ids())


def test_build_script_reproduces_the_shipped_files(domain, tmp_path):
    out = tmp_path / "vocab"
    subprocess.run([sys.executable, str(BUILD_SCRIPT), str(DOMAIN_JSON), "--out", str(out)],
                   check=True, capture_output=True)
    built = {path.name: path.read_bytes() for path in out.glob("*.json")}
    shipped = {path.name: path.read_bytes() for path in VOCAB_DIR.glob("*.json")}
    assert sorted(built) == sorted(shipped) == sorted(f"{name}.json" for name in REQUIRED_VOCABULARIES)
    assert [name for name in built if built[name] != shipped[name]] == []


# --- Loader errors --------------------------------------------------------------------------------------

def test_copied_folder_loads(vocab_copy):
    assert set(load_vocabularies(vocab_copy)) == set(REQUIRED_VOCABULARIES)


def test_duplicate_id_is_rejected(vocab_copy):
    rewrite(vocab_copy, "origins", lambda doc: doc["items"].append(dict(doc["items"][0])))
    message = r"origins\.json items\[11\]: the identifier “patientele_rp” is already that of item 0"
    with raises_message(VocabularyError, match=message, language="en"):
        load_vocabularies(vocab_copy)


def test_missing_dutch_label_is_rejected(vocab_copy):
    rewrite(vocab_copy, "dialogue_modes", lambda doc: doc["items"][1]["labels"].pop("nl"))
    expected = r"dialogue_modes\.json items\[1\] \(cartes\).*“labels\.nl”"
    with raises_message(VocabularyError, match=expected, language="en"):
        load_vocabularies(vocab_copy)


def test_empty_label_is_rejected(vocab_copy):
    rewrite(vocab_copy, "dialogue_modes", lambda doc: doc["items"][0]["labels"].update(en="  "))
    with raises_message(VocabularyError, match=r"items\[0\] \(oral\).*“labels\.en”", language="en"):
        load_vocabularies(vocab_copy)


@pytest.mark.parametrize("bad_id", ["Oral", "oral-mode", "", "déposée", 7])
def test_bad_id_is_rejected(vocab_copy, bad_id):
    rewrite(vocab_copy, "dialogue_modes", lambda doc: doc["items"][0].update(id=bad_id))
    expected = r"dialogue_modes\.json items\[0\]: the “id” field"
    with raises_message(VocabularyError, match=expected, language="en"):
        load_vocabularies(vocab_copy)


def test_missing_source_is_rejected(vocab_copy):
    rewrite(vocab_copy, "dialogue_modes", lambda doc: doc["items"][2].pop("source"))
    with raises_message(VocabularyError, match=r"items\[2\] \(mixte\): the “source” field", language="en"):
        load_vocabularies(vocab_copy)


def test_invalid_json_is_rejected(vocab_copy):
    (vocab_copy / "origins.json").write_text('{"vocabulary": "origins", "items": [', encoding="utf-8")
    with raises_message(VocabularyError, match=r"origins\.json: invalid JSON \(line 1", language="en"):
        load_vocabularies(vocab_copy)


def test_vocabulary_name_mismatch_is_rejected(vocab_copy):
    rewrite(vocab_copy, "origins", lambda doc: doc.update(vocabulary="origin"))
    expected = r"origins\.json: the “vocabulary” field must be “origins”"
    with raises_message(VocabularyError, match=expected, language="en"):
        load_vocabularies(vocab_copy)


def test_empty_items_are_rejected(vocab_copy):
    rewrite(vocab_copy, "origins", lambda doc: doc.update(items=[]))
    with raises_message(VocabularyError, match=r"origins\.json: the “items” field", language="en"):
        load_vocabularies(vocab_copy)


def test_missing_required_file_is_rejected(vocab_copy):
    (vocab_copy / "learned_from.json").unlink()
    expected = r"Missing vocabulary files: learned_from\.json"
    with raises_message(VocabularyError, match=expected, language="en"):
        load_vocabularies(vocab_copy)


def test_attributes_are_read_only():
    term = vocabularies()["vulnerabilities"].get("difficultes_financieres")
    with pytest.raises(TypeError):
        term.attributes["frequency_rank"] = 99  # type: ignore[index]
    assert isinstance(term.attribute("aliases_fr"), tuple)
