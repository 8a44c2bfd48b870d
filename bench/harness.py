"""What bench/run and bench/workspace_load.py share: messages, the Release
build of genaudit in build-bench/, the generated registers (cached in
bench/data/ by seed and scale) and a description of the machine and of the
binary for a results file. Standard library only."""

import datetime
import os
import platform
import shutil
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
GIB = 1024 ** 3


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def die(msg):
    print(f"[bench] FAILED: {msg}", file=sys.stderr, flush=True)
    sys.exit(1)


def build_genaudit():
    """genaudit built (Release) in build-bench/; dies when three tries fail,
    three minutes apart (a tree someone is editing may not build for a while)."""
    build = os.path.join(REPO, "build-bench")
    log(f"building genaudit (Release) in {build}")
    for attempt in range(3):
        ok = subprocess.run(["cmake", "-S", REPO, "-B", build, "-DCMAKE_BUILD_TYPE=Release"],
                            stdout=subprocess.DEVNULL).returncode == 0 and subprocess.run(
            ["cmake", "--build", build, "-j2", "--target", "genaudit"],
            stdout=subprocess.DEVNULL).returncode == 0
        if ok:
            return os.path.join(build, "genaudit")
        if attempt < 2:
            log("the build failed (the tree may be mid-edit); retrying in 3 minutes")
            time.sleep(180)
    die("could not build genaudit; pass --genaudit PATH to use a binary you built")


def genaudit_binary(path):
    """`path` when given (it must be executable), else the Release build."""
    genaudit = os.path.abspath(path) if path else build_genaudit()
    if not os.access(genaudit, os.X_OK):
        die(f"{genaudit} is not an executable")
    return genaudit


def generated_registers(seed, scale):
    """The folder of bench/generate.py's registers for `seed` and `scale`,
    generated first unless a finished one is cached (plan.json is written
    last; a folder being written is *.tmp until it is complete)."""
    data = os.path.join(BENCH, "data", f"seed{seed}-scale{scale:g}")
    if not os.path.exists(os.path.join(data, "plan.json")):
        tmp = data + ".tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        log(f"generating the registers (seed {seed}, scale {scale:g}) into {os.path.relpath(data, REPO)}")
        subprocess.run([sys.executable, os.path.join(BENCH, "generate.py"), tmp, "--seed", str(seed),
                        "--scale", str(scale)], check=True, stdout=sys.stderr)
        shutil.rmtree(data, ignore_errors=True)
        os.rename(tmp, data)
    return data


def command_output(cmd):
    """`cmd`'s standard output, stripped; "?" when it cannot run."""
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except OSError:
        return "?"


def genaudit_version(genaudit):
    """Which binary, when it was built, and the tree's commit now."""
    commit = command_output(["git", "-C", REPO, "rev-parse", "--short", "HEAD"])
    dirty = command_output(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"])
    return (f"{os.path.relpath(genaudit, REPO)}, built "
            + datetime.datetime.fromtimestamp(os.path.getmtime(genaudit)).strftime("%Y-%m-%d %H:%M")
            + f"; the tree at the end of the run: commit {commit}"
            + (" + uncommitted changes" if dirty else ""))


def machine():
    """Cores, CPU model, memory and kernel, for a results file."""
    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / GIB)
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB, {platform.system()} {platform.release()}"
