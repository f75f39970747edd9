#!/usr/bin/env python3
"""Benchmark runner: csp against Go and Lua 5.4 (python3, standard library only).

    tests/bench/run.py [--csp PATH] [--runs N] [--procs N] [--json] [NAME ...]

Each benchmark NAME is a file NAME.go in this directory: a valid Go program (package main)
that csp runs as `csp run NAME.go` and Go runs as a binary built once with `go build` (cached
by content hash in --cache).  NAME.lua, when present, is a faithful twin for lua5.4.  Every
implementation that is available runs each benchmark --runs times; the runner reports the
median wall time and the median peak resident set size (ru_maxrss of the child, from wait4),
and checks that all implementations and all runs print the same stdout: a mismatch or a
non-zero exit status is reported loudly and makes the runner exit 1.

Memory per goroutine.  A benchmark with a sibling NAME_baseline.go (and NAME_baseline.lua)
is a memory benchmark: the baseline is the same program without the goroutines, and the
benchmark prints the number of goroutines it parks as its last line.  The runner reports
    (median peak RSS of NAME - median peak RSS of NAME_baseline) / that number
for each implementation.  Baseline files are not benchmarks of their own.

Memory limits.  Some benchmarks carry a peak-RSS requirement on csp (issues 3 and 4), checked
when csp runs: alloc_loop (about 10 GB allocated in total, about 50 MB live) must stay under
200 MiB, binary_trees must stay within 2x Go's peak RSS, timers at most at Go's, skynet at
most half of Go's.  A violation is reported like a failure (see RSS_LIMITS_MIB and
RSS_RATIO_TO_GO below).

Time targets.  Issue 4 sets targets for csp's median time against Go's (TIME_RATIO_TO_GO:
skynet and thread_ring at most 1x, prime_sieve and mutex 1.5x, select_mix 2x, fanout 3x,
timers 1.2x).  The table's "target" column says "ok" or "MISS" for each; a miss is not a
failure (the exit status stays 0), since on a shared machine a ratio moves with the load.

Scaling.  A benchmark in SCALING (parallel) also runs with GOMAXPROCS=1 and GOMAXPROCS=2 in
the environment, under csp and Go, --runs times each; the runner reports the ratio of the
medians, time with one worker / time with two, and checks csp's against the target (at least
1.8x: independent goroutines must not be serialized by a lock, the allocator or the
collector).  As with time targets, a miss is reported in the table, not as a failure.

Options:
    NAME ...      benchmarks to run (default: all); `--list` shows them
    --csp PATH    csp binary (default ./build/csp, then <repo>/build/csp); if the default is
                  missing, csp is skipped with a warning, an explicit PATH must exist
    --runs N      runs per implementation (default 5)
    --procs N     passed to csp as `--procs N`, and to the Go binary as GOMAXPROCS=N
    --only LIST   comma-separated implementations to run (csp,go,lua)
    --timeout S   seconds per run before it is killed and counted as a failure (default 300)
    --json        print the results as JSON instead of a table
"""

import argparse
import glob
import hashlib
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
IMPLS = ("csp", "go", "lua")
RSS_LIMITS_MIB = {"alloc_loop": 200}     # csp's median peak RSS must stay below this
RSS_RATIO_TO_GO = {"binary_trees": 2.0, "timers": 1.0,   # csp's median peak RSS at most
                   "skynet": 0.5}                         # this times Go's
TIME_RATIO_TO_GO = {"skynet": 1.0, "thread_ring": 1.0,    # csp's median time at most this
                    "prime_sieve": 1.5, "mutex": 1.5,     # times Go's (issue 4)
                    "select_mix": 2.0, "fanout": 3.0, "timers": 1.2}
SCALING = {"parallel": 1.8}  # csp's time with GOMAXPROCS=1 / with GOMAXPROCS=2, at least


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------
# Measuring one run

class Run:
    def __init__(self, seconds, rss_kib, exit, stdout, stderr):
        self.seconds, self.rss_kib, self.exit = seconds, rss_kib, exit
        self.stdout, self.stderr = stdout, stderr


def kill_group(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def launcher(cache):
    """Path of the compiled rss_launch helper, building it on first use; None without cc."""
    src = os.path.join(HERE, "rss_launch.c")
    with open(src, "rb") as f:
        exe = os.path.join(cache, "rss_launch-" + hashlib.sha256(f.read()).hexdigest()[:16])
    if os.path.exists(exe):
        return exe
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if cc:
        os.makedirs(cache, exist_ok=True)
        tmp = exe + ".%d.tmp" % os.getpid()
        for flags in (["-static"], []):  # static: the smallest pre-exec image
            if subprocess.run([cc, "-O2"] + flags + ["-o", tmp, src],
                              stderr=subprocess.DEVNULL).returncode == 0:
                os.replace(tmp, exe)
                return exe
    log("warning: cannot build rss_launch.c; peak RSS below the runner's own (~%d MiB) "
        "is reported as the runner's" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                         // 1024))
    return None


def measure(argv, env, timeout, helper):
    """Run argv once; return its wall time, peak RSS, exit status and output.

    The child runs under rss_launch (helper) when available, which reports the child's own
    ru_maxrss (see rss_launch.c); otherwise it is spawned directly and reaped with wait4.
    Output goes to temporary files, so no pipe has to be drained while timing."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", prefix="csp-bench-report-") as report:
        actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                   (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                   (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
        full = [helper, report.name] + argv if helper else argv
        start = time.perf_counter()
        pid = os.posix_spawnp(full[0], full, env, file_actions=actions, setsid=True)
        killer = threading.Timer(timeout, kill_group, (pid,))
        killer.start()
        try:
            _, status, usage = os.wait4(pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - start
        exit, rss = os.waitstatus_to_exitcode(status), usage.ru_maxrss
        if helper:
            fields = report.read().split()
            if exit == 0 and len(fields) == 3:
                exit, rss, seconds = int(fields[0]), int(fields[1]), int(fields[2]) / 1e9
            elif exit >= 0:
                exit = -signal.SIGKILL  # the launcher itself failed or was killed
        out.seek(0)
        err.seek(0)
        return Run(seconds, rss, exit, out.read(), err.read())


# ----------------------------------------------------------------------------------------------
# Implementations: each turns a benchmark name into a command line, or None if unavailable

def go_env(cache):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GO") or k == "GOROOT"}
    env.update({"HOME": cache, "GOCACHE": os.path.join(cache, "gocache"),
                "GOPATH": os.path.join(cache, "gopath"), "GO111MODULE": "off",
                "GOPROXY": "off", "GOTOOLCHAIN": "local", "CGO_ENABLED": "0"})
    return env


def go_binary(name, cache):
    """Build NAME.go once per content hash; return the binary's path."""
    src = os.path.join(HERE, name + ".go")
    with open(src, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    exe = os.path.join(cache, "%s-%s" % (name, digest))
    if not os.path.exists(exe):
        os.makedirs(cache, exist_ok=True)
        tmp = exe + ".%d.tmp" % os.getpid()
        r = subprocess.run(["go", "build", "-o", tmp, src], env=go_env(cache),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            raise RuntimeError("go build %s failed:\n%s" % (src, r.stdout.decode()))
        os.replace(tmp, exe)
    return exe


class Impls:
    def __init__(self, args):
        self.args = args
        self.csp = self._find_csp(args.csp)
        self.go = shutil.which("go")
        self.lua = shutil.which("lua5.4")
        only = set(args.only.split(",")) if args.only else set(IMPLS)
        unknown = only - set(IMPLS)
        if unknown:
            sys.exit("unknown implementation(s): %s" % ", ".join(sorted(unknown)))
        self.helper = launcher(args.cache)
        self.enabled = [i for i in IMPLS if i in only and getattr(self, i)]
        for i in IMPLS:
            if i in only and not getattr(self, i):
                log("warning: %s not found, skipping it" % {"csp": "csp binary", "go": "go",
                                                             "lua": "lua5.4"}[i])

    @staticmethod
    def _find_csp(path):
        if path:
            if not (os.path.isfile(path) and os.access(path, os.X_OK)):
                sys.exit("csp binary not found or not executable: %s" % path)
            return os.path.abspath(path)
        for p in (os.path.join("build", "csp"), os.path.join(REPO, "build", "csp")):
            if os.path.isfile(p) and os.access(p, os.X_OK):
                return os.path.abspath(p)
        return None

    def command(self, impl, name, gomaxprocs=None):
        """(argv, env) to run benchmark NAME with IMPL, or None if it has no such twin.

        With GOMAXPROCS set, csp and Go get it in the environment (csp reads it when no
        --procs is given) and --procs is ignored."""
        env = dict(os.environ)
        procs = self.args.procs
        if gomaxprocs:
            env["GOMAXPROCS"] = str(gomaxprocs)
            procs = None
        if impl == "csp":
            argv = [self.csp, "run"] + (["--procs", str(procs)] if procs else [])
            return argv + [os.path.join(HERE, name + ".go")], env
        if impl == "go":
            if procs:
                env["GOMAXPROCS"] = str(procs)
            return [go_binary(name, self.args.cache)], env
        if gomaxprocs:
            return None
        lua = os.path.join(HERE, name + ".lua")
        if not os.path.exists(lua):
            return None
        return [self.lua, lua], env


# ----------------------------------------------------------------------------------------------
# Running benchmarks

def benchmarks():
    names = [os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "*.go"))]
    return sorted(n for n in names if not n.endswith("_baseline"))


def run_series(impls, impl, name, problems, gomaxprocs=None):
    """Run NAME under IMPL --runs times; returns a result dict or None (no twin / failure)."""
    cmd = impls.command(impl, name, gomaxprocs)
    if cmd is None:
        return None
    argv, env = cmd
    runs = []
    for _ in range(impls.args.runs):
        r = measure(argv, env, impls.args.timeout, impls.helper)
        if r.exit != 0:
            how = ("exit status %d" % r.exit if r.exit > 0 else "killed by signal %d "
                   "(the timeout is %gs)" % (-r.exit, impls.args.timeout))
            problems.append("%s %s%s: %s\n%s" % (
                impl, name, " (GOMAXPROCS=%d)" % gomaxprocs if gomaxprocs else "", how,
                r.stderr.decode("utf-8", "replace")[-2000:]))
            return None
        if runs and r.stdout != runs[0].stdout:
            problems.append("%s %s: stdout differs between runs: %r vs %r" % (
                impl, name, runs[0].stdout[:200], r.stdout[:200]))
        runs.append(r)
    return {"times_s": [round(r.seconds, 6) for r in runs],
            "median_s": statistics.median(r.seconds for r in runs),
            "peak_rss_kib": statistics.median(r.rss_kib for r in runs),
            "stdout": runs[0].stdout.decode("utf-8", "replace")}


def run_benchmark(impls, name, problems):
    result = {"name": name, "impls": {}}
    has_baseline = os.path.exists(os.path.join(HERE, name + "_baseline.go"))
    for impl in impls.enabled:
        log("running %s with %s ..." % (name, impl))
        res = run_series(impls, impl, name, problems)
        if res is None:
            continue
        if has_baseline:
            base = run_series(impls, impl, name + "_baseline", problems)
            lines = res["stdout"].split()
            if base is not None and lines and lines[-1].isdigit() and int(lines[-1]) > 0:
                units = int(lines[-1])
                res["baseline_rss_kib"] = base["peak_rss_kib"]
                res["bytes_per_goroutine"] = round(
                    (res["peak_rss_kib"] - base["peak_rss_kib"]) * 1024 / units, 1)
        result["impls"][impl] = res
        if name in SCALING and impl != "lua":
            times = {}
            for procs in (1, 2):
                log("running %s with %s, GOMAXPROCS=%d ..." % (name, impl, procs))
                series = run_series(impls, impl, name, problems, procs)
                if series is not None:
                    if series["stdout"] != res["stdout"]:
                        problems.append("%s %s: stdout with GOMAXPROCS=%d differs: %r vs %r" % (
                            impl, name, procs, series["stdout"][:200], res["stdout"][:200]))
                    times[procs] = series["median_s"]
                    result.setdefault("gomaxprocs", {}).setdefault(impl, {})[procs] = series
            if len(times) == 2 and times[2] > 0:
                result["speedup_" + impl] = round(times[1] / times[2], 3)

    outs = {i: r["stdout"] for i, r in result["impls"].items()}
    if len(set(outs.values())) > 1:
        problems.append("%s: implementations disagree on stdout:\n%s" % (
            name, "\n".join("  %-4s %r" % (i, o[:200]) for i, o in outs.items())))
        result["mismatch"] = True
    r = result["impls"]
    for peer in ("go", "lua"):
        if "csp" in r and peer in r and r[peer]["median_s"] > 0:
            result["csp/" + peer] = round(r["csp"]["median_s"] / r[peer]["median_s"], 3)
    target = []
    if name in TIME_RATIO_TO_GO and "csp/go" in result:
        target.append("%s(<=%gx)" % ("ok" if result["csp/go"] <= TIME_RATIO_TO_GO[name]
                                     else "MISS", TIME_RATIO_TO_GO[name]))
    if name in SCALING and "speedup_csp" in result:
        target.append("%s(2w %.2fx>=%gx)" % ("ok" if result["speedup_csp"] >= SCALING[name]
                                           else "MISS", result["speedup_csp"], SCALING[name]))
    if "csp" in r:
        rss = r["csp"]["peak_rss_kib"]
        limit = RSS_LIMITS_MIB.get(name)
        if limit is not None and rss >= limit * 1024:
            problems.append("csp %s: peak RSS %.1f MiB, limit %d MiB" % (name, rss / 1024, limit))
        ratio = RSS_RATIO_TO_GO.get(name)
        if ratio is not None and "go" in r:
            ok = rss <= ratio * r["go"]["peak_rss_kib"]
            target.append("%s(RSS<=%gx)" % ("ok" if ok else "MISS", ratio))
            if not ok:
                problems.append("csp %s: peak RSS %.1f MiB is more than %gx Go's %.1f MiB" % (
                    name, rss / 1024, ratio, r["go"]["peak_rss_kib"] / 1024))
    if target:
        result["target"] = " ".join(target)
    return result


# ----------------------------------------------------------------------------------------------
# Reporting

def fmt_time(res):
    return "%.3f" % res["median_s"] if res else "-"


def fmt_rss(res):
    if not res:
        return "-"
    kib = res["peak_rss_kib"]
    return "%.1fM" % (kib / 1024) if kib >= 10240 else "%dK" % kib


def fmt_per_goroutine(res):
    if not res or "bytes_per_goroutine" not in res:
        return "-"
    b = res["bytes_per_goroutine"]
    return "%.2f KiB" % (b / 1024) if abs(b) >= 1024 else "%d B" % b


def print_table(results, args):
    head = ["benchmark", "csp s", "go s", "lua s", "csp/go", "csp/lua",
            "csp RSS", "go RSS", "lua RSS", "target"]
    rows = []
    for res in results:
        r = res["impls"]
        rows.append([res["name"] + (" (MISMATCH)" if res.get("mismatch") else ""),
                     fmt_time(r.get("csp")), fmt_time(r.get("go")), fmt_time(r.get("lua")),
                     "%.2fx" % res["csp/go"] if "csp/go" in res else "-",
                     "%.2fx" % res["csp/lua"] if "csp/lua" in res else "-",
                     fmt_rss(r.get("csp")), fmt_rss(r.get("go")), fmt_rss(r.get("lua")),
                     res.get("target", "")])
    widths = [max(len(str(row[i])) for row in [head] + rows) for i in range(len(head))]
    line = lambda row: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                                 for i, (c, w) in enumerate(zip(row, widths)))
    print("median of %d runs%s; wall time in seconds, peak RSS" % (
        args.runs, ", --procs %d" % args.procs if args.procs else ""))
    print(line(head))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    scaled = [res for res in results if "gomaxprocs" in res]
    if scaled:
        print()
        print("scaling (median time with GOMAXPROCS=1 / with GOMAXPROCS=2):")
        for res in scaled:
            parts = []
            for impl, series in sorted(res["gomaxprocs"].items()):
                t1, t2 = series.get(1), series.get(2)
                parts.append("%s %s s / %s s = %s" % (
                    impl, fmt_time(t1), fmt_time(t2),
                    "%.2fx" % res["speedup_" + impl] if "speedup_" + impl in res else "-"))
            print("  %-10s %s" % (res["name"], ";  ".join(parts)))
    mem = [res for res in results
           if any("bytes_per_goroutine" in v for v in res["impls"].values())]
    if mem:
        print()
        print("memory per parked goroutine (peak RSS minus baseline, divided by count):")
        for res in mem:
            r = res["impls"]
            print("  %-10s csp %-10s go %-10s lua %s" % (
                res["name"], fmt_per_goroutine(r.get("csp")), fmt_per_goroutine(r.get("go")),
                fmt_per_goroutine(r.get("lua"))))


def main():
    ap = argparse.ArgumentParser(description="csp benchmark runner (details in the module doc)")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("--csp", help="csp binary (default ./build/csp)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--procs", type=int)
    ap.add_argument("--only", help="comma-separated: csp,go,lua")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "csp-bench-cache"),
                    help="directory for Go build results")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    available = benchmarks()
    if args.list:
        print("\n".join(available))
        return 0
    names = args.names or available
    unknown = [n for n in names if n not in available]
    if unknown:
        ap.error("unknown benchmark(s): %s (have: %s)" % (", ".join(unknown),
                                                          ", ".join(available)))
    impls = Impls(args)
    if not impls.enabled:
        sys.exit("no implementation available to run")

    problems = []
    results = [run_benchmark(impls, n, problems) for n in names]
    if args.json:
        json.dump({"runs": args.runs, "procs": args.procs, "results": results,
                   "problems": problems}, sys.stdout, indent=2)
        print()
    else:
        print_table(results, args)
    if problems:
        log("\nFAILURES:")
        for p in problems:
            log("  " + p.replace("\n", "\n  "))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
