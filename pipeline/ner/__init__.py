"""The statistical NER: a character-level CRF, its features, its training, and the tagger that runs it."""
