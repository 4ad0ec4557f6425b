#!/bin/bash
# Run once by the postgres image on an empty data directory (docker-entrypoint-initdb.d), as the image's superuser.
# Two roles (docs/decisions/0016): casework_owner owns the database and runs the migrations; casework_app is what the
# application connects as, owning nothing, granted what it needs by the migrations.
set -euo pipefail
: "${CASEWORK_DB_OWNER_PASSWORD:?set CASEWORK_DB_OWNER_PASSWORD}"
: "${CASEWORK_DB_APP_PASSWORD:?set CASEWORK_DB_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner_password="$CASEWORK_DB_OWNER_PASSWORD" -v app_password="$CASEWORK_DB_APP_PASSWORD" <<'SQL'
create role casework_owner login password :'owner_password';
create role casework_app login password :'app_password';
create database casework owner casework_owner;
\connect casework
-- PostgreSQL 15 gives the public schema to the database owner; nobody else may create in it.
revoke create on schema public from public;
SQL
