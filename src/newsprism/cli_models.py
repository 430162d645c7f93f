"""The model commands of the CLI: ``eval quotes``, ``eval ner``, ``train quotes`` and ``train
ner``.

Like the rest of :mod:`newsprism.cli`, each checks its arguments, then calls the library
(:mod:`newsprism.quotes.evaluate`, :mod:`newsprism.entities.germeval` and the trainers). The
heavy imports wait until a command runs.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from newsprism.errors import NewsprismError
from newsprism.settings import from_arguments


def eval_quotes(args: argparse.Namespace) -> int:
    from newsprism.quotes.evaluate import evaluate

    if not args.gold.is_dir():
        raise NewsprismError("E101", f"{args.gold} is not a folder")
    scores = evaluate(args.gold, args.write_predictions, from_arguments(args))
    print(scores.report())
    if args.write_predictions:
        print(f"predictions written to {args.write_predictions}/", file=sys.stderr)
    return 0


def train_quotes(args: argparse.Namespace) -> int:
    from newsprism.quotes.train import train

    if not args.data.is_dir():
        raise NewsprismError("E101", f"{args.data} is not a folder")
    print(train(args.data, args.out, args.epochs))
    return 0


def train_ner(args: argparse.Namespace) -> int:
    from newsprism.entities.germeval import read_gold

    out = args.out or Path(str(resources.files("newsprism.entities").joinpath("model")))
    if args.join:
        return _join_ner(args.join, out)
    if args.data is None:
        raise NewsprismError("E101", "give the training data (--data) or models to --join")
    if not args.data.is_file():
        raise NewsprismError("E101", f"{args.data} is not a file")
    if args.dev is not None and not args.dev.is_file():
        raise NewsprismError("E101", f"{args.dev} is not a file")
    try:
        from newsprism.entities.train_tagger import train
    except ImportError as error:  # torch, only needed here
        raise NewsprismError(
            "E204", f"training the tagger needs PyTorch ({error}); pip install 'newsprism[train]'"
        ) from error
    dev = list(read_gold(args.dev)) if args.dev else []
    seeds = tuple(args.seed or (7, 1))
    train(args.data, out, args.epochs, dev=dev, seeds=seeds, device=args.device)
    print(f"model and its credit written to {out}")
    return 0


def _join_ner(models: list[Path], out: Path) -> int:
    from zipfile import BadZipFile

    from newsprism.entities.tagger import MODEL_FILE, Tagger
    from newsprism.entities.train_tagger import write_model

    taggers = []
    for path in models:
        file = path / MODEL_FILE if path.is_dir() else path
        try:
            taggers.append(Tagger.load(file.read_bytes()))
        except (OSError, ValueError, KeyError, EOFError, BadZipFile) as error:
            raise NewsprismError("E101", f"{file} is not a NER model: {error}") from error
    try:
        joined = Tagger.joined(taggers)
    except ValueError as error:
        raise NewsprismError("E101", str(error)) from error
    write_model(joined, out)
    print(f"model of {len(joined.members)} members and its credit written to {out}")
    return 0


def eval_ner(args: argparse.Namespace) -> int:
    import time

    from newsprism.entities.germeval import read_gold, score
    from newsprism.entities.ner import packaged_model

    if not args.gold.is_file():
        raise NewsprismError("E101", f"{args.gold} is not a file")
    model = packaged_model()
    if model is None:
        raise NewsprismError("E204", "no NER model is installed; run `newsprism train ner`")
    sentences = list(read_gold(args.gold))
    model.tag([["Start"]])  # load the text layer's lexicon before timing
    started, busy = time.perf_counter(), time.process_time()
    predicted = model.tag([words for words, _ in sentences])
    seconds, busy = time.perf_counter() - started, time.process_time() - busy
    tokens = sum(len(words) for words, _ in sentences)
    results = score([(gold, guess) for (_, gold), guess in zip(sentences, predicted, strict=True)])
    for kind, (p, r, f) in results.items():
        print(f"{kind:<5} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(
        f"{len(sentences):,} sentences, {tokens:,} tokens tagged at {tokens / seconds:,.0f} "
        f"tokens/s ({tokens / busy:,.0f} per second of processor time, all threads together)"
    )
    if args.write_predictions:
        with open(args.write_predictions, "w", encoding="utf-8") as out:
            for (words, gold), guess in zip(sentences, predicted, strict=True):
                for word, expected, tagged in zip(words, gold, guess, strict=True):
                    expected, tagged = (
                        expected.replace("MISC", "OTH"),
                        tagged.replace("MISC", "OTH"),
                    )
                    out.write(f"{word}\t{expected}\t{tagged}\n")
                out.write("\n")
        print(f"predictions written to {args.write_predictions}", file=sys.stderr)
    return 0
