#!/usr/bin/env bash
# Brings up a real WordPress for Parley's tests, on loopback only: Debian's wordpress package,
# MariaDB, and PHP's built-in web server. Two sites share one port on two loopback addresses:
#   http://127.0.0.1:$PORT  pretty permalinks (/wp-json/), anonymous REST comments allowed,
#                           a post with 300 threaded comments (see seed.php)
#   http://127.0.0.2:$PORT  plain permalinks (only /?rest_route=), no anonymous comments
# Idempotent and quick on a second run: installs only what is missing, reuses running servers,
# never seeds a post twice. Writes what it started to $STATE_DIR/sites.json, which the tests read.
# Needs root (apt-get, MariaDB). Exits non-zero, loudly, if WordPress does not come up.
#   up.sh --fresh   drops the test databases first (every test reply is gone; ids change)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PORT="${PARLEY_WP_PORT:-8481}"
STATE_DIR="${PARLEY_WP_STATE_DIR:-/var/lib/parley-wordpress}"
hosts=("127.0.0.1:$PORT" "127.0.0.2:$PORT")
kinds=(pretty plain)
started=$(date +%s)

say() { printf 'wordpress: %s\n' "$*"; }
fail() { printf 'wordpress: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (it installs Debian packages and starts MariaDB)"

# The theme: the post page the benchmarks compare against is then the one a WordPress site shows.
packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-gd curl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -qq || fail "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >/dev/null || fail "apt-get install ${missing[*]}"
fi

if ! mariadb-admin ping --silent >/dev/null 2>&1; then
  say "starting MariaDB"
  service mariadb start >/dev/null || fail "could not start MariaDB"
  for _ in $(seq 1 50); do mariadb-admin ping --silent >/dev/null 2>&1 && break; sleep 0.2; done
  mariadb-admin ping --silent >/dev/null 2>&1 || fail "MariaDB did not answer"
fi

mkdir -p "$STATE_DIR/mu-plugins" "$STATE_DIR/logs"
# Copies, so the servers keep working when this checkout moves or goes away.
cp "$here/router.php" "$STATE_DIR/router.php"
cp "$here/mu-plugins/"*.php "$STATE_DIR/mu-plugins/"

for i in 0 1; do
  host="${hosts[$i]}" kind="${kinds[$i]}" db="parley_wp_${kinds[$i]}"
  if [ "${1:-}" = --fresh ]; then mariadb -u root -e "DROP DATABASE IF EXISTS $db"; fi
  mariadb -u root -e "CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS 'parley_wp'@'localhost' IDENTIFIED BY 'parley-wp-test';
    GRANT ALL ON $db.* TO 'parley_wp'@'localhost';" || fail "could not create database $db"
  # Debian's wp-config.php reads /etc/wordpress/config-<host>.php (the port is ignored).
  {
    echo "<?php // Written by Parley's .ci/wordpress/up.sh: a test site on loopback."
    echo "define('DB_NAME', '$db');"
    echo "define('DB_USER', 'parley_wp');"
    echo "define('DB_PASSWORD', 'parley-wp-test');"
    echo "define('DB_HOST', 'localhost');"
    echo "define('WP_HOME', 'http://$host');"
    echo "define('WP_SITEURL', 'http://$host');"
    echo "define('DISABLE_WP_CRON', true);"
    echo "define('AUTOMATIC_UPDATER_DISABLED', true);"
    # Only the pretty site loads the plugin that allows anonymous REST comments.
    if [ "$kind" = pretty ]; then
      echo "define('WPMU_PLUGIN_DIR', '$STATE_DIR/mu-plugins');"
    fi
  } >"/etc/wordpress/config-${host%%:*}.php"
  php "$here/install-site.php" "$host" "$kind" >/dev/null || fail "could not install $host"
done

rest_ok() { curl -fsS --max-time 5 -o /dev/null "$1" 2>/dev/null; }
for i in 0 1; do
  host="${hosts[$i]}"
  if rest_ok "http://$host/?rest_route=/"; then continue; fi
  say "starting PHP's web server on $host"
  # Four workers: the browser test and the adapter ask for several pages at once.
  PHP_CLI_SERVER_WORKERS=4 setsid php -S "$host" -t /usr/share/wordpress "$STATE_DIR/router.php" \
    >"$STATE_DIR/logs/${host%%:*}.log" 2>&1 </dev/null &
  echo $! >"$STATE_DIR/php-${host%%:*}.pid"
  for _ in $(seq 1 50); do rest_ok "http://$host/?rest_route=/" && break; sleep 0.2; done
  rest_ok "http://$host/?rest_route=/" ||
    fail "WordPress on $host does not answer; see $STATE_DIR/logs/${host%%:*}.log"
done
rest_ok "http://${hosts[0]}/wp-json/" || fail "http://${hosts[0]}/wp-json/ does not answer"

pretty_posts=$(php "$here/seed.php" "${hosts[0]}" pretty) || fail "seeding ${hosts[0]}"
plain_posts=$(php "$here/seed.php" "${hosts[1]}" plain) || fail "seeding ${hosts[1]}"
cat >"$STATE_DIR/sites.json.tmp" <<JSON
{
  "pretty": { "url": "http://${hosts[0]}", "posts": $pretty_posts },
  "plain": { "url": "http://${hosts[1]}", "posts": $plain_posts }
}
JSON
mv "$STATE_DIR/sites.json.tmp" "$STATE_DIR/sites.json"
say "up in $(($(date +%s) - started)) s: http://${hosts[0]} and http://${hosts[1]} ($STATE_DIR/sites.json)"
