#!/bin/sh
# Seeds the load-test users into the running app's embedded PostgreSQL (see docs/benchmarks.md).
# Usage: src/load/seed.sh [applicants] [mentors]; start the app with --matchprep.embedded-db.port=<port>
# and set DB_PORT to it (default 5433). DB_HOME is the HOME the app ran with (its pgdata.secret).
set -e
applicants=${1:-400}
mentors=${2:-40}
export PGPASSWORD="$(cat "${DB_HOME:-$HOME}/.matchprep/pgdata.secret")"
exec psql -h localhost -p "${DB_PORT:-5433}" -U postgres -d matchprep -X -q \
  -v applicants="$applicants" -v mentors="$mentors" -f "$(dirname "$0")/seed/load-seed.sql"
