"""Persons, situations and network through the services, on a real encrypted register."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, ValidationError
from app.readmodels import NetworkMemberData, PersonData, SituationData, age_band
from app.services import Services
from storage.models import (
    DialogueSession,
    NetworkMember,
    Person,
    Situation,
    SituationVulnerability,
    TimeEntry,
)
from tests.error_texts import raises_message


@pytest.fixture
def services(register) -> Services:
    return Services.for_register(register)


def _person(services: Services, **overrides) -> int:
    data = PersonData(**{"first_name": "Éloïse", "last_name": "Van Damme", "birth_year": 1948, **overrides})
    return services.persons.create(data).id


def test_create_and_edit_person(services):
    pid = _person(services, phone="0475 12 34 56")
    updated = services.persons.update(pid, PersonData(first_name="Éloïse", last_name="Van Damme-Peeters"))
    assert updated.last_name == "Van Damme-Peeters"
    assert services.persons.get(pid).display_name == "Éloïse Van Damme-Peeters"


@pytest.mark.parametrize(
    "data, field",
    [
        (PersonData(), "last_name"),
        (PersonData(last_name="X", birth_year=1800), "birth_year"),
        (PersonData(last_name="X", email="pas-une-adresse"), "email"),
        (PersonData(last_name="X", sex="z"), "sex"),
    ],
)
def test_person_validation(services, data, field):
    with pytest.raises(ValidationError) as caught:
        services.persons.create(data)
    assert caught.value.field == field
    assert services.persons.count() == 0


def test_person_search_ignores_case_and_accents(services):
    _person(services)
    _person(services, first_name="Mehmet", last_name="Yılmaz")
    assert [p.last_name for p in services.persons.search("eloise")] == ["Van Damme"]
    assert [p.last_name for p in services.persons.search("VAN DAMME")] == ["Van Damme"]
    assert services.persons.search("nobody") == []


def test_situation_lifecycle(services):
    pid = _person(services)
    data = SituationData(
        started_on=date(2026, 3, 1),
        narrative="Vit seule depuis sa chute.",
        vulnerabilities=("isolement_social", "difficultes_financieres", "isolement_social"),
        pathologies=("diabete",),
        origin="medecin_generaliste",
        consent_cdp=True,
    )
    created = services.situations.create(pid, data)
    assert created.code.startswith("S-") and len(created.code) == 6
    assert created.vulnerabilities == ("difficultes_financieres", "isolement_social")
    assert created.status == "active"
    closed = services.situations.close(created.id, "objectifs_atteints", date(2026, 9, 1))
    assert (closed.status, closed.closure_reason) == ("closed", "objectifs_atteints")
    with pytest.raises(ValidationError):
        services.situations.close(created.id, "not_a_reason")
    with raises_message(ValidationError, match="précéder"):
        services.situations.close(created.id, "autre", date(2025, 1, 1))
    reopened = services.situations.reopen(created.id)
    assert (reopened.status, reopened.closed_on, reopened.closure_reason) == ("active", None, None)
    assert services.situations.set_watch(created.id).status == "veille"
    assert services.situations.get_by_code(created.code.lower()).id == created.id


def test_situation_refuses_unknown_vocabulary(services):
    pid = _person(services)
    with pytest.raises(ValidationError) as caught:
        services.situations.create(pid, SituationData(vulnerabilities=("invented",)))
    assert caught.value.field == "vulnerabilities"


def test_update_replaces_vulnerabilities(services):
    pid = _person(services)
    sid = services.situations.create(pid, SituationData(vulnerabilities=("logement",))).id
    services.situations.update(sid, SituationData(vulnerabilities=("sans_abri",), narrative="Nouveau récit"))
    read = services.situations.get(sid)
    assert read.vulnerabilities == ("sans_abri",) and read.narrative == "Nouveau récit"


def test_summaries_search_and_filters(services):
    first = _person(services)
    second = _person(services, first_name="Jan", last_name="Peeters")
    services.situations.create(first, SituationData(narrative="Parle de la piscine", pathologies=("bpco",)))
    s2 = services.situations.create(second, SituationData(vulnerabilities=("logement",))).id
    services.situations.set_watch(s2)
    assert [s.person_name for s in services.situations.summaries("PISCINE")] == ["Éloïse Van Damme"]
    assert [s.person_name for s in services.situations.summaries("eloise")] == ["Éloïse Van Damme"]
    assert [s.id for s in services.situations.summaries(status="veille")] == [s2]
    assert [s.id for s in services.situations.summaries(vulnerability="logement")] == [s2]
    assert len(services.situations.summaries(pathology="bpco")) == 1
    texts = services.situations.search_texts()
    assert any("piscine" in t and "eloise" in t for t in texts.values())


def test_network_members(services):
    pid = _person(services)
    member = services.network.add(
        pid, NetworkMemberData(role="aidant_proche", name="Sophie", phone="02 555 12 12")
    )
    services.network.update(member.id, NetworkMemberData(role="medecin_generaliste", name="Dr Lambert"))
    assert [(m.role, m.name) for m in services.network.for_person(pid)] == [
        ("medecin_generaliste", "Dr Lambert")
    ]
    with pytest.raises(ValidationError):
        services.network.add(pid, NetworkMemberData(role="astronaute"))
    services.network.remove(member.id)
    assert services.network.for_person(pid) == []
    with pytest.raises(NotFoundError):
        services.network.remove(member.id)


def test_erase_person_removes_everything_linked(services, register):
    pid = _person(services)
    keep = _person(services, first_name="Jan", last_name="Peeters")
    sid = services.situations.create(pid, SituationData(vulnerabilities=("logement",))).id
    kept_sid = services.situations.create(keep, SituationData()).id
    services.network.add(pid, NetworkMemberData(role="voisin", name="Voisine"))
    with register.session() as session:
        session.add(
            TimeEntry(worked_on=date(2026, 1, 5), minutes=30, task="visite_domicile", situation_id=sid)
        )
        session.add(DialogueSession(situation_id=sid, held_on=date(2026, 1, 5), mode="oral"))
    report = services.persons.erase(pid)
    assert (report.situations, report.network_members, report.time_entries) == (1, 1, 1)
    with register.session() as session:
        for model in (NetworkMember, TimeEntry, DialogueSession, SituationVulnerability):
            assert session.scalar(select(func.count()).select_from(model)) == 0
        assert session.scalars(select(Person.id)).all() == [keep]
        assert session.scalars(select(Situation.id)).all() == [kept_sid]
    with pytest.raises(NotFoundError):
        services.persons.get(pid)


@pytest.mark.parametrize(
    "year, band",
    [(2026 - 81, "80+"), (2026 - 80, "80+"), (2026 - 79, "70-79"), (2026 - 5, "0-9"), (None, None)],
)
def test_age_band(year, band):
    assert age_band(year, 2026) == band
