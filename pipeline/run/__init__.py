"""Running the pipeline: the command line, batches over many articles, worker processes and Dask."""
