"""The documented JSON form of an article (``"schema": "newsprism/1"``).

Each record becomes an object with its field names as keys. A field still at its default value
(an empty string, an empty list, ``false``, ``0``, ``-1``) is left out, which keeps token lists
small. Reading fills the defaults back in, so ``from_dict(to_dict(a)) == a`` exactly.
``schema/article.schema.json`` describes the result.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from importlib import resources
from typing import Any, get_args, get_origin, get_type_hints

from newsprism import model
from newsprism.errors import NewsprismError
from newsprism.model import SCHEMA, Article


def to_dict(record: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, default, item_class in _layout(type(record)):
        value = getattr(record, name)
        if value == default and name != "schema":
            continue
        if is_dataclass(value):
            value = to_dict(value)
        elif item_class is not None:
            value = [to_dict(item) for item in value]
        elif isinstance(value, tuple):
            value = list(value)
        result[name] = value
    return result


def from_dict(data: dict[str, Any], cls: type[Any] = Article) -> Any:
    if cls is Article and data.get("schema", SCHEMA) != SCHEMA:
        raise NewsprismError("E111", f"schema {data.get('schema')!r}, expected {SCHEMA!r}")
    values: dict[str, Any] = {}
    for name, _, item_class in _layout(cls):
        if name not in data:
            continue
        value = data[name]
        if isinstance(value, dict) and item_class is not None:
            value = from_dict(value, item_class)
        elif item_class is not None:
            value = tuple(from_dict(item, item_class) for item in value)
        elif isinstance(value, list):  # a tuple of plain values
            value = tuple(value)
        values[name] = value
    return cls(**values)


def dumps(article: Article) -> str:
    return json.dumps(to_dict(article), ensure_ascii=False, separators=(",", ":"))


def loads(line: str) -> Article:
    result: Article = from_dict(json.loads(line))
    return result


def json_schema() -> dict[str, Any]:
    text = resources.files("newsprism.schema").joinpath("article.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


_LAYOUTS: dict[type[Any], tuple[tuple[str, Any, type[Any] | None], ...]] = {}


def _layout(cls: type[Any]) -> tuple[tuple[str, Any, type[Any] | None], ...]:
    """(field name, default value, record class or None) for each field: the class of the
    field's value when it is one record, or of its items when it is a tuple of records."""
    if cls in _LAYOUTS:
        return _LAYOUTS[cls]
    hints = get_type_hints(cls, vars(model))
    layout = []
    for field in fields(cls):
        default = field.default
        item_class = None
        hint = hints[field.name]
        if get_origin(hint) is tuple:
            argument = get_args(hint)[0]
            if isinstance(argument, type) and is_dataclass(argument):
                item_class = argument
        elif isinstance(hint, type) and is_dataclass(hint):
            item_class = hint
        layout.append((field.name, default, item_class))
    _LAYOUTS[cls] = tuple(layout)
    return _LAYOUTS[cls]
