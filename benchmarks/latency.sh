#!/usr/bin/env bash
# The latency-bound benchmark (not part of mvn verify): a loopback stand-in that thinks THINK_MS per session call,
# N callers looping requestSession, one contender and one N per JVM. Writes benchmarks/LATENCY-RESULTS.md.
# Takes about ten minutes (15 s of warm-up per JVM: at 400+ callers the JIT is still compiling after 5 s). Usage: benchmarks/latency.sh [N ...]   (default: 50 200 400 1000)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/target/latency"
jar="$here/target/benchmarks.jar"
think_ms="${THINK_MS:-100}"
warmup_s="${WARMUP_S:-15}"
measure_s="${MEASURE_S:-5}"
callers=("$@")
[ ${#callers[@]} -gt 0 ] || callers=(50 200 400 1000)
contenders=(ours-default ours-max sdk-default sdk-tuned raw-hc5)

cd "$root"
mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$out"
rm -f "$out"/*

start_server() {
	local port_file="$1"; shift
	java -Xss256k -cp "$jar" dev.checkoutsessions.benchmarks.FixtureServer 0 "$port_file" "$@" > /dev/null 2> "$out/server.err" &
	echo $!
}
server_pid="$(start_server "$out/port" "$think_ms")"
stall_pid="$(start_server "$out/stall-port" 0 stall)"
trap 'kill "$server_pid" "$stall_pid" 2> /dev/null || true' EXIT
for _ in $(seq 50); do
	[ -s "$out/port" ] && [ -s "$out/stall-port" ] && break
	sleep 0.1
done
server="http://127.0.0.1:$(cat "$out/port")"
stalling="http://127.0.0.1:$(cat "$out/stall-port")"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "stand-in: $server (think $think_ms ms), stalling: $stalling, load before: $load_before"

for n in "${callers[@]}"; do
	for contender in "${contenders[@]}"; do
		java -Xss256k -Xmx2g -cp "$jar" dev.checkoutsessions.benchmarks.LatencyBench "$server" "$contender" "$n" \
			"$think_ms" "$warmup_s" "$measure_s" | tee -a "$out/results.jsonl"
	done
done
java -cp "$jar" dev.checkoutsessions.benchmarks.LatencyBench "$stalling" stall-ours-default 300 | tee "$out/stall.json"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$out/results.jsonl" "$out/stall.json" "$here/LATENCY-RESULTS.md" "$think_ms" "$load_before" "$load_after" "$(nproc)" "$warmup_s" "$measure_s" <<'PY'
import json, sys, datetime
results, stall, target, think, before, after, cores, warm, meas = sys.argv[1:10]
rows = [json.loads(line) for line in open(results) if line.strip()]
s = json.loads(open(stall).read())
out = []
out.append("# Latency-bound benchmark\n")
out.append(f"Run {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC on {cores} cores, load average before {before}, after {after}. "
           f"Stand-in think time {think} ms; ideal = N / think time; warm-up {warm} s, measured {meas} s per JVM, callers started before the clock. One JVM per row (client and stand-in share the cores). "
           "`benchmarks/latency.sh` reproduces it.\n")
out.append("| N | contender | calls/s | ideal | ÷ ideal | p50 ms | p99 ms | threads | heap KB per in-flight call | failures |")
out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    out.append(f"| {r['callers']} | {r['contender']} | {r['calls_per_s']:.0f} | {r['ideal']:.0f} | {r['ratio']:.2f} | "
               f"{r['p50_ms']:.0f} | {r['p99_ms']:.0f} | {r['threads']} | {r['heap_per_call_kb']:.1f} | {r['failures']} |")
out.append("")
out.append(f"Stall case: {s['callers']} callers of `ours-default` (call-timeout 20 s) against a server that never answers: "
           f"{s['finished']} finished, p50 {s['p50_ms']/1000:.2f} s, p100 {s['p100_ms']/1000:.2f} s "
           f"(bound: 22.00 s = call-timeout + 10 %); outcomes {s['outcomes']}.")
open(target, "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
