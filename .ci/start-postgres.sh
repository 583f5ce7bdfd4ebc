# Sourced by .ci/run: a throwaway PostgreSQL cluster for the store's PostgreSQL tests. Installs
# Debian's server package when it is missing, starts a cluster in a temporary folder as the
# postgres user, listening on 127.0.0.1 only, exports HEARSAY_PG_URL for the build, and stops
# and deletes the cluster when the calling shell exits.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$pg_bin" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi
pg_port=55432
pg_data="$(mktemp -d /tmp/hearsay-ci-pg.XXXXXX)"
chown postgres "$pg_data"
# initdb refuses to run as root; trust authentication is safe on a loopback-only throwaway cluster.
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data" start >/dev/null
trap 'runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null; rm -rf "$pg_data"' EXIT
runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" hearsay
export HEARSAY_PG_URL="jdbc:postgresql://127.0.0.1:$pg_port/hearsay?user=postgres"
