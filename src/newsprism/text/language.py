"""Language identification with py3langid (langid.py's model, numpy-only)."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def identify(text: str, max_chars: int = 1500) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language; ("", 0.0) for text without letters."""
    sample = text[:max_chars]
    if not any(char.isalpha() for char in sample):
        return "", 0.0
    language, probability = _identifier().classify(sample)
    return str(language), round(float(probability), 4)
