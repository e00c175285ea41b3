#!/usr/bin/env bash
# Builds the example corpus's Word and OpenDocument files from these flat OpenDocument sources
# with LibreOffice, as a transcriber's word processor would save them.
# Needs: apt-get install libreoffice-writer-nogui
set -euo pipefail
cd "$(dirname "$0")"
soffice --headless --convert-to docx --outdir ../interviews emmen-ouder-3.fodt
soffice --headless --convert-to odt --outdir ../interviews tilburg-prof-3.fodt
