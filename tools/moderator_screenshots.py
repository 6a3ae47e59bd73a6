"""Render the Moderator page (files read and refused, the shortage ledger) and page 1 of its PDF.

    QT_QPA_PLATFORM=offscreen python -m tools.moderator_screenshots docs/screenshots

Twelve synthetic referents × 3 months of bundles (app.moderator.synthetic) in a temporary folder, one
refused file; the interface is in French. The PDF page needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.screenshot_kit import output_folder, prepare_application, save_grab, wait_until

SIZE = (1100, 720)


def main(argv: list[str] | None = None) -> int:
    out = output_folder(sys.argv[1:] if argv is None else argv)
    prepare_application("fr")
    from app.moderator.outputs import write_synthesis
    from app.moderator.synthetic import write_bundles
    from ui.moderator.page import ModeratorPage

    with tempfile.TemporaryDirectory(prefix="relais-moderator-") as tmp:
        folder = Path(tmp) / "dossiers-cdp"
        write_bundles(folder, 12, 3)
        (folder / "notes-reunion.json").write_text('{"notes": ["ordre du jour"]}', encoding="utf-8")
        page = ModeratorPage()
        page.resize(*SIZE)
        page.show()
        page.open_folder(folder)
        wait_until(lambda: page.synthesis() is not None)
        save_grab(page, out / "moderator-files.png", size=SIZE)
        page.tabs.setCurrentIndex(4)
        save_grab(page, out / "moderator-shortages.png", size=SIZE)
        page.tabs.setCurrentIndex(1)
        save_grab(page, out / "moderator-noeuds.png", size=SIZE)
        pdf = Path(tmp) / "synthese.pdf"
        write_synthesis(page.synthesis(), pdf)
        _pdf_page(pdf, out / "moderator-pdf-page1.png")
    return 0


def _pdf_page(pdf: Path, target: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils): no PDF page", file=sys.stderr)
        return
    stem = target.with_suffix("")
    subprocess.run(
        [pdftoppm, "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)], check=True
    )


if __name__ == "__main__":
    raise SystemExit(main())
