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
