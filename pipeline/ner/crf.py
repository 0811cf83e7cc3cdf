"""Linear-chain CRF inference over a crfsuite model file: the NER stage's tagging without crfsuite's tagger.

Why: crfsuite takes each character as a set of attribute strings, converts every one into its own structure
and looks it up in its own database; that cost as much as building the features, about 40 % of the whole
pipeline. Here the model's weights are read once, exactly (float64, from the binary file; `Tagger.info()`
rounds them to six decimals), into a matrix with one row per attribute. A character's label scores are the sum
of its attributes' rows (`ner.features.FeatureIndex` finds the rows without building the strings), added in
the order crfsuite adds them; Viterbi and forward-backward are then crfsuite's own C functions (crf1d_context.c,
inside python-crfsuite's extension), called through ctypes on those scores. The tests check tags and marginals
against crfsuite's own tagger.

The binary layout is crfsuite's (lib/crf/src/crf1d_model.c and cqdb.c): a header, the feature chunk
('FEAT': type, source, destination, weight), and two constant quark databases ('CQDB') mapping label and
attribute strings to ids, each with a backward array from id to string.
"""

from __future__ import annotations

import ctypes
import struct
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

_STATE, _TRANSITION = 0, 1  # feature types in crfsuite's file


class ModelFileError(ValueError):
    """The file is not a crfsuite CRF model this reader understands."""


@dataclass(frozen=True, eq=False)
class CRFModel:
    """A crfsuite linear-chain CRF, ready to score: one row of label weights per attribute."""

    labels: tuple[str, ...]
    attributes: dict[bytes, int]  # attribute → its row of `state`
    state: np.ndarray  # (attributes + 1, labels); the last row, all zeros, stands for an unknown attribute
    transitions: np.ndarray  # (labels, labels): from the row's label to the column's

    @property
    def unknown(self) -> int:
        """The row index every attribute the model never saw maps to."""
        return len(self.attributes)

    @classmethod
    def read(cls, path: str | Path) -> CRFModel:
        """Read a model file written by crfsuite's trainer (python-crfsuite's `Trainer.train`)."""
        data = Path(path).read_bytes()
        try:
            return cls._parse(data)
        except ModelFileError as err:
            raise ModelFileError(f"{path}: {err}") from None
        except (struct.error, IndexError, ValueError) as err:  # cut short or garbled: offsets past the end
            raise ModelFileError(f"{path}: not a readable crfsuite model ({err})") from None

    @classmethod
    def _parse(cls, data: bytes) -> CRFModel:
        magic, _size, kind, _version = struct.unpack_from("<4sI4sI", data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ModelFileError("not a crfsuite CRF1d model (bad magic)")
        _, n_labels, n_attrs, off_features, off_labels, off_attrs = struct.unpack_from("<6I", data, 16)
        labels = _quarks(data, off_labels, n_labels)
        attributes = _quarks(data, off_attrs, n_attrs)
        chunk, _, n_features = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT":
            raise ModelFileError("no feature chunk")
        records = np.frombuffer(
            data,
            dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]),
            count=n_features,
            offset=off_features + 12,
        )
        state = np.zeros((n_attrs + 1, n_labels))
        transitions = np.zeros((n_labels, n_labels))
        is_state = records["type"] == _STATE
        is_transition = records["type"] == _TRANSITION
        # crfsuite keeps one feature per (attribute, label) and per label pair, so assignment is its sum
        state[records["src"][is_state], records["dst"][is_state]] = records["weight"][is_state]
        transitions[records["src"][is_transition], records["dst"][is_transition]] = records["weight"][is_transition]
        return cls(
            labels=tuple(label.decode() for label in labels),
            attributes={name: i for i, name in enumerate(attributes)},
            state=state,
            transitions=transitions,
        )

    def scores(self, columns: Sequence[Sequence[int]]) -> np.ndarray:
        """Characters × labels scores from columns of state rows (one id per character in each column), summed
        column by column as crfsuite sums a character's attributes, so the floating-point result is its own."""
        state = self.state
        total = state[columns[0]]
        for column in columns[1:]:
            total += state[column]
        return total

    def viterbi(self, scores: np.ndarray, bounds: Sequence[tuple[int, int]]) -> np.ndarray:
        """Best label index per row of `scores` (characters × labels), each (start, end) in `bounds` being one
        sequence; rows outside every sequence get label 0."""
        out = np.zeros(len(scores), dtype=np.intc)
        _search().viterbi(np.ascontiguousarray(scores), self.transitions, bounds, out)
        return out.astype(np.intp)

    def marginals(self, scores: np.ndarray, bounds: Sequence[tuple[int, int]]) -> np.ndarray:
        """Marginal probability of each label at each row of `scores` (rows outside `bounds` get 0)."""
        probs = np.zeros_like(scores)
        _search().marginals(np.ascontiguousarray(scores), self.transitions, bounds, probs)
        return probs


class _Context(ctypes.Structure):
    """crfsuite's crf1d_context_t (crf1d.h): sizes, then the score arrays it computes over."""

    _fields_ = [
        *((name, ctypes.c_int) for name in ("flag", "num_labels", "num_items", "cap_items")),
        ("log_norm", ctypes.c_double),
        *(
            (name, ctypes.POINTER(ctypes.c_double))
            for name in ("state", "trans", "alpha_score", "beta_score", "scale_factor", "row", "exp_state",
                         "exp_trans", "mexp_state", "mexp_trans")
        ),
    ]


_VITERBI_AND_MARGINALS = 0x01 | 0x02  # CTXF_VITERBI | CTXF_MARGINALS


class _Owner:
    """One thread's crfsuite context, freed when this is; `transitions` is what its transition scores hold."""

    def __init__(self, pointer: ctypes._Pointer) -> None:
        self.pointer = pointer
        self.transitions: np.ndarray | None = None


@cache
def _search() -> _CrfsuiteSearch:
    return _CrfsuiteSearch()


def native_search() -> bool:
    """Whether crfsuite's C search can be called here: python-crfsuite's extension exports it on Linux and macOS;
    where it does not (a Windows build exports only the module's entry point), tag with crfsuite's tagger."""
    try:
        _search()
    except (OSError, AttributeError):
        return False
    return True


class _CrfsuiteSearch:
    """crfsuite's own Viterbi and forward-backward (crf1d_context.c, inside python-crfsuite's extension module),
    run on label scores computed here: the very code crfsuite's tagger runs after scoring, so the tags and
    marginals are its own to the last bit. One context per thread, as crfsuite's are not shared.

    Scores go in and labels come out by address (`ctypes.memmove`), one line after another; the addresses of a
    document's arrays are taken once, as numpy's `.ctypes` costs more than the search of a short line.
    """

    def __init__(self) -> None:
        import pycrfsuite._pycrfsuite

        lib = ctypes.CDLL(pycrfsuite._pycrfsuite.__file__)
        context = ctypes.POINTER(_Context)
        for name, result, args in (
            ("crf1dc_new", context, [ctypes.c_int, ctypes.c_int, ctypes.c_int]),
            ("crf1dc_delete", None, [context]),
            ("crf1dc_set_num_items", ctypes.c_int, [context, ctypes.c_int]),
            ("crf1dc_viterbi", ctypes.c_double, [context, ctypes.c_void_p]),
            ("crf1dc_exp_state", None, [context]),
            ("crf1dc_exp_transition", None, [context]),
            ("crf1dc_alpha_score", None, [context]),
            ("crf1dc_beta_score", None, [context]),
        ):
            function = getattr(lib, name)
            function.restype, function.argtypes = result, args
        self.lib = lib
        self.local = threading.local()

    def _owner(self, transitions: np.ndarray) -> _Owner:
        """This thread's context, holding `transitions`."""
        labels = len(transitions)
        owner = getattr(self.local, "owner", None)
        if owner is None or owner.pointer.contents.num_labels != labels:
            owner = self.local.owner = _Owner(self.lib.crf1dc_new(_VITERBI_AND_MARGINALS, labels, 256))
            weakref.finalize(owner, self.lib.crf1dc_delete, owner.pointer)  # when the thread goes
        if owner.transitions is not transitions:
            trans = np.ascontiguousarray(transitions, dtype=np.float64)
            ctypes.memmove(owner.pointer.contents.trans, trans.ctypes.data, trans.nbytes)
            owner.transitions = transitions
        return owner

    def _load(self, owner: _Owner, address: int, n: int, labels: int) -> _Context:
        """Size the context for n characters and copy in their scores, which start at `address`."""
        if self.lib.crf1dc_set_num_items(owner.pointer, n) != 0:
            raise MemoryError(f"crfsuite could not allocate a context for {n} characters")
        context = owner.pointer.contents  # read after set_num_items, which may have moved the arrays
        ctypes.memmove(context.state, address, n * labels * 8)
        return context

    def viterbi(self, scores: np.ndarray, transitions: np.ndarray, bounds: Sequence[tuple[int, int]],
                out: np.ndarray) -> None:
        """crf1dc_viterbi over each line: its labels (C ints) into `out` at the line's rows."""
        owner = self._owner(transitions)
        labels = scores.shape[1]
        scores_at, out_at, row = scores.ctypes.data, out.ctypes.data, labels * 8
        for start, end in bounds:
            if end > start:
                self._load(owner, scores_at + start * row, end - start, labels)
                self.lib.crf1dc_viterbi(owner.pointer, out_at + start * out.itemsize)

    def marginals(self, scores: np.ndarray, transitions: np.ndarray, bounds: Sequence[tuple[int, int]],
                  probs: np.ndarray) -> None:
        """Forward-backward over each line; each label's probability at each row into `probs`."""
        owner = self._owner(transitions)
        labels = scores.shape[1]
        scores_at, row = scores.ctypes.data, labels * 8
        alpha, beta, scale = np.zeros_like(scores), np.zeros_like(scores), np.ones(len(scores))  # 0 off the lines
        alpha_at, beta_at, scale_at = alpha.ctypes.data, beta.ctypes.data, scale.ctypes.data
        lib = self.lib
        for start, end in bounds:
            if end > start:
                n = end - start
                context = self._load(owner, scores_at + start * row, n, labels)
                for step in (lib.crf1dc_exp_state, lib.crf1dc_exp_transition, lib.crf1dc_alpha_score,
                             lib.crf1dc_beta_score):
                    step(owner.pointer)
                ctypes.memmove(alpha_at + start * row, context.alpha_score, n * row)
                ctypes.memmove(beta_at + start * row, context.beta_score, n * row)
                ctypes.memmove(scale_at + start * 8, context.scale_factor, n * 8)
        probs[:] = alpha * beta / scale[:, None]  # crf1dc_marginal_point, at every point


def _quarks(data: bytes, offset: int, count: int) -> list[bytes]:
    """The strings of a CQDB chunk, by id, from its backward array."""
    chunk, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4s5I", data, offset)
    if chunk != b"CQDB" or bwd_size < count:
        raise ModelFileError("bad string database")
    names = []
    for record in struct.unpack_from(f"<{count}I", data, offset + bwd_offset):
        _id, size = struct.unpack_from("<II", data, offset + record)
        start = offset + record + 8
        names.append(data[start : start + size - 1])  # the stored key ends with a NUL
    return names
