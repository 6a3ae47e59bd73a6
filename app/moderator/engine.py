"""DuckDB, embedded and in memory: the flattened bundles (app.moderator.flatten) become tables, and the
statements of app.moderator.sql run over them. No server, nothing written to disk."""

from __future__ import annotations

import duckdb
import numpy

from app.moderator import sql
from app.moderator.flatten import TABLES
from app.moderator.reading import FolderReading

_TYPES = {"minutes": "BIGINT", "invisible": "BOOLEAN"}


def connect(reading: FolderReading) -> duckdb.DuckDBPyConnection:
    """A database holding the tables of app.moderator.flatten.TABLES and the `work_month` view of them."""
    con = duckdb.connect(":memory:", config={"threads": 2})
    for table, names in TABLES.items():
        columns = reading.rows.table(table)
        arrays = {name: numpy.array(columns[name], dtype=object) for name in names}  # noqa: F841 - scanned by name
        selected = ", ".join(f"CAST({name} AS {_TYPES.get(name, 'VARCHAR')}) AS {name}" for name in names)
        if columns[names[0]]:
            con.execute(f"CREATE TABLE {table} AS SELECT {selected} FROM arrays")
        else:
            empty = ", ".join(f"NULL::{_TYPES.get(name, 'VARCHAR')} AS {name}" for name in names)
            con.execute(f"CREATE TABLE {table} AS SELECT {empty} WHERE false")
    con.execute(sql.WORK_MONTH)
    return con
