"""Coded error messages of the pipeline itself (bad input files and command lines get their own, naming the file).

A code makes a message searchable in the README, issues and logs; the text says what is wrong and what to do.
"""

from __future__ import annotations


class Errors:
    E001 = "script conversion changed the text length; offsets would not map to the raw text"
    E101 = ("{component} needs {attribute}, which no component before it assigns: add {provider} before it "
            "(pipeline.build_nlp() builds the whole pipeline in order)")
    E102 = ("{component} reads jieba words and POS tags, which only the zhfacts tokenizer provides: build the pipeline "
            "with pipeline.build_nlp(), or spacy.blank('zh', config={{'nlp': {{'tokenizer': "
            "{{'@tokenizers': 'zhfacts.JiebaTokenizer.v1'}}}}}})")
    E103 = "{component} found no {attribute} on the Doc: {provider} must run before it"
    E104 = "{component}: style {style!r} is unknown, expected one of {styles}"
    E105 = "{component}: label {label!r} is unknown, expected some of {labels}"


class PipelineError(ValueError):
    """A pipeline assembled or run in a way that cannot work; the message starts with its code."""


def error(code: str, **details: object) -> PipelineError:
    """The PipelineError for `code` (an attribute of `Errors`), its template filled with `details`."""
    return PipelineError(f"{code}: " + getattr(Errors, code).format(**details))
