"""Reading a moderator's folder: every `*.json` file of the tree, checked before anything is merged.

A file is refused, with a reason, when it cannot be read, is truncated or not JSON, is not a Relais bundle,
has a version this Relais does not know, does not follow its schema, holds a direct identifier (the
export's pattern scan, app.moderator.personal_scan), or repeats a `bundle_id` already read (the same bundle
is counted once). Nothing is raised for a bad file: the synthesis is made from the others.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from app.moderator.flatten import BundleRows, Rows, bundle_rows
from app.moderator.personal_scan import personal_kinds
from app.moderator.schema_check import SchemaError, check

MAX_FILE_BYTES = 20_000_000
PARALLEL_FROM = 5_000  # files; under it, starting worker processes costs more than it saves
CDP, INVISIBLE_WORK = "cdp", "invisible_work"
# format → (kind, schema file stem, versions this Relais reads)
FORMATS: dict[str, tuple[str, str, tuple[int, ...]]] = {
    "relais-cdp-bundle": (CDP, "cdp-bundle", (1, 2)),
    "relais-invisible-work-bundle": (INVISIBLE_WORK, "invisible-work-bundle", (1,)),
}


class Refusal(Enum):
    """Why a file was not merged; the value is the French sentence the CLI prints."""

    UNREADABLE = "fichier illisible"
    TOO_LARGE = "fichier trop volumineux pour un dossier Relais"
    TRUNCATED = "fichier tronqué (JSON incomplet)"
    NOT_JSON = "ce n'est pas un fichier JSON"
    NOT_A_BUNDLE = "ce n'est pas un dossier Relais (CdP ou travail invisible)"
    UNKNOWN_VERSION = "version de dossier inconnue de ce Relais"
    INVALID = "ne respecte pas le schéma du dossier"
    PERSONAL_DATA = "contient ce qui ressemble à une donnée personnelle"
    DUPLICATE = "même dossier qu'un fichier déjà lu (compté une fois)"


DUPLICATE_OF = "même dossier que « {file} », déjà lu (compté une fois)"  # the detail names the kept file


@dataclass(frozen=True)
class Bundle:
    """A bundle accepted for the merge; its content goes, flattened, into FolderReading.rows."""

    path: Path
    kind: str  # CDP or INVISIBLE_WORK
    version: int
    bundle_id: str
    referent: str  # the pseudonym; a version-1 CdP bundle has none: "bundle:" + its id stands for it


@dataclass(frozen=True)
class RefusedFile:
    path: Path
    refusal: Refusal
    # where (a schema path, the kinds of identifiers found, the file a duplicate repeats): never a value of
    # the file
    detail: str = ""

    @property
    def reason(self) -> str:
        if self.refusal is Refusal.DUPLICATE and self.detail:
            return DUPLICATE_OF.format(file=self.detail)
        return f"{self.refusal.value} ({self.detail})" if self.detail else self.refusal.value


@dataclass
class FolderReading:
    folder: Path
    bundles: list[Bundle] = field(default_factory=list)
    refused: list[RefusedFile] = field(default_factory=list)
    rows: BundleRows = field(default_factory=BundleRows, repr=False)  # the accepted content, flattened

    def of_kind(self, kind: str) -> list[Bundle]:
        return [bundle for bundle in self.bundles if bundle.kind == kind]


def bundle_files(folder: Path) -> list[Path]:
    """Every `*.json` file under `folder`, sorted by path (hidden folders skipped): the order that decides
    which of two copies of a bundle is kept (the first)."""
    found = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [Path(root) / name for name in names if name.lower().endswith(".json")]
    return sorted(found, key=lambda path: path_order(path, Path(folder)))


def path_order(path: Path, folder: Path) -> tuple[str, ...]:
    """The sort key of a file: its folders, then its name without the extension, so that a copy the system
    names after the original (`seance (1).json`, `seance - Copie.json`) sorts after `seance.json`."""
    try:
        parts = path.relative_to(folder).parts
    except ValueError:
        parts = path.parts
    return (*parts[:-1], Path(parts[-1]).stem, parts[-1])


def relative_name(path: Path, folder: Path) -> str:
    """A file as the moderator sees it: relative to the merged folder (its name alone when outside it)."""
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return path.name


def read_folder(folder: Path, progress: Callable[[int, int], None] | None = None) -> FolderReading:
    """Read and check every bundle of the tree under `folder`; `progress(done, total)` after each file."""
    return read_files(Path(folder), bundle_files(Path(folder)), progress)


def read_files(
    folder: Path,
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> FolderReading:
    """Check `paths` in order (in `workers` processes; by default two for a large folder), keep the first
    file of each bundle id; a later copy is refused naming the file it repeats."""
    reading, seen = FolderReading(folder), {}
    paths = list(paths)
    for done, (path, outcome, rows) in enumerate(_checked(paths, workers), start=1):
        if isinstance(outcome, Bundle) and outcome.bundle_id in seen:
            outcome = RefusedFile(path, Refusal.DUPLICATE, relative_name(seen[outcome.bundle_id], folder))
        if isinstance(outcome, Bundle):
            seen[outcome.bundle_id] = path
            reading.bundles.append(outcome)
            reading.rows.add(rows)
        else:
            reading.refused.append(outcome)
        if progress is not None:
            progress(done, len(paths))
    return reading


def _checked(paths: list[Path], workers: int | None) -> Iterator[tuple[Path, Bundle | RefusedFile, Rows]]:
    # Checking is pure Python (JSON, schema, pattern scan): two processes halve it for 100,000 files. "spawn"
    # rather than fork: the window runs this in a thread, and forking a threaded Qt process is unsafe.
    count = workers if workers is not None else (2 if len(paths) >= PARALLEL_FROM else 1)
    count = min(count, os.cpu_count() or 1)
    if count <= 1:
        yield from map(check_file, paths)
        return
    with multiprocessing.get_context("spawn").Pool(count) as pool:
        yield from pool.imap(check_file, paths, chunksize=256)


def check_file(path: Path) -> tuple[Path, Bundle | RefusedFile, Rows]:
    """One file checked, and its rows when accepted (a worker process's whole job)."""
    outcome, document = _read(path)
    rows = bundle_rows(outcome.kind, outcome.referent, document) if isinstance(outcome, Bundle) else {}
    return path, outcome, rows


def read_bundle(path: Path) -> Bundle | RefusedFile:
    """One file, checked: a Bundle, or the reason it is refused."""
    return _read(path)[0]


def _read(path: Path) -> tuple[Bundle | RefusedFile, Any]:
    document = _load(path)
    if isinstance(document, RefusedFile):
        return document, None
    known = FORMATS.get(document.get("format")) if isinstance(document, dict) else None
    if known is None:
        return RefusedFile(path, Refusal.NOT_A_BUNDLE), None
    kind, stem, versions = known
    version = document.get("version")
    if type(version) is not int or version not in versions:
        detail = f"version {version}" if type(version) is int else ""  # never quote a text of the file
        return RefusedFile(path, Refusal.UNKNOWN_VERSION, detail), None
    try:
        check(document, schema(stem, version))
    except SchemaError as error:
        return RefusedFile(path, Refusal.INVALID, str(error)), None
    found = personal_kinds(document)
    if found:
        return RefusedFile(path, Refusal.PERSONAL_DATA, ", ".join(sorted(found))), None
    bundle_id = document["bundle_id"]
    referent = document.get("referent") or f"bundle:{bundle_id}"
    return Bundle(path, kind, version, bundle_id, referent), document


@cache
def schema(stem: str, version: int) -> dict[str, Any]:
    text = (files("resources.schemas") / f"{stem}-{version}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _load(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return RefusedFile(path, Refusal.TOO_LARGE)
        raw = path.read_bytes()
    except OSError:
        return RefusedFile(path, Refusal.UNREADABLE)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return RefusedFile(path, Refusal.NOT_JSON)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        return RefusedFile(path, Refusal.TRUNCATED if _truncated(text, error) else Refusal.NOT_JSON)
    except RecursionError:
        return RefusedFile(path, Refusal.NOT_JSON)


def _truncated(text: str, error: json.JSONDecodeError) -> bool:
    """An object that opens and never closes, or breaks at the very end: a copy cut short."""
    body = text.strip()
    return body.startswith("{") and (not body.endswith("}") or error.pos >= len(body))
