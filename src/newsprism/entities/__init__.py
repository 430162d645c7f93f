"""Entities: German named entities (a trained tagger), English ones (rules), their grouping
within an article, spelling variants across transliterations, numbers and dates."""
