"""Overlapping detections become one span."""

from __future__ import annotations

from app.anonymiser.model import Hit


def merge(hits: list[Hit]) -> list[Hit]:
    """Overlapping detections become one span (their union) described by the longest detection (then
    the most reliable, then the earliest)."""
    merged: list[Hit] = []
    cluster: list[Hit] = []
    cluster_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if cluster and hit.start < cluster_end:
            cluster.append(hit)
            cluster_end = max(cluster_end, hit.end)
            continue
        if cluster:
            merged.append(_winner(cluster))
        cluster, cluster_end = [hit], hit.end
    if cluster:
        merged.append(_winner(cluster))
    return merged


def _winner(cluster: list[Hit]) -> Hit:
    best = max(cluster, key=lambda h: (h.end - h.start, h.priority, -h.start))
    start = min(h.start for h in cluster)
    end = max(h.end for h in cluster)
    ambiguous = best.ambiguous and all(h.ambiguous for h in cluster)
    return Hit(start, end, best.kind, best.reason, best.detail, best.key, ambiguous, best.priority)
