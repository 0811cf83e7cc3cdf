"""Text before any rule reads it: script conversion with offsets kept, jieba segmentation, POS tags."""
