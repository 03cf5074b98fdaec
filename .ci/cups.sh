#!/usr/bin/env bash
# Start the print system (CUPS) if it is not running and add the virtual PDF printer the printing tests print to:
# printer-driver-cups-pdf writes each job as a PDF into the submitting user's ~/PDF.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! lpstat -r >/dev/null 2>&1; then
    as_root cupsd
    for _ in $(seq 50); do lpstat -r >/dev/null 2>&1 && break; sleep 0.2; done
fi
lpstat -r >/dev/null
if ! lpstat -p FrontdeskPDF >/dev/null 2>&1; then
    as_root lpadmin -p FrontdeskPDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd 2>/dev/null
fi
as_root cupsenable FrontdeskPDF
as_root cupsaccept FrontdeskPDF
lpstat -p FrontdeskPDF
