// jemalloc reads this at start-up (the `sitegen` executable links jemalloc; see Package.swift).
//
// Freed memory goes back to the system after one second instead of ten: a build holds a large
// working set for a few seconds at a time (the search index, a slice of rendered pages), and
// memory freed but still counted as resident raises the peak that the memory target is measured
// by. Muzzy (lazily freed) pages are not kept either.
const char *malloc_conf = "dirty_decay_ms:1000,muzzy_decay_ms:0";
