"""A resource file never carries a register person's identifiers: the notes and every text field of each
exported entry are screened (deny list, direct-identifier patterns), hits masked, counts shown in the plan."""

from __future__ import annotations

import io
import json
import sys

import pytest

from app.cli.main import main
from app.readmodels import PersonData
from app.resource_sharing import ResourceSharing
from app.resources_directory import ResourceData
from app.services import Services
from tests.conftest import PASSPHRASE

NOTE = "Rappeler Mme Vandenbossche au 0478 12 34 56 pour la visite. Sur rendez-vous."


@pytest.fixture
def services(register) -> Services:
    services = Services.for_register(register)
    services.persons.create(PersonData(first_name="Mireille", last_name="Vandenbossche",
                                       phone="0478 12 34 56", email="mireille.vdb@example.be"))  # fmt: skip
    return services


def test_a_note_with_a_register_persons_name_and_phone_is_masked_in_the_file(services, register, tmp_path):
    noted = services.resources.create(ResourceData(name="Service d'aide à domicile", commune="Forest",
                                                   phone="02 563 21 11", notes=NOTE))  # fmt: skip
    plain = services.resources.create(ResourceData(name="CPAS de Forest", commune="Forest", notes="Lundi."))
    sharing = ResourceSharing(register)
    plan = sharing.plan_export([noted.id, plain.id])
    assert [(hit.name, hit.by_kind, hit.fields) for hit in plan.hits] == [
        ("Service d'aide à domicile", {"PERSONNE": 1, "TÉLÉPHONE": 1}, ("notes",))
    ]
    target = tmp_path / "partage.json"
    sharing.export([noted.id, plain.id], target)
    text = target.read_text(encoding="utf-8")
    assert "Vandenbossche" not in text and "0478" not in text and "12 34 56" not in text
    entries = {entry["name"]: entry for entry in json.loads(text)["resources"]}
    assert entries["Service d'aide à domicile"]["phone"] == "02 563 21 11"  # the service's own phone stays
    assert "[PERSONNE 1]" in entries["Service d'aide à domicile"]["notes"]
    assert entries["CPAS de Forest"]["notes"] == "Lundi."


def test_a_register_persons_phone_and_email_as_the_entrys_own_are_withheld(services, register, tmp_path):
    entry = services.resources.create(ResourceData(name="Voisine de Mireille Vandenbossche", commune="Forest",
                                                   phone="0478 12 34 56", email="mireille.vdb@example.be"))
    target = tmp_path / "partage.json"
    ResourceSharing(register).export([entry.id], target)
    record = json.loads(target.read_text(encoding="utf-8"))["resources"][0]
    assert record["phone"] == "" and record["email"] == ""
    assert "Vandenbossche" not in record["name"] and "Mireille" not in record["name"]
    # ... and a colleague can still import the file (placeholders where the import checks shapes are absent).
    assert ResourceSharing(register).plan_import(target).items


def test_the_cli_prints_counts_per_entry_never_the_values(services, register, register_dir, tmp_path,
                                                          monkeypatch, capsys):  # fmt: skip
    services.resources.create(ResourceData(name="Service d'aide à domicile", commune="Forest", notes=NOTE))
    register.close()
    target = tmp_path / "partage.json"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(["resources", "export", str(register_dir), str(target), "--passphrase-stdin"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "PERSONNE 1" in out and "TÉLÉPHONE 1" in out and "aucune donnée de personne" in out
    assert "Vandenbossche" not in out + err and "0478" not in out + err
    assert "Vandenbossche" not in target.read_text(encoding="utf-8")


def test_direct_identifiers_of_someone_outside_the_register_are_masked_too(services, register, tmp_path):
    """The patterns run on the notes, not only the deny list: a national number, an IBAN, an e-mail, a
    mobile number and a key-box code of someone the register does not know never leave in clear."""
    note = ("Contact : Mme Lambrechts, NISS 85.07.30-033.28, BE71 0961 2345 6769, "
            "k.lambrechts@telenet.be, 0475 22 31 09. Sleutelkluis 4812.")  # fmt: skip
    entry = services.resources.create(ResourceData(name="Repas à domicile", commune="Forest", notes=note))
    sharing = ResourceSharing(register)
    (hit,) = sharing.plan_export([entry.id]).hits
    assert hit.fields == ("notes",) and hit.count >= 6
    assert {"NISS", "IBAN", "EMAIL", "TÉLÉPHONE"} <= set(hit.by_kind)
    target = tmp_path / "partage.json"
    sharing.export([entry.id], target)
    text = target.read_text(encoding="utf-8")
    for value in ("Lambrechts", "85.07.30", "0961 2345", "telenet", "0475 22", "4812"):
        assert value not in text
