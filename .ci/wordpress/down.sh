#!/usr/bin/env bash
# Stops the PHP web servers that up.sh started (MariaDB and the databases are left alone).
set -uo pipefail
STATE_DIR="${PARLEY_WP_STATE_DIR:-/var/lib/parley-wordpress}"
for pidfile in "$STATE_DIR"/php-*.pid; do
  [ -f "$pidfile" ] || continue
  # setsid made each server the leader of its own process group: this ends its workers too.
  kill -- "-$(cat "$pidfile")" 2>/dev/null && echo "stopped $(basename "$pidfile" .pid)"
  rm -f "$pidfile"
done
