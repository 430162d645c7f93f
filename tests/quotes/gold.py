"""Build annotated documents in the WIKINEWS-de quotation format from text written for tests."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.text.tokens import tokenize

ROLES = ("quote", "speaker", "cue", "frame", "addressee")


def document(name: str, text: str, quotes: list[dict[str, str]]) -> dict:
    spans = tokenize(text)
    tokens = [
        {"id": i, "charBegin": s, "charEnd": e, "text": text[s:e], "sentence": 0}
        for i, (s, e) in enumerate(spans)
    ]

    def role(fragment: str) -> dict:
        if not fragment:
            return {"spans": [], "text": "", "tokenIds": []}
        begin = text.index(fragment)
        end = begin + len(fragment)
        ids = [t["id"] for t in tokens if t["charBegin"] < end and t["charEnd"] > begin]
        return {"spans": [{"charBegin": begin, "charEnd": end}], "text": fragment, "tokenIds": ids}

    annotations = [
        {
            "type": q["type"],
            "medium": q.get("medium", "Speech"),
            "isNested": False,
            "hasNested": False,
            **{r: role(q.get(r, "")) for r in ROLES},
        }
        for q in quotes
    ]
    return {
        "documentName": name,
        "originalText": text,
        "tokens": tokens,
        "sentences": [],
        "annotations": annotations,
    }


DOCUMENTS = [
    document(
        "eins",
        "Die Ministerin Karla Weiß sagte, die Lage sei ernst. Man müsse nun handeln.",
        [
            {
                "type": "Indirect",
                "quote": "die Lage sei ernst",
                "speaker": "Die Ministerin Karla Weiß",
                "cue": "sagte",
                "frame": "Die Ministerin Karla Weiß sagte,",
            },
            {
                "type": "IndirectFreeIndirect",
                "quote": "Man müsse nun handeln.",
                "speaker": "Die Ministerin Karla Weiß",
            },
        ],
    ),
    document(
        "zwei",
        "„Wir sind bereit“, sagte der Sprecher. Der Verband kritisierte die Pläne scharf.",
        [
            {
                "type": "Direct",
                "quote": "„Wir sind bereit“",
                "speaker": "der Sprecher",
                "cue": "sagte",
                "frame": ", sagte der Sprecher",
            },
            {
                "type": "Reported",
                "quote": "Der Verband kritisierte die Pläne scharf.",
                "speaker": "Der Verband",
                "medium": "SW",
            },
        ],
    ),
    document(
        "drei",
        "Der Täter soll die Bank überfallen haben. Laut Polizei wurde niemand verletzt.",
        [
            {"type": "FreeIndirect", "quote": "Der Täter soll die Bank überfallen haben."},
            {
                "type": "Indirect",
                "quote": "wurde niemand verletzt",
                "speaker": "Polizei",
                "cue": "Laut",
                "frame": "Laut Polizei",
                "medium": "SW",
            },
        ],
    ),
]


def write(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in DOCUMENTS:
        (folder / f"{doc['documentName']}.pretty.json").write_text(
            json.dumps(doc, ensure_ascii=False), "utf-8"
        )
    return folder
