import tomllib
from pathlib import Path

import numpy as np
import pytest

from newsprism.cli import main
from newsprism.entities.germeval import read_bioes, read_gold, read_original, score
from newsprism.entities.ner import (
    BIOES,
    LABELS,
    build_gazetteer,
    shape,
    spans,
    through_truncations,
    to_bio,
    to_bioes,
)
from newsprism.entities.pieces import UNKNOWN, PieceSegmenter, is_latin_piece
from newsprism.entities.tagger import (
    CHARS_PER_WORD,
    MODEL_FILE,
    Member,
    Sizes,
    Tagger,
    best_paths,
    no_transitions,
    word_ids,
)
from newsprism.errors import NewsprismError
from tests.conftest import FIXTURES, SHARED, needs_shared

FLOORS = tomllib.loads((Path(__file__).parents[1] / "quality_floors.toml").read_text("utf-8"))


def test_reading_both_formats_as_bio_over_four_classes():
    train = list(read_bioes(FIXTURES / "ner_train.bioes.tsv"))
    assert train[0] == (
        ["Karla", "Weiß", "reiste", "nach", "Genf", "."],
        ["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
    )
    assert train[2][1][7:9] == ["B-MISC", "I-MISC"]  # GermEval's OTH is MISC
    assert train[3][1][1] == "O"  # deriv and part labels are O
    gold = list(read_original(FIXTURES / "ner_gold.tsv"))
    assert gold[1] == (
        ["Die", "Nordische", "Küstenallianz", "warnte", "."],
        ["O", "B-ORG", "I-ORG", "O", "O"],
    )


def test_either_format_is_told_apart_and_a_broken_line_is_named(tmp_path):
    for name in ("ner_train.bioes.tsv", "ner_gold.tsv"):
        read = read_bioes if name.endswith("bioes.tsv") else read_original
        assert list(read_gold(FIXTURES / name)) == list(read(FIXTURES / name))
    broken = tmp_path / "broken.tsv"
    broken.write_text("# source\n1\tKarla\tB-PER\tO\n2\tWeiß\n", encoding="utf-8")
    with pytest.raises(NewsprismError, match=r"line 3: '2\\tWeiß'") as raised:
        list(read_gold(broken))
    assert raised.value.code == "E106"
    (tmp_path / "empty.tsv").write_text("# only a comment\n\n", encoding="utf-8")
    with pytest.raises(NewsprismError) as raised:
        list(read_gold(tmp_path / "empty.tsv"))
    assert raised.value.code == "E102"


def test_spans_and_strict_score():
    assert spans(["B-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    ]
    gold = ["B-PER", "I-PER", "O", "B-LOC"]
    result = score([(gold, ["B-PER", "O", "O", "B-LOC"])])  # a partial PER is wrong
    assert result["LOC"] == (1.0, 1.0, 1.0) and result["PER"][2] == 0.0
    assert result["ALL"] == (0.5, 0.5, 0.5)


def test_gazetteer_keeps_forms_that_are_mostly_one_class():
    sentences = [
        (["Genf", "ist", "schön"], ["B-LOC", "O", "O"]),
        (["In", "Genf", "."], ["O", "B-LOC", "O"]),
        (["Weiß", "kam"], ["B-PER", "O"]),
        (["Das", "Weiß", "und", "Weiß"], ["O", "O", "O", "O"]),
    ]
    assert build_gazetteer(sentences) == {"Genf": "LOC"}


def test_shape():
    assert [shape(w) for w in ("Berlin", "NATO", "2024", "Nato-Chef")] == ["Xx", "X", "d", "Xx-Xx"]
    # umlauts are letters, other letters stay as they are, digits of any script are digits,
    # and a shape is cut after six classes
    assert shape("Ärztekammer") == "Xx"
    assert shape("Müller-Lüdenscheid") == "Xx-Xx"
    assert shape("Café") == "Xxé"
    assert shape("١٢٣") == "d"
    assert shape("A1b2C3d4") == "XdxdXd"


def test_pieces_segment_by_the_best_total_score():
    segmenter = PieceSegmenter(
        ["\u2581Stol", "tenberg", "\u2581St", "ol", "t", "en", "berg"], [-5, -6, -3, -4, -4, -4, -4]
    )
    assert [segmenter.pieces[i] for i in segmenter.segment("Stoltenberg")] == [
        "\u2581Stol",
        "tenberg",
    ]
    assert segmenter.segment("Stolz")[-1] == UNKNOWN  # no piece covers "z"
    assert is_latin_piece("\u2581Straße") and is_latin_piece("-") and not is_latin_piece("Кийв")


def _random_tagger(seed: int = 3, labels: tuple[str, ...] = LABELS) -> Tagger:
    sizes, rng = Sizes(), np.random.default_rng(seed)
    hidden, inputs = sizes.hidden, sizes.inputs

    def random(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.3, shape).astype(np.float32)

    weights = {
        "project_bias": random(sizes.pieces),
        "words": random(3, sizes.words),
        "shapes": random(4, sizes.shapes),
        "tags": random(3, sizes.tags),
        "gazetteer": random(5, sizes.gazetteer),
        "chars": random(5, sizes.char_vector),
        "convolution": random(sizes.char_filters, sizes.char_vector, 3),
        "convolution_bias": random(sizes.char_filters),
        "output": random(len(labels), 2 * hidden),
        "output_bias": random(len(labels)),
        "transitions": random(len(labels), len(labels)),
        "first_label": random(len(labels)),
        "last_label": random(len(labels)),
    }
    for direction in ("forward", "backward"):
        weights[f"{direction}_input"] = random(4 * hidden, inputs)
        weights[f"{direction}_hidden"] = random(4 * hidden, hidden)
        weights[f"{direction}_bias"] = random(4 * hidden)
    vocabulary = {
        "words": ["die", "nato"],
        "shapes": ["Xx", "x", "X"],
        "chars": ["a", "e", "N"],
        "tags": ["NE", "NN"],
    }
    return Tagger.from_parts(
        weights,
        random(3, sizes.pieces),
        ["\u2581N", "ato", "\u2581die"],
        [-1, -1, -1],
        vocabulary,
        {"Nato": "ORG"},
        labels,
    )


@pytest.mark.parametrize("labels", [LABELS, BIOES])
def test_tagging_a_sentence_does_not_depend_on_its_batch(tmp_path, labels):
    tagger = _random_tagger(labels=labels)
    sentences = [["Die", "Nato", "warnt", "."], ["Jens", "Stoltenberg"], [], ["Kiew"] * 9]
    together = tagger.tag(sentences)
    assert together == [tagger.tag([s])[0] for s in sentences]  # padding never leaks
    assert [len(labels) for labels in together] == [4, 2, 0, 9]
    for labels in together:  # every entity starts with B-
        assert all(
            not label.startswith("I-") or (previous != "O" and previous[2:] == label[2:])
            for previous, label in zip(["O", *labels], labels, strict=False)
        )
    tagger.save(tmp_path)
    assert Tagger.load((tmp_path / MODEL_FILE).read_bytes()).tag(sentences) == together


def _reference_scores(tagger: Tagger, words: list[str]) -> np.ndarray:
    """The textbook LSTM, one token at a time and one member after the other, to check the
    batched implementation against."""
    hidden, size = tagger.sizes.hidden, tagger.sizes.inputs
    described = tagger._describe(words)

    def sigmoid(x: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-x))

    def run(w: dict[str, np.ndarray], inputs: np.ndarray, direction: str, order: list[int]):
        h, c = np.zeros(hidden), np.zeros(hidden)
        out = np.zeros((len(words), hidden))
        for t in order:
            g = w[f"{direction}_input"] @ inputs[t] + w[f"{direction}_hidden"] @ h
            g += w[f"{direction}_bias"]
            i, f = sigmoid(g[:hidden]), sigmoid(g[hidden : 2 * hidden])
            c = f * c + i * np.tanh(g[2 * hidden : 3 * hidden])
            h = sigmoid(g[3 * hidden :]) * np.tanh(c)
            out[t] = h
        return out

    positions, scores = list(range(len(words))), []
    for number, member in enumerate(tagger.members):
        w, inputs = member.weights, described[:, number * size : (number + 1) * size]
        forward = run(w, inputs, "forward", positions)
        backward = run(w, inputs, "backward", positions[::-1])
        scores.append(np.hstack([forward, backward]) @ w["output"].T + w["output_bias"])
    return np.mean(scores, axis=0)


SENTENCES = [
    ["Die", "Nato", "warnt", "."],
    ["Kiew"],
    ["Jens", "Stoltenberg", "sagte", "es"],
    ["Generalsekretärsstellvertreterin", "Nato"],
]


@pytest.mark.parametrize("members", [1, 2])
def test_batched_lstm_matches_the_textbook_one(members):
    tagger = Tagger.joined([_random_tagger(seed) for seed in range(3, 3 + members)])
    batched = tagger._scores(SENTENCES)  # not sorted by length: no sentence may end early
    for row, words in enumerate(SENTENCES):
        expected = _reference_scores(tagger, words)
        assert np.allclose(batched[row, : len(words)], expected, atol=1e-4)


def test_tagging_runs_blas_on_one_thread_and_gives_the_threads_back(monkeypatch):
    """Small matrix products: a second BLAS thread doubled the processor time of tagging."""
    from threadpoolctl import threadpool_info, threadpool_limits

    def blas_threads() -> list[int]:
        return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

    tagger = _random_tagger()
    seen: list[list[int]] = []
    scores = tagger._scores
    monkeypatch.setattr(
        tagger, "_scores", lambda batch: seen.append(blas_threads()) or scores(batch)
    )
    with threadpool_limits(2, user_api="blas"):
        outside = blas_threads()
        tagger.tag(SENTENCES)
        assert blas_threads() == outside
    assert seen and all(threads == [1] * len(outside) for threads in seen)
    assert outside != [1] * len(outside)  # the limit above took, so the check means something


def test_members_scores_and_transitions_are_averaged(tmp_path):
    first, second = _random_tagger(3, BIOES), _random_tagger(4, BIOES)
    joined = Tagger.joined([first, second])
    ordered = sorted(SENTENCES, key=len)
    expected = (first._scores(ordered) + second._scores(ordered)) / 2
    assert np.allclose(joined._scores(ordered), expected, atol=1e-5)
    moves = (first._transitions[0] + second._transitions[0]) / 2
    assert np.allclose(joined._transitions[0], moves)
    joined.save(tmp_path)
    loaded = Tagger.load((tmp_path / MODEL_FILE).read_bytes())
    assert len(loaded.members) == 2 and loaded.tag(SENTENCES) == joined.tag(SENTENCES)


def test_piece_vectors_are_stored_in_fifteen_steps_and_survive_saving(tmp_path):
    projected = np.random.default_rng(5).normal(size=(50, 8)).astype(np.float32)
    projected[7] = 0.0  # a piece whose vector is zero keeps a usable step
    member = Member.from_projected({}, projected)
    assert member.table.dtype == np.int8 and np.abs(member.table).max() == 7
    step = member.table_scale[:, None]
    assert np.all(np.abs(member.table * step - projected) <= step / 2 + 1e-6)
    assert np.all(member.table[7] == 0) and member.table_scale[7] == 1.0
    tagger = _random_tagger()
    tagger.save(tmp_path)
    loaded = Tagger.load((tmp_path / MODEL_FILE).read_bytes()).members[0]
    assert np.array_equal(loaded.table, tagger.members[0].table)
    assert np.array_equal(loaded.table_scale, tagger.members[0].table_scale)
    assert loaded.table_scale.dtype == np.float32


EIGHT_BITS = ("words", "forward_input", "forward_hidden", "backward_input", "backward_hidden")


def test_the_largest_matrices_are_stored_in_eight_bits_and_old_files_still_load(tmp_path):
    tagger = _random_tagger()
    tagger.save(tmp_path)
    data = (tmp_path / MODEL_FILE).read_bytes()
    loaded = Tagger.load(data)
    for name, value in tagger.members[0].weights.items():
        error = np.abs(loaded.members[0].weights[name] - value)
        if name in EIGHT_BITS:
            # 8 bits: half a row's step, and the step's own rounding to 16 bits, up to 127 times
            step = np.abs(value).max(axis=1, keepdims=True) / 127
            assert np.all(error <= 0.6 * step)
        else:  # 16 bits
            assert np.all(error <= np.abs(value) / 1024 + 1e-6)
    # the layout before 2026-11-24: a table value a byte, all weights in 16 bits, meta a string
    with np.load(tmp_path / MODEL_FILE) as arrays:
        old = {name: arrays[name] for name in arrays.files if not name.startswith(("q_", "s_"))}
    del old["table4"]
    old["table"] = loaded.members[0].table
    old["meta"] = np.array(old["meta"].tobytes().decode("utf-8"))
    for name, value in loaded.members[0].weights.items():
        old[f"w_{name}"] = value.astype(np.float16)
    np.savez_compressed(tmp_path / "old.npz", **old)
    sentences = [["Karla", "Weiß", "reiste", "nach", "Genf", "."]]
    assert Tagger.load((tmp_path / "old.npz").read_bytes()).tag(sentences) == loaded.tag(sentences)


def test_taggers_trained_on_different_data_are_not_joined():
    other = _random_tagger(4)
    other.vocabulary["words"]["kiew"] = 3
    with pytest.raises(ValueError, match="different data"):
        Tagger.joined([_random_tagger(3), other])


def test_character_windows_cut_after_each_word_give_the_full_convolution():
    tagger = _random_tagger()
    weights = tagger.members[0].weights
    words = [
        "a",
        "Nato",
        "eeeeeeeeeeeeeeee",
        "NaNaNaNaNaNaNaNaNaNa",
        "aNeNaNeNaNeNaNeNaNeNaNeN",
        "",
    ]
    chars = np.array([word_ids(word, tagger.vocabulary, tagger.gazetteer)[4:] for word in words])
    ids = np.pad(chars, ((0, 0), (1, 1)))
    vectors = weights["chars"][ids]
    kernel = weights["convolution"]
    full = np.stack(  # every one of the CHARS_PER_WORD windows, one filter position at a time
        [
            np.einsum("wkc,fck->wf", vectors[:, p : p + 3], kernel) + weights["convolution_bias"]
            for p in range(CHARS_PER_WORD)
        ],
        axis=1,
    )
    expected = np.maximum(full, 0).max(axis=1)
    assert np.allclose(Tagger._char_features(weights, chars), expected, atol=1e-5)


def test_a_full_cache_of_word_forms_starts_over_without_losing_a_word(monkeypatch):
    import newsprism.entities.tagger as tagger_module

    sentences = [[f"Wort{i}", f"Name{i % 7}", "Nato"] for i in range(40)]
    expected = _random_tagger().tag(sentences)
    monkeypatch.setattr(tagger_module, "_CACHE_BYTES", 10 * 4 * 2 * 4 * Sizes().hidden)
    small = _random_tagger()  # room for ten word forms: every batch overflows it
    assert small.tag(sentences[:3]) == expected[:3]
    assert small.tag(sentences) == expected
    assert len(small._rows) <= len({w for s in sentences for w in s})


def best_labels(scores, transitions):
    path = best_paths(scores[None], np.array([len(scores)]), transitions)[0]
    return [LABELS[i] for i in path]


def test_best_labels_follow_the_transitions_and_never_start_an_entity_with_i():
    scores = np.log(np.full((2, len(LABELS)), 0.01))
    scores[:, LABELS.index("I-PER")] = 0.0  # the best single labels are not allowed in a row
    assert best_labels(scores, no_transitions()) in (["B-PER", "I-PER"], ["O", "O"])
    moves, first, last = no_transitions()
    moves[LABELS.index("B-PER"), LABELS.index("I-PER")] = 5.0
    assert best_labels(scores, (moves, first, last)) == ["B-PER", "I-PER"]
    last[LABELS.index("O")] = 20.0  # a strong end score for O changes the last label
    assert best_labels(scores, (moves, first, last))[-1] == "O"


def test_a_batch_of_sentences_of_any_lengths_finds_each_its_own_best_path():
    rng = np.random.default_rng(3)
    lengths = np.array([5, 1, 9, 3, 9, 2])  # not sorted: the batch is reordered inside
    scores = rng.normal(size=(len(lengths), 9, len(BIOES))).astype(np.float32)
    moves, first, last = (rng.normal(size=a.shape).astype(np.float32) for a in no_transitions(17))
    together = best_paths(scores, lengths, (moves, first, last), BIOES)
    for number, length in enumerate(lengths):
        alone = best_paths(
            scores[number : number + 1, :length],
            lengths[number : number + 1],
            (moves, first, last),
            BIOES,
        )[0]
        assert together[number, :length].tolist() == alone.tolist()


def test_bioes_marks_the_last_and_the_only_token_of_an_entity():
    bio = ["B-PER", "I-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-LOC"]
    bioes = ["B-PER", "I-PER", "E-PER", "S-PER", "O", "S-LOC", "B-ORG", "E-ORG", "S-LOC"]
    assert to_bioes(bio[:-1]) == bioes[:-1] and to_bio(bioes[:-1]) == bio[:-1]
    assert to_bioes(bio)[-1] == "E-LOC"  # a stray I- ends an entity of its own class


def test_an_entity_goes_on_through_a_truncated_word():
    words = [
        "der",
        "Gesellschaft",
        "für",
        "Luft-",
        "und",
        "Raumfahrt",
        ",",
        "Bau-",
        "und",
        "Verkehr",
    ]
    labels = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]
    fixed = through_truncations(words, labels)
    assert fixed[:6] == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]
    assert fixed[6:] == ["O"] * 4  # outside an entity nothing changes
    # not over a lower-case word ("hin- und hergeschickt") or another entity
    assert through_truncations(["X-", "und", "hin"], ["B-ORG", "O", "O"])[1:] == ["O", "O"]
    assert through_truncations(["X-", "und", "Y"], ["B-ORG", "O", "B-LOC"])[1:] == ["O", "B-LOC"]


def test_bioes_paths_close_every_entity_they_open():
    def best(scores, transitions=None):
        transitions = transitions or no_transitions(len(BIOES))
        path = best_paths(scores[None], np.array([len(scores)]), transitions, BIOES)[0]
        return [BIOES[i] for i in path]

    scores = np.log(np.full((3, len(BIOES)), 0.01))
    scores[:, BIOES.index("B-ORG")] = 0.0  # B- everywhere would leave every entity open
    scores[1, BIOES.index("I-ORG")] = -1.0
    scores[2, BIOES.index("E-ORG")] = -0.5
    assert best(scores) == ["B-ORG", "I-ORG", "E-ORG"]
    scores[1, BIOES.index("I-PER")] = 5.0  # I- of another class cannot continue an ORG
    assert best(scores) == ["B-ORG", "I-ORG", "E-ORG"]
    moves, first, last = no_transitions(len(BIOES))
    last[BIOES.index("O")] = 30.0
    assert best(scores, (moves, first, last))[-1] == "O"


def test_training_writes_a_model_that_learns_the_sample(tmp_path):
    pytest.importorskip("torch")
    from newsprism.entities.train_tagger import train

    sample = (FIXTURES / "ner_train.bioes.tsv").read_text("utf-8").strip() + "\n\n"
    (tmp_path / "train.tsv").write_text(sample * 64, "utf-8")  # enough steps to learn it
    tagger = train(tmp_path / "train.tsv", tmp_path, epochs=12, report=lambda _: None, seeds=(7,))
    assert "CC BY 4.0" in (tmp_path / "README.md").read_text("utf-8")
    loaded = Tagger.load((tmp_path / MODEL_FILE).read_bytes())
    sentence = ["Karla", "Weiß", "reiste", "nach", "Genf", "."]
    assert loaded.tag([sentence]) == tagger.tag([sentence])
    assert loaded.tag([sentence])[0][:2] == ["B-PER", "I-PER"]


def test_train_ner_cli_passes_seeds_and_device(tmp_path, monkeypatch):
    import newsprism.entities.train_tagger as train_tagger

    calls = []
    monkeypatch.setattr(train_tagger, "train", lambda *args, **options: calls.append(options))
    data = FIXTURES / "ner_train.bioes.tsv"
    command = ["train", "ner", "--data", str(data), "--out", str(tmp_path)]
    assert main([*command, "--seed", "3", "--seed", "5", "--device", "cuda"]) == 0
    assert main(command) == 0
    assert [(c["seeds"], c["device"]) for c in calls] == [((3, 5), "cuda"), ((7, 1), "cpu")]
    assert main(["train", "ner", "--out", str(tmp_path)]) != 0  # neither data nor models


def test_train_ner_cli_joins_models_trained_apart(tmp_path, capsys):
    for seed in (3, 4):
        (tmp_path / str(seed)).mkdir()
        _random_tagger(seed).save(tmp_path / str(seed))
    out = tmp_path / "joined"
    command = ["train", "ner", "--out", str(out), "--join"]
    assert main([*command, str(tmp_path / "3"), str(tmp_path / "4" / MODEL_FILE)]) == 0
    assert "2 members" in capsys.readouterr().out
    joined = Tagger.load((out / MODEL_FILE).read_bytes())
    assert len(joined.members) == 2 and "CC BY 4.0" in (out / "README.md").read_text("utf-8")
    (tmp_path / "broken.npz").write_bytes(b"not a model")
    assert main([*command, str(tmp_path / "3"), str(tmp_path / "broken.npz")]) != 0
    assert "broken.npz is not a NER model" in capsys.readouterr().err


def test_eval_ner_cli(tmp_path, capsys):
    out = tmp_path / "predictions.tsv"
    assert (
        main(
            [
                "eval",
                "ner",
                "--gold",
                str(FIXTURES / "ner_gold.tsv"),
                "--write-predictions",
                str(out),
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "ALL" in printed and "tokens/s" in printed
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[0].split("\t")[:2] == ["Karla", "B-PER"] and lines[6] == ""


def test_ner_quality_on_germeval_dev():
    gold = needs_shared(SHARED / "data" / "germeval2014" / "NER-de-dev.tsv")
    from newsprism.entities.ner import packaged_model

    model = packaged_model()
    assert model is not None
    sentences = list(read_original(gold))
    tagged = model.tag([words for words, _ in sentences])
    result = score([(labels, guess) for (_, labels), guess in zip(sentences, tagged, strict=True)])
    assert result["ALL"][2] >= FLOORS["ner"]["germeval_dev_f1"], result
