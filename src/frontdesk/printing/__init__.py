"""Printing: slips, rosters and reports built with ReportLab.

No Qt here; the UI only previews the PDFs and sends them to a printer.
"""
