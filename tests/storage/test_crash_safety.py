"""kill -9 of a process committing batches: no committed batch lost, no partial batch visible."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.register import Register
from tests.conftest import PASSPHRASE

BATCH_ROWS = 40
TRIALS = 12
REPO = Path(__file__).resolve().parents[2]

WRITER = """
import sys
sys.path.insert(0, {repo!r})
from sqlalchemy import text
from storage.register import Register
register = Register.open_with_passphrase({folder!r}, sys.stdin.readline().rstrip("\\n"))
batch = {start}
while True:
    with register.session() as session:
        for row in range({rows}):
            session.execute(text("INSERT INTO crash (batch, row, payload) VALUES (:b, :r, :p)"),
                            {{"b": batch, "r": row, "p": "x" * 200}})
    print(batch, flush=True)
    batch += 1
"""


def _batches(register: Register) -> dict[int, int]:
    with register.session() as session:
        return dict(session.execute(text("SELECT batch, count(*) FROM crash GROUP BY batch")).all())


@pytest.mark.slow
def test_kill_minus_nine_loses_no_committed_batch(register_dir):
    with Register.open_with_passphrase(register_dir, PASSPHRASE) as register, register.session() as session:
        session.execute(text("CREATE TABLE crash (batch INTEGER, row INTEGER, payload TEXT)"))
    rng = random.Random(20261123)
    start = 0
    for _trial in range(TRIALS):
        script = WRITER.format(repo=str(REPO), folder=str(register_dir), start=start, rows=BATCH_ROWS)
        child = subprocess.Popen(
            [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.close()
        acknowledged = [int(child.stdout.readline())]  # wait until it really writes
        time.sleep(rng.uniform(0.01, 0.3))
        child.send_signal(signal.SIGKILL)
        acknowledged += [int(line) for line in child.stdout.read().split()]
        child.wait()
        with Register.open_with_passphrase(register_dir, PASSPHRASE) as register:  # runs the integrity checks
            register.verify()
            batches = _batches(register)
        assert set(acknowledged) <= set(batches), "a committed batch was lost"
        assert all(count == BATCH_ROWS for count in batches.values()), "a partial batch is visible"
        start = max(batches) + 1
    assert len(batches) > TRIALS
