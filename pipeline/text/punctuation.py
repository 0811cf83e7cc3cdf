"""Punctuation the rules split text by, one copy for every stage."""

CLAUSE_PUNCTUATION = "，。；：！？,;:!?"  # ends a clause (full- and half-width)
SENTENCE_PUNCTUATION = "。；！？;!?"  # ends a sentence
FULL_STOPS = "。！？!?"  # ends a sentence of prose (not ；, which may close a list item)
QUOTE_MARKS = "「」『』“”《》"  # Chinese quotation and title marks
OPENING_QUOTES = "「『“《"
CLOSING_QUOTES = {"」": "「", "”": "“", "』": "『"}  # a closing mark and its opening one
OPENING_BRACKETS = ("（", "(")  # full- and half-width round brackets, for `in` and str.find
CLOSING_BRACKETS = ("）", ")")
HEADING_MARK = "## "  # opens a heading line of an article (ANNOTATION.md: a fact's section)
