#!/usr/bin/env python3
"""Turns the JMH JSON of run.sh into the ratio table (stdout) and RESULTS.md.

Medians of the measured iterations are quoted throughout: on a shared 2-core machine a single noisy
iteration moves a mean far more than a median.
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess

CONTENDERS = ["ours-default", "ours-jdk", "ours-jetty", "ours-reactor", "sdk-default", "sdk-tuned", "floor",
              "floor-json", "server-ceiling"]
OPERATIONS = ["requestSession", "getSessionDetails"]


def iterations(metric):
    return [v for fork in metric.get("rawData", []) for v in fork] or [metric["score"]]


def load(paths):
    """{(class, method, contender-or-param, threads): {ops, cpu_ns, alloc_b, mean, error, runs}}

    The same benchmark from several files (run.sh with RUNS=2 or more) is pooled: its medians are taken
    over the iterations of every run.
    """
    pooled = {}
    for path in paths:
        if not os.path.exists(path):
            continue
        for entry in json.load(open(path)):
            cls, method = entry["benchmark"].split(".")[-2:]
            param = next(iter(entry.get("params", {}).values()), "")
            secondary = entry.get("secondaryMetrics", {})
            slot = pooled.setdefault((cls, method, param, entry["threads"]),
                                     {"ops": [], "cpu_ns": [], "alloc_b": [], "means": [], "errors": []})
            slot["ops"] += iterations(entry["primaryMetric"])
            slot["means"].append(entry["primaryMetric"]["score"])
            slot["errors"].append(float(entry["primaryMetric"]["scoreError"]))
            if "cpu.time.norm" in secondary:
                slot["cpu_ns"] += iterations(secondary["cpu.time.norm"])
            if "gc.alloc.rate.norm" in secondary:
                slot["alloc_b"] += iterations(secondary["gc.alloc.rate.norm"])
    nan = float("nan")
    return {key: {"ops": statistics.median(slot["ops"]),
                  "cpu_ns": statistics.median(slot["cpu_ns"]) if slot["cpu_ns"] else nan,
                  "alloc_b": statistics.median(slot["alloc_b"]) if slot["alloc_b"] else nan,
                  "mean": statistics.mean(slot["means"]),
                  "error": max(slot["errors"]),
                  "runs": len(slot["means"])}
            for key, slot in pooled.items()}


def ratio(a, b):
    return a / b if b and b == b and a == a else float("nan")


def fmt_ratio(value):
    return "—" if value != value else f"{value:.2f}×"


def main_table(results):
    lines = ["| operation | threads | contender | calls/s (median) | CPU µs/call | alloc KB/call "
             "| ÷ SDK default | ÷ SDK tuned | CPU ÷ floor | alloc ÷ floor |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for operation in OPERATIONS:
        for threads in (1, 8):
            row = lambda c: results.get(("SessionsBenchmark", operation, c, threads))
            sdk, tuned, floor = row("sdk-default"), row("sdk-tuned"), row("floor")
            for contender in CONTENDERS:
                r = row(contender)
                if r is None:
                    continue
                lines.append(
                    f"| {operation} | {threads} | {contender} | {r['ops']:,.0f} | {r['cpu_ns'] / 1000:.1f} "
                    f"| {r['alloc_b'] / 1024:.1f} "
                    f"| {fmt_ratio(ratio(r['ops'], sdk['ops'] if sdk else None))} "
                    f"| {fmt_ratio(ratio(r['ops'], tuned['ops'] if tuned else None))} "
                    f"| {fmt_ratio(ratio(r['cpu_ns'], floor['cpu_ns'] if floor else None))} "
                    f"| {fmt_ratio(ratio(r['alloc_b'], floor['alloc_b'] if floor else None))} |")
    return lines


def goals(results):
    lines = ["| goal | operation | threads | measured | met |", "|---|---|---:|---:|---|"]
    get = lambda c, op, t: results.get(("SessionsBenchmark", op, c, t))
    for op in OPERATIONS:
        checks = []
        ours8, sdk8 = get("ours-default", op, 8), get("sdk-default", op, 8)
        if ours8 and sdk8:
            checks.append(("≥ 4× SDK default throughput", 8, ratio(ours8["ops"], sdk8["ops"]), lambda v: v >= 4))
        for t in (1, 8):
            ours, tuned, floor = get("ours-default", op, t), get("sdk-tuned", op, t), get("floor", op, t)
            if ours and tuned:
                checks.append(("ahead of tuned SDK throughput", t, ratio(ours["ops"], tuned["ops"]), lambda v: v > 1))
            if ours and floor:
                checks.append(("CPU/call ≤ 1.25× floor", t, ratio(ours["cpu_ns"], floor["cpu_ns"]), lambda v: v <= 1.25))
                checks.append(("alloc/call ≤ 2× floor", t, ratio(ours["alloc_b"], floor["alloc_b"]), lambda v: v <= 2))
        for name, t, value, ok in checks:
            lines.append(f"| {name} | {op} | {t} | {fmt_ratio(value)} | {'yes' if ok(value) else '**no**'} |")
    return lines


def transports(results):
    lines = ["| operation | threads | JDK | HttpClient 5 (default) | Jetty | Reactor Netty | fastest |",
             "|---|---:|---:|---:|---:|---:|---|"]
    names = [("ours-jdk", "JDK"), ("ours-default", "HttpClient 5"), ("ours-jetty", "Jetty"),
             ("ours-reactor", "Reactor Netty")]
    for op in OPERATIONS:
        for t in (1, 8):
            rows = [(label, results.get(("SessionsBenchmark", op, c, t))) for c, label in names]
            if not any(r for _, r in rows):
                continue
            best = max((r["ops"], label) for label, r in rows if r)
            cells = " | ".join(f"{r['ops']:,.0f} ({r['cpu_ns'] / 1000:.0f} µs CPU)" if r else "—" for _, r in rows)
            lines.append(f"| {op} | {t} | {cells} | {best[1]} |")
    return lines


def observation(results):
    lines = ["| threads | observation | calls/s | CPU µs/call | alloc KB/call |", "|---:|---|---:|---:|---:|"]
    for t in (1, 8):
        for mode in ("off", "on"):
            r = results.get(("ObservationBenchmark", "requestSession", mode, t))
            if r:
                lines.append(f"| {t} | {mode} | {r['ops']:,.0f} | {r['cpu_ns'] / 1000:.1f} | {r['alloc_b'] / 1024:.1f} |")
        off = results.get(("ObservationBenchmark", "requestSession", "off", t))
        on = results.get(("ObservationBenchmark", "requestSession", "on", t))
        if off and on:
            lines.append(f"| {t} | on − off | {on['ops'] - off['ops']:+,.0f} | {(on['cpu_ns'] - off['cpu_ns']) / 1000:+.1f} "
                         f"| {(on['alloc_b'] - off['alloc_b']) / 1024:+.1f} |")
    return lines


def token_refresh(results):
    lines = ["| contender | calls/s, cached token | calls/s, new token every call | added per refresh (wall µs) "
             "| added CPU µs | added KB |", "|---|---:|---:|---:|---:|---:|"]
    for c in ("ours-default", "sdk-default"):
        plain = results.get(("SessionsBenchmark", "requestSession", c, 1))
        fresh = results.get(("TokenRefreshBenchmark", "requestSession", c, 1))
        if plain and fresh:
            lines.append(f"| {c} | {plain['ops']:,.0f} | {fresh['ops']:,.0f} "
                         f"| {1e6 / fresh['ops'] - 1e6 / plain['ops']:.0f} "
                         f"| {(fresh['cpu_ns'] - plain['cpu_ns']) / 1000:.1f} "
                         f"| {(fresh['alloc_b'] - plain['alloc_b']) / 1024:.1f} |")
    return lines


def server_cost(results, stats_path):
    lines = []
    try:
        stats = json.loads(open(stats_path).read().strip().splitlines()[-1])
        per_request = stats["cpu_ns"] / max(stats["requests"], 1) / 1000
        lines.append(f"- The fixture server (separate JVM, one thread per connection) served {stats['requests']:,} "
                     f"requests using {stats['cpu_ns'] / 1e9:.1f} s of CPU in all: **{per_request:.1f} µs of CPU per "
                     f"request**, start-up and JIT included.")
    except (OSError, ValueError, IndexError, KeyError):
        lines.append("- Server statistics were not available.")
    for t in (1, 8):
        ceiling = results.get(("SessionsBenchmark", "requestSession", "server-ceiling", t))
        floor = results.get(("SessionsBenchmark", "requestSession", "floor", t))
        ours = results.get(("SessionsBenchmark", "requestSession", "ours-default", t))
        if ceiling and floor and ours:
            lines.append(f"- {t} thread(s): a raw keep-alive socket gets {ceiling['ops']:,.0f} calls/s from the server, "
                         f"{ratio(ceiling['ops'], floor['ops']):.1f}× the floor and {ratio(ceiling['ops'], ours['ops']):.1f}× "
                         f"our default client.")
    return lines


def raw_scores(results):
    lines = ["| benchmark | param | threads | runs | median calls/s | mean ± 99.9% error (largest of the runs) "
             "| CPU ns/op | alloc B/op |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for (cls, method, param, t), r in sorted(results.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][3], kv[0][2])):
        lines.append(f"| {cls}.{method} | {param} | {t} | {r['runs']} | {r['ops']:,.0f} | {r['mean']:,.0f} ± {r['error']:,.0f} "
                     f"| {r['cpu_ns']:,.0f} | {r['alloc_b']:,.0f} |")
    return lines


def quietness(load_before):
    try:
        busy = float(load_before.split()[0]) > 1.0  # the 1-minute average: the longer ones remember earlier runs
    except (ValueError, IndexError):
        busy = True
    if busy:
        return ("**The machine was shared**: other work was running when the run started (see the load average). "
                "Absolute numbers are noisy (see the error bars in the raw scores); read the medians and the ratios, "
                "and treat differences under ~20 % as noise.")
    return ("The machine was otherwise idle when the run started (see the load average); the 8-thread runs load "
            "both cores themselves. Read the medians and the ratios; the raw scores show the spread.")


def machine(load):
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip()
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return [f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
            f"- CPU: {cpu}, `nproc` = {os.cpu_count()}; load average (1/5/15 min) {load[0]} before, {load[1]} after",
            "- JDK:", "", "```", java, "```"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--server-stats", required=True)
    parser.add_argument("--load", nargs=2, default=["?", "?"])
    parser.add_argument("--startup", default=None, help="the line StartupCost printed")
    parser.add_argument("--jmh", default="(options not recorded)", help="the JMH options, as Markdown")
    parser.add_argument("json", nargs="+")
    args = parser.parse_args()
    results = load(args.json)

    table = main_table(results)
    print("\n".join(table))
    print()
    print("\n".join(goals(results)))

    doc = ["# Benchmark results", "",
           "Written by `benchmarks/run.sh`. Every contender sends the same `POST /sessions` request "
           "(`post-sessions-request-non-hosted.json`) or `GET /sessions/{id}` to the same loopback fixture server "
           "(201 `post-sessions-201-approved.json`, 200 `get-sessions-200-pending.json`), in the same run.",
           "",
           quietness(args.load[0]), ""]
    doc += machine(args.load)
    doc += ["", f"JMH 1.37: {args.jmh}, one shared client per "
            "benchmark (`Scope.Benchmark`), `-t 1` and `-t 8`. *CPU µs/call* is the benchmark JVM's process CPU "
            "time per call (all its threads: JMH, GC, the JDK client's selector, the SDK's pool); the server runs "
            "in its own JVM so it is not counted. *alloc* is JMH's `gc.alloc.rate.norm`. Logging goes to SLF4J's "
            "no-op provider (`slf4j-nop`), so the SDK's three INFO lines per call cost it almost nothing here.", "",
            "Contenders: `ours-default` = `SessionsClient.builder()` with no request factory (it picks Apache "
            "HttpClient 5, present here); `ours-jdk` / `ours-jetty` / `ours-reactor` = the same client with Spring's "
            "JDK / Jetty / Reactor Netty request factory; `sdk-default` = `checkout-sdk-java` 6.0.30 as built by "
            "its README (2 connections per route, common pool); `sdk-tuned` = its pool and executor sized to the "
            "thread count; `floor` = Apache HttpClient 5 with pre-serialized bytes, no JSON binding; `floor-json` = "
            "the same plus writing the request and reading the answer with a Jackson 3 mapper configured as ours "
            "(the price of binding); "
            "`server-ceiling` = raw keep-alive sockets, to show what the server can serve.", "",
            "## Ratios", ""]
    doc += table
    doc += ["", "## Goals (our default configuration)", ""] + goals(results)
    doc += ["", "## Transports (our client)", ""] + transports(results)
    doc += ["", "## Observation off / on (ours, default transport, requestSession)", "",
            "On = an `ObservationRegistry` with a `DefaultMeterObservationHandler` on a `SimpleMeterRegistry`; it "
            "records both `checkout.sessions.client` and RestClient's `http.client.requests`.", ""]
    doc += observation(results)
    doc += ["", "## Token refresh (1 thread)", "",
            "Each call of `TokenRefreshBenchmark` fetches a new OAuth token first (ours: a clock that leaps 2 h per "
            "reading; the SDK: `expires_in: 0`). The difference from the same contender's plain `requestSession` "
            "is the cost of one refresh.", ""]
    doc += token_refresh(results)
    doc += ["", "## Is the server the bottleneck?", ""] + server_cost(results, args.server_stats)
    startup = (f"`StartupCost` ({args.startup.strip()}). A minimal application (`@EnableAutoConfiguration`, no web "
               "server) is started repeatedly in one warm JVM, alternately with the starter's auto-configurations "
               "and with them excluded; goal: < 50 ms added.") if args.startup else "Not measured in this run."
    doc += ["", "## Startup", "", startup, "",
            "## Raw scores", ""] + raw_scores(results)
    with open(args.out, "w") as out:
        out.write("\n".join(doc) + "\n")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
