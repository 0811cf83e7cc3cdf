"""Scoring against hand-labelled gold: reading and validating gold files, matching, the score report."""
