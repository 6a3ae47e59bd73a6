"""app.collector.paused_collector: no automatic cyclic collection while a big build runs, nested safely."""

from __future__ import annotations

import gc
import threading

from app.collector import paused_collector


def test_pauses_nest_and_the_collector_resumes_after_the_last() -> None:
    assert gc.isenabled()
    with paused_collector():
        assert not gc.isenabled()
        with paused_collector():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_on_another_thread_keeps_the_collector_off_until_both_end() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with paused_collector():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with paused_collector():
        pass
    assert not gc.isenabled()  # the worker's pause still runs
    release.set()
    thread.join()
    assert gc.isenabled()


def test_the_collector_resumes_after_an_error() -> None:
    try:
        with paused_collector():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


def test_giving_memory_back_collects_cycles_and_empties_the_line_cache() -> None:
    import linecache
    import weakref

    from app.collector import give_back_memory

    class Node:
        pass

    node = Node()
    node.self = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    del node
    linecache.getlines(__file__)
    assert __file__ in linecache.cache and gone() is not None
    give_back_memory()
    assert __file__ not in linecache.cache and gone() is None
