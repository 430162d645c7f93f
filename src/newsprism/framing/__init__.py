"""Framing: wording and persuasion techniques from the framing lexicon, known narratives,
machine-translation artefacts, and per-outlet profiles of them."""
