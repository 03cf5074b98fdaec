"""Printing: slips, rosters and reports built with ReportLab (no Qt here; the UI only previews and sends to a printer)."""
