"""50 marker strings written through the services appear in no encrypted file (UTF-8 nor UTF-16)."""

from __future__ import annotations

import random
import string

from app.exports.personal_dump import export_json
from app.readmodels import NetworkMemberData, PersonData, SituationData
from app.services import Services
from storage.backup import create_backup


def _markers(count: int) -> list[str]:
    rng = random.Random(50)
    return [f"Mrk{''.join(rng.choices(string.ascii_letters, k=10))}é{i:02d}" for i in range(count)]


def _encodings(marker: str) -> list[bytes]:
    return [marker.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def test_markers_never_reach_disk_in_clear(register, tmp_path):
    markers = _markers(50)
    services = Services.for_register(register)
    for i in range(10):
        chunk = markers[i * 5 : i * 5 + 5]
        pid = services.persons.create(PersonData(first_name=chunk[0], last_name=chunk[1], notes=chunk[2])).id
        services.situations.create(pid, SituationData(narrative=f"Récit : {chunk[3]}."))
        services.network.add(pid, NetworkMemberData(role="aidant_proche", name=chunk[4]))
    wal = register.db_path.with_name("register.db-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the markers are in the log, not yet checkpointed
    encrypted = [register.db_path.read_bytes(), wal.read_bytes()]
    encrypted.append(create_backup(register, tmp_path / "b.relais-backup").read_bytes())
    dump = tmp_path / "dump.json"
    export_json(register, dump)
    register.close()  # checkpoint the log into the database file
    encrypted.append(register.db_path.read_bytes())
    for marker in markers:
        for encoded in _encodings(marker):
            assert all(encoded not in blob for blob in encrypted), "plaintext found on disk"
    dump_text = dump.read_text(encoding="utf-8")
    assert all(marker in dump_text for marker in markers)  # the personal dump must hold them all


def test_erased_person_leaves_no_trace_in_files(register):
    services = Services.for_register(register)
    marker = _markers(1)[0]
    pid = services.persons.create(PersonData(last_name=marker)).id
    services.persons.erase(pid)
    register.close()
    assert marker.encode() not in register.db_path.read_bytes()
