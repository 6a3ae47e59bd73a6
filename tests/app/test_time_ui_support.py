"""What the time UI needs from the app: mobilisation labels for the lists, the dashboard's export log."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from app.invisible_work import Period
from app.mobilisations import MobilisationData
from app.readmodels import PersonData, SituationData
from app.services import Services
from storage.models import ExportLog


def test_mobilisation_labels_name_the_resource_or_the_free_text(register):
    services = Services.for_register(register)
    person = services.persons.create(PersonData(first_name="Odette", last_name="Exemple"))
    situation = services.situations.create(person.id, SituationData(started_on=date(2026, 1, 5)))
    free = services.mobilisations.add(
        situation.id, MobilisationData(resource_name="Aide familiale", started_on=date(2026, 2, 1))
    )
    saved = services.mobilisations.add(
        situation.id,
        MobilisationData(resource_name="CPAS d'Ixelles", save_to_directory=True, started_on=date(2026, 2, 1)),
    )
    labels = services.time.mobilisation_labels([free.id, saved.id, free.id, None])
    assert labels == {free.id: "Aide familiale", saved.id: "CPAS d'Ixelles"}
    assert services.time.mobilisation_labels([]) == {}


def test_a_dashboard_export_is_logged_without_content(register):
    services = Services.for_register(register)
    services.invisible_work.log_export(Period.parse("2026-01", "2026-03"), "csv", "nl")
    with register.session() as session:
        rows = session.scalars(select(ExportLog)).all()
        logged = [(row.kind, row.format, json.loads(row.settings_json), row.item_count) for row in rows]
    settings = {"from": "2026-01", "to": "2026-03", "k": 5, "lang": "nl"}  # the report's language, no figure
    assert logged == [("invisible_work", "csv", settings, 3)]
