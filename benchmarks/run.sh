#!/usr/bin/env bash
# Builds the benchmarks, runs every contender against one fixture server (a separate process, so the
# benchmark process's CPU time is the client's alone), and writes RESULTS.md with the ratio table.
# Takes about twenty-one minutes. Usage: benchmarks/run.sh [extra JMH options]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/target/results"
jar="$here/target/benchmarks.jar"

# Every fork measures 5 x 2 s after a warm-up sized from JIT timelines on this 2-core machine (throughput per
# 2 s iteration from a cold fork): at 1 thread every contender is steady after ~6 s; at 8 threads the 8 busy
# threads starve the JIT compiler threads, and our client (Spring RestClient + Jackson + HttpClient 5, more code
# to compile than the SDK) climbed for ~26 s (5k -> 43k calls/s) while the tuned SDK was steady after ~12 s.
# A shorter 8-thread warm-up measures the compiler, not the client. 40 forks, ~21 minutes; the report quotes
# medians.
jmh_options=(-f 1 -i 5 -r 2s -prof gc -prof dev.checkoutsessions.benchmarks.CpuTimeProfiler)
warmup_1=(-wi 5 -w 2s)
warmup_8=(-wi 15 -w 2s)

cd "$root"
mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$out"
rm -f "$out"/*

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar" dev.checkoutsessions.benchmarks.FixtureServer 0 "$out/port" > "$out/server-stats.json" 2> "$out/server.err" &
server_pid=$!
trap 'kill "$server_pid" 2> /dev/null || true' EXIT
for _ in $(seq 50); do
	[ -s "$out/port" ] && break
	sleep 0.1
done
server="http://127.0.0.1:$(cat "$out/port")"
echo "fixture server: $server (pid $server_pid)"

run_jmh() {
	local threads="$1" pattern="$2" warmup
	if [ "$threads" = 1 ]; then warmup=("${warmup_1[@]}"); else warmup=("${warmup_8[@]}"); fi
	java -jar "$jar" "$pattern" -t "$threads" "${warmup[@]}" "${jmh_options[@]}" \
		-jvmArgsAppend "-Dbench.server=$server" -rf json -rff "$out/t$threads.json" "${@:3}" \
		| grep -E '^(Benchmark|Sessions|Observation|TokenRefresh)' | grep -v ':gc\.' || true
}
run_jmh 1 'SessionsBenchmark|ObservationBenchmark|TokenRefreshBenchmark' "$@"
# Observation on/off and token refresh are per-call costs: one thread shows them without the JIT's 8-thread warm-up.
run_jmh 8 'SessionsBenchmark' "$@"

# The server prints its request count and CPU time when it stops.
kill "$server_pid"
wait "$server_pid" 2> /dev/null || true
trap - EXIT
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# What the auto-configuration adds to a minimal application's start (warm JVM, alternating with/without).
startup="$(java -cp "$jar" dev.checkoutsessions.benchmarks.StartupCost 40 2> /dev/null | grep '^startup')"
echo "$startup"

python3 "$here/report.py" --out "$here/RESULTS.md" --server-stats "$out/server-stats.json" \
	--load "$load_before" "$load_after" --startup "$startup" \
	--jmh "\`${jmh_options[*]}\`, warm-up \`${warmup_1[*]}\` at 1 thread and \`${warmup_8[*]}\` at 8" \
	"$out/t1.json" "$out/t8.json"
