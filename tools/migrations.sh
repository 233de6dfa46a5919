#!/usr/bin/env bash
# Regenerates the EF Core migrations of both providers from the model.
# Usage: tools/migrations.sh <MigrationName>   (run from the repository root)
set -euo pipefail
name="${1:?migration name}"
dotnet tool restore >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/ParPortal --startup-project src/ParPortal.Web \
    --context "${ctx}ParPortalDbContext" --output-dir "Data/Migrations/${ctx}"
done
