"""The synthesis PDF's two-way tables stay readable whatever their number of columns (QA: the priorities
table drew its headers one letter per line when many vulnerabilities were merged)."""

from __future__ import annotations

import pypdfium2
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from app.exports.pdf_style import BOLD, WIDTH, register_fonts, styles
from app.moderator.outputs import write_synthesis
from app.moderator.pdf_cross import HEAD_SIZE, PADDING, column_parts, cross_story
from app.moderator.synthesis import merge_folder
from app.vocab import vocabularies
from tests.app.moderator_fixture import REFERENTS, cdp_document, write

THEMES = ("Santé", "Vie sociale", "Logement", "Argent", "Autonomie", "Mobilité", "Alimentation",
          "Démarches administratives", "Famille et proches", "Loisirs", "Sécurité", "Sans thème")  # fmt: skip


def _wide_folder(folder):
    """Twelve referents, each situation with every vulnerability and every theme: 28 × 12 cells."""
    vocab = vocabularies()["vulnerabilities"]
    labels = [vocab.label(i) for i in vocab.ids()]
    for number, referent in enumerate(REFERENTS):
        situations = [(f"S-{number:03d}{k}", {"vulnerabilities": labels, "themes": THEMES}) for k in range(3)]
        write(folder, f"{referent}.json", cdp_document(referent, "turnover", situations=situations))
    return labels


def _tables(story) -> list[Table]:
    return [flow for block in story for flow in block._content if isinstance(flow, Table)]


def test_a_wide_table_is_split_into_parts_that_fit_the_page_and_never_split_a_word(tmp_path):
    _wide_folder(tmp_path)
    synthesis = merge_folder(tmp_path)
    register_fonts()
    tables = _tables(cross_story("Priorités", synthesis.priorities, styles()))
    assert len(tables) >= 2  # 12 themes and 28 vulnerabilities do not fit one A4 width
    headers = []
    for grid in tables:
        assert sum(grid._colWidths) <= WIDTH + 0.01
        for cell, width in zip(grid._cellvalues[0][1:], grid._colWidths[1:], strict=True):
            text = cell.text if isinstance(cell, Paragraph) else cell
            headers.append(text)
            longest = max(stringWidth(word, BOLD, HEAD_SIZE) for word in text.split())
            assert longest + PADDING <= width + 0.01, text  # the longest word fits: no letter-by-letter wrap
    assert sorted(h for h in headers if h != "Total") == sorted(THEMES)  # every column once, in some part
    assert headers[-1] == "Total" and headers.count("Total") == 1
    assert len(tables[0]._cellvalues) == 28 + 2  # the vulnerabilities go down the page (+ header, total)


def test_the_pdf_holds_every_header_word_whole(tmp_path):
    labels = _wide_folder(tmp_path / "in")
    target = tmp_path / "synthese.pdf"
    write_synthesis(merge_folder(tmp_path / "in"), target)
    document = pypdfium2.PdfDocument(target)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    assert "administratives" in text and "partie 1 / 2" in text
    assert all(label.split()[0] in text for label in labels)


def test_column_parts_fit_and_keep_the_total_with_the_last_columns():
    assert column_parts([30, 30, 30], 20, 100) == [[0, 1], [2]]  # the total goes with the last column
    assert column_parts([30, 30, 30], 10, 100) == [[0, 1, 2]]
    parts = column_parts([40] * 7, 30, 100)
    assert [i for part in parts for i in part] == list(range(7))
    assert all(40 * len(part) + (30 if part is parts[-1] else 0) <= 100 for part in parts)
    assert column_parts([500], 30, 100) == [[0]]  # one column too wide still gets a part


def test_a_chart_whose_every_row_is_suppressed_is_replaced_by_a_line_saying_why(tmp_path):
    for seed, referent in enumerate(REFERENTS[:2]):
        write(tmp_path / "in", f"{referent}.json", cdp_document(referent, "turnover", seed=seed))
    target = tmp_path / "synthese.pdf"
    write_synthesis(merge_folder(tmp_path / "in"), target)
    document = pypdfium2.PdfDocument(target)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    assert "Pas de graphique : chaque nœud a été soulevé par moins de 5 référents." in text
