"""The register table: model contract, search-as-you-type, filters, sorting, count, keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.vocab import vocabularies
from ui.register.model import (
    NEXT_CONTACT,
    PERSON,
    SITUATION_ID_ROLE,
    STATUS,
    VULNERABILITIES,
    RegisterFilter,
    RegisterModel,
)
from ui.register.view import RegisterView


def loaded_model(services) -> RegisterModel:
    model = RegisterModel("fr")
    model.load(services.situations.summaries(), services.situations.search_texts())
    return model


def ids(model: RegisterModel) -> set[int]:
    return {model.situation_id(row) for row in range(model.rowCount())}


def test_model_passes_qtmodeltester(qtmodeltester, services, filled):
    model = loaded_model(services)
    qtmodeltester.check(model)
    model.set_filter(RegisterFilter(text="dupre"))
    qtmodeltester.check(model)


def test_rows_show_code_person_status_and_dates(services, filled):
    model = loaded_model(services)
    row = model.row_of(filled["eloise"])
    summary = model.summary(filled["eloise"])
    assert model.index(row, 0).data() == summary.code
    assert model.index(row, PERSON).data() == "Éloïse Dupré"
    assert model.index(row, STATUS).data() == vocabularies()["situation_statuses"].label("active", "fr")
    assert model.index(row, NEXT_CONTACT).data() == "01/02/2026"
    assert model.index(row, 0).data(SITUATION_ID_ROLE) == filled["eloise"]
    assert model.index(row, NEXT_CONTACT).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue


def test_main_vulnerabilities_are_the_three_most_frequent_then_a_count(services, filled):
    model = loaded_model(services)
    cell = model.index(model.row_of(filled["fatima"]), VULNERABILITIES)
    vulnerabilities = vocabularies()["vulnerabilities"]
    expected = ", ".join(vulnerabilities.label(term, "fr") for term in
                         ("difficultes_financieres", "troubles_psychiques", "isolement_social"))
    assert cell.data() == expected + " (+1)"
    assert vulnerabilities.label("difficultes_linguistiques", "fr") in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_search_matches_name_pseudonym_and_narrative_ignoring_accents_and_case(services, filled):
    model = loaded_model(services)
    for text, expected in (
        ("dupre", {"eloise"}),
        ("ÉLOÏSE", {"eloise"}),
        ("hopital", {"fatima"}),  # narrative "Hôpital deux fois…"
        ("fatima cpas", {"fatima"}),  # every word must match, in any field
        ("fille", {"marc"}),
        ("zzz", set()),
        ("", set(filled)),
    ):
        model.set_filter(RegisterFilter(text=text))
        assert ids(model) == {filled[name] for name in expected}, text
    code = model.summary(filled["jan"]).code
    model.set_filter(RegisterFilter(text=code.lower()))
    assert ids(model) == {filled["jan"]}


def test_filters_by_status_vulnerability_and_pathology_combine(services, filled):
    model = loaded_model(services)
    model.set_filter(RegisterFilter(status="veille"))
    assert ids(model) == {filled["marc"]}
    model.set_filter(RegisterFilter(vulnerability="difficultes_financieres"))
    assert ids(model) == {filled["marc"], filled["fatima"]}
    model.set_filter(RegisterFilter(pathology="cardiovasculaire"))  # includes hypertension (hta)
    assert ids(model) == {filled["marc"]}
    model.set_filter(RegisterFilter(status="active", vulnerability="isolement_social", text="seule"))
    assert ids(model) == {filled["eloise"]}


def test_sorting_by_status_and_next_contact(services, filled):
    model = loaded_model(services)
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [model.summary(model.situation_id(row)).status for row in range(model.rowCount())]
    assert statuses == ["active", "active", "veille", "closed"]
    model.sort(NEXT_CONTACT, Qt.SortOrder.AscendingOrder)
    assert model.situation_id(0) == filled["eloise"]  # the only date; empty dates last
    model.sort(PERSON, Qt.SortOrder.DescendingOrder)
    assert model.index(0, PERSON).data() == "Jan Peeters"


def test_typing_in_the_search_filters_and_updates_the_count(qtbot, services, filled):
    view = RegisterView("fr")
    qtbot.addWidget(view)
    view.load(services)
    assert view.count.text() == "4 situations"
    qtbot.keyClicks(view.search, "dupr")
    assert view.model.rowCount() == 1
    assert view.count.text() == "1 of 4 situations"
    assert view.clear_button.isEnabled()
    view.status.setCurrentIndex(view.status.findData("veille"))
    assert view.model.rowCount() == 0
    assert view.pages.currentWidget() is view.empty
    assert "No situation matches" in view.empty.text()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 4
    assert view.search.text() == "" and view.status.currentIndex() == 0


def test_keyboard_from_search_to_opening_a_situation(qtbot, services, filled):
    view = RegisterView("fr")
    qtbot.addWidget(view)
    view.load(services)
    view.show()
    view.focus_search()
    qtbot.keyClicks(view.search, "janssens")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.selected_id() == filled["marc"]
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [filled["marc"]]
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""


def test_narratives_become_searchable_after_the_table_is_shown(qtbot, services, filled):
    view = RegisterView("fr")
    qtbot.addWidget(view)
    view.load(services)
    assert view.model.rowCount() == 4  # the table does not wait for the narratives
    view.search.setText("hopital")
    with qtbot.waitSignal(view.search_texts_loaded, timeout=20_000):
        pass
    assert view.search_texts_ready
    assert ids(view.model) == {filled["fatima"]}  # the filter is applied again with the narratives


def test_texts_arriving_after_a_lock_are_dropped(qtbot, services, filled):
    view = RegisterView("fr")
    qtbot.addWidget(view)
    view.load(services)
    view.clear()
    qtbot.wait(200)  # longer than the deferred start: the read is skipped or its result ignored
    assert view.model._texts == {} and not view.search_texts_ready


def test_reload_keeps_the_selection_and_shows_new_rows(services, filled, qtbot):
    from tests.ui.conftest import add_situation

    view = RegisterView("fr")
    qtbot.addWidget(view)
    view.load(services)
    view.select_id(filled["fatima"])
    new_id = add_situation(services, "Nouvelle", "Personne", next_checkin=date(2027, 1, 1))
    view.reload()
    assert view.model.rowCount() == 5 and view.model.row_of(new_id) is not None
    assert view.selected_id() == filled["fatima"]


def test_empty_register_says_how_to_start(qtbot, services):
    view = RegisterView("fr")
    qtbot.addWidget(view)
    view.load(services)
    assert view.count.text() == "0 situations"
    assert view.pages.currentWidget() is view.empty
    assert "Ctrl+N" in view.empty.text()


def test_clear_forgets_rows_and_searchable_texts(qtbot, services, filled):
    view = RegisterView("fr")
    qtbot.addWidget(view)
    view.load(services)
    view.clear()
    assert view.model.rowCount() == 0 and view.model.total_count == 0
    assert view.model._texts == {}
    view.reload()  # without services: nothing happens, nothing is read
    assert view.model.rowCount() == 0


def test_what_the_delegate_reads_in_one_call_is_what_data_answers_cell_after_cell(qtbot, services, filled):
    """multiData (one call a painted cell) against data, in the order a paint asks: the delegate hands the
    same roles again for the next cell, so a role one cell set must not leak into the next."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

    model = loaded_model(services)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    delegate = QStyledItemDelegate(table)
    plain = QStyleOptionViewItem()
    plain_text = table.palette().color(QPalette.ColorRole.Text)
    overdue_seen = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem(plain)
            option.palette = table.palette()
            delegate.initStyleOption(option, index)
            assert option.text == index.data()
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            expected = foreground.color() if foreground is not None else plain_text
            overdue_seen += foreground is not None
            assert option.palette.color(QPalette.ColorRole.Text) == expected, (row, column)
    assert 0 < overdue_seen < model.rowCount()  # some rows overdue, not all: the leak would show
