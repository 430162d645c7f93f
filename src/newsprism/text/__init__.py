"""The text layer: language id, tokens, sentences, morphology."""
