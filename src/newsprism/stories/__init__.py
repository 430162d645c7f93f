"""Stories: per-article fingerprints (map step), syndicated copies, story grouping across
outlets, days and languages, and the comparison of the articles of one story."""
