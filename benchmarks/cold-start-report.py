#!/usr/bin/env python3
"""Turns the runs of cold-start.sh into COLD-START-RESULTS.md: one row per configuration and warm-up mode, medians
over its JVMs (a single slow JVM on a shared machine moves a mean, not a median), and what the first call still
loads, from the class-loading logs of the explain pass.
"""
import argparse
import datetime
import glob
import json
import os
import re
import statistics

CONFIGS = {"jdk17": "17", "jdk17-cds": "17 + CDS archive", "jdk17-cds-calls": "17 + CDS archive trained with calls",
           "jdk25": "25", "jdk25-aot": "25 + AOT cache", "jdk25-aot-calls": "25 + AOT cache trained with calls"}
MODES = {"off": "off", "warm": "on, first call once done", "at-ready": "on, first call at ready"}


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(value, digits=0):
    return "–" if value is None else f"{value:,.{digits}f}"


def spread(values):
    """The counts every JVM agreed on, or their range."""
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low}–{high}"


def table(runs):
    rows = ["| JDK | warm-up | JVMs | ready ms | warm-up done ms after ready | first call ms | second ms "
            "| steady median ms | **first ÷ steady** (min–max) | CPU ms first / steady | TLS handshakes token / API "
            "| token requests |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|"]
    for config, jdk in CONFIGS.items():
        for mode, label in MODES.items():
            group = [r for r in runs if r["config"] == config and r["mode"] == mode]
            if not group:
                continue
            ratios = [r["first_over_steady"] for r in group]
            rows.append(
                f"| {jdk} | {label} | {len(group)} | {fmt(median([r['ready_ms'] for r in group]))} "
                f"| {fmt(median([r['warm_up_ms'] for r in group]))} "
                f"| {fmt(median([r['first_ms'] for r in group]))} | {fmt(median([r['second_ms'] for r in group]))} "
                f"| {fmt(median([r['steady_ms'] for r in group]), 1)} "
                f"| **{fmt(median(ratios), 2)}** ({fmt(min(ratios), 2)}–{fmt(max(ratios), 2)}) "
                f"| {fmt(median([r['first_cpu_ms'] for r in group]), 1)} / "
                f"{fmt(median([r['steady_cpu_ms'] for r in group]), 1)} "
                f"| {spread([r['token_handshakes'] for r in group])} / {spread([r['api_handshakes'] for r in group])} "
                f"| {spread([r['token_requests'] for r in group])} |")
    return rows


LINE = re.compile(r"\]\s*(\S+) source: (.*)$")


def first_call_classes(path):
    """The classes loaded between ColdStart's two marker classes, with where each came from."""
    loaded, inside = [], False
    for line in open(path, errors="replace"):
        match = LINE.search(line)
        if not match:
            continue
        name, source = match.groups()
        if name.endswith("ColdStart$FirstCallBegins"):
            inside = True
        elif name.endswith("ColdStart$FirstCallEnds"):
            break
        elif inside:
            loaded.append((name, source))
    return loaded


def group_of(name):
    if "$$Lambda" in name or name.startswith("java.lang.invoke.LambdaForm$") or "/0x" in name:
        return "lambdas, method handles (generated)"
    parts = name.split(".")
    depth = 4 if parts[0] in ("dev", "org", "com", "tools", "io") else 3
    return ".".join(parts[:min(depth, len(parts) - 1)])


def explain(work):
    out = []
    for path in sorted(glob.glob(os.path.join(work, "classes-*.log"))):
        config, mode = os.path.basename(path)[len("classes-"):-len(".log")].rsplit("-", 1)
        loaded = first_call_classes(path)
        result_path = os.path.join(work, f"explain-{config}-{mode}.json")
        first = None
        if os.path.exists(result_path) and os.path.getsize(result_path):
            first = json.load(open(result_path)).get("first_ms")
        archived = sum(1 for _, source in loaded if "shared" in source)
        groups = {}
        for name, _ in loaded:
            groups.setdefault(group_of(name), []).append(name)
        top = sorted(groups.items(), key=lambda item: -len(item[1]))[:12]
        out.append(f"- **JDK {CONFIGS.get(config, config)}, warm-up {MODES.get(mode, mode)}**: the first call "
                   f"({fmt(first)} ms in this logged run) loaded **{len(loaded)} classes** ({archived} from the "
                   f"JDK's CDS archive). By package: "
                   + ", ".join(f"{group} {len(names)}" for group, names in top) + ".")
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--load", nargs=2, required=True)
    parser.add_argument("--think-ms", required=True)
    parser.add_argument("--rounds", required=True)
    parser.add_argument("--jars", required=True)
    parser.add_argument("--versions", required=True)
    args = parser.parse_args()
    runs = [json.loads(line) for line in open(args.runs) if line.strip()]
    loads = [r["load1"] for r in runs]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               "unknown CPU")
    tls = sorted({r["tls"] for r in runs})
    training = open(os.path.join(args.work, "training.txt")).read().strip().splitlines() \
        if os.path.exists(os.path.join(args.work, "training.txt")) else []
    out = ["# Cold start: the first call of a fresh application", ""]
    out.append(f"Run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores "
               f"({cpu}), 1-minute load average {args.load[0]} before and {args.load[1]} after "
               f"(at each JVM's start: median {fmt(median(loads), 2)}, max {fmt(max(loads), 2)}). "
               f"{args.rounds} rounds; each round starts every configuration once, in a shuffled order. "
               f"`benchmarks/cold-start.sh {args.rounds}` reproduces it.")
    out.append("")
    out += table(runs)
    out.append("")
    out.append("Medians over the JVMs of each row; first ÷ steady is the median of each JVM's own ratio. CPU ms is "
               "the calling thread's CPU time in the first call and the median of the steady ones: the work a call "
               "does, without the waits for the stand-in or, on a busy machine, for a core.")
    out.append("")
    out.append("## Method")
    out.append("")
    out.append(
        f"- Each JVM starts `ColdStart`, a non-web Spring Boot application of the starter and the actuator (health, "
        f"metrics, observations), configured only with properties, from a classpath of {args.jars} jars plus its "
        f"own. Logging is SLF4J's no-op, as in the other benchmarks. *Ready* is when `SpringApplication.run` "
        f"returns (the ready event has been handled), counted from just before the driver starts the JVM.")
    out.append(
        f"- Then `requestSession` with the benchmarks' card request (`OursContender.REQUEST`, the non-hosted fixture) "
        f"once, a second time, and 100 times more, one after another; *steady* is the median of those 100. "
        f"Warm-up *on, first call once done* polls the client's `warmUpState()` every millisecond until `done` and "
        f"reports how long after ready that was; *on, first call at ready* calls while the warm-up runs.")
    out.append(
        f"- The stand-in (`ColdStartStandIn`, a JDK 17 process of its own) is the token host and the API host on two "
        f"loopback ports, both TLS ({', '.join(tls)}, an RSA 2048 certificate made for the run and trusted through "
        f"`spring.ssl.bundle.pem.*` and `checkout.http.ssl.bundle`). The API host thinks {args.think_ms} ms per "
        f"session call; the token host answers at once, so real token latency would add to the cold rows only. "
        f"It warms itself with 300 connections per host before the first JVM, and logs every handshake and request, "
        f"from which the last two columns are counted per JVM: one handshake per host means the first call found "
        f"the warm-up's connection and token.")
    trainings = dict(line.split() for line in training)
    refresh_only = [f"{count} during the {name} training run" for name, count in trainings.items()
                    if not name.endswith("-calls")]
    out.append(
        "- Archives: `-XX:ArchiveClassesAtExit` (JDK 17) and `-XX:AOTCacheOutput` (JDK 25) in a training run with "
        "`-Dspring.context.exit=onRefresh`, as Spring Boot documents it, then `-XX:SharedArchiveFile … -Xshare:on` "
        "and `-XX:AOTCache … -XX:AOTMode=on` (both fail rather than run without the archive). "
        + ("The stand-in saw " + ", ".join(refresh_only) + " (handshakes and requests): the starter opens no "
           "connection while the context refreshes. " if refresh_only else "")
        + "The rows *trained with calls* use a training run without `spring.context.exit`: the benchmark itself, "
        "warm-up and 102 calls against the stand-in, so the archive also holds the call path's classes (and on "
        "JDK 25 its linked lambdas and method profiles); a merchant would train against a stand-in of their own, "
        "such as the starter's emulator, never Checkout.com.")
    out.append("- JDKs: " + "; ".join(v.strip() for v in args.versions.splitlines() if v.strip()) + ".")
    explained = explain(args.work)
    if explained:
        out.append("")
        out.append("## What the first call still loads")
        out.append("")
        out.append("One more JVM per JDK and warm-up mode with `-Xlog:class+load`, not measured above: the classes "
                   "loaded between `ColdStart`'s marker classes around the first call.")
        out.append("")
        out += explained
    text = "\n".join(out) + "\n"
    open(args.out, "w").write(text)
    print(text)


if __name__ == "__main__":
    main()
