"""Spreadsheets in and out: tables written for Excel and WPS (``writing``), rosters read from them (``reading``)."""
