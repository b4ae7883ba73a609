#!/usr/bin/env bash
# Validates manifest.xml offline against the Office add-in XML schemas in ../shared (see its README).
# Exit codes: 0 valid or schemas absent (skipped), 1 xmllint missing or XML not well-formed, 3 schema errors.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

schemas="../shared/schemas/office-manifest"
if [ ! -d "$schemas" ]; then
  echo "Manifest-Prüfung übersprungen: ../shared/schemas fehlt" >&2
  exit 0
fi

if ! command -v xmllint >/dev/null 2>&1; then
  echo "xmllint fehlt: bitte libxml2-utils installieren (apt-get install -y libxml2-utils)." >&2
  exit 1
fi

xmllint --noout --nonet --schema "$schemas/OfficeAppManifestV1_1.xsd" manifest.xml
