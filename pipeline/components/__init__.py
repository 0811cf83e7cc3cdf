"""The spaCy components: thin adapters that read a Doc, call the pure stages, and write the Doc back."""
