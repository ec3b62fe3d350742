#!/usr/bin/env bash
# Time to ready of the packaged jar: from `java -jar` until /actuator/health/readiness says UP.
# Runs it $ROUNDS times (default 3) on a fresh embedded database each time, then $ROUNDS times on the one
# the last fresh run left behind (migrated and seeded), and prints each time and the medians.
#
#   scripts/startup-time.sh target/matchprep-*.jar [extra java options...]
#
# e.g. scripts/startup-time.sh target/matchprep-0.1.0-SNAPSHOT.jar -XX:AOTCache=target/app.aot
set -euo pipefail
jar=$1; shift
rounds=${ROUNDS:-3}
port=${PORT:-18763}
work=$(mktemp -d /tmp/matchprep-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT

once() { # $1 = data directory; prints seconds to ready
  local data=$1 start end pid
  shift
  if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is taken; set PORT" >&2; exit 1; fi
  start=$(date +%s.%N)
  HOME="$work/home" "${JAVA:-java}" "$@" -jar "$jar" --server.port="$port" --matchprep.embedded-db.data-dir="$data" \
    >"$work/app.log" 2>&1 &
  pid=$!
  until curl -fsS "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "the app died; log: $(tail -20 "$work/app.log")" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  kill -TERM "$pid"; wait "$pid" || true
  echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

mkdir -p "$work/home"
fresh=(); existing=()
for i in $(seq "$rounds"); do rm -rf "$work/pgdata" "$work/pgdata.secret"; fresh+=("$(once "$work/pgdata" "$@")"); done
for i in $(seq "$rounds"); do existing+=("$(once "$work/pgdata" "$@")"); done
echo "fresh database:    ${fresh[*]} s; median $(printf '%s\n' "${fresh[@]}" | median) s"
echo "existing database: ${existing[*]} s; median $(printf '%s\n' "${existing[@]}" | median) s"
