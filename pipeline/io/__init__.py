"""Reading articles in and writing tables out: decoding and walking inputs, CSV / JSONL / Parquet, the HTML page."""
