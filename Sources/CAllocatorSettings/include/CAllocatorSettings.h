// Nothing to import: the target only defines `malloc_conf`, which jemalloc looks up itself.
