"""Found quotations as the article's ``Quote`` records: token ranges as character spans, the
cue's lemma with its particle, and which quotation each nested one lies in."""

from __future__ import annotations

from newsprism.model import Article, Quote, Span
from newsprism.quotes.clauses import Frame
from newsprism.quotes.cues import cues, spelled
from newsprism.quotes.unframed import Found


def mark_nesting(found: list[Found]) -> None:
    for index, item in enumerate(found):
        a, b = item.quote[0][0], item.quote[-1][1]
        for other_index, other in enumerate(found):
            inside = any(s <= a and b <= e + 1 for s, e in other.quote)
            if other_index != index and other.type != "direct" and item.type == "direct" and inside:
                item.nested_in = other_index
                break


def to_quote(item: Found, article: Article) -> Quote:
    tokens = article.tokens

    def spans(ranges: list[tuple[int, int]]) -> tuple[Span, ...]:
        return tuple(Span(tokens[a].start, tokens[b - 1].end) for a, b in ranges if b > a)

    cue_ranges: list[tuple[int, int]] = []
    if item.frame:
        for index in sorted(item.frame.cue):
            if cue_ranges and cue_ranges[-1][1] == index:
                cue_ranges[-1] = (cue_ranges[-1][0], index + 1)
            else:
                cue_ranges.append((index, index + 1))
    return Quote(
        type=item.type,
        quote=spans(item.quote),
        medium=item.medium,
        cue=spans(cue_ranges),
        cue_lemma=_cue_lemma(item.frame, article) if item.frame else item.lemma,
        speaker=spans([item.speaker]) if item.speaker else (),
        addressee=spans([item.addressee]) if item.addressee else (),
        frame=spans(item.frame_ranges),
        nested_in=item.nested_in,
    )


def _cue_lemma(frame: Frame, article: Article) -> str:
    """The cue's lemma with its separated particle: "fügte … hinzu" is "hinzufügen"."""
    entries = cues(article.language).get(frame.lemma, ())
    for index in frame.cue:
        form = article.text[article.tokens[index].start : article.tokens[index].end].lower()
        for entry in entries:
            if entry.particle == form:
                return spelled(entry, article.language)
    return frame.lemma
