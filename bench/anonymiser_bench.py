"""Anonymiser on the planted corpus (tests/app/anonymiser/corpus.py): recall per kind with and without
NER, resources kept, a precision estimate, time per narrative and the NER model load time. Also the
held-out corpus (heldout.py), the round-3 to round-6 corpora (round3.py … round6.py, round 6 when
present: recall per kind, kept rate per kept kind, precision estimate; rounds 5 and 6 also by language,
fr vs nl/mixed, and the share of quasi-identifiers seen) and over-masking on ordinary prose (the BOOST
report, seeds/003, empty deny list).

    .venv/bin/python bench/anonymiser_bench.py
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

from _common import report

from app.anonymiser import Anonymiser, DenyList, ner
from tests.app.anonymiser import corpus, heldout, round3, round4, round5

try:  # round 6 (issue 19's second independent corpus), when present
    from tests.app.anonymiser import round6
except ImportError:  # pragma: no cover - a checkout without it
    round6 = None


def _evaluate(narratives, use_ner: bool, deny: DenyList) -> dict:
    anon = Anonymiser(deny, keep=corpus.keep_list(), use_ner=use_ner)
    anon.scrub("Préchauffage.")
    masked, total = Counter(), Counter()
    by_lang = {"fr": Counter(), "nl": Counter()}
    spans = true_spans = 0
    started = time.perf_counter()
    results = [anon.scrub(n.text) for n in narratives]
    elapsed = time.perf_counter() - started
    for narrative, result in zip(narratives, results, strict=True):
        planted_spans = []
        for planted in narrative.planted:
            total[planted.kind] += 1
            survived = corpus.survives(planted.text, result.text)
            if planted.kind in corpus.KEPT_KINDS:
                masked[planted.kind] += int(planted.text not in result.text)
            else:
                masked[planted.kind] += int(not survived)
                position = narrative.text.find(planted.text)
                while position >= 0:
                    planted_spans.append((position, position + len(planted.text)))
                    position = narrative.text.find(planted.text, position + 1)
            if planted.kind == "unknown_name":
                by_lang[narrative.lang]["total"] += 1
                by_lang[narrative.lang]["masked"] += int(not survived)
        for replacement in result.replacements:
            spans += 1
            true_spans += any(replacement.start < e and s < replacement.end for s, e in planted_spans)
    recall = {k: round(masked[k] / total[k], 3) for k in corpus.MASKED_KINDS if total[k]}
    return {
        "recall": recall,
        "resources_kept_rate": round(1 - masked["resource"] / total["resource"], 3),
        "appointment_dates_kept_rate": round(1 - masked["appointment"] / total["appointment"], 3),
        "resources_masked": masked["resource"],
        "unknown_names_recall_by_language": {
            lang: round(c["masked"] / c["total"], 3) for lang, c in by_lang.items() if c["total"]
        },
        "precision_estimate": round(true_spans / spans, 3) if spans else None,
        "replacements": spans,
        "ms_per_narrative": round(elapsed * 1000 / len(narratives), 2),
    }


def _evaluate_heldout(use_ner: bool) -> dict:
    """The held-out corpus (tests/app/anonymiser/heldout.py): written apart from corpus.py."""
    narratives = heldout.build()
    anon = Anonymiser(DenyList(**heldout.deny_inputs()), keep=heldout.keep_list(), use_ner=use_ner)
    anon.scrub("Préchauffage.")
    started = time.perf_counter()
    results = [anon.scrub(n.text) for n in narratives]
    elapsed = time.perf_counter() - started
    ok, total = Counter(), Counter()
    for narrative, result in zip(narratives, results, strict=True):
        for planted in narrative.planted:
            total[planted.kind] += 1
            if planted.kind in heldout.KEPT_KINDS:
                ok[planted.kind] += heldout.survives(planted.text, result.text)
            elif planted.kind.endswith("name"):
                ok[planted.kind] += not heldout.name_survives(planted.text, result.text)
            else:
                ok[planted.kind] += not heldout.survives(planted.text, result.text)
    return {
        "recall": {k: round(ok[k] / total[k], 3) for k in heldout.MASKED_KINDS if total[k]},
        "kept_rate": {k: round(ok[k] / total[k], 3) for k in heldout.KEPT_KINDS if total[k]},
        "replacements": sum(len(r.replacements) for r in results),
        "ambiguous": sum(len(r.ambiguous) for r in results),
        "ms_per_narrative": round(elapsed * 1000 / len(narratives), 2),
    }


def _evaluate_round(module, use_ner: bool) -> dict:
    """A round corpus (tests/app/anonymiser/round3.py … round6.py), each written apart."""
    narratives = module.build()
    anon = Anonymiser(DenyList(**module.deny_inputs()), keep=module.keep_list(), use_ner=use_ner)
    anon.scrub("Préchauffage.")
    started = time.perf_counter()
    result = module.evaluate(anon, narratives)
    elapsed = time.perf_counter() - started
    figures = {
        "recall": result["recall"],
        "recall_all_identifiers": result["recall_all"],
        "kept_rate": result["kept_rate"],
        "precision_estimate": result["precision_estimate"],
        "replacements": result["replacements"],
        "missed": len(result["failures"]),
        "ms_per_narrative": round(elapsed * 1000 / len(narratives), 2),
    }
    for key in ("quasi_seen", "by_language"):  # round 5 on
        if key in result:
            figures[key] = result[key]
    return figures


def _seed_prose() -> list[str]:
    seeds = sorted(Path("/work/shared/seeds").glob("003_*.txt"))
    if not seeds:
        return []
    text = seeds[0].read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 80]


def _prose_overmasking(use_ner: bool) -> dict | None:
    """Replacements on ordinary prose with an empty deny list: (almost) all of them are over-masking
    (the report names a few real people, authors and participants; classify a sample by hand)."""
    paragraphs = _seed_prose()
    if not paragraphs:
        return None
    anon = Anonymiser(DenyList(), use_ner=use_ner)
    started = time.perf_counter()
    results = [anon.scrub(p) for p in paragraphs]
    elapsed = time.perf_counter() - started
    by_kind = Counter(r.kind for result in results for r in result.replacements)
    words = sum(len(p.split()) for p in paragraphs)
    replacements = sum(by_kind.values())
    return {
        "paragraphs": len(paragraphs),
        "words": words,
        "replacements": replacements,
        "per_1000_words": round(replacements * 1000 / words, 2),
        "by_kind": dict(by_kind),
        "ambiguous": sum(len(result.ambiguous) for result in results),
        "ms_per_paragraph": round(elapsed * 1000 / len(paragraphs), 2),
    }


def main() -> None:
    narratives = corpus.build()
    deny = DenyList(**corpus.deny_inputs())
    started = time.perf_counter()
    available = ner.available()
    load_seconds = round(time.perf_counter() - started, 2)
    planted = Counter(p.kind for n in narratives for p in n.planted)
    data = {
        "corpus": {
            "narratives": len(narratives),
            "french": sum(n.lang == "fr" for n in narratives),
            "dutch_or_mixed": sum(n.lang == "nl" for n in narratives),
            "hand_written": sum(n.source == "hand" for n in narratives),
            "planted": dict(planted),
        },
        "ner_available": available,
        "ner_load_seconds": load_seconds,
        "without_ner": _evaluate(narratives, False, deny),
    }
    if available:
        data["with_ner"] = _evaluate(narratives, True, deny)
    held = heldout.build()
    data["heldout"] = {
        "narratives": len(held),
        "dutch_or_mixed": sum(n.lang == "nl" for n in held),
        "planted": dict(Counter(p.kind for n in held for p in n.planted)),
        "without_ner": _evaluate_heldout(False),
    }
    if available:
        data["heldout"]["with_ner"] = _evaluate_heldout(True)
    rounds = [("round3", round3), ("round4", round4), ("round5", round5)]
    if round6 is not None:
        rounds.append(("round6", round6))
    for name, module in rounds:
        built = module.build()
        data[name] = {
            "narratives": len(built),
            "dutch_or_mixed": sum(n.lang == "nl" for n in built),
            "planted": dict(Counter(p.kind for n in built for p in n.planted)),
            "without_ner": _evaluate_round(module, False),
        }
        if available:
            data[name]["with_ner"] = _evaluate_round(module, True)
    data["seed_prose_overmasking"] = {"without_ner": _prose_overmasking(False)}
    if available:
        data["seed_prose_overmasking"]["with_ner"] = _prose_overmasking(True)
    report(data)


if __name__ == "__main__":
    main()
