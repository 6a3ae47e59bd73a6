"""The headline sentences of the invisible-work report: the figures in plain French, most telling first
(the dashboard and the PDF show them). Built from a ReportData, nothing else."""

from __future__ import annotations

from app.durations import format_duration, format_hours
from app.invisible_work import K, ReportData, count_text, percent


def headlines(data: ReportData) -> tuple[str, ...]:
    """The figures in plain French sentences, most telling first; one sentence when there is nothing."""
    if data.empty:
        return (
            f"Aucun temps n'a été enregistré sur la période ({data.period.label}) : "
            "ce rapport ne contient donc ni graphique ni tableau.",
        )
    sentences = [_overall_sentence(data), _situations_sentence(data), _tasks_sentence(data)]
    sentences += [_count_sentence(data), _shortage_sentence(data), _unbound_sentence(data)]
    return tuple(sentence for sentence in sentences if sentence)


def _overall_sentence(data: ReportData) -> str:
    share = percent(data.totals.invisible, data.totals.total)
    return (
        f"{data.period.phrase}, le registre compte {format_hours(data.totals.total)} de travail : "
        f"{share} % de travail invisible et {100 - share} % en présence de la personne."
    )


def _situations_sentence(data: ReportData) -> str:
    situated = data.situation_totals
    if not situated.total:
        return ""
    share = percent(situated.invisible, situated.total)
    sentence = f"Sur la période, {share} % du temps consacré aux situations est du travail invisible"
    if not situated.face_to_face:
        return sentence + "."
    per_hour = format_duration(round(60 * situated.invisible / situated.face_to_face))
    return f"{sentence} : pour une heure passée avec la personne, {per_hour} de travail autour d'elle."


def _tasks_sentence(data: ReportData) -> str:
    hidden = [task for task in data.by_task if task.invisible][:3]
    if not hidden:
        return ""
    named = [f"« {task.label} » ({format_hours(task.minutes)})" for task in hidden]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " et " + named[-1]
    return f"Le travail invisible qui a pris le plus de temps : {listed}."


def _count_sentence(data: ReportData) -> str:
    if not data.situation_totals.total:
        return ""
    if data.ranking_withheld:
        return (
            f"Ce temps concerne moins de {K} situations : le détail par situation n'est pas montré, "
            "pour qu'aucune personne ne puisse être reconnue."
        )
    median = format_duration(data.median_invisible_per_situation or 0)
    return (
        f"Ce temps concerne {count_text(data.situation_count)} situations ; "
        f"le travail invisible médian par situation est de {median}."
    )


def _shortage_sentence(data: ReportData) -> str:
    shortage = data.shortage_minutes
    if not shortage or not data.outcome_minutes:  # None: withheld with a small outcome (suppression)
        return ""
    share = percent(shortage, data.outcome_minutes)
    return (
        "Temps passé sur des démarches qui se sont heurtées à une pénurie (liste d'attente, service complet "
        f"ou échec) : {format_hours(shortage)}, soit {share} % du temps lié aux démarches."
    )


def _unbound_sentence(data: ReportData) -> str:
    if not data.unbound_minutes:
        return ""
    return (
        f"S'y ajoutent {format_hours(data.unbound_minutes)} de travail hors situation "
        "(communauté de pratique, formation, recherche de réseau…)."
    )
