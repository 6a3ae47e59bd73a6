"""The CdP moderator's merge (issue 17): bundles read and checked, bad files refused with a reason, the same
bundle counted once, the synthesis made from the rest, small cells suppressed so that none comes back."""

from __future__ import annotations

import copy
import json
import random

import jsonschema
import pytest

from app.moderator.outputs import write_synthesis
from app.moderator.reading import Bundle, Refusal, read_bundle, read_folder, schema
from app.moderator.schema_check import SchemaError, check, supported
from app.moderator.suppression import determined, suppress_grid, suppress_list
from app.moderator.synthesis import merge_folder
from app.moderator.synthetic import write_bundles
from tests.app.moderator_fixture import REFERENTS, as_version_1, cdp_document, work_document, write

PERSONAL = {
    "phone": "Rappeler au 0475 12 34 56 demain.",
    "email": "Écrire à jean.dupont@example.be pour le suivi.",
    "niss": "Son numéro national est 85.07.30-033.28.",
    "iban": "Virement sur BE68 5390 0754 7034 chaque mois.",
    "street": "Elle habite rue de la Loi 16 depuis vingt ans.",
}


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "dossiers"
    path.mkdir()
    return path


# -- reading and refusing ----------------------------------------------------------------------------------
def test_a_valid_bundle_of_each_kind_and_version_is_read(folder):
    current = write(folder, "a.json", cdp_document(REFERENTS[0], "turnover_prestataires"))
    old = write(folder, "b.json", as_version_1(cdp_document(REFERENTS[1], "turnover_prestataires", seed=2)))
    work = write(folder, "c.json", work_document(REFERENTS[0]))
    kinds = [(b.kind, b.version) for b in map(read_bundle, (current, old, work))]
    assert kinds == [("cdp", 2), ("cdp", 1), ("invisible_work", 1)]
    assert read_bundle(old).referent.startswith("bundle:")  # a version-1 bundle stands for one referent


@pytest.mark.parametrize(
    ("content", "refusal"),
    [
        ('{"name": "liste de courses", "items": [1, 2]}', Refusal.NOT_A_BUNDLE),
        ("[1, 2, 3]", Refusal.NOT_A_BUNDLE),
        ("Bonjour, ceci n'est pas du JSON.", Refusal.NOT_JSON),
        ('{"format": "relais-cdp-bundle", "version": 2, "bundle_id": "ab', Refusal.TRUNCATED),
        ('{"format": "relais-cdp-bundle", "version": 3}', Refusal.UNKNOWN_VERSION),
        ('{"format": "relais-cdp-bundle", "version": "Jean Dupont"}', Refusal.UNKNOWN_VERSION),
        ('{"format": "relais-invisible-work-bundle", "version": 1}', Refusal.INVALID),
    ],
)
def test_bad_files_are_refused_with_their_reason(folder, content, refusal):
    outcome = read_bundle(write(folder, "x.json", content))
    assert outcome.refusal is refusal
    assert "Jean" not in outcome.reason  # a refusal never quotes the file


def test_a_truncated_copy_of_a_real_bundle_is_refused(folder):
    text = json.dumps(cdp_document(REFERENTS[0], "turnover_prestataires"))
    assert read_bundle(write(folder, "cut.json", text[: len(text) // 2])).refusal is Refusal.TRUNCATED


def test_an_extra_field_is_refused_by_the_schema(folder):
    document = cdp_document(REFERENTS[0], "turnover_prestataires", situations=[("S-AAAA", {})])
    document["situations"][0]["nom"] = "Mireille"
    outcome = read_bundle(write(folder, "x.json", document))
    assert outcome.refusal is Refusal.INVALID and "Mireille" not in outcome.reason


@pytest.mark.parametrize("kind", sorted(PERSONAL))
def test_a_bundle_holding_a_direct_identifier_is_refused(folder, kind):
    document = cdp_document(REFERENTS[0], "turnover_prestataires", situations=[("S-AAAA", {})])
    document["situations"][0]["narrative"] = PERSONAL[kind]
    outcome = read_bundle(write(folder, "x.json", document))
    assert outcome.refusal is Refusal.PERSONAL_DATA
    assert not any(part in outcome.reason for part in ("0475", "dupont", "85.07", "BE68", "Loi"))


def test_a_phone_number_as_a_key_of_the_replacement_counts_is_refused(folder):
    document = cdp_document(REFERENTS[0], "turnover_prestataires")
    document["anonymisation"]["replacements"]["0475 12 34 56"] = 1
    assert read_bundle(write(folder, "x.json", document)).refusal is Refusal.PERSONAL_DATA


def test_an_empty_folder_and_a_folder_of_refused_files_give_an_empty_synthesis(folder, tmp_path):
    assert merge_folder(tmp_path / "absent").empty
    write(folder, "a.json", "{}")
    synthesis = merge_folder(folder)
    assert synthesis.empty and len(synthesis.refused) == 1
    write_synthesis(synthesis, tmp_path / "vide.pdf")
    assert (tmp_path / "vide.pdf").read_bytes().startswith(b"%PDF")


def test_placeholders_and_plain_numbers_are_not_personal(folder):
    document = cdp_document(REFERENTS[0], "turnover_prestataires", situations=[("S-AAAA", {})])
    document["situations"][0]["narrative"] = "[PERSONNE 1] et [TÉLÉPHONE 2] : 3 visites en 12 mois, 80 ans."
    assert isinstance(read_bundle(write(folder, "x.json", document)), Bundle)


def test_the_same_bundle_twice_is_counted_once(folder):
    document = cdp_document(
        REFERENTS[0], "turnover_prestataires", situations=[("S-AAAA", {"themes": ["Santé"]})]
    )
    write(folder, "a.json", document)
    write(folder, "copie/a.json", document)
    reading = read_folder(folder)
    assert len(reading.bundles) == 1
    assert [r.refusal for r in reading.refused] == [Refusal.DUPLICATE]
    assert merge_folder(folder).overview.sessions == 1


def test_one_broken_file_among_many_leaves_the_synthesis_of_the_rest(tmp_path):
    clean, broken = tmp_path / "clean", tmp_path / "broken"
    write_bundles(clean, 12, 3)
    write_bundles(broken, 12, 3)
    target = sorted(broken.rglob("*.json"))[7]
    target.write_text(target.read_text(encoding="utf-8")[:200], encoding="utf-8")
    expected, merged = merge_folder(clean), merge_folder(broken)
    assert [(r.path, r.refusal) for r in merged.refused] == [(target, Refusal.TRUNCATED)]
    assert merged.overview.cdp_bundles + merged.overview.work_bundles == 71
    assert merged.overview.referents == expected.overview.referents == 12


# -- the schemas and the small checker ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("stem", "version"), [("cdp-bundle", 1), ("cdp-bundle", 2), ("invisible-work-bundle", 1)]
)
def test_the_checker_understands_every_keyword_of_the_schemas(stem, version):
    assert supported(schema(stem, version))


def test_the_checker_agrees_with_jsonschema_on_valid_and_broken_bundles():
    rng = random.Random(5)
    samples = [
        cdp_document(REFERENTS[0], "turnover_prestataires", situations=[("S-AAAA", {"themes": ["Santé"]})])
    ]
    samples += [work_document(REFERENTS[1])]
    schemas = [schema("cdp-bundle", 2), schema("invisible-work-bundle", 1)]
    cases = [(samples[0], schemas[0]), (samples[1], schemas[1])]
    for _ in range(150):
        base = rng.randrange(2)
        document = copy.deepcopy(samples[base])
        _mutate(rng, document)
        cases.append((document, schemas[base]))
    verdicts = set()
    for document, expected_schema in cases:
        expected = jsonschema.Draft202012Validator(expected_schema).is_valid(document)
        verdicts.add(expected)
        try:
            check(document, expected_schema)
            ours = True
        except SchemaError:
            ours = False
        assert ours == expected, document
    assert verdicts == {True, False}


def _mutate(rng: random.Random, document: dict) -> None:
    """Break (or not) one value somewhere in the document."""
    node, key = document, rng.choice(list(document))
    while isinstance(node[key], dict | list) and node[key] and rng.random() > 0.3:
        node = node[key]
        key = rng.choice(list(node) if isinstance(node, dict) else range(len(node)))
    node[key] = rng.choice([None, "x" * 400, -1, True, 3.5, [], {}, "texte", 7, "S-AB"])


# -- suppression ---------------------------------------------------------------------------------------------
def recover_from_totals(grid) -> list[tuple[int, int, int]]:
    """The attack: in every line of the published table with one hidden entry, total − shown = hidden."""
    found = []
    extended = grid.extended()
    lines = [[(r, c) for c in range(len(extended[0]))] for r in range(len(extended))]
    lines += [[(r, c) for r in range(len(extended))] for c in range(len(extended[0]))]
    for line in lines:
        hidden = [cell for cell in line if extended[cell[0]][cell[1]] is None]
        if len(hidden) == 1:
            *body, margin = line
            shown = sum(extended[r][c] or 0 for r, c in body)
            value = (extended[margin[0]][margin[1]] or 0) - shown if hidden[0] != margin else shown
            found.append((*hidden[0], value))
    return found


def test_a_small_cell_alone_in_its_line_would_be_recovered_without_complementary_suppression():
    cells = [[3, 12, 9], [10, 8, 7]]  # the 3 is primary-suppressed
    primary_only = [[None if 0 < v < 5 else v for v in row] for row in cells]
    from app.moderator.suppression import Grid

    naive = Grid(primary_only, [24, 25], [13, 20, 16], 49)
    assert (0, 0, 3) in recover_from_totals(naive)  # the attack works on primary suppression alone
    protected = suppress_grid(cells, [24, 25], [13, 20, 16], 49)
    assert protected.rows[0][0] is None
    assert recover_from_totals(protected) == []
    assert determined(protected.extended()) == set()


def test_no_suppressed_cell_is_determined_by_the_totals_in_random_tables():
    rng = random.Random(11)
    for _ in range(200):
        rows, columns = rng.randint(1, 5), rng.randint(1, 5)
        cells = [[rng.choice([0, 1, 2, 4, 5, 7, 9, 15]) for _ in range(columns)] for _ in range(rows)]
        grid = suppress_grid(cells, [sum(r) for r in cells], [sum(c) for c in zip(*cells, strict=True)],
                             sum(map(sum, cells)))  # fmt: skip
        assert recover_from_totals(grid) == [] and determined(grid.extended()) == set()
        assert all(
            grid.rows[r][c] is None for r, row in enumerate(cells) for c, v in enumerate(row) if 0 < v < 5
        )


def test_a_single_small_row_of_a_list_takes_a_partner():
    assert suppress_list([30, 12, 3], 45) == [False, True, True]
    assert suppress_list([30, 12, 8], 50) == [False, False, False]


def test_the_synthesis_of_twelve_referents_suppresses_small_cells(folder):
    for index, referent in enumerate(REFERENTS):
        noeud = "turnover_prestataires" if index < 9 else ("isolement" if index < 11 else "rare")
        vulnerability = "Isolement social" if index < 10 else "Troubles psychiques"
        resources = [("CPAS", "Forest", "Liste d’attente")] if index < 6 else [("CPAS", "Ixelles", "Échec")]
        entry = (
            f"S-{index:04d}",
            {"vulnerabilities": [vulnerability], "themes": ["Santé"], "resources": resources},
        )
        write(folder, f"{referent}/cdp.json", cdp_document(referent, noeud, situations=[entry], seed=index))
        write(folder, f"{referent}/temps.json", work_document(referent, seed=index))
    synthesis = merge_folder(folder)
    noeuds = {row.noeud_id: (row.sessions, row.referents) for row in synthesis.noeuds}
    # the two small nœuds (2 and 1 referents) hide each other: the total gives only their sum
    assert noeuds == {"turnover_prestataires": (9, 9), "isolement": (None, None), "rare": (None, None)}
    table = synthesis.priorities  # Santé × (Isolement social 10, Troubles psychiques 2)
    assert table.row_labels == ("Santé",) and table.column_labels == (
        "Isolement social",
        "Troubles psychiques",
    )
    assert table.grid.rows[0][1] is None and table.grid.column_totals[1] is None
    assert recover_from_totals(table.grid) == [] and determined(table.grid.extended()) == set()
    ledger = synthesis.shortages
    assert ledger.grid.total == 12 and recover_from_totals(ledger.grid) == []
    assert synthesis.time.referents == 12 and synthesis.time.share_quartiles is not None


# -- outputs and the command line ----------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", ["pdf", "csv", "json"])
def test_every_output_format_is_written(tmp_path, suffix):
    write_bundles(tmp_path / "in", 12, 2)
    target = tmp_path / f"synthese.{suffix}"
    assert write_synthesis(merge_folder(tmp_path / "in"), target) == suffix
    data = target.read_bytes()
    assert data.startswith({"pdf": b"%PDF", "csv": b"\xef\xbb\xbftableau;", "json": b"{"}[suffix])


def test_two_worker_processes_read_the_same_as_one(tmp_path):
    write_bundles(tmp_path, 6, 2)
    original = tmp_path / "referent-00002" / "cdp-2026-02.json"
    write(tmp_path, "copie.json", original.read_text(encoding="utf-8"))
    write(tmp_path, "vide.json", "")
    from app.moderator.reading import bundle_files, read_files

    paths = bundle_files(tmp_path)
    alone, pooled = read_files(tmp_path, paths, workers=1), read_files(tmp_path, paths, workers=2)
    assert alone.bundles == pooled.bundles and alone.refused == pooled.refused
    assert alone.rows.columns == pooled.rows.columns and len(alone.refused) == 2
