#!/usr/bin/env bash
# The cold-start benchmark (not part of mvn verify). Every run is a fresh JVM starting an application on the starter
# (ColdStart) against a loopback stand-in of Checkout.com with TLS on both the token host and the API host
# (ColdStartStandIn: its own process, so that its CPU and JIT are not the application's, warmed before the first run
# like the real hosts), the API host thinking THINK_MS per session call. Each run reports time to ready, how long the
# warm-up took after ready, the first requestSession, the second and the median of the next 100.
#
# Configurations: jdk17, jdk17-cds (a CDS archive), jdk25 and jdk25-aot (an AOT cache), the archive and the cache made
# by a training run with -Dspring.context.exit=onRefresh, as Spring Boot documents it; jdk17-cds-calls and
# jdk25-aot-calls, made by a training run that also makes the benchmark's calls against the stand-in, to show what
# training on the call path adds. Each with the warm-up off (off), on with the first call once warmUpState() is done
# (warm), and on with the first call at ready (at-ready).
# The application runs from a classpath of jars (target/cold-start/lib), as CDS and the AOT cache require. Rounds
# visit every configuration once, in a shuffled order, so that machine noise spreads over all of them. Then one JVM
# per JDK and warm-up mode logs the classes its first call loads (EXPLAIN=0 skips it).
#
# Writes benchmarks/COLD-START-RESULTS.md. A run took about 18 s on this 2-core machine at a load of 3 (the 102 calls
# take 10.5 s of it): 10 rounds of the 18 configurations take about 55 minutes with the build, trainings and class
# logs, 2 rounds about 14.
#
# Usage: benchmarks/cold-start.sh [runs per configuration, default 10]
# Environment: JAVA17_HOME, JAVA25_HOME (default: the java on the PATH, /usr/lib/jvm/temurin-25-jdk-amd64; the jdk25
# configurations are skipped without one), CONFIGS, MODES (subsets of the above, space-separated), THINK_MS (100),
# MVN_FLAGS (more Maven options, e.g. "-o"), SKIP_BUILD=1 (reuse the last build), EXPLAIN=0.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
target="$here/target"
lib="$target/cold-start/lib"
work="$target/cold-start/run"
runs="${1:-10}"
think_ms="${THINK_MS:-100}"
read -r -a configs <<< "${CONFIGS:-jdk17 jdk17-cds jdk17-cds-calls jdk25 jdk25-aot jdk25-aot-calls}"
read -r -a modes <<< "${MODES:-off warm at-ready}"
java17_home="${JAVA17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
java25_home="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
j17="$java17_home/bin/java"
j25="$java25_home/bin/java"
password="cold-start-$$"

if ! "$j17" -version 2>&1 | grep -q 'version "17'; then
	echo "$j17 is not Java 17: set JAVA17_HOME" >&2
	exit 1
fi
if [ ! -x "$j25" ]; then
	echo "no Java 25 at $java25_home (set JAVA25_HOME): skipping the jdk25 configurations" >&2
	read -r -a configs <<< "$(printf '%s\n' "${configs[@]}" | grep -v '^jdk25' | tr '\n' ' ')"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
	rm -rf "$lib"
	# shellcheck disable=SC2086 # MVN_FLAGS is a list of options
	(cd "$root" && mvn -B -q ${MVN_FLAGS:-} -pl benchmarks -am -P cold-start package -DskipTests)
fi
app_jar="$(ls "$target"/checkout-sessions-benchmarks-*.jar)"
cp="$(ls "$lib"/*.jar | sort | paste -sd:):$app_jar"
rm -rf "$work"
mkdir -p "$work"
events="$work/wire.log"

# A certificate for this run, trusted by the application through a PEM SSL bundle.
"$java17_home/bin/keytool" -genkeypair -alias stand-in -keyalg RSA -keysize 2048 -validity 2 -dname CN=localhost \
	-ext SAN=dns:localhost,ip:127.0.0.1 -storetype PKCS12 -keystore "$work/stand-in.p12" -storepass "$password" \
	-keypass "$password" 2> /dev/null
"$java17_home/bin/keytool" -exportcert -rfc -alias stand-in -keystore "$work/stand-in.p12" -storepass "$password" \
	-file "$work/stand-in.pem" 2> /dev/null

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
"$j17" -cp "$cp" dev.checkoutsessions.benchmarks.ColdStartStandIn "$work/stand-in.p12" "$password" "$think_ms" \
	"$work/ports" > "$events" 2> "$work/stand-in.err" &
stand_in_pid=$!
trap 'kill "$stand_in_pid" 2> /dev/null || true' EXIT
echo "stand-in (pid $stand_in_pid) warming up..."
for _ in $(seq 1200); do
	[ -s "$work/ports" ] && break
	kill -0 "$stand_in_pid" 2> /dev/null || { cat "$work/stand-in.err" >&2; exit 1; }
	sleep 0.25
done
read -r token_port api_port < "$work/ports"
tail -n 1 "$work/stand-in.err"
app_args=(--checkout.base-url="https://127.0.0.1:$api_port"
	--checkout.oauth.token-url="https://127.0.0.1:$token_port/connect/token"
	--checkout.oauth.client-id=ack_coldstart --checkout.oauth.client-secret=cold-start-secret
	--spring.ssl.bundle.pem.stand-in.truststore.certificate="file:$work/stand-in.pem"
	--checkout.http.ssl.bundle=stand-in --spring.main.banner-mode=off)

# The training runs. Spring Boot's: the context is refreshed, nothing more, and the JVM writes what it loaded; they
# must not touch the stand-in (the starter opens no connection during the refresh), which the wire log shows. The
# "-calls" ones run the benchmark itself, warm-up and calls included, so they do reach the stand-in.
train() {
	local name="$1" before lines
	shift
	before="$(wc -l < "$events")"
	"$@" -cp "$cp" dev.checkoutsessions.benchmarks.ColdStart warm "${app_args[@]}" > "$work/training-$name.log" 2>&1
	lines="$(($(wc -l < "$events") - before))"
	echo "$name $lines" >> "$work/training.txt"
	echo "training run $name: $lines handshakes and requests on the wire"
}
for config in "${configs[@]}"; do
	case "$config" in
		jdk17-cds) train "$config" "$j17" -XX:ArchiveClassesAtExit="$work/$config.jsa" -Dspring.context.exit=onRefresh ;;
		jdk17-cds-calls) train "$config" "$j17" -XX:ArchiveClassesAtExit="$work/$config.jsa" ;;
		jdk25-aot) train "$config" "$j25" -XX:AOTCacheOutput="$work/$config.aot" -Dspring.context.exit=onRefresh ;;
		jdk25-aot-calls) train "$config" "$j25" -XX:AOTCacheOutput="$work/$config.aot" ;;
	esac
done

# The java command of a configuration; the archives are required (-Xshare:on, -XX:AOTMode=on), so that a run without
# them fails instead of being measured as if it had them.
java_of() {
	case "$1" in
		jdk17) java_cmd=("$j17") ;;
		jdk17-cds*) java_cmd=("$j17" -XX:SharedArchiveFile="$work/$1.jsa" -Xshare:on) ;;
		jdk25) java_cmd=("$j25") ;;
		jdk25-aot*) java_cmd=("$j25" -XX:AOTCache="$work/$1.aot" -XX:AOTMode=on) ;;
		*) echo "unknown configuration $1" >&2; exit 1 ;;
	esac
}

count() {
	grep -c "^$1" <<< "$2" || true
}

run_one() {
	local config="$1" mode="$2" round="$3" before load launched result wire
	java_of "$config"
	before="$(wc -l < "$events")"
	load="$(cut -d' ' -f1 /proc/loadavg)"
	launched="$(date +%s%N)"
	if ! result="$("${java_cmd[@]}" -Dcold-start.launched="$launched" -cp "$cp" dev.checkoutsessions.benchmarks.ColdStart \
		"$mode" "${app_args[@]}" 2>> "$work/app.err" | sed -n 's/^COLD-START //p')" || [ -z "$result" ]; then
		echo "$config $mode: no result (see $work/app.err)" >&2
		exit 1
	fi
	wire="$(tail -n +"$((before + 1))" "$events")"
	local token_handshakes api_handshakes
	token_handshakes="$(count "token handshake" "$wire")"
	api_handshakes="$(count "api handshake" "$wire")"
	if [ "$token_handshakes" = 0 ] || [ "$api_handshakes" = 0 ]; then
		echo "$config $mode: the stand-in saw no TLS handshake on one of its hosts:" >&2
		echo "$wire" | sort | uniq -c >&2
		exit 1
	fi
	echo "{\"config\":\"$config\",\"round\":$round,\"load1\":$load,\"token_handshakes\":$token_handshakes,\"api_handshakes\":$api_handshakes,\"token_requests\":$(count "token POST" "$wire"),\"api_heads\":$(count "api HEAD" "$wire"),\"session_posts\":$(count "api POST /sessions" "$wire"),\"tls\":\"$(grep -m 1 -o 'handshake .*' <<< "$wire" | cut -d' ' -f2-)\",${result#\{}" \
		| tee -a "$work/runs.jsonl"
}

echo "$runs rounds of: ${configs[*]} x ${modes[*]}; load before: $load_before"
for ((round = 1; round <= runs; round++)); do
	while read -r config mode; do
		run_one "$config" "$mode" "$round"
	done < <(for config in "${configs[@]}"; do for mode in "${modes[@]}"; do echo "$config $mode"; done; done | shuf)
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# What the first call still loads: one JVM per JDK and warm-up mode with a class-loading log, which ColdStart marks
# by loading a class of its own just before and just after the first call. Not measured.
if [ "${EXPLAIN:-1}" != 0 ]; then
	for config in jdk17 jdk25; do
		printf '%s\n' "${configs[@]}" | grep -qx "$config" || continue
		java_of "$config"
		for mode in off warm; do
			"${java_cmd[@]}" -Dcold-start.marks=true -Xlog:class+load=info:file="$work/classes-$config-$mode.log" \
				-cp "$cp" dev.checkoutsessions.benchmarks.ColdStart "$mode" "${app_args[@]}" 2>> "$work/app.err" \
				| sed -n 's/^COLD-START //p' > "$work/explain-$config-$mode.json"
		done
	done
fi

versions="$(for java in "$j17" "$j25"; do [ -x "$java" ] && "$java" -version 2>&1 | sed -n 2p; done)"
python3 "$here/cold-start-report.py" --runs "$work/runs.jsonl" --work "$work" --out "$here/COLD-START-RESULTS.md" \
	--load "$load_before" "$load_after" --think-ms "$think_ms" --rounds "$runs" --jars "$(ls "$lib" | wc -l)" \
	--versions "$versions"
