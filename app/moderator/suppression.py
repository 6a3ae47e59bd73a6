"""Small-cell suppression with complementary suppression, and the check that nothing suppressed comes back.

A table is a grid of counts with its row totals, column totals and grand total (the "margins"), all
published. A cell counting 1 to k−1 referents or situations is suppressed (primary); then, so that no
suppressed value can be worked out by subtracting what is shown from a total, more cells are suppressed
(complementary) until

1. no row and no column of the grid-with-margins holds exactly one suppressed entry, and
2. no suppressed entry is determined by the margins' equations at all: `determined` solves the linear system
   every published total gives (row sum = row total, column sum = column total) and reports the entries
   it fixes; each one found costs one more complementary cell in its row, and the check runs again.

Complementary cells are the smallest non-zero visible cells (a suppressed zero would protect nothing a
reader could not guess). Totals count distinct referents or situations, which can be less than the sum of
their cells (a situation with two vulnerabilities); treating them as sums, as here, is the cautious side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

K = 5


@dataclass(frozen=True)
class Grid:
    """A table after suppression; None marks a suppressed entry. `rows` has one list per row."""

    rows: list[list[int | None]]
    row_totals: list[int | None]
    column_totals: list[int | None]
    total: int | None

    def extended(self) -> list[list[int | None]]:
        """The grid with its margins: row totals as the last column, column totals as the last row."""
        body = [[*row, total] for row, total in zip(self.rows, self.row_totals, strict=True)]
        return [*body, [*self.column_totals, self.total]]


def is_small(count: int, k: int = K) -> bool:
    return 0 < count < k


def suppress_grid(
    cells: Sequence[Sequence[int]],
    row_totals: Sequence[int],
    column_totals: Sequence[int],
    total: int,
    k: int = K,
) -> Grid:
    """Primary and complementary suppression of a table whose margins are published."""
    values = [[*row, row_total] for row, row_total in zip(cells, row_totals, strict=True)]
    values.append([*column_totals, total])
    hidden = [[is_small(value, k) for value in row] for row in values]
    _complete(values, hidden)
    grid = [
        [None if hidden[r][c] else values[r][c] for c in range(len(values[r]))] for r in range(len(values))
    ]
    return Grid([row[:-1] for row in grid[:-1]], [row[-1] for row in grid[:-1]], grid[-1][:-1], grid[-1][-1])


def suppress_list(
    counts: Sequence[int], total: int, k: int = K, small: Sequence[bool] | None = None
) -> list[bool]:
    """Which entries of a list with a published total are suppressed (True); `small` gives the primary
    ones when they are judged on another count (a row of nœuds is small by its referents)."""
    hidden = list(small) if small is not None else [is_small(count, k) for count in counts]
    if sum(hidden) == 1:
        _hide_smallest(list(counts), hidden)
    return hidden


def determined(extended: Sequence[Sequence[int | None]]) -> set[tuple[int, int]]:
    """The suppressed entries (None) of a grid-with-margins that its published entries fix exactly."""
    unknowns = [(r, c) for r, row in enumerate(extended) for c, value in enumerate(row) if value is None]
    if not unknowns:
        return set()
    index = {cell: i for i, cell in enumerate(unknowns)}
    equations = _equations(extended, index)
    return {unknowns[i] for i in _fixed_variables(equations, len(unknowns))}


def _complete(values: list[list[int]], hidden: list[list[bool]]) -> None:
    for _ in range(10_000):  # each pass hides one more cell: bounded by the grid's size
        line = _line_with_one_hidden(hidden)
        if line is not None:
            _hide_in_line(values, hidden, line)
            continue
        masked = [
            [None if hidden[r][c] else values[r][c] for c in range(len(row))] for r, row in enumerate(values)
        ]
        fixed = determined(masked)
        if not fixed:
            return
        r, _ = min(fixed)
        if not _hide_smallest(values[r], hidden[r]):
            _hide_smallest([row[_] for row in values], [row[_] for row in hidden], column=(hidden, _))


def _line_with_one_hidden(hidden: list[list[bool]]) -> tuple[str, int] | None:
    for r, row in enumerate(hidden):
        if sum(row) == 1 and len(row) > 1:
            return ("row", r)
    for c in range(len(hidden[0])):
        column = [row[c] for row in hidden]
        if sum(column) == 1 and len(column) > 1:
            return ("column", c)
    return None


def _hide_in_line(values: list[list[int]], hidden: list[list[bool]], line: tuple[str, int]) -> None:
    kind, at = line
    if kind == "row":
        if not _hide_smallest(values[at], hidden[at]):
            hidden[at] = [True] * len(hidden[at])
        return
    column = [row[at] for row in values]
    flags = [row[at] for row in hidden]
    if not _hide_smallest(column, flags):
        flags = [True] * len(flags)
    for r, flag in enumerate(flags):
        hidden[r][at] = flag


def _hide_smallest(values: list[int], hidden: list[bool], column=None) -> bool:
    """Hide the smallest visible entry of a line, non-zero first; False when every entry is hidden."""
    visible = [i for i, flag in enumerate(hidden) if not flag]
    if not visible:
        return False
    chosen = min(visible, key=lambda i: (values[i] == 0, values[i], i))
    hidden[chosen] = True
    if column is not None:
        grid, at = column
        grid[chosen][at] = True
    return True


def _equations(
    extended: Sequence[Sequence[int | None]], index: dict[tuple[int, int], int]
) -> list[dict[int, int]]:
    """One equation per line, over the unknowns only: body cells − margin cell = (known part)."""
    rows, columns = len(extended), len(extended[0])
    lines = [[(r, c) for c in range(columns)] for r in range(rows)]
    lines += [[(r, c) for r in range(rows)] for c in range(columns)]
    equations = []
    for line in lines:
        coefficients = {index[cell]: (-1 if cell == line[-1] else 1) for cell in line if cell in index}
        if coefficients:
            equations.append(coefficients)
    return equations


def _fixed_variables(equations: list[dict[int, int]], count: int) -> set[int]:
    """Gauss–Jordan elimination over the rationals; a pivot variable with no free variable in its row is
    fixed (its value follows from published figures alone)."""
    matrix = [[Fraction(eq.get(i, 0)) for i in range(count)] for eq in equations]
    pivots: list[int] = []
    row = 0
    for column in range(count):
        found = next((r for r in range(row, len(matrix)) if matrix[r][column] != 0), None)
        if found is None:
            continue
        matrix[row], matrix[found] = matrix[found], matrix[row]
        lead = matrix[row][column]
        matrix[row] = [value / lead for value in matrix[row]]
        for other in range(len(matrix)):
            if other != row and matrix[other][column] != 0:
                factor = matrix[other][column]
                matrix[other] = [a - factor * b for a, b in zip(matrix[other], matrix[row], strict=True)]
        pivots.append(column)
        row += 1
    pivot_set = set(pivots)
    return {
        column
        for r, column in enumerate(pivots)
        if all(matrix[r][c] == 0 for c in range(count) if c not in pivot_set)
    }
