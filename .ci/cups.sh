#!/usr/bin/env bash
# Start the print system (CUPS) if it is not running and add the virtual PDF printer the printing tests print to:
# printer-driver-cups-pdf writes each job as a PDF into the submitting user's ~/PDF.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# `lpstat -r` exits 0 whether or not the scheduler runs; only its words tell.
running() { [ "$(LC_ALL=C lpstat -r 2>/dev/null)" = "scheduler is running" ]; }
if ! running; then
    as_root cupsd
    for _ in $(seq 50); do running && break; sleep 0.2; done
fi
running || { echo "the print system (cupsd) did not start" >&2; exit 1; }
if ! lpstat -p FrontdeskPDF >/dev/null 2>&1; then
    as_root lpadmin -p FrontdeskPDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd 2>/dev/null
fi
as_root cupsenable FrontdeskPDF
as_root cupsaccept FrontdeskPDF
lpstat -p FrontdeskPDF
