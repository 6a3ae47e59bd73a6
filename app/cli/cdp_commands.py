"""`relais export canvas`: CdP canvases exported from the command line, with the review made explicit.

    relais export canvas DIR --situation CODE [--situation CODE …] --out FILE.pdf|FILE.json
                         [--review-out FILE.txt | --accept-review FILE.txt | --no-review]

A first run exports nothing: it writes the review (every replacement and every flag, app.cdp.review_file)
to `--review-out`, or beside --out as FILE.review.txt, and exits with REVIEW_WRITTEN (3) so that a script
does not mistake it for an export. The export happens with that file accepted (`--accept-review FILE`:
refused if the register's texts changed since), or with `--no-review` stated (said on stderr, logged as
review "none", marked in the bundle and in the PDF footer). A situation without recorded consent is refused
unless --include-without-consent is given. The export modules (anonymiser, spaCy, reportlab) are imported
only when the command runs: every `relais` start builds this parser.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app import clock
from app.cli.parsers import add_recovery_code, metavar_file
from app.cli.say import said, say, warn
from app.errors import ValidationError
from app.exports.files import check_target
from app.vocab import vocabularies

REVIEW_WRITTEN = 3  # exit code of a first run: the review was written, nothing was exported


def add_export_commands(sub: argparse._SubParsersAction, open_register, parser_factory) -> None:
    """`relais export canvas …`; `parser_factory(sub, name, help)` builds a subparser (app/cli/parsers.py)."""
    export = parser_factory(sub, "export", said("help.export"))
    kinds = export.add_subparsers(dest="export", metavar="EXPORT", title=said("help.title_exports"),
                                  required=True)
    canvas = parser_factory(kinds, "canvas", said("help.canvas"))
    canvas.add_argument("DIR", type=Path, help=said("help.register_dir"))
    canvas.add_argument("--situation", metavar="CODE", action="append", required=True,
                        help=said("help.canvas_situation"))  # fmt: skip
    canvas.add_argument("--out", metavar=metavar_file(), type=Path, required=True,
                        help=said("help.canvas_out"))
    _review_options(canvas)
    canvas.add_argument("--include-without-consent", action="store_true",
                        help=said("help.canvas_without_consent"))
    canvas.add_argument("--date", metavar=said("help.metavar_date"), type=_iso_date,
                        help=said("help.canvas_date"))
    canvas.add_argument("--group", metavar=said("help.metavar_name"), default="",
                        help=said("help.canvas_group"))
    canvas.add_argument("--noeud", metavar="ID", choices=vocabularies()["cdp_noeuds"].ids(),
                        help=said("help.canvas_noeud"))
    canvas.add_argument("--no-ner", action="store_true", help=said("help.canvas_no_ner"))
    add_recovery_code(canvas)
    canvas.set_defaults(export_handler=lambda args: _canvas(args, open_register))


def _review_options(canvas: argparse.ArgumentParser) -> None:
    review = canvas.add_mutually_exclusive_group()
    review.add_argument("--review-out", metavar=metavar_file(), type=Path, help=said("help.review_out"))
    review.add_argument("--accept-review", metavar=metavar_file(), type=Path, help=said("help.accept_review"))
    review.add_argument("--no-review", action="store_true", help=said("help.no_review"))


def cmd_export(args: argparse.Namespace) -> int:
    return args.export_handler(args)


def _canvas(args: argparse.Namespace, open_register) -> int:
    from app.cdp.export import export_format, export_session
    from app.cdp.review_file import check_accepted, default_review_path
    from app.cdp.sessions import CdpSessionRead, CdpSessionService
    from app.services import Services

    export_format(args.out)  # refused before the passphrase is asked
    check_target(args.out)
    review_out = _review_target(args, default_review_path)
    with open_register(args) as register:
        services = Services.for_register(register)
        ids = [services.situations.get_by_code(code).id for code in args.situation]
        session = CdpSessionRead(**vars(_session_data(args)), situation_ids=tuple(dict.fromkeys(ids)))
        review = CdpSessionService(services).prepare_review(
            session, use_ner=not args.no_ner, include_without_consent=args.include_without_consent
        )
        if review_out is not None:
            return _write_review(review, review_out)
        if args.no_review:
            warn("cli.no_review_warning")
        else:
            check_accepted(review, args.accept_review)
        review.confirm(automatic=args.no_review, by_file=not args.no_review)
        export_session(register, session, review, args.out)
    say("cli.canvases_written", count=len(review.canvases), file=str(args.out))
    return 0


def _write_review(review, review_out: Path) -> int:
    """A first run: the review is written (owner-only), nothing is exported."""
    from app.cdp.review_file import write_review

    write_review(review, review_out)
    warn("cli.review_file_warning")
    say("cli.review_written", file=str(review_out))
    return REVIEW_WRITTEN


def _review_target(args: argparse.Namespace, default_review_path) -> Path | None:
    """Where a first run writes the review; None when this run exports (accepted or --no-review)."""
    if args.no_review or args.accept_review is not None:
        return None
    target = args.review_out or default_review_path(args.out)
    if target.resolve() == Path(args.out).resolve():
        raise ValidationError("review", "report.same_file_twice", file=target.name)
    check_target(target)
    return target


def _session_data(args: argparse.Namespace):
    from app.cdp.sessions import CdpSessionData

    return CdpSessionData(held_on=args.date or clock.today(), group_name=args.group.strip(), noeud=args.noeud)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(said("help.date_invalid", text=text)) from None
