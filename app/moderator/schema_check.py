"""A small JSON Schema checker for the bundles' schemas (resources/schemas/), fast enough for 100,000 files.

It understands the subset those schemas use — type, const, enum, required, properties,
additionalProperties: false, items, $ref to #/$defs, pattern, maxLength, minimum, oneOf — and refuses a
schema using anything else, so that the schemas stay the one definition of a bundle (a test checks it agrees
with the jsonschema package on valid and broken bundles). jsonschema itself is ~20× slower per bundle.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "null": (type(None),),
}
_KNOWN = {
    "$schema",
    "$id",
    "title",
    "description",
    "format",
    "$defs",
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "$ref",
    "pattern",
    "maxLength",
    "minimum",
    "oneOf",
}


class SchemaError(ValueError):
    """The document does not follow the schema: `where` (a path in the document) and `problem` (a technical
    token); never a value of the document."""

    def __init__(self, where: str, problem: str) -> None:
        self.where, self.problem = where, problem
        super().__init__(f"{where}: {problem}")


def check(document: Any, schema: dict[str, Any]) -> None:
    """Raise SchemaError at the first place where `document` breaks `schema`."""
    _check(document, schema, schema, "$")


def supported(schema: dict[str, Any]) -> bool:
    """Whether every keyword of `schema` is one this checker understands."""
    return all(_keywords_known(node) for node in _nodes(schema))


def _check(value: Any, node: dict[str, Any], root: dict[str, Any], where: str) -> None:
    if "$ref" in node:
        node = root["$defs"][node["$ref"].removeprefix("#/$defs/")]
    if "oneOf" in node:
        return _one_of(value, node["oneOf"], root, where)
    if "type" in node and not _has_type(value, node["type"]):
        raise SchemaError(where, "wrong_type")
    if "const" in node and (value != node["const"] or type(value) is not type(node["const"])):
        raise SchemaError(where, "unexpected_value")
    if "enum" in node and value not in node["enum"]:
        raise SchemaError(where, "not_in_enum")
    if isinstance(value, str):
        _string(value, node, where)
    elif isinstance(value, int) and not isinstance(value, bool) and value < node.get("minimum", value):
        raise SchemaError(where, "below_minimum")
    elif isinstance(value, dict):
        _object(value, node, root, where)
    elif isinstance(value, list) and "items" in node:
        for index, item in enumerate(value):
            _check(item, node["items"], root, f"{where}[{index}]")
    return None


def _one_of(value: Any, options: list[dict[str, Any]], root: dict[str, Any], where: str) -> None:
    matching = 0
    for option in options:
        try:
            _check(value, option, root, where)
        except SchemaError:
            continue
        matching += 1
    if matching != 1:
        raise SchemaError(where, "no_matching_shape")


def _object(value: dict[str, Any], node: dict[str, Any], root: dict[str, Any], where: str) -> None:
    properties = node.get("properties", {})
    for name in node.get("required", ()):
        if name not in value:
            raise SchemaError(f"{where}.{name}", "missing_field")
    additional = node.get("additionalProperties", True)
    for name, item in value.items():
        if name in properties:
            _check(item, properties[name], root, f"{where}.{name}")
        elif additional is False:
            raise SchemaError(where, "unknown_field")
        elif isinstance(additional, dict):
            _check(item, additional, root, f"{where}.*")


def _string(value: str, node: dict[str, Any], where: str) -> None:
    if len(value) > node.get("maxLength", len(value)):
        raise SchemaError(where, "too_long")
    if "pattern" in node and not _pattern(node["pattern"]).search(value):
        raise SchemaError(where, "pattern_mismatch")


def _has_type(value: Any, expected: str | list[str]) -> bool:
    names = [expected] if isinstance(expected, str) else expected
    for name in names:
        if isinstance(value, _TYPES[name]) and not (name == "integer" and isinstance(value, bool)):
            return True
    return False


@functools.cache
def _pattern(text: str) -> re.Pattern:
    return re.compile(text)


def _nodes(node: Any):
    if isinstance(node, dict):
        yield node
        for key, child in node.items():
            if key in ("properties", "$defs"):
                for sub in child.values():
                    yield from _nodes(sub)
            elif key in ("items", "additionalProperties") and isinstance(child, dict):
                yield from _nodes(child)
            elif key == "oneOf":
                for sub in child:
                    yield from _nodes(sub)


def _keywords_known(node: dict[str, Any]) -> bool:
    return set(node) <= _KNOWN
