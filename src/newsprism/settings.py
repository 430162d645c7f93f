"""One settings object with packaged defaults, overridable from a TOML file or the CLI.

Every setting is declared once below with its documentation; ``newsprism settings`` prints the
table and a test fails if a setting lacks a description.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from newsprism.errors import NewsprismError


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@dataclass(frozen=True)
class Settings:
    max_file_bytes: int = field(
        default=64_000_000,
        metadata=_doc("Whole-file inputs (text, HTML, feeds) larger than this are skipped (E105)."),
    )
    max_record_bytes: int = field(
        default=16_000_000,
        metadata=_doc(
            "A JSONL line or WARC record larger than this is skipped (E105) without being held "
            "in memory."
        ),
    )
    max_article_chars: int = field(
        default=2_000_000,
        metadata=_doc("An article whose normalised text is longer than this is skipped (E105)."),
    )
    langid_chars: int = field(
        default=400,
        metadata=_doc("How many characters of the body language identification reads."),
    )
    morphology: str = field(
        default="fast",
        metadata=_doc(
            "fast: HanTa's lexicon as a per-form lookup, rules for unlisted forms, simplemma "
            "lemmas, mood rules (hundreds of articles/s). hanta: HanTa's sentence-level tagger "
            "(more accurate POS, 15-20 articles/s)."
        ),
    )
    lexicon_cache_size: int = field(
        default=400_000,
        metadata=_doc("Word forms whose analysis is cached per process; bounds memory on streams."),
    )
    entities: bool = field(
        default=True,
        metadata=_doc(
            "Find named entities (German NER) and link quotation speakers to them; false skips "
            "the stage, which makes analysis about four times faster."
        ),
    )
    narratives: str = field(
        default="",
        metadata=_doc(
            "A narrative catalogue (TOML, the format of newsprism/data/narratives.toml) to use "
            "instead of the bundled one; empty: the bundled catalogue."
        ),
    )
    story_vectors: bool = field(
        default=True,
        metadata=_doc(
            "Give each article a multilingual sentence vector of its headline and lead, so "
            "that stories can join German and English reports (about 4 ms per article); false "
            "groups by shared words and names only."
        ),
    )
    story_window_days: int = field(
        default=3,
        metadata=_doc(
            "Two articles more than this many days apart never join one story; an article "
            "without a date may join any."
        ),
    )
    quote_model: str = field(
        default="",
        metadata=_doc(
            "A sentence model trained with `newsprism train quotes` (a .json file) that decides "
            "what sentences without a reporting frame are; empty: the rules decide."
        ),
    )
    jsonl_fields: dict[str, str] = field(
        default_factory=dict,
        metadata=_doc(
            "Extra JSONL field mapping, record field -> article field, e.g. "
            '{content = "text", headline = "title"}. Common names work without it.'
        ),
    )
    jobs: int = field(default=1, metadata=_doc("Worker processes for analyze (--jobs)."))
    chunk_size: int = field(
        default=32,
        metadata=_doc(
            "Articles analysed together (and sent to a worker process) at a time; the NER "
            "tagger steps through their sentences at once."
        ),
    )
    db: str = field(default="newsprism.db", metadata=_doc("SQLite database file (--db)."))

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> Settings:
        """Defaults, then the TOML file (if given), then explicit overrides (None is ignored)."""
        settings = cls()
        if path is not None:
            try:
                data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as error:
                raise NewsprismError("E201", f"{path}: {error}") from error
            settings = settings.updated(**data.get("newsprism", data))
        return settings.updated(**{k: v for k, v in overrides.items() if v is not None})

    def updated(self, **changes: Any) -> Settings:
        known = {f.name: f for f in fields(self)}
        for name, value in changes.items():
            if name not in known:
                raise NewsprismError("E201", f"unknown setting {name!r}")
            expected = type(getattr(self, name))
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                raise NewsprismError("E201", f"{name} must be {expected.__name__}, got {value!r}")
        if changes.get("morphology", self.morphology) not in ("fast", "hanta"):
            raise NewsprismError("E201", "morphology must be 'fast' or 'hanta'")
        for name, value in changes.items():
            if isinstance(value, int) and not isinstance(value, bool) and value < 1:
                raise NewsprismError("E201", f"{name} must be at least 1, got {value}")
        return replace(self, **changes)


def from_arguments(args: Any, **overrides: Any) -> Settings:
    """Settings for a command line: the ``--config`` file, then ``--db``, then ``overrides``."""
    return Settings.load(getattr(args, "config", None), db=getattr(args, "db", None), **overrides)


def documentation() -> list[tuple[str, str, str]]:
    """(name, default, description) for every setting."""
    defaults = Settings()
    return [
        (f.name, repr(getattr(defaults, f.name)), f.metadata.get("doc", ""))
        for f in fields(Settings)
    ]
