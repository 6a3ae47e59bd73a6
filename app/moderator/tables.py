"""Counts from the SQL (app.moderator.sql) shaped into suppressed tables (app.moderator.suppression)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.moderator.suppression import Grid, K, is_small, suppress_grid, suppress_list


@dataclass(frozen=True)
class CrossTable:
    """A suppressed two-way table: `grid.rows[i][j]` counts situations of row i and column j."""

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    grid: Grid

    @property
    def empty(self) -> bool:
        return not self.row_labels


def cross_table(
    rows: Sequence[tuple],
    row_label,
    column_label,
    row_level: int,
    column_level: int,
    column_order: Sequence[str] | None = None,
) -> CrossTable:
    """From GROUPING SETS rows `(level, *keys, count)`: level 0 the cells, `row_level` the row totals,
    `column_level` the column totals, the highest level the grand total. Rows most counted first; columns
    too, or `column_order` (every one shown, 0 when absent)."""
    cells, row_totals, column_totals, total = {}, {}, {}, 0
    for level, *keys, count in rows:
        if level == 0:
            cells[(row_label(keys), column_label(keys))] = count
        elif level == row_level:
            row_totals[row_label(keys)] = count
        elif level == column_level:
            column_totals[column_label(keys)] = count
        else:
            total = count
    row_names = tuple(sorted(row_totals, key=lambda name: (-row_totals[name], name)))
    column_names = tuple(sorted(column_totals, key=lambda name: (-column_totals[name], name)))
    if column_order is not None:
        column_names = tuple(column_order)
    grid = suppress_grid(
        [[cells.get((r, c), 0) for c in column_names] for r in row_names],
        [row_totals[r] for r in row_names],
        [column_totals.get(c, 0) for c in column_names],
        total,
    )
    return CrossTable(row_names, column_names, grid)


def suppressed_count(count: int) -> int | None:
    """A count of referents or situations as published: None when 1…4."""
    return None if is_small(count) else count


def hide(values: Sequence[int], hidden: Sequence[bool]) -> list[int | None]:
    return [None if flag else value for value, flag in zip(values, hidden, strict=True)]


def list_suppression(counts: Sequence[int], total: int, small: Sequence[bool]) -> list[bool]:
    """Rows of a ranked list to hide: the small ones, and one more when a single one would be recoverable."""
    return suppress_list(counts, total, K, small)
