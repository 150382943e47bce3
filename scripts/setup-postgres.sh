#!/usr/bin/env bash
# Start a PostgreSQL server for the queue's tests (they run on SQLite and on Postgres) and print
# the URL of its `postgres` database for a role that may create databases.
#
#     PARALLELIZE_TEST_POSTGRES="$(bash scripts/setup-postgres.sh | tail -n1)"
#
# Uses the first cluster of Debian's postgresql-common (installed with apt when missing, as
# root); each test creates its own database `pz_<pid>_<n>`, and the ones of earlier runs are
# dropped here. Set PARALLELIZE_TEST_POSTGRES yourself to use another server.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y -qq postgresql >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null; }
    else
        echo "PostgreSQL is missing: install it (Debian/Ubuntu: sudo apt-get install postgresql)" >&2
        exit 1
    fi
fi

read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n1)
if [[ -z "${version:-}" ]]; then
    echo "no PostgreSQL cluster (pg_createcluster 15 main)" >&2
    exit 1
fi
if [[ "$status" != online* ]]; then
    pg_ctlcluster "$version" "$cluster" start
fi

as_postgres() {
    if [[ "$(id -un)" == postgres ]]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi
}
psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }

psql_admin -c "DO \$\$ BEGIN
    CREATE ROLE parallelize_test LOGIN CREATEDB PASSWORD 'parallelize_test';
EXCEPTION WHEN duplicate_object THEN NULL; END \$\$;" >/dev/null
for db in $(psql_admin -c "SELECT datname FROM pg_database WHERE datname LIKE 'pz\_%'"); do
    psql_admin -c "DROP DATABASE IF EXISTS \"$db\"" >/dev/null
done
echo "postgres://parallelize_test:parallelize_test@127.0.0.1:${port}/postgres"
