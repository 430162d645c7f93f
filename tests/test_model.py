import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism import analyze, dumps, from_dict, loads, to_dict
from newsprism.model import (
    SCHEMA,
    Article,
    Entity,
    Fingerprint,
    Mention,
    NumberMention,
    Quote,
    Signal,
    Span,
)
from newsprism.serialize import json_schema
from tests.conftest import INPUTS, analyze_all

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def rich_article() -> Article:
    """An analysed article with every later-stage slot filled, to cover the whole schema."""
    base = analyze(
        "Weiß warnt\nDie Ministerin Karla Weiß sagte, die Lage sei „sehr ernst“. "
        "300 Soldaten kamen."
    )
    start = base.text.index("„")
    return Article(
        **{
            **{f: getattr(base, f) for f in base.__dataclass_fields__},
            "entities": (
                Entity("e1", "PER", "Karla Weiß", (Mention(28, 38, "name", "PER"),), "c1"),
            ),
            "quotes": (
                Quote(
                    "indirect",
                    (Span(start, start + 12),),
                    "speech",
                    (Span(15, 20),),
                    "sagen",
                    (Span(0, 5),),
                    (),
                    (Span(15, 20),),
                    "e1",
                    "Karla Weiß",
                ),
            ),
            "numbers": (NumberMention(61, 64, "quantity", "300", "", (Span(65, 73),)),),
            "signals": (
                Signal(
                    "wording",
                    start,
                    start + 12,
                    "ernst",
                    "test reason",
                    "quoted",
                    "Karla Weiß",
                    0.5,
                ),
            ),
            "translation_score": 0.25,
            "fingerprint": Fingerprint((17, 4_294_967_295), ("krieg:2", "weiß:1"), (127, -3, 0)),
        },
    )


def test_round_trip_of_every_field():
    article = rich_article()
    assert loads(dumps(article)) == article
    assert from_dict(to_dict(article)) == article


def test_json_matches_the_schema():
    for article in [rich_article(), *analyze_all(*INPUTS)[0]]:
        VALIDATOR.validate(to_dict(article))


def test_defaults_are_left_out_and_schema_is_versioned():
    data = to_dict(analyze("Titel\nText."))
    assert data["schema"] == SCHEMA
    assert "quotes" not in data and "mood" not in data["tokens"][0]


def test_unknown_schema_version_is_refused():
    import pytest

    from newsprism.errors import NewsprismError

    with pytest.raises(NewsprismError, match="E111"):
        from_dict({"schema": "newsprism/99", "id": "x", "text": "y"})


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(lambda s: any(c.isalnum() for c in s)))
def test_any_text_analyses_with_valid_offsets_and_round_trips(text):
    article = analyze(text)
    for record in (*article.paragraphs, *article.sentences, *article.tokens):
        assert 0 <= record.start <= record.end <= len(article.text)
    for sentence in article.sentences:
        tokens = article.sentence_tokens(sentence)
        assert tokens[0].start == sentence.start and tokens[-1].end == sentence.end
    assert loads(dumps(article)) == article
    VALIDATOR.validate(to_dict(article))
