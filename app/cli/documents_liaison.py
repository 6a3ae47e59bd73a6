"""`relais document fridge|gp-note DIR --situation CODE --out FILE [--lang fr|nl|en]`.

`fridge` writes the fridge note (PDF, one A4 page, in the chosen language); `gp-note` writes the note to the
GP as an `.eml` draft to open in one's own mail program (Relais never sends mail). Both go through the export
pipeline (atomic owner-only write, one export-log row without the content).

WRITERS maps each kind to its help and writer; the `document` command (app/cli/documents.py) takes them in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.say import said
from app.documents.fridge_note import fridge_note, save_fridge_note
from app.documents.gp_note import draft_gp_note, save_gp_note_eml
from app.registers import Register

# (register, situation id, parsed arguments) → the notices to print; the writer writes args.out itself
Writer = Callable[[Register, int, argparse.Namespace], list[str]]


def write_fridge(register: Register, situation_id: int, args: argparse.Namespace) -> list[str]:
    note = fridge_note(register, situation_id, args.lang)
    save_fridge_note(register, note, args.out)
    if not note.shortened:
        return []
    return [said("cli.fridge_shortened", count=note.shortened)]


def write_gp_note(register: Register, situation_id: int, args: argparse.Namespace) -> list[str]:
    draft = draft_gp_note(register, situation_id, args.lang)
    save_gp_note_eml(register, draft, args.out)
    notices = [said("cli.gp_note_open_eml")]  # for the referent: in the environment's language
    if not draft.to:
        notices.append(said("cli.gp_note_no_address"))
    return notices


# kind → (code of its help in the catalog, writer)
WRITERS: dict[str, tuple[str, Writer]] = {
    "fridge": ("help.document_fridge", write_fridge),
    "gp-note": ("help.document_gp_note", write_gp_note),
}
