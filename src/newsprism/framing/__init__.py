"""Framing signals: wording from the framing lexicon, and machine-translation artefacts."""
