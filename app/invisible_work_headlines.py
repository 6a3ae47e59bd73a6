"""The headline sentences of the invisible-work report: the figures in plain words, most telling first
(the dashboard and the PDF show them), in the report's language (app.invisible_work_texts). Built from a
ReportData, nothing else."""

from __future__ import annotations

from app.durations import format_duration, format_hours
from app.invisible_work import K, ReportData, count_text, percent
from app.invisible_work_texts import text


def headlines(data: ReportData) -> tuple[str, ...]:
    """The figures in plain sentences in `data.lang`, most telling first; one sentence when there is
    nothing."""
    if data.empty:
        return (text("headline.empty", data.lang, period=data.period.label_in(data.lang)),)
    sentences = [_overall_sentence(data), _situations_sentence(data), _tasks_sentence(data)]
    sentences += [_count_sentence(data), _shortage_sentence(data), _unbound_sentence(data)]
    return tuple(sentence for sentence in sentences if sentence)


def _overall_sentence(data: ReportData) -> str:
    share = percent(data.totals.invisible, data.totals.total)
    return text(
        "headline.overall", data.lang, period=data.period.phrase_in(data.lang),
        hours=format_hours(data.totals.total, data.lang), share=share, rest=100 - share,
    )  # fmt: skip


def _situations_sentence(data: ReportData) -> str:
    situated = data.situation_totals
    if not situated.total:
        return ""
    share = percent(situated.invisible, situated.total)
    sentence = text("headline.situations", data.lang, share=share)
    if not situated.face_to_face:
        return sentence + "."
    per_hour = format_duration(round(60 * situated.invisible / situated.face_to_face), data.lang)
    return sentence + text("headline.per_hour", data.lang, duration=per_hour)


def _tasks_sentence(data: ReportData) -> str:
    hidden = [task for task in data.by_task if task.invisible][:3]
    if not hidden:
        return ""
    named = [
        text("headline.task", data.lang, label=task.label, hours=format_hours(task.minutes, data.lang))
        for task in hidden
    ]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + text("and", data.lang) + named[-1]
    return text("headline.tasks", data.lang, tasks=listed)


def _count_sentence(data: ReportData) -> str:
    if not data.situation_totals.total:
        return ""
    if data.ranking_withheld:
        return text("headline.few", data.lang, k=K)
    median = format_duration(data.median_invisible_per_situation or 0, data.lang)
    return text("headline.count", data.lang, count=count_text(data.situation_count), median=median)


def _shortage_sentence(data: ReportData) -> str:
    shortage = data.shortage_minutes
    if not shortage or not data.outcome_minutes:  # None: withheld with a small outcome (suppression)
        return ""
    share = percent(shortage, data.outcome_minutes)
    return text("headline.shortage", data.lang, hours=format_hours(shortage, data.lang), share=share)


def _unbound_sentence(data: ReportData) -> str:
    if not data.unbound_minutes:
        return ""
    return text("headline.unbound", data.lang, hours=format_hours(data.unbound_minutes, data.lang))
