#!/usr/bin/env python3
"""Write FileCheck lines for a golden test from what mlir-opt 22 prints.

    testdata/tools/gen-checks.py FILE 'PREFIX:FLAGS' ['PREFIX:FLAGS' ...]
    testdata/tools/gen-checks.py --update FILE 'PREFIX:FLAGS' ...

Runs opt-tool's stand-in (testdata/tools/opt-tool-via-mlir-opt, or $OPT_TOOL)
on FILE with FLAGS (opt-tool's flags, e.g. `--allow-unregistered-dialect
--emit=generic`) and prints one check block per PREFIX: `PREFIX-LABEL:` for
each func.func line, `PREFIX-NEXT:` for the others, with FileCheck's `[[` and
`{{` escaped, the split marker spelled so that it does not split the test, and
the file's own path replaced by a pattern (it differs from one checkout to the
next). With --update, the generated block at the end of FILE (from its first
`// CHECK:`/`// GENERIC:`-style line on) is replaced.

Review what it writes: it records mlir-opt's output, which is the spec.
"""
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.environ.get('OPT_TOOL') or os.path.join(HERE, 'opt-tool-via-mlir-opt')
LABEL = re.compile(r'^\s*(func\.func|"func\.func")')


def escape(line, path):
    out = []
    i = 0
    while i < len(line):
        if line.startswith('[[', i):
            out.append('{{\\[\\[}}')
            i += 2
        elif line.startswith('{{', i):
            out.append('{{\\{\\{}}')
            i += 2
        else:
            out.append(line[i])
            i += 1
    s = ''.join(out)
    s = s.replace('"' + path + '"', '"{{.*}}' + os.path.basename(path) + '"')
    return s.replace('// -----', '{{//}} -----')


def checks(output, prefix, path):
    lines = []
    first = True
    width = len(prefix) + 7
    for line in output.split('\n'):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        body = escape(line.strip(), path)
        if LABEL.match(line):
            tag = prefix + '-LABEL:'
        elif first or line.strip() == '// -----':
            tag = prefix + ':'
        else:
            tag = prefix + '-NEXT:'
        lines.append('// ' + tag.ljust(width) + ' ' * indent + body)
        first = False
    return lines


def generate(path, specs):
    blocks = []
    for spec in specs:
        prefix, _, flags = spec.partition(':')
        proc = subprocess.run([TOOL, path] + shlex.split(flags),
                              capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f'{TOOL} {path} {flags} failed:\n{proc.stderr}')
        blocks.append('\n'.join(checks(proc.stdout, prefix, path)))
    return '\n\n'.join(blocks) + '\n'


def main(argv):
    update = False
    if argv and argv[0] == '--update':
        update = True
        argv = argv[1:]
    if len(argv) < 2:
        sys.exit(__doc__)
    path = os.path.abspath(argv[0])
    specs = argv[1:]
    generated = generate(path, specs)
    if not update:
        sys.stdout.write(generated)
        return
    prefixes = '|'.join(re.escape(s.partition(':')[0]) for s in specs)
    start = re.compile(r'^// (%s)(-NEXT|-LABEL)?:' % prefixes)
    kept = []
    for line in open(path).read().split('\n'):
        if start.match(line):
            break
        kept.append(line)
    while kept and kept[-1] == '':
        kept.pop()
    with open(path, 'w') as f:
        f.write('\n'.join(kept) + '\n\n' + generated)


if __name__ == '__main__':
    main(sys.argv[1:])
