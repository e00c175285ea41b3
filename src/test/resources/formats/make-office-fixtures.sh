#!/usr/bin/env bash
# Regenerates interview.docx and interview.odt from interview.fodt with LibreOffice, so that the
# tests read files a real word processor wrote (bold names, a table, a tracked deletion, a
# comment, a footnote, a header and a footer). Needs: apt-get install libreoffice-writer-nogui
set -euo pipefail
cd "$(dirname "$0")"
soffice --headless --convert-to docx interview.fodt
soffice --headless --convert-to odt interview.fodt
