#!/usr/bin/env bash
# The kill-one-node trial (decision 019, README "Running in production"): two nodes behind nginx
# (deploy/two-nodes.sh, in a fresh run folder), then deploy/trials/kill-one-node.mjs in headless Chromium,
# which prints per trial what happened and at the end "drafts lost: N of 10 trials" (must be 0).
#   ./mvnw package -DskipTests && deploy/trials/kill-one-node.sh        (TRIALS=3 for a shorter run)
# Needs Node.js (npm fetches playwright-core, the driver only) and Chromium (/usr/bin/chromium, or CHROMIUM=...).
set -euo pipefail
cd "$(dirname "$0")/../.."

export MATCHPREP_RUN_DIR=${MATCHPREP_RUN_DIR:-/tmp/matchprep-kill-trial}
rm -rf "$MATCHPREP_RUN_DIR"
if [ ! -d deploy/trials/node_modules/playwright-core ]; then
    npm install --prefix deploy/trials --no-audit --no-fund --silent playwright-core@1.65.1
fi
trap 'deploy/two-nodes.sh stop' EXIT
deploy/two-nodes.sh start
node deploy/trials/kill-one-node.mjs
