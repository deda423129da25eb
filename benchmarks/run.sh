#!/usr/bin/env bash
# Builds the benchmarks, runs every contender against one fixture server (a separate process, so the
# benchmark process's CPU time is the client's alone), and writes RESULTS.md with the ratio table.
# Takes about thirteen minutes. Usage: benchmarks/run.sh [extra JMH options]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="$here/target/results"
jar="$here/target/benchmarks.jar"

# 38 forks of ~21 s each. The warm-up is the long part on purpose: on the shared 2-core machine the JIT
# needed ~15 s before our client (Spring RestClient + Jackson + HttpClient 5) reached steady state; with
# 2 s of warm-up the first run measured the compiler, not the client. The report quotes medians.
jmh_options=(-f 1 -wi 6 -w 2s -i 3 -r 2s -prof gc -prof dev.checkoutsessions.benchmarks.CpuTimeProfiler)

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
	local threads="$1" pattern="$2"
	java -jar "$jar" "$pattern" -t "$threads" "${jmh_options[@]}" \
		-jvmArgsAppend "-Dbench.server=$server" -rf json -rff "$out/t$threads.json" "${@:3}" \
		| grep -E '^(Benchmark|Sessions|Observation|TokenRefresh)' | grep -v ':gc\.' || true
}
run_jmh 1 'SessionsBenchmark|ObservationBenchmark|TokenRefreshBenchmark' "$@"
run_jmh 8 'SessionsBenchmark|ObservationBenchmark' "$@"

# The server prints its request count and CPU time when it stops.
kill "$server_pid"
wait "$server_pid" 2> /dev/null || true
trap - EXIT
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# What the auto-configuration adds to a minimal application's start (warm JVM, alternating with/without).
startup="$(java -cp "$jar" dev.checkoutsessions.benchmarks.StartupCost 40 2> /dev/null | grep '^startup')"
echo "$startup"

python3 "$here/report.py" --out "$here/RESULTS.md" --server-stats "$out/server-stats.json" \
	--load "$load_before" "$load_after" --startup "$startup" "$out/t1.json" "$out/t8.json"
