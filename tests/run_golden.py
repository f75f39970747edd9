#!/usr/bin/env python3
"""Golden-test runner for csp (python3, standard library only).

CTest calls it once per test file (see tests/CMakeLists.txt); it can also be run by hand from
any directory.  Four modes:

  run_golden.py --csp PATH golden FILE
  run_golden.py --csp PATH --stress N golden FILE
  run_golden.py --csp PATH errors FILE
  run_golden.py --csp PATH racy FILE
  run_golden.py --csp PATH badinput

golden: run `csp run FILE` and check stdout, exit status and (optionally) stderr
-------------------------------------------------------------------------------
The expectation comes from a trailer of `//` comment lines at the very end of FILE (Go's
example-test style), or from sibling files:

    // Output:            stdout, one `// text` line per output line (`//` alone = empty line);
    // hello              `// Output: text` puts text on the first line.  Stdout is compared
    // world              byte for byte; the block always ends with a newline.
    // Unordered output:  like Output, but lines are compared as a sorted multiset (also
                          applies to a .out file when the header is present, body empty).
    // Exit: 2            expected exit status (default 0).
    // Env: K=V K2=V2     environment variables for the run (csp's and Go's), e.g. GOMAXPROCS=1.
    // Stderr:            expected stderr lines (see the matching rule below).
    // panic: ...

The sections may come in any order but must all be in the final run of comment lines (ignoring
trailing blank lines); comment lines above the first section header in that run are ignored.
A program whose output contains a line that looks like a header (`Exit: 2`, `Stderr:`, ...)
or that does not end in a newline needs a `.out` file instead.

Sibling files (FILE with its extension replaced) take precedence over the trailer:
    NAME.out   exact expected stdout (bytes)
    NAME.err   expected stderr lines (same rule as the Stderr block)
With neither an Output section nor a .out file, stdout must be empty if an Exit or Stderr
section is present; otherwise the file is rejected as having no expectation.

Both csp and Go run with TZ=UTC (or $CSP_TEST_TZ), so package time's Local is the same
everywhere.

Stderr matching rule.  Panic tracebacks differ in details that do not matter (goroutine ids,
pc offsets, absolute paths, argument words, Go's inlining), so both the expected and the
actual stderr are normalized line by line:
    - surrounding whitespace is stripped;
    - `goroutine 17 [chan receive, 2 minutes]:` becomes `goroutine N [chan receive]:`;
    - a trailing pc offset ` +0x1d` is dropped;
    - `created by main.main in goroutine 1` (Go >= 1.21) becomes `created by main.main`;
    - a source location `/abs/dir/name.csp:12` becomes `name.go:12` (basename, .csp -> .go);
    - call arguments in a traceback frame `main.f(0x1, 0x2)` become `main.f(...)`;
    - `exit status N` lines (printed by `go run`) are dropped;
    - the numbers of a `[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x45b2a1]`
      line become `code=C addr=A pc=P` (Go's depend on its compiler and build);
and then the non-empty expected lines must occur in the actual stderr in order (as a
subsequence; other lines may come in between), with the first expected line equal to the
first non-empty actual line (so the panic message itself is anchored).  Keep Stderr blocks to
what any faithful implementation prints: the panic or fatal-error line, `goroutine N [state]:`
and `main.main()`, say, not inlined helper frames.  Without a Stderr block, stderr is not
checked (it is shown on failure).

The Go oracle.  If FILE is valid Go -- it starts (after comments and blank lines) with a
`package main` clause, whatever its extension, and has no line `// go1.22` or `// nogo` --
it is also built with `go build` (GO111MODULE=off, private HOME/GOCACHE, no network) and run,
and Go's stdout, exit status and stderr must satisfy the same expectation; otherwise the test
fails with "expected output disagrees with go run".  This keeps every golden file honest.
Go's results are cached by content hash in $CSP_GO_ORACLE_CACHE, default
./go-oracle-cache (CTest runs from the build directory).  If `go` is missing the test fails,
unless CSP_NO_GO=1, which skips the cross-check.  The Go run happens first, so a wrong
expectation is reported even before csp exists.

Timeouts: 60 s per run (csp or the Go binary); exceeding it is a failure.

Stress mode (--stress N, or $CSP_STRESS_ROUNDS when set): no Go cross-check; csp runs FILE N
times in a row in its scheduler
stress mode (CSP_STRESS=1, see spec/internals.md), round k with CSP_STRESS_SEED=base+k (base
from $CSP_STRESS_SEED_BASE, else random), and every run must meet the expectation.  The first
failing round is reported with its seed.  tests/stress.sh runs the concurrency tests this way.

errors: run `csp check FILE`; expect exit 1 and exactly the diagnostics FILE asks for
----------------------------------------------------------------------------------------
A line that must get a diagnostic carries a comment `// ERROR "regexp"` (several quoted
regexps for several diagnostics on the line: `// ERROR "a" "b"`).  The regexp is matched with
Python's re.search against the message (the text after `file:line:col: `).  Quotes are "..."
with `\"` for a quote (any other backslash stays, so "x\.y" is the regexp x\.y) or `...`.
Diagnostics are the stderr lines of the form `FILE:LINE:COL: message` (source-line and caret
lines are ignored; a diagnostic naming another file is an error).  Every ERROR regexp must be
matched by a distinct diagnostic on its line, and every diagnostic must be on a line carrying
an ERROR comment.  (A regexp may match several diagnostics on its line: extra diagnostics on
an ERROR line are accepted, as in Go's errorcheck, since follow-on errors vary.)

racy: programs with data races on purpose (tests/racy/), run several times
-----------------------------------------------------------------------------
Go's memory model lets a racy program compute garbage, and Go itself dies on concurrent map
writes; csp promises that the VM never crashes or corrupts memory.  FILE runs RACY_RUNS
times; each run must either exit 0 with exactly the `// Output:` block on stdout, or exit 2
with a first stderr line `fatal error: concurrent map ...` (Go's fatal error).  Anything else
fails: another exit status, a signal, or a sanitizer report anywhere in stderr (the ASan and
TSan builds run these too).  There is no Go cross-check: the outcome is not deterministic.

badinput: feed hostile inputs to `csp run` in a temporary directory
-------------------------------------------------------------------
Each case must end with the stated exit status (1 = diagnosed, with a non-empty stderr whose
first line is `file:line:col: message` where a position makes sense) and never crash (killed
by a signal, exit status other than 0/1/2) or hang (20 s).  Cases and their expectations are
in BAD_INPUTS below; notable decisions: an empty file is a valid empty script (exit 0, no
output); deeply nested expressions and blocks may either run or be rejected with a
diagnostic, but must not overflow the C++ stack.  One line per case, then a summary.

Exit status of this script: 0 pass, 1 fail, 2 usage error.
"""

import argparse
import difflib
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile

RUN_TIMEOUT = 60
BADINPUT_TIMEOUT = 20


# ----------------------------------------------------------------------------------------------
# Running programs

class Result:
    """Outcome of one process run.  exit is None on timeout; negative when killed by a signal."""

    def __init__(self, stdout, stderr, exit, timed_out=False):
        self.stdout, self.stderr, self.exit, self.timed_out = stdout, stderr, exit, timed_out

    def to_json(self):
        return {"stdout": self.stdout.decode("latin-1"), "stderr": self.stderr.decode("latin-1"),
                "exit": self.exit, "timed_out": self.timed_out}

    @staticmethod
    def from_json(d):
        return Result(d["stdout"].encode("latin-1"), d["stderr"].encode("latin-1"), d["exit"],
                      d["timed_out"])


def run(cmd, timeout, cwd=None, env=None):
    """Run cmd in its own process group, so a timeout kills everything it started."""
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, cwd=cwd, env=env, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        return Result(out, err, p.returncode)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        return Result(out, err, None, timed_out=True)


def describe_exit(r):
    if r.timed_out:
        return "timed out"
    if r.exit < 0:
        return "killed by signal %d" % -r.exit
    return "exit status %d" % r.exit


def text(b):
    return b.decode("utf-8", errors="replace")


# ----------------------------------------------------------------------------------------------
# Expectations of a golden file

HEADER = re.compile(r"^//\s*(Output|Unordered output|Stderr):\s?(.*)$|^//\s*Exit:\s*(\d+)\s*$"
                    r"|^//\s*Env:\s*(.*)$")


class Expectation:
    def __init__(self):
        self.stdout = None        # bytes, or None when unchecked
        self.unordered = False
        self.exit = 0
        self.stderr = None        # list of str lines, or None when unchecked
        self.env = {}             # extra environment variables for the runs


def comment_body(line):
    """`// text` -> `text`, `//` -> ``; None if the line is not a line comment."""
    if line == "//":
        return ""
    if line.startswith("// "):
        return line[3:]
    if line.startswith("//"):
        return line[2:]
    return None


def parse_expectation(path, source):
    lines = source.split("\n")
    while lines and lines[-1].strip() == "":
        lines.pop()
    # The final run of comment lines.
    start = len(lines)
    while start > 0 and lines[start - 1].startswith("//"):
        start -= 1
    trailer = [l.rstrip("\r") for l in lines[start:]]
    first = next((i for i, l in enumerate(trailer) if HEADER.match(l)), None)

    exp = Expectation()
    sections = {}
    if first is not None:
        current = None
        for line in trailer[first:]:
            m = HEADER.match(line)
            if m:
                if m.group(4) is not None:
                    for kv in m.group(4).split():
                        k, eq, v = kv.partition("=")
                        if not eq or not k:
                            raise ValueError("bad Env entry %r (want NAME=VALUE)" % kv)
                        exp.env[k] = v
                    current = None
                    continue
                if m.group(3) is not None:
                    exp.exit = int(m.group(3))
                    sections["Exit"] = True
                    current = None
                    continue
                current = m.group(1)
                if current in sections:
                    raise ValueError("duplicate %s section" % current)
                sections[current] = [m.group(2)] if m.group(2).strip() else []
                continue
            if current is not None:
                sections[current].append(comment_body(line))

    stem = os.path.splitext(path)[0]
    if "Output" in sections and "Unordered output" in sections:
        raise ValueError("both Output and Unordered output sections")
    exp.unordered = "Unordered output" in sections
    if os.path.exists(stem + ".out"):
        with open(stem + ".out", "rb") as f:
            exp.stdout = f.read()
    elif "Output" in sections or "Unordered output" in sections:
        body = sections.get("Output", sections.get("Unordered output"))
        exp.stdout = "".join(l + "\n" for l in body).encode("utf-8")
    elif sections:
        exp.stdout = b""
    else:
        raise ValueError("no expected output: add a trailing `// Output:` block or a .out file")

    if os.path.exists(stem + ".err"):
        with open(stem + ".err", encoding="utf-8") as f:
            exp.stderr = f.read().split("\n")
    elif "Stderr" in sections:
        exp.stderr = sections["Stderr"]
    return exp


# ----------------------------------------------------------------------------------------------
# Stderr normalization and matching (rule documented at the top)

_GOROUTINE = re.compile(r"^goroutine \d+ \[([^,\]]*)(?:,[^\]]*)?\]:")
_PC = re.compile(r"\s\+0x[0-9a-fA-F]+$")
_CREATED_IN = re.compile(r"(?<=^created by )(\S+) in goroutine \d+$")
_LOCATION = re.compile(r"(?:[^\s:]*/)?([^\s/:]+?)\.(?:go|csp):(\d+)")
_FRAME = re.compile(r"^(\S+\.\S+?)\((.+)\)$")
_EXIT_STATUS = re.compile(r"^exit status \d+$")
_SIGNAL = re.compile(r"^(\[signal \S+: [^\]]*?) code=0x[0-9a-fA-F]+ addr=0x[0-9a-fA-F]+ pc=0x[0-9a-fA-F]+\]$")


def normalize_stderr_line(line):
    line = line.strip()
    line = _GOROUTINE.sub(r"goroutine N [\1]:", line)
    line = _PC.sub("", line)
    line = _CREATED_IN.sub(r"\1", line)
    line = _LOCATION.sub(r"\1.go:\2", line)
    line = _SIGNAL.sub(r"\1 code=C addr=A pc=P]", line)
    m = _FRAME.match(line)
    if m and not line.startswith(("panic", "fatal")):
        line = m.group(1) + "(...)"
    return line


def normalized_lines(lines):
    out = []
    for l in lines:
        n = normalize_stderr_line(l)
        if n and not _EXIT_STATUS.match(n):
            out.append(n)
    return out


def stderr_mismatch(expected_lines, actual):
    """None if actual stderr (bytes) satisfies the expected lines, else an explanation."""
    want = normalized_lines(expected_lines)
    got = normalized_lines(text(actual).split("\n"))
    if not want:
        return None
    if not got or got[0] != want[0]:
        return "first stderr line: want %r, got %r" % (want[0], got[0] if got else "")
    i = 0
    for w in want:
        while i < len(got) and got[i] != w:
            i += 1
        if i == len(got):
            return "expected stderr line not found (in order): %r" % w
        i += 1
    return None


def check_result(who, exp, r):
    """List of failure messages for result r against the expectation."""
    problems = []
    if r.timed_out or r.exit != exp.exit:
        problems.append("%s: want exit status %d, got %s" % (who, exp.exit, describe_exit(r)))
    if exp.stdout is not None:
        want, got = exp.stdout, r.stdout
        if exp.unordered:
            want = b"".join(sorted(want.splitlines(True)))
            got = b"".join(sorted(got.splitlines(True)))
        if want != got:
            diff = difflib.unified_diff(text(want).splitlines(True), text(got).splitlines(True),
                                        "expected stdout", "%s stdout" % who)
            d = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n"
                        for l in diff)
            problems.append("%s: stdout differs%s:\n%s" % (
                who, " (sorted lines)" if exp.unordered else "", d))
    if exp.stderr is not None:
        why = stderr_mismatch(exp.stderr, r.stderr)
        if why:
            problems.append("%s: stderr does not match: %s" % (who, why))
    if problems:
        err = text(r.stderr)
        if err:
            if len(err) > 4000:
                err = err[:4000] + "\n... (truncated)\n"
            problems.append("%s stderr was:\n%s" % (who, err))
    return problems


# ----------------------------------------------------------------------------------------------
# The Go oracle

_PACKAGE_MAIN = re.compile(r"^package\s+main\s*(//.*)?$")


def is_go_program(source):
    """True if the file is a Go program the oracle should check (rule at the top)."""
    in_block = False
    first_code = None
    for line in source.split("\n"):
        s = line.strip()
        if s in ("// go1.22", "// nogo"):
            return False
        if first_code is not None:
            continue
        if in_block:
            if "*/" in s:
                in_block = False
                s = s.split("*/", 1)[1].strip()
            else:
                continue
        if s.startswith("/*") and "*/" not in s:
            in_block = True
            continue
        if s == "" or s.startswith("//"):
            continue
        first_code = s
    return first_code is not None and bool(_PACKAGE_MAIN.match(first_code))


def go_version(env):
    r = run(["go", "version"], 30, env=env)
    return text(r.stdout).strip()


def go_env(home):
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("GO") and k not in ("GOROOT",):
            del env[k]
    env.update({"HOME": home, "GOCACHE": os.path.join(home, "gocache"),
                "GOPATH": os.path.join(home, "gopath"), "GO111MODULE": "off",
                "GOFLAGS": "", "GOPROXY": "off", "GOTOOLCHAIN": "local", "CGO_ENABLED": "0"})
    return env


def go_oracle(path, source, extra_env=None):
    """Build and run FILE with Go; cached.  Returns Result, or a str explaining a skip/failure.
    extra_env (from the file's Env section, so covered by the cache key) applies to the run."""
    if shutil.which("go") is None:
        return "go is not installed"
    cache = os.path.abspath(os.environ.get("CSP_GO_ORACLE_CACHE", "go-oracle-cache"))
    os.makedirs(cache, exist_ok=True)
    env = go_env(cache)
    stem = os.path.splitext(os.path.basename(path))[0]
    if stem.endswith("_test") or not re.match(r"^[\w.-]+$", stem):
        stem = "main"
    key = hashlib.sha256(("%s\0%s\0" % (go_version(env), stem)).encode()
                         + source.encode("utf-8", "surrogateescape")).hexdigest()
    entry = os.path.join(cache, key + ".json")
    if os.path.exists(entry):
        try:
            with open(entry) as f:
                return Result.from_json(json.load(f))
        except (OSError, ValueError, KeyError):
            pass  # corrupt or concurrent: recompute
    with tempfile.TemporaryDirectory(prefix="csp-go-") as tmp:
        # The same basename as FILE, so traceback locations match csp's after normalization.
        src = os.path.join(tmp, stem + ".go")
        with open(src, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(source)
        exe = os.path.join(tmp, "prog")
        b = run(["go", "build", "-o", exe, src], 300, cwd=tmp, env=env)
        if b.timed_out or b.exit != 0:
            # A compile error behaves like csp's: exit 1 with the message on stderr.
            r = Result(b"", b.stderr, 1)
        else:
            r = run([exe], RUN_TIMEOUT, cwd=tmp, env=dict(env, **(extra_env or {})))
    if not r.timed_out:
        tmpentry = "%s.%d.tmp" % (entry, os.getpid())
        with open(tmpentry, "w") as f:
            json.dump(r.to_json(), f)
        os.replace(tmpentry, entry)
    return r


# ----------------------------------------------------------------------------------------------
# golden mode

def golden(csp, path, stress=0):
    with open(path, "rb") as f:
        raw = f.read()
    source = raw.decode("utf-8", errors="surrogateescape")
    try:
        exp = parse_expectation(path, source)
    except ValueError as e:
        print("FAIL %s: bad expectation: %s" % (path, e))
        return 1

    if stress > 0:
        return golden_stress(csp, path, exp, stress)
    failures = []
    if is_go_program(source):
        if os.environ.get("CSP_NO_GO") == "1":
            print("note: CSP_NO_GO=1, skipping the go run cross-check")
        else:
            r = go_oracle(path, source, exp.env)
            if isinstance(r, str):
                failures.append("cannot cross-check with Go: %s (set CSP_NO_GO=1 to skip)" % r)
            else:
                problems = check_result("go", exp, r)
                if problems:
                    failures.append("expected output disagrees with go run:\n" +
                                    "\n".join(problems))

    r = run([csp, "run", path], RUN_TIMEOUT, env=dict(os.environ, **exp.env))
    failures += check_result("csp", exp, r)

    if failures:
        print("FAIL %s" % path)
        for f in failures:
            print(f.rstrip("\n"))
        return 1
    print("ok   %s" % path)
    return 0


def golden_stress(csp, path, exp, rounds):
    """FILE `rounds` times in stress mode, each run checked; stops at the first failure."""
    rounds = int(os.environ.get("CSP_STRESS_ROUNDS") or rounds)
    base = os.environ.get("CSP_STRESS_SEED_BASE")
    base = int(base) if base else random.randrange(1 << 40)
    for k in range(rounds):
        seed = base + k
        env = dict(os.environ, **exp.env)
        env.update({"CSP_STRESS": "1", "CSP_STRESS_SEED": str(seed)})
        r = run([csp, "run", path], RUN_TIMEOUT, env=env)
        problems = check_result("csp", exp, r)
        if problems:
            print("FAIL %s (stress round %d of %d, CSP_STRESS_SEED=%d)" % (path, k + 1, rounds, seed))
            for p in problems:
                print(p.rstrip("\n"))
            return 1
    print("ok   %s (%d stress rounds, seeds %d..%d)" % (path, rounds, base, base + rounds - 1))
    return 0


# ----------------------------------------------------------------------------------------------
# racy mode

RACY_RUNS = 5
_SANITIZER_REPORT = re.compile(r"(ERROR: AddressSanitizer|WARNING: ThreadSanitizer|"
                               r"ERROR: LeakSanitizer|runtime error: .*\.(cpp|hpp):\d+)")


def racy(csp, path):
    with open(path, "rb") as f:
        source = f.read().decode("utf-8", errors="surrogateescape")
    try:
        exp = parse_expectation(path, source)
    except ValueError as e:
        print("FAIL %s: bad expectation: %s" % (path, e))
        return 1
    failures = []
    outcomes = []
    for k in range(RACY_RUNS):
        r = run([csp, "run", path], RUN_TIMEOUT)
        if r.timed_out:
            failures.append("run %d: timed out" % k)
            continue
        err = r.stderr.decode("utf-8", errors="replace") if isinstance(r.stderr, bytes) else r.stderr
        out = r.stdout if isinstance(r.stdout, bytes) else r.stdout.encode("utf-8")
        if _SANITIZER_REPORT.search(err):
            failures.append("run %d: sanitizer report:\n%s" % (k, err[-4000:]))
        elif r.exit == 0 and out == exp.stdout:
            outcomes.append("ok")
        elif r.exit == 2 and err.lstrip().startswith("fatal error: concurrent map"):
            outcomes.append("fatal")
        else:
            failures.append("run %d: exit status %s, stdout %r, stderr:\n%s" %
                            (k, r.exit, out[-500:], err[-4000:]))
    if failures:
        print("FAIL %s" % path)
        for f in failures:
            print(f.rstrip("\n"))
        return 1
    print("ok   %s (%s)" % (path, ", ".join(outcomes)))
    return 0


# ----------------------------------------------------------------------------------------------
# errors mode

_ERROR_COMMENT = re.compile(r"//\s*ERROR\s+(.*)$")
_QUOTED = re.compile(r'\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)')
_DIAGNOSTIC = re.compile(r"^(.+?):(\d+):(\d+): (.*)$")


def parse_error_comments(source):
    """{line: [regexp, ...]} from `// ERROR "re" ...` comments; raises ValueError."""
    wants = {}
    for n, line in enumerate(source.split("\n"), 1):
        m = _ERROR_COMMENT.search(line)
        if not m:
            continue
        rest, pats = m.group(1), []
        while rest.strip():
            q = _QUOTED.match(rest)
            if not q:
                raise ValueError("line %d: cannot parse ERROR comment: %r" % (n, m.group(0)))
            pat = q.group(2) if q.group(2) is not None else re.sub(r'\\"', '"', q.group(1))
            try:
                re.compile(pat)
            except re.error as e:
                raise ValueError("line %d: bad regexp %r: %s" % (n, pat, e))
            pats.append(pat)
            rest = rest[q.end():]
        if not pats:
            raise ValueError("line %d: ERROR comment without a regexp" % n)
        wants[n] = pats
    return wants


def same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.basename(a) == os.path.basename(b)


def errors(csp, path):
    with open(path, "rb") as f:
        source = f.read().decode("utf-8", errors="surrogateescape")
    try:
        wants = parse_error_comments(source)
    except ValueError as e:
        print("FAIL %s: %s" % (path, e))
        return 1
    if not wants:
        print("FAIL %s: no // ERROR comments" % path)
        return 1

    r = run([csp, "check", path], RUN_TIMEOUT)
    failures = []
    if r.timed_out or r.exit != 1:
        failures.append("want exit status 1, got %s" % describe_exit(r))

    diags = {}  # line -> [(col, message)]
    for l in text(r.stderr).split("\n"):
        m = _DIAGNOSTIC.match(l)
        if not m:
            continue
        if not same_file(m.group(1), path):
            failures.append("diagnostic for another file: %s" % l)
            continue
        diags.setdefault(int(m.group(2)), []).append((int(m.group(3)), m.group(4)))

    src_lines = source.split("\n")
    for line in sorted(set(wants) | set(diags)):
        got = diags.get(line, [])
        where = "%s:%d" % (os.path.basename(path), line)
        code = src_lines[line - 1].strip() if 0 < line <= len(src_lines) else ""
        if line not in wants:
            for col, msg in got:
                failures.append("%s:%d: unexpected error: %s\n    %s" % (where, col, msg, code))
            continue
        unused = list(got)
        for pat in wants[line]:
            hit = next((d for d in unused if re.search(pat, d[1])), None)
            if hit is None:
                failures.append("%s: missing error matching %r%s\n    %s" % (
                    where, pat, "; got: " + "; ".join(m for _, m in got) if got else "", code))
            else:
                unused.remove(hit)

    if failures:
        print("FAIL %s" % path)
        for f in failures:
            print(f)
        err = text(r.stderr)
        if err:
            print("csp stderr was:\n" + err[:4000])
        return 1
    print("ok   %s (%d error lines)" % (path, len(wants)))
    return 0


# ----------------------------------------------------------------------------------------------
# badinput mode

POSITIONED = re.compile(r"^.+:\d+:\d+: \S")


def _deep_parens(n):
    return ('import "fmt"\n\nx := ' + "(" * n + "1" + ")" * n + "\nfmt.Println(x)\n").encode()


def _deep_blocks(n):
    return ("package main\n\nfunc main() {\n" + "{" * n + "\n" + "}" * n + "\n}\n").encode()


def _garbage(seed, size):
    rnd = random.Random(seed)
    return bytes(rnd.randrange(256) for _ in range(size))


DIRECTORY = object()  # BAD_INPUTS content: make a directory of that name

# (name, file contents, None for "no such file" or DIRECTORY, expectation)
# An expectation is a dict: exit = allowed exit statuses, stdout = required stdout when it
# exits 0, positioned = first stderr line must be `file:line:col: ...` when it exits 1,
# message = regexp the stderr must contain when it exits 1.
BAD_INPUTS = [
    ("garbage-16", _garbage(1, 16), dict(exit={1}, positioned=True)),
    ("garbage-1k", _garbage(2, 1024), dict(exit={1}, positioned=True)),
    ("garbage-64k", _garbage(3, 65536), dict(exit={1}, positioned=True)),
    ("garbage-1m", _garbage(4, 1 << 20), dict(exit={1}, positioned=True)),
    ("garbage-after-package", b"package main\n" + _garbage(5, 4096),
     dict(exit={1}, positioned=True)),
    ("nul-byte", b'package main\n\nfunc main() {\n\tx := 1\x00\n}\n',
     dict(exit={1}, positioned=True)),
    ("invalid-utf8-string", b'package main\n\nimport "fmt"\n\nfunc main() {\n'
     b'\tfmt.Println("ab\xff\xfecd")\n}\n', dict(exit={1}, positioned=True)),
    ("invalid-utf8-ident", b'package main\n\nfunc main() {\n\tx\xc3 := 1\n\t_ = x\xc3\n}\n',
     dict(exit={1}, positioned=True)),
    ("truncated-utf8-at-eof", b'package main\n\nfunc main() {\n}\n// \xe2\x82',
     dict(exit={1}, positioned=True)),
    ("unterminated-string", b'package main\n\nfunc main() {\n\ts := "abc\n}\n',
     dict(exit={1}, positioned=True)),
    ("unterminated-comment", b'package main\n\nfunc main() {\n/* never closed\n',
     dict(exit={1}, positioned=True)),
    # Deep nesting: running it or rejecting it are both fine; overflowing the stack is not.
    ("nested-parens-100k", _deep_parens(100000), dict(exit={0, 1}, stdout=b"1\n")),
    ("nested-blocks-100k", _deep_blocks(100000), dict(exit={0, 1}, stdout=b"")),
    ("string-literal-1m", b'package main\n\nimport "fmt"\n\nfunc main() {\n\ts := "'
     + b"x" * (1 << 20) + b'"\n\tfmt.Println(len(s))\n}\n', dict(exit={0}, stdout=b"1048576\n")),
    ("long-line-of-semicolons", b"package main\n\nfunc main() {\n" + b";" * 100000 + b"\n}\n",
     dict(exit={0}, stdout=b"")),
    # An empty file is a script with no statements: it runs and prints nothing.
    ("empty-file", b"", dict(exit={0}, stdout=b"")),
    ("package-only", b"package main\n",
     dict(exit={1}, message=r"function main is undeclared in the main package")),
    ("nonexistent-file", None, dict(exit={1}, message=r"nonexistent-file.*: No such file")),
    # A directory opens like a file on Linux but cannot be read: an error, not an empty script.
    ("a-directory", DIRECTORY, dict(exit={1}, message=r"a-directory.*: Is a directory")),
]


def badinput(csp):
    failed = 0
    with tempfile.TemporaryDirectory(prefix="csp-badinput-") as tmp:
        for name, content, want in BAD_INPUTS:
            path = os.path.join(tmp, name + ".csp")
            if content is DIRECTORY:
                os.mkdir(path)
            elif content is not None:
                with open(path, "wb") as f:
                    f.write(content)
            r = run([csp, "run", path], BADINPUT_TIMEOUT, cwd=tmp)
            problem = None
            first = text(r.stderr).split("\n", 1)[0]
            if r.timed_out or r.exit not in want["exit"]:
                problem = "want exit status %s, got %s" % (
                    " or ".join(map(str, sorted(want["exit"]))), describe_exit(r))
            elif r.exit == 0 and "stdout" in want and r.stdout != want["stdout"]:
                problem = "want stdout %r, got %r" % (want["stdout"], r.stdout[:200])
            elif r.exit == 1 and not r.stderr.strip():
                problem = "exit status 1 without an error message"
            elif r.exit == 1 and want.get("positioned") and not POSITIONED.match(first):
                problem = "first stderr line is not `file:line:col: message`: %r" % first[:200]
            elif r.exit == 1 and "message" in want and not re.search(want["message"],
                                                                     text(r.stderr)):
                problem = "stderr lacks %r: %r" % (want["message"], first[:200])
            if problem:
                failed += 1
                print("FAIL %-24s %s" % (name, problem))
                if r.stderr and not r.timed_out:
                    print("     stderr: %s" % text(r.stderr[:300]).replace("\n", "\n             "))
            else:
                print("ok   %-24s %s%s" % (name, describe_exit(r),
                                           (": " + first[:100]) if r.exit == 1 else ""))
    print("badinput: %d cases, %d passed, %d failed" % (
        len(BAD_INPUTS), len(BAD_INPUTS) - failed, failed))
    return 1 if failed else 0


# ----------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description="csp golden-test runner (rules in the module doc)")
    ap.add_argument("--csp", required=True, help="path to the csp binary")
    ap.add_argument("--stress", type=int, default=0, metavar="N",
                    help="golden: run csp N times in stress mode instead (no Go cross-check)")
    ap.add_argument("mode", choices=["golden", "errors", "racy", "badinput"])
    ap.add_argument("file", nargs="?")
    a = ap.parse_args()
    if a.mode != "badinput" and not a.file:
        ap.error("%s needs a FILE" % a.mode)
    # Local time (package time's Local) is UTC for csp and Go alike, whatever
    # the machine's zone, so expected outputs do not depend on where they run;
    # CSP_TEST_TZ names another zone for the tests of zones (tests/tz).
    os.environ["TZ"] = os.environ.get("CSP_TEST_TZ", "UTC")
    csp = os.path.abspath(a.csp) if os.sep in a.csp else shutil.which(a.csp)
    if not csp or not os.access(csp, os.X_OK):
        print("FAIL: csp binary not found or not executable: %s" % a.csp)
        return 1
    if a.mode == "golden":
        return golden(csp, a.file, a.stress)
    if a.mode == "errors":
        return errors(csp, a.file)
    if a.mode == "racy":
        return racy(csp, a.file)
    return badinput(csp)


if __name__ == "__main__":
    sys.exit(main())
