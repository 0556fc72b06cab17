#!/usr/bin/env python3
"""Run a command once; report its wall time and peak RSS.

    measure.py [-o REPORT] -- CMD ARGS...

Writes one line "WALL_SECONDS MAXRSS_KIB" (the same two fields as
`/usr/bin/time -f '%e %M'`, but with microsecond wall-time resolution) to REPORT, or to
stderr when -o is not given. The command's stdout/stderr pass through unchanged, and
measure.py exits with the command's exit status (128+N if killed by signal N).

Peak RSS is the child's ru_maxrss from wait4(2) (KiB on Linux), i.e. the largest
resident set of that process alone. parse_print.sh uses this when /usr/bin/time is
missing, or always when MEASURE=py. Python 3 standard library only.
"""

import os
import subprocess
import sys
import time


def main():
    argv = sys.argv[1:]
    report = None
    if len(argv) >= 2 and argv[0] == "-o":
        report, argv = argv[1], argv[2:]
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    try:
        proc = subprocess.Popen(argv)
    except OSError as e:
        print("measure.py: cannot run %s: %s" % (argv[0], e), file=sys.stderr)
        return 127
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = 0  # reaped by wait4; keep Popen from waiting again
    line = "%.6f %d\n" % (wall, ru.ru_maxrss)
    if report:
        with open(report, "w") as f:
            f.write(line)
    else:
        sys.stderr.write(line)
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


if __name__ == "__main__":
    sys.exit(main())
