#!/bin/sh
# Starts MatchPrep in its container, and refuses to start where data would be lost without a word:
# without SPRING_DATASOURCE_URL the app would keep its data inside the container, gone with it.
set -eu

data_dir=/home/matchprep/.matchprep

fail() {
    echo "MatchPrep: $*" >&2
    exit 64
}

# Field 5 of /proc/self/mountinfo is where a mount is seen inside the container, field 4 what it shows
# of its source: Docker and Podman name an anonymous volume by 64 hex digits (.../volumes/<id>/_data).
mount_source() {
    awk -v dir="$1" '$5 == dir { source = $4 } END { if (source == "") exit 1; print source }' /proc/self/mountinfo
}

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
    exec java -jar /app/application.jar "$@"
fi

if [ "${MATCHPREP_EMBEDDED_DB:-}" != "true" ]; then
    fail "no database configured. Set SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/matchprep),
SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or use compose.yaml, which starts PostgreSQL too.
For a trial with the embedded PostgreSQL, ask for it and give it a volume:
  docker run -p 8080:8080 -e MATCHPREP_EMBEDDED_DB=true -v matchprep-data:$data_dir matchprep"
fi

volume_source=$(mount_source "$data_dir") \
    || fail "MATCHPREP_EMBEDDED_DB=true needs a volume at $data_dir, or the data ends with the container:
  docker run -p 8080:8080 -e MATCHPREP_EMBEDDED_DB=true -v matchprep-data:$data_dir matchprep"
if echo "$volume_source" | grep -Eq '/volumes/[0-9a-f]{64}/_data$'; then
    fail "the volume at $data_dir has no name, so 'docker run --rm' or 'docker compose down -v' deletes it;
name it: -v matchprep-data:$data_dir"
fi
[ -w "$data_dir" ] \
    || fail "$data_dir is not writable by the user matchprep (uid $(id -u)); for a host directory: chown $(id -u) <dir>"

echo "MatchPrep: embedded PostgreSQL, data in the volume at $data_dir/pgdata" >&2
exec java -Dmatchprep.embedded-db.data-dir="$data_dir/pgdata" -jar /app/application.jar "$@"
