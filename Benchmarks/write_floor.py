#!/usr/bin/env python3
"""The file system's share of a build:  write_floor.py SRC DST
Writes the tree SRC (a built site) again into DST, which must not exist: mkdir, open, write and
close, on one thread, with every file read into memory first. Prints files, bytes, wall, user
and system seconds, and the time a file: what any tool pays to put that site on this disk."""
import os
import resource
import sys
import time

src, dst = sys.argv[1], sys.argv[2]
items = []
for root, dirs, files in os.walk(src):
    rel = os.path.relpath(root, src)
    items.append(('d', rel, None))
    for f in files:
        with open(os.path.join(root, f), 'rb') as h:
            items.append(('f', os.path.join(rel, f), h.read()))
r0 = resource.getrusage(resource.RUSAGE_SELF); t0 = time.time()
n = b = 0
for kind, rel, data in items:
    p = os.path.normpath(os.path.join(dst, rel))
    if kind == 'd':
        os.mkdir(p)
    else:
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, data); os.close(fd)
        n += 1; b += len(data)
t1 = time.time(); r1 = resource.getrusage(resource.RUSAGE_SELF)
print(f"{n} files {b/2**20:.0f} MiB wall {t1-t0:.2f} s user {r1.ru_utime-r0.ru_utime:.2f} sys {r1.ru_stime-r0.ru_stime:.2f}  per file {(t1-t0)/n*1e6:.0f} us")
