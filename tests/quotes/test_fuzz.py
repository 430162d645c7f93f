"""The quotation stage survives any sequence of words, marks and punctuation."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsprism import analyze

# frame words, names, marks and punctuation in every order, also at the very end of a text
_WORDS = (
    "sagte sagten Er er die der dem denen Ministerin Honoré Durand Hugo Salcedo Kopf einer "
    "Gruppe laut nach zufolge so wie Wie Angaben Bericht Studien Gerüchte soll sollen haben "
    "worden sei seien habe wäre möchte nicht bekannt gab Das Dies musste einräumen hat "
    'bestätigt Presse zur vor zu gegenüber Sportschau „ “ ” " « » , , . : ; – ( ) ?'
)
_PIECES = _WORDS.split()


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
# a frame's comma ends the text
@example(["„", "Wir", "sind", "da", "“", ",", "sagte", "Honoré", "Durand", ","])
def test_any_word_sequence_gives_quotes_within_the_text(pieces):
    article = analyze("Titel\n\n" + " ".join(pieces))
    for quote in article.quotes:
        for span in (*quote.quote, *quote.speaker, *quote.cue, *quote.addressee):
            assert 0 <= span.start < span.end <= len(article.text)
