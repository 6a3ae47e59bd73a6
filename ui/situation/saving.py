"""The situation editor's writes and its answer to changes made elsewhere (a mixin of SituationEditor).

Every write is an operation of the register's runner (ui.common.operations): saving waits for it (`call`),
because closing and locking must know at once whether the edits are safe. When another view changes the
person or the situation shown (the quick log plans the next check-in, "To contact" marks it done…), the
editor reads the stored record again: fields the referent did not touch take the new values, fields they
edited keep their edits, and only a field changed on both sides asks which version to keep.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.changes import ChangeSet, merge_states
from app.errors import NotFoundError, ValidationError
from app.readmodels import PersonRead, SituationRead
from ui.common.i18n import fill
from ui.common.operations import OperationRunner, runner_for
from ui.situation import form as situation_form
from ui.situation import person_form
from ui.situation.edit_history import part_of, prefixed

PERSON, SITUATION = "p.", "s."
translate = QCoreApplication.translate




def situation_changes(situation: SituationRead) -> ChangeSet:
    return ChangeSet.of(situations=[situation.id], persons=[situation.person_id], followups=[situation.id])


def person_changes(person: PersonRead) -> ChangeSet:
    return ChangeSet.of(persons=[person.id])


class EditorSaving:
    """Saving, status changes and change notices of the situation editor."""

    @property
    def runner(self) -> OperationRunner:
        return runner_for(self._services)

    def watch_changes(self) -> None:
        self.runner.changed.connect(self.on_changes)

    # -- saving ----------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the person then the situation; a refused field is shown next to it and nothing is lost."""
        self._clear_errors()
        try:
            person = self._save_person()
            situation = self._save_situation() if person is not None else None
        except NotFoundError as error:
            self.inform(str(error))
            return False
        if situation is None:
            return False
        saved_at = datetime.now().strftime("%H:%M")
        self._saved_message = fill(translate("SituationEditor", "Saved at %1"), saved_at)
        self._show(situation, person)
        self.saved.emit(situation.id)
        return self._save_tabs()

    def _save_tabs(self) -> bool:
        """The dirty forms of the other tabs too (a refused one is shown, with its message)."""
        for widget in self._dirty_tabs():
            if not widget.save():
                self.tabs.setCurrentWidget(widget)
                return False
        return True

    def _save_person(self) -> PersonRead | None:
        state = self.person_form.state()
        person_id = self._person_id
        try:
            data = self.person_form.person_data()
            if person_id is not None and state == part_of(PERSON, self._saved_state):
                return self._services.persons.get(person_id)
            write = ((lambda s: s.persons.create(data)) if person_id is None
                     else (lambda s: s.persons.update(person_id, data)))
            person = self.runner.call(write, changes=person_changes, source=self)
        except ValidationError as error:
            self._show_error(0, self.person_form, error)
            return None
        self._person_id = person.id  # saved even if the situation is refused below
        self._saved_state.update(prefixed(PERSON, state))
        self.network.set_person(person.id)
        if self._picker is not None:
            self._picker.hide()
        return person

    def _save_situation(self) -> SituationRead | None:
        data = self.situation_form.situation_data()
        situation_id, person_id = self.situation_id, self._person_id
        write = ((lambda s: s.situations.create(person_id, data)) if situation_id is None
                 else (lambda s: s.situations.update(situation_id, data)))
        try:
            return self.runner.call(write, changes=situation_changes, source=self)
        except ValidationError as error:
            self._show_error(1, self.situation_form, error)
            return None

    def _show_error(self, tab: int, form, error: ValidationError) -> None:
        self.tabs.setCurrentIndex(tab)
        if not form.show_error(error.field, str(error)):
            self.message.setText(str(error))
            self.message.show()

    def _clear_errors(self) -> None:
        self.person_form.clear_errors()
        self.situation_form.clear_errors()
        self.message.hide()

    # -- status ----------------------------------------------------------------------------------------
    def close_situation(self) -> None:
        if self._situation is None:
            return
        choice = self.ask_closure(self._situation)
        if choice is not None:
            reason, closed_on = choice
            self._change_status(lambda s, sid: s.situations.close(sid, reason, closed_on))

    def _change_status(self, action) -> None:
        """`action(services, situation_id)`; unsaved edits are saved first, so it never discards them."""
        if self._situation is None or (self.is_dirty() and not self.save()):
            return
        situation_id = self._situation.id
        try:
            situation = self.runner.call(lambda s: action(s, situation_id), changes=situation_changes,
                                         source=self)
        except (ValidationError, NotFoundError) as error:
            self.inform(str(error))
            return
        self._show(situation, self._services.persons.get(situation.person_id))
        self.saved.emit(situation.id)

    # -- changes made elsewhere ------------------------------------------------------------------------
    def on_changes(self, changes: ChangeSet, source: object) -> None:
        """Take what changed elsewhere in the record shown; keep the referent's edits; ask on a conflict."""
        situation = self._situation
        if source is self or situation is None or not (
                changes.touches_situation(situation.id) or changes.touches_person(self._person_id)):
            return
        try:
            stored = self._services.situations.get(situation.id)
            person = self._services.persons.get(stored.person_id)
        except NotFoundError:
            return  # erased: the window closes this tab
        theirs = {**prefixed(PERSON, person_form.state_of(person)),
                  **prefixed(SITUATION, situation_form.state_of(stored, stored.started_on))}
        merged, conflicts = merge_states(self._saved_state, self._state(), theirs)
        if conflicts and not self.ask_keep_mine(conflicts):
            merged.update({key: theirs[key] for key in conflicts})
        self._situation = stored
        self._apply_state(merged)
        self._saved_state = theirs
        self._history.reset(merged)
        self.status_box.show_situation(stored)
        self._refresh_header()

    def ask_keep_mine(self, fields: list[str]) -> bool:
        """A field edited here was also changed elsewhere: keep the edit here (Yes) or take the other (No)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, translate("SituationEditor", "Changed elsewhere"), translate(
            "SituationEditor",
            "While you were editing this situation, some of the fields you changed were also changed "
            "elsewhere. Keep your version of these fields? (No takes the other version.)"),
            buttons.Yes | buttons.No, buttons.Yes)
        return answer == buttons.Yes
