#!/usr/bin/env python3
"""The workspace under load: simulated people browsing a national-size run.

    bench/workspace_load.py [--scale 0.1] [--users 50] [--seconds 60] [--genaudit PATH]

1. Generates the registers (bench/generate.py, cached in bench/data/ as bench/run does)
   and builds genaudit in build-bench/ (Release) unless --genaudit names a binary.
2. Makes a fresh audit database in bench/work/: `genaudit import` of the registers and
   one account per simulated person (`genaudit users add`, the password on stdin).
3. Starts `genaudit serve --listen 127.0.0.1:0` and signs the people in, all at once.
4. Runs one audit through the JSON interface (`POST /api/audits`), timed.
5. For --seconds, each person browses like one, on a thread of their own: the runs
   list, the run's page, random findings and their explanations, registers, waivers,
   activity, the agencies and the rules when the server has those pages, the run's
   JSON report now and then; between two pages a think time. Two baselines are
   requested the same way, in the same streams, at the same moments of the run: a
   static asset (/assets/style.css: no session, no database, no template) and the
   API's runs list (a session and one small query). What a page costs beyond the
   server's and this script's plain HTTP overhead is its time over theirs.
6. Reports per kind of request the count, p50, p95, max and errors; the server's peak
   memory (VmHWM in /proc/PID/status) while signing in, auditing and browsing, and its
   CPU time. Prints a Markdown table and writes it to bench/results/workspace-<S>.md.

Any answer other than 200, or a request that fails or is not answered in 120 s (the
audit: 900 s, as docs/nginx-genaudit.conf allows), is an error: the run exits 1.
A server whose memory grows past --max-rss-gib is stopped and the run fails: the
benchmark shares its machine.
"""

import argparse
import datetime
import json
import math
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import threading
import time

from harness import BENCH, REPO, die, generated_registers, genaudit_binary, genaudit_version, log, machine

sys.path.insert(0, os.path.join(REPO, "tests", "server"))
from workspace_process import Workspace, add_user  # noqa: E402

PERIOD, AS_OF = "2025", "2025-12-31"
STATIC, API_RUNS = "static asset (baseline)", "API runs list (baseline)"
ALONE = 3  # requests of each kind on an otherwise idle server
PAGE_TIMEOUT = 120  # seconds: a page not answered by then is an error
AUDIT_TIMEOUT = 900  # docs/nginx-genaudit.conf's proxy_read_timeout
TICKS = os.sysconf("SC_CLK_TCK")

# What a person does next, and how often, while looking at one run: mostly
# findings, the run's page and the lists around it. Weights, not shares:
# pages the server does not have are left out of the draw.
BROWSING = [
    ("runs list", 8),
    ("run page", 12),
    ("finding page", 30),
    ("finding explanation", 4),
    ("registers", 8),
    ("waivers", 8),
    ("activity", 5),
    ("agencies list", 4),
    ("agency page", 8),
    ("rules", 3),
    ("report JSON", 2),
    (STATIC, 10),
    (API_RUNS, 10),
]
OPTIONAL_PAGES = {"agencies list": "/agencies", "rules": "/rules"}


# ----------------------------------------------------------------------------------------
# The server process, from /proc

def proc_status(pid, field):
    """`field` of /proc/PID/status in bytes (VmHWM, VmRSS); 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def reset_peak(pid):
    """Sets the process's VmHWM back to its present RSS (Linux ≥ 4.0): each phase's
    peak is then its own. False when the kernel does not let us."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def cpu_seconds(pid):
    """User + system CPU time the process has used so far."""
    with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def machine_busy_seconds():
    """CPU time the whole machine has spent busy (all cores, every process), from
    /proc/stat: what others took of it is said with the results."""
    with open("/proc/stat", encoding="utf-8") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle, iowait = fields[3], fields[4]
    return (sum(fields[:8]) - idle - iowait) / TICKS  # up to steal; guest is inside user


class MemoryGuard(threading.Thread):
    """Samples the server's RSS every half second; past `limit` bytes it stops the
    server (SIGKILL) so that a runaway cannot take the machine, and says so."""

    def __init__(self, process, limit):
        super().__init__(daemon=True)
        self.process, self.limit = process, limit
        self.tripped = 0
        self.done = threading.Event()

    def run(self):
        while not self.done.wait(0.5):
            rss = proc_status(self.process.pid, "VmRSS")
            if rss > self.limit:
                self.tripped = rss
                self.process.kill()
                return


# ----------------------------------------------------------------------------------------
# Requests and their times

class Timings:
    """Every request's time and outcome by kind; thread-safe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.times = {}    # kind -> [seconds]
        self.errors = {}   # kind -> count
        self.examples = []  # the first errors, said

    def record(self, kind, seconds, error=None):
        with self.lock:
            self.times.setdefault(kind, []).append(seconds)
            if error:
                self.errors[kind] = self.errors.get(kind, 0) + 1
                if len(self.examples) < 10:
                    self.examples.append(f"{kind}: {error}")

    def error_count(self):
        return sum(self.errors.values())


def timed(timings, kind, client, method, path, body=None, timeout=PAGE_TIMEOUT):
    """One request (`body`: sent as JSON with the CSRF token), timed from sending to
    the last byte; a non-200 answer or a failed request is recorded as an error.
    The response, or None."""
    start = time.perf_counter()
    try:
        if body is None:
            response = client.request(method, path, timeout=timeout)
        else:
            response = client.request(method, path, json.dumps(body).encode(),
                                      {"Content-Type": "application/json", "X-CSRF-Token": client.csrf},
                                      timeout=timeout)
    except Exception as e:  # a refused or broken connection, a timeout
        timings.record(kind, time.perf_counter() - start, f"{method} {path}: {e!r}")
        return None
    seconds = time.perf_counter() - start
    error = None if response.status == 200 else f"{method} {path}: HTTP {response.status} {response.body[:200]!r}"
    timings.record(kind, seconds, error)
    return response


def login_timed(timings, client, user, tries=3):
    """Signs `client` in as `user`, each try timed as "sign-in" (a failed one is an
    error); a person whose sign-in fails tries again a second later, as people
    press the button again. Whether one of the `tries` succeeded."""
    for attempt in range(tries):
        if attempt:
            time.sleep(1)
        start = time.perf_counter()
        try:
            response = client.login(user)
            error = None if response.status == 200 else f"HTTP {response.status} {response.body[:200]!r}"
        except Exception as e:  # a refused or reset connection
            error = repr(e)
        timings.record("sign-in", time.perf_counter() - start, error and f"{user}: {error}")
        if not error:
            return True
    return False


def percentile(values, p):
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def fmt_time(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"


def fmt_ratio(r):
    return f"{r:.1f}×" if r < 10 else f"{r:,.0f}×"


def fmt_mib(b):
    return f"{b / 2**20:,.0f} MiB"


# ----------------------------------------------------------------------------------------
# People

class Person(threading.Thread):
    """One simulated person browsing `run` until `deadline`, from a signed-in client."""

    def __init__(self, client, timings, choices, run, findings, agencies, think, deadline, seed):
        super().__init__(daemon=True)
        self.client, self.timings = client, timings
        self.kinds = [k for k, _ in choices]
        self.weights = [w for _, w in choices]
        self.run_id, self.findings, self.agencies = run, findings, agencies
        self.think, self.deadline = think, deadline
        self.random = random.Random(seed)

    def path(self, kind):
        finding = self.random.randrange(self.findings) if self.findings else 0
        return {
            "runs list": "/runs",
            "run page": f"/runs/{self.run_id}",
            "finding page": f"/runs/{self.run_id}/findings/{finding}",
            "finding explanation": f"/runs/{self.run_id}/findings/{finding}/explain",
            "registers": "/registers",
            "waivers": "/waivers",
            "activity": "/activity",
            "agencies list": "/agencies",
            "agency page": f"/agencies/{self.random.choice(self.agencies)}" if self.agencies else "",
            "rules": "/rules",
            "report JSON": f"/api/runs/{self.run_id}/report.json",
            STATIC: "/assets/style.css",
            API_RUNS: "/api/runs",
        }[kind]

    def run(self):
        # People do not all start at the same instant.
        time.sleep(self.random.uniform(0, self.think))
        while time.monotonic() < self.deadline:
            kind = self.random.choices(self.kinds, self.weights)[0]
            timed(self.timings, kind, self.client, "GET", self.path(kind))
            time.sleep(self.random.uniform(0.5, 1.5) * self.think)


def shut_down(ws, patience=30):
    """Stops the server as an administrator would (SIGTERM), then SIGKILL after
    `patience` seconds: it finishes the requests it is serving first, which under
    load may take longer. Removes its folder. Whether it stopped by itself."""
    ws.process.terminate()
    try:
        ws.process.wait(timeout=patience)
        stopped = True
    except subprocess.TimeoutExpired:
        ws.process.kill()
        ws.process.wait()
        stopped = False
    ws.close()
    return stopped


def together(functions):
    """Runs the functions on a thread each, all at once; their results in order."""
    results = [None] * len(functions)

    def call(i):
        results[i] = functions[i]()
    threads = [threading.Thread(target=call, args=(i,)) for i in range(len(functions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def role_of(i):
    """The role of person `i` (1, 2, …): a team of mostly viewers, an inspector in
    three, a lead in ten; the first is an inspector, who runs the audit."""
    if i % 10 == 0:
        return "lead"
    return "inspector" if i == 1 or i % 3 == 0 else "viewer"


# ----------------------------------------------------------------------------------------
# The benchmark's phases

def prepare(genaudit, data, folder, users):
    """A fresh audit database in `folder` with the registers of `data` imported and
    an account for each of `users`. Its path, and how long each step took."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    db = os.path.join(folder, "audit.db")
    setup = {}
    t = time.perf_counter()
    imported = subprocess.run([genaudit, "import", "--db", db, data], capture_output=True)
    if imported.returncode != 0:
        die(f"genaudit import exited {imported.returncode}: {imported.stderr.decode()[-2000:]}")
    setup["import"] = time.perf_counter() - t
    log(f"imported the registers in {setup['import']:.1f} s")
    t = time.perf_counter()
    for i, name in enumerate(users, start=1):
        add_user(genaudit, db, name, role_of(i))
    setup["accounts"] = time.perf_counter() - t
    return db, setup


def optional_pages(client):
    """BROWSING without the pages this server does not have (404), and the agency
    codes its agencies list links to."""
    choices = list(BROWSING)
    for kind, path in OPTIONAL_PAGES.items():
        status = client.get(path).status
        if status == 404:
            choices = [(k, w) for k, w in choices if k != kind]
        elif status != 200:
            die(f"GET {path}: HTTP {status}")
    agencies = []
    if "agencies list" in dict(choices):
        agencies = sorted(set(re.findall(r'href="/agencies/([^"/?#]+)"', client.get("/agencies").text())))
    if not agencies:
        choices = [(k, w) for k, w in choices if k != "agency page"]
    absent = [k for k, _ in BROWSING if k not in dict(choices)]
    if absent:
        log("not on this server, left out: " + ", ".join(absent))
    return choices, agencies


def measure(a, ws, users):
    """Signs everyone in, runs the audit, has everyone browse: the figures."""
    m = {"phase": Timings(), "peaks": {}}
    pid = ws.process.pid
    resets = reset_peak(pid)
    m["resets"] = resets

    def phase_peak(name):
        m["peaks"][name] = proc_status(pid, "VmHWM")
        if resets:
            reset_peak(pid)

    # Everyone signs in at once: a morning at the office.
    log(f"signing in {len(users)} people at once")
    clients = [ws.client() for _ in users]
    logins = together([lambda c=c, u=u: login_timed(m["phase"], c, u) for c, u in zip(clients, users)])
    if not all(logins):
        die(f"{logins.count(False)} people could not sign in in three tries: "
            + "; ".join(m["phase"].examples))
    phase_peak("signing in")

    # One audit, by the first person, an inspector.
    auditor = clients[0]
    log("running the audit through POST /api/audits")
    r = timed(m["phase"], "audit", auditor, "POST", "/api/audits", {"period": PERIOD, "as_of": AS_OF},
              timeout=AUDIT_TIMEOUT)
    if r is None or r.status != 200:
        die("the audit failed: " + "; ".join(m["phase"].examples))
    m["run"] = r.json()["run"]
    phase_peak("auditing")
    report = auditor.get(f"/api/runs/{m['run']}/report.json")
    m["findings"] = len(report.json()["findings"]) if report.status == 200 else 0
    log(f"run {m['run']}: {m['findings']:,} findings in {m['phase'].times['audit'][0]:.1f} s")
    choices, agencies = optional_pages(auditor)

    # What each page costs a person alone on the server: the floor under the
    # times under load (three of each, one after the other).
    log("each kind of request three times, alone")
    m["alone"] = Timings()
    alone = Person(auditor, m["alone"], choices, m["run"], m["findings"], agencies, 0, 0, a.seed)
    for kind, _ in choices:
        for _ in range(ALONE):
            timed(m["alone"], kind, auditor, "GET", alone.path(kind))

    log(f"{len(users)} people browse for {a.seconds:g} s")
    m["browse"] = Timings()
    cpu_before, rusage_before = cpu_seconds(pid), resource.getrusage(resource.RUSAGE_SELF)
    busy_before = machine_busy_seconds()
    deadline = time.monotonic() + a.seconds
    people = [Person(c, m["browse"], choices, m["run"], m["findings"], agencies, a.think, deadline,
                     a.seed * 1000 + i) for i, c in enumerate(clients)]
    start = time.perf_counter()
    for p in people:
        p.start()
    for p in people:
        p.join()
    m["browsed"] = time.perf_counter() - start
    m["overrun"] = max(0.0, time.monotonic() - deadline)  # the last pages, asked before the end
    rusage_after = resource.getrusage(resource.RUSAGE_SELF)
    m["server_cpu"] = cpu_seconds(pid) - cpu_before
    m["client_cpu"] = (rusage_after.ru_utime + rusage_after.ru_stime
                       - rusage_before.ru_utime - rusage_before.ru_stime)
    m["others_cpu"] = max(0.0, machine_busy_seconds() - busy_before - m["server_cpu"] - m["client_cpu"])
    phase_peak("browsing")
    m["rss_end"] = proc_status(pid, "VmRSS")
    return m


def error_count(m):
    return sum(m[t].error_count() for t in ("phase", "alone", "browse"))


def report(a, m, plan, setup, genaudit, load_before):
    """The results as Markdown."""
    browse, phase = m["browse"], m["phase"]
    requests = sum(len(v) for v in browse.times.values())
    errors = error_count(m)
    base = browse.times.get(STATIC)

    def line(kind, values, errors, ratios=True):
        alone = m["alone"].times.get(kind)
        alone = fmt_time(percentile(alone, 50)) if alone else "—"
        if not values:  # not drawn while browsing (a short run)
            return f"| {kind} | {alone} | 0 | — | — | — | {errors} | — | — |"
        p50, p95 = percentile(values, 50), percentile(values, 95)
        r50 = r95 = "—"
        if ratios and base and kind != STATIC:
            r50, r95 = fmt_ratio(p50 / percentile(base, 50)), fmt_ratio(p95 / percentile(base, 95))
        return (f"| {kind} | {alone} | {len(values):,} | {fmt_time(p50)} | {fmt_time(p95)} | "
                f"{fmt_time(max(values))} | {errors} | {r50} | {r95} |")

    rows = sum(plan["rows"].values())
    lines = [
        f"# genaudit workspace under load — scale {a.scale:g}, seed {a.seed}",
        "",
        f"{rows:,} rows imported ({', '.join(f'{r} {n:,}' for r, n in plan['rows'].items())}); "
        f"one audit of the period {PERIOD} as of {AS_OF}: run {m['run']}, {m['findings']:,} findings. "
        f"{a.users} people signed in at once, then browsed for {a.seconds:g} s on loopback "
        f"(the last page asked for answered {m['overrun']:.1f} s after), "
        f"{a.think:g} s mean think time between pages; "
        f"{datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}.",
        "",
        f"| request | alone (median of {ALONE}) | count | p50 | p95 | max | errors "
        "| p50 ÷ static p50 | p95 ÷ static p95 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [line(kind, browse.times.get(kind, []),
                   browse.errors.get(kind, 0) + m["alone"].errors.get(kind, 0))
              for kind, _ in BROWSING if kind in browse.times or kind in m["alone"].times]
    lines += [
        line(f"sign-in, {a.users} at once (Argon2id; a failed try is tried again)",
             phase.times["sign-in"], phase.errors.get("sign-in", 0), ratios=False),
        line("audit, POST /api/audits", phase.times["audit"], phase.errors.get("audit", 0), ratios=False),
        "",
        f"{requests:,} requests while browsing ({requests / m['browsed']:.1f} a second); errors: "
        f"{phase.error_count()} signing in or auditing, {m['alone'].error_count()} alone, "
        f"{browse.error_count()} browsing" + (" — any error fails the run." if errors else "."),
        "",
        "| server (genaudit serve) | |",
        "|---|---|",
    ]
    lines += [f"| peak memory {name} (VmHWM) | {fmt_mib(peak)} |" for name, peak in m["peaks"].items()]
    lines += [
        f"| memory at the end (VmRSS) | {fmt_mib(m['rss_end'])} |",
        f"| CPU while browsing | {m['server_cpu']:.1f} s in {m['browsed']:.0f} s "
        f"({m['server_cpu'] / m['browsed']:.2f} of {os.cpu_count()} cores) |",
        f"| this script's CPU while browsing (same cores) | {m['client_cpu']:.1f} s "
        f"({m['client_cpu'] / m['browsed']:.2f} cores) |",
        f"| other processes' CPU meanwhile (a shared machine) | {m['others_cpu']:.1f} s "
        f"({m['others_cpu'] / m['browsed']:.2f} cores) |",
        "",
        "Other times (not under load): " + ", ".join(f"{k} {fmt_time(v)}" for k, v in setup.items())
        + "." + ("" if m["resets"] else
                 " The kernel refused to reset VmHWM: each peak includes the phases before it.")
        + ("" if m["stopped"] else " The server, sent SIGTERM, had not stopped 30 s later (it "
           "finishes the requests it is serving first): killed."),
    ]
    examples = phase.examples + m["alone"].examples + browse.examples
    if examples:
        lines += ["", "First errors:", ""] + [f"- {e}" for e in examples]
    lines += ["", "Versions:", "", f"- genaudit: {genaudit_version(genaudit)}",
              f"- load generator: Python {sys.version.split()[0]}, one thread a person, "
              "a new connection a request (as nginx's upstream connections are)",
              f"- machine: {machine()}; 1-minute load average {load_before:.1f} when the "
              "benchmark started (other processes: the machine may be shared)"]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description="genaudit's workspace under load")
    ap.add_argument("--scale", type=float, default=0.1, help="1 = national size (default 0.1)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--users", type=int, default=50, help="simulated people (default 50)")
    ap.add_argument("--seconds", type=float, default=60, help="how long they browse (default 60)")
    ap.add_argument("--think", type=float, default=1.0,
                    help="mean think time between two pages, in seconds (uniform over "
                         "0.5×–1.5× this; default 1)")
    ap.add_argument("--genaudit", help="a genaudit binary (default: build build-bench/genaudit)")
    ap.add_argument("--max-rss-gib", type=float, default=8,
                    help="stop the server and fail when its memory passes this (default 8)")
    a = ap.parse_args()
    if a.users < 1 or a.seconds <= 0 or a.think < 0:
        die("--users must be at least 1, --seconds above 0, --think not negative")

    load_before = os.getloadavg()[0]  # others' work on the machine, said with the results
    started = time.perf_counter()
    genaudit = genaudit_binary(a.genaudit)
    t = time.perf_counter()
    data = generated_registers(a.seed, a.scale)
    generation = time.perf_counter() - t
    with open(os.path.join(data, "plan.json"), encoding="utf-8") as f:
        plan = json.load(f)
    users = [f"user{i:02d}" for i in range(1, a.users + 1)]
    db_folder = os.path.join(BENCH, "work", f"workspace-scale{a.scale:g}")
    db, setup = prepare(genaudit, data, db_folder, users)
    setup = {"registers " + ("generated" if generation > 1 else "cached"): generation, **setup}
    t = time.perf_counter()
    ws = Workspace(genaudit, folder=db_folder)
    setup["server start"] = time.perf_counter() - t
    guard = MemoryGuard(ws.process, int(a.max_rss_gib * 2**30))
    guard.start()
    try:
        m = measure(a, ws, users)
    finally:
        guard.done.set()
        stopped = shut_down(ws)
        if guard.tripped:
            die(f"the server's memory reached {fmt_mib(guard.tripped)}, over --max-rss-gib "
                f"{a.max_rss_gib:g}: stopped")
    m["stopped"] = stopped
    setup["the whole benchmark"] = time.perf_counter() - started
    result = report(a, m, plan, setup, genaudit, load_before)
    print(result)
    os.makedirs(os.path.join(BENCH, "results"), exist_ok=True)
    with open(os.path.join(BENCH, "results", f"workspace-{a.scale:g}.md"), "w", encoding="utf-8") as f:
        f.write(result)
    return 1 if error_count(m) else 0


if __name__ == "__main__":
    sys.exit(main())
