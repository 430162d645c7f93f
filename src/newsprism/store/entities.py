"""Corpus-wide entities in the store: one id for one person, organisation or place.

An article's entity joins a stored one when (in this order) they have the same canonical name
and class; it is a one-word person name that ends exactly one stored person's name ("Putin" ->
"Wladimir Putin"), or a full name whose surname alone was stored first; its spelling key
equals a stored one's ("Waleri Gerassimow" -> "Valery Gerasimov"), also for a surname alone
("Gerassimow"); CLDR names the same place ("Moskau" -> "Moscow"); newsprism's list of
well-known organisations gives both names ("Nordatlantische Allianz" -> "NATO"); or it is the
one entity of that name with another class, where articles disagree on the class (then the
entity takes the class most of its mentions have). Every link other than the same name is
recorded in ``aliases`` with its reason.
"""

from __future__ import annotations

import sqlite3

from newsprism.entities.references import same_organisation
from newsprism.entities.variants import MIN_KEY, place_key, spelling_key


def corpus_entity(db: sqlite3.Connection, name: str, label: str) -> int:
    """The stored entity this name of this class is, created if there is none."""
    row = db.execute(
        "SELECT id FROM entities WHERE name = ? AND label = ?", (name, label)
    ).fetchone()
    if row is not None:
        return int(row[0])
    linked = (
        _surname(db, name, label)
        or _variant(db, name, label)
        or _known_organisation(db, name, label)
        or _other_class(db, name, label)
    )
    if linked is not None:
        entity_id, reason = linked
        db.execute(
            "INSERT OR IGNORE INTO aliases (entity_id, alias, reason) VALUES (?, ?, ?)",
            (entity_id, name, reason),
        )
        return entity_id
    earlier = _earlier_surname(db, name, label)
    if earlier is not None:
        return earlier
    cursor = db.execute(
        "INSERT INTO entities (name, label, spelling, place) VALUES (?, ?, ?, ?)",
        (name, label, spelling_key(name), place_key(name)),
    )
    return int(cursor.lastrowid or 0)


def _earlier_surname(db: sqlite3.Connection, name: str, label: str) -> int | None:
    """A full person name whose surname alone was stored first ("Putin", then "Wladimir
    Putin"): the stored entity takes the full name, and the surname becomes its alias, so the
    order articles arrive in does not split a person. Only when no other stored person has
    that surname, which would make the surname ambiguous."""
    words = name.split()
    if label != "PER" or len(words) < 2:
        return None
    surname = words[-1]
    alone = db.execute(
        "SELECT id, name FROM entities WHERE label = 'PER' AND (name = ? OR spelling = ?)",
        (surname, spelling_key(surname)),
    ).fetchall()
    others = db.execute(
        "SELECT COUNT(*) FROM entities WHERE label = 'PER' AND name LIKE ?", (f"% {surname}",)
    ).fetchone()[0]
    if len(alone) != 1 or others:
        return None
    entity_id, short = alone[0]
    db.execute(
        "UPDATE entities SET name = ?, spelling = ?, place = ? WHERE id = ?",
        (name, spelling_key(name), place_key(name), entity_id),
    )
    db.execute(
        "INSERT OR IGNORE INTO aliases (entity_id, alias, reason) VALUES (?, ?, ?)",
        (entity_id, short, f"surname of {name}, stored before the full name"),
    )
    return int(entity_id)


def _known_organisation(db: sqlite3.Connection, name: str, label: str) -> tuple[int, str] | None:
    """A stored organisation that newsprism's list of well-known ones gives this name too
    ("Nordatlantische Allianz" -> "NATO")."""
    names = same_organisation(name) if label == "ORG" else ()
    if not names:
        return None
    marks = ", ".join("?" * len(names))
    found = db.execute(
        f"SELECT id, name FROM entities WHERE label = 'ORG' AND lower(name) IN ({marks}) "
        "ORDER BY id",
        names,
    ).fetchone()
    if found is None:
        return None
    return int(found[0]), f"the same organisation as {found[1]} (data/organisations.toml)"


def _other_class(db: sqlite3.Connection, name: str, label: str) -> tuple[int, str] | None:
    """The one entity stored under the same name with another class: the tagger called
    "Valmora" a person in one article and a place in another, or "Kreml" a place and an
    organisation. A name of two words or more joins across classes only where neither is a
    person's: a full person name is not the company or place of that name ("Walt Disney"),
    while a one-word "person" the article never named in full is most likely a tagging error."""
    found = db.execute(
        "SELECT id, label FROM entities WHERE name = ? AND label != ?", (name, label)
    ).fetchall()
    if len(found) != 1:
        return None
    entity_id, stored = found[0]
    if "PER" in (label, stored) and " " in name:
        return None
    return int(entity_id), f"the same name, tagged {stored} in other articles and {label} here"


def settle_label(db: sqlite3.Connection, entity_id: int) -> None:
    """Give an entity the class most of its stored mentions have, where articles disagree; on
    a tie, not a person's (the name joined across classes is one word, which a person
    mentioned by name alone rarely is)."""
    counts = db.execute(
        "SELECT label, COUNT(*) FROM mentions WHERE entity_id = ? GROUP BY label",
        (entity_id,),
    ).fetchall()
    current = db.execute("SELECT label FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if len(counts) < 2 or current is None:
        return
    most = max(count for _, count in counts)
    tied = sorted(label for label, count in counts if count == most)
    if current[0] in tied and (current[0] != "PER" or len(tied) == 1):
        return
    best = next((label for label in tied if label != "PER"), tied[0])
    db.execute("UPDATE OR IGNORE entities SET label = ? WHERE id = ?", (best, entity_id))


def fill_keys(db: sqlite3.Connection) -> None:
    """Give entities stored before schema 3 their keys."""
    rows = db.execute("SELECT id, name FROM entities WHERE spelling = ''").fetchall()
    db.executemany(
        "UPDATE entities SET spelling = ?, place = ? WHERE id = ?",
        [(spelling_key(name), place_key(name), entity_id) for entity_id, name in rows],
    )


def _surname(db: sqlite3.Connection, name: str, label: str) -> tuple[int, str] | None:
    """A one-word person name that ends exactly one stored person's name, as written or as
    spelt in another transliteration."""
    if label != "PER" or " " in name:
        return None
    found = db.execute(
        "SELECT id, name FROM entities WHERE label = 'PER' AND name LIKE ?", (f"% {name}",)
    ).fetchall()
    if len(found) == 1:
        return int(found[0][0]), f"surname of {found[0][1]}"
    key = spelling_key(name)
    if len(key) < MIN_KEY or len(name) < 4:
        return None
    found = db.execute(
        "SELECT id, name FROM entities WHERE label = 'PER' AND spelling LIKE ?", (f"% {key}",)
    ).fetchall()
    if len(found) == 1:
        return int(found[0][0]), f"surname of {found[0][1]}, spelt differently (key {key!r})"
    return None


def _variant(db: sqlite3.Connection, name: str, label: str) -> tuple[int, str] | None:
    key = spelling_key(name)
    if len(key) >= MIN_KEY and len(name) >= 4:
        found = db.execute(
            "SELECT id, name FROM entities WHERE label = ? AND spelling = ? ORDER BY id",
            (label, key),
        ).fetchone()
        if found is not None:
            return int(found[0]), f"spelling variant of {found[1]} (key {key!r})"
    place = place_key(name) if label == "LOC" else ""
    if place:
        found = db.execute(
            "SELECT id, name FROM entities WHERE label = 'LOC' AND place = ? ORDER BY id",
            (place,),
        ).fetchone()
        if found is not None:
            return int(found[0]), f"the same place as {found[1]} in CLDR ({place})"
    return None
