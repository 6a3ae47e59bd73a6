"""Report jobs: the whole invisible-work export (for the UI worker and the CLI) and `relais report …`.

`export_invisible_work` computes the figures, writes the PDF and the optional CSV through temporary files
renamed at the very end (any failure or cancellation before that leaves neither file), and logs the export
(what, when, how: never the content). It reports progress as fractions from 0 to 1 and checks `cancelled()`
between steps, raising ExportCancelled (defined in app.exports.invisible_work_pdf, with the reportlab
rendering).

The CLI subcommand (DESIGN.md §7):
    relais report invisible-work DIR --from YYYY-MM --to YYYY-MM --out FILE.pdf [--csv FILE.csv]
A period whose end precedes its start, an unreadable month or an output folder that does not exist are
refused before the passphrase is asked; errors are one French line (see app/cli.py).
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Callable
from pathlib import Path

from app import clock
from app.errors import ValidationError
from app.exports.invisible_work_csv import atomic_output, check_target, csv_text
from app.invisible_work import InvisibleWorkService, K, Period, ReportData
from storage.models import ExportLog
from storage.register import Register

OpenRegister = Callable[[argparse.Namespace], Register]
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


def export_invisible_work(
    register: Register,
    period: Period,
    pdf_path: Path,
    csv_path: Path | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportData:
    """Figures, PDF, optional CSV, export log; returns the figures (the dashboard shows the same ones).

    Raises ReportWriteError (unwritable path), ExportCancelled (from app.exports.invisible_work_pdf) when
    `cancelled()` becomes true, ValidationError for the same file twice.
    """
    # Imported here: reportlab costs ~0.25 s, and every `relais` start builds this module's parser.
    from app.exports.invisible_work_pdf import ProgressSteps, render_pdf

    steps = ProgressSteps(progress, cancelled)
    if csv_path is not None and Path(csv_path).resolve() == Path(pdf_path).resolve():
        raise ValidationError("csv", "report.same_pdf_and_csv")
    with contextlib.ExitStack() as stack:  # temporary files first: an unwritable path fails at once
        pdf_temporary = stack.enter_context(atomic_output(pdf_path))
        csv_temporary = stack.enter_context(atomic_output(csv_path)) if csv_path is not None else None
        steps.at(0.02)
        data = InvisibleWorkService(register).report(period)
        steps.at(0.2)
        render_pdf(data, pdf_temporary, steps.between(0.2, 0.95))
        if csv_temporary is not None:
            csv_temporary.write_bytes(csv_text(data).encode("utf-8-sig"))
        steps.at(0.97)
    _log_export(register, period, with_csv=csv_path is not None)
    steps.at(1.0)
    return data


def add_report_commands(sub: argparse._SubParsersAction, open_register: OpenRegister) -> None:
    """Add `report` and its reports to the `relais` subcommands; `open_register(args)` unlocks args.DIR."""
    report = _parser(sub, "report", "produire un rapport anonymisé (PDF, CSV)")
    reports = report.add_subparsers(dest="report", metavar="RAPPORT", title="rapports", required=True)
    invisible = _parser(
        reports, "invisible-work", "rapport du travail invisible sur une période (PDF et, au choix, CSV)"
    )
    invisible.add_argument("DIR", type=Path, help="dossier du registre")
    invisible.add_argument("--from", dest="start", metavar="AAAA-MM", required=True, help="premier mois")
    invisible.add_argument("--to", dest="end", metavar="AAAA-MM", required=True, help="dernier mois (inclus)")
    invisible.add_argument("--out", metavar="FICHIER.pdf", type=Path, required=True, help="PDF à écrire")
    invisible.add_argument(
        "--csv",
        metavar="FICHIER.csv",
        type=Path,
        help="écrire aussi les minutes par mois et par tâche en CSV (UTF-8, séparateur « ; »)",
    )
    invisible.add_argument(
        "--recovery-code",
        action="store_true",
        help="déverrouiller avec le code de récupération au lieu de la phrase de passe",
    )
    invisible.set_defaults(report_handler=lambda args: _invisible_work(args, open_register))


def cmd_report(args: argparse.Namespace) -> int:
    """The `report` entry of app.cli.register_commands.COMMANDS: runs the report chosen on the command
    line."""
    return args.report_handler(args)


def _invisible_work(args: argparse.Namespace, open_register: OpenRegister) -> int:
    period = Period.parse(args.start, args.end)  # refused before any passphrase is asked
    for path in (args.out, args.csv):
        if path is not None:
            check_target(path)
    with open_register(args) as register:
        data = export_invisible_work(register, period, args.out, args.csv)
    written = f"{args.out}" + (f" et {args.csv}" if args.csv else "")
    print(f"Rapport du travail invisible écrit ({period.label}) : {written}.")
    if data.empty:
        print("Aucun temps n'est enregistré sur cette période : le rapport le dit, sans graphique.")
    return 0


def _parser(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
    parser._positionals.title = "arguments"
    parser._optionals.title = "options"
    parser.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")
    # Also accepted after the subcommand; SUPPRESS keeps the top-level value when absent here.
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="lire la phrase de passe (une ligne par secret demandé) sur l'entrée standard",
    )
    return parser


def _log_export(register: Register, period: Period, *, with_csv: bool) -> None:
    settings = {"from": f"{period.start_month:%Y-%m}", "to": f"{period.end_month:%Y-%m}", "k": K}
    with register.session() as session:
        session.add(
            ExportLog(
                exported_at=clock.now(),
                kind="invisible_work",
                format="pdf+csv" if with_csv else "pdf",
                settings_json=json.dumps(settings),
                item_count=len(period.months),
            )
        )
