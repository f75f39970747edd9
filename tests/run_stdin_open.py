#!/usr/bin/env python3
"""Runs a program whose standard input is a pipe that stays open and silent (python3, standard
library only):

  run_stdin_open.py --csp PATH FILE

run_golden.py gives programs /dev/null, where a read returns EOF at once; this runner is for
programs about reads that block (tests/stdin/).  FILE runs under `csp run --procs 2` and, as
the oracle, built by Go; each must exit 0 within the timeout with exactly FILE's `// Output:`
block on stdout.  The input pipe is closed only after the program has exited.
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_golden  # noqa: E402  (the trailer parser and Go's hermetic environment)

TIMEOUT = 30


def run_open_stdin(cmd, cwd=None, env=None):
    """(exit status or None on timeout, stdout bytes, stderr bytes)"""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out, stderr=err, cwd=cwd, env=env)
        try:
            status = p.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            status = None
        p.stdin.close()
        out.seek(0)
        err.seek(0)
        return status, out.read(), err.read()


def check(who, want, status, out, err):
    if status is None:
        return ["%s: timed out after %d s with its input open" % (who, TIMEOUT)]
    problems = []
    if status != 0:
        problems.append("%s: exit status %d" % (who, status))
    if out != want:
        problems.append("%s: stdout %r, want %r" % (who, out, want))
    if problems and err:
        problems.append("%s stderr:\n%s" % (who, err.decode("utf-8", "replace")))
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csp", required=True)
    ap.add_argument("file")
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as f:
        source = f.read()
    want = run_golden.parse_expectation(args.file, source).stdout
    if want is None:
        print("FAIL %s: no // Output: block" % args.file)
        return 1
    problems = check("csp", want, *run_open_stdin([args.csp, "run", "--procs", "2", args.file]))
    with tempfile.TemporaryDirectory(prefix="csp-stdin-") as tmp:
        env = run_golden.go_env(tmp)
        exe = os.path.join(tmp, "prog")
        b = subprocess.run(["go", "build", "-o", exe, os.path.abspath(args.file)], cwd=tmp, env=env,
                           capture_output=True, timeout=300)
        if b.returncode != 0:
            problems.append("go build failed:\n" + b.stderr.decode("utf-8", "replace"))
        else:
            problems += check("go", want, *run_open_stdin([exe], cwd=tmp, env=env))
    if problems:
        print("FAIL %s\n%s" % (args.file, "\n".join(problems)))
        return 1
    print("ok   %s" % args.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
