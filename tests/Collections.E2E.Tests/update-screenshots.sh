#!/usr/bin/env bash
# Refreshes the README's screenshots in docs/screenshots/ on purpose. ./test.sh never writes there (its browser tests
# put their screenshots under TestResults/screenshots/); this runs the browser tests on SQLite with
# COLLECTIONS_UPDATE_SCREENSHOTS=1 so the ten committed images are rewritten. Commit the ones that changed.
set -euo pipefail

cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 COLLECTIONS_UPDATE_SCREENSHOTS=1
# Screenshots come from the SQLite run only; without COLLECTIONS_TEST_POSTGRES the PostgreSQL rows skip.
unset COLLECTIONS_TEST_POSTGRES

dotnet build tests/Collections.E2E.Tests/Collections.E2E.Tests.csproj -c Release -nologo -v quiet
dotnet test tests/Collections.E2E.Tests/Collections.E2E.Tests.csproj -c Release --no-build --nologo \
  --logger "console;verbosity=minimal"
git status --short docs/screenshots
