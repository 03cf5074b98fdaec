"""When something goes wrong: machine trouble in words (problems), the crash dialog and report, a damaged database
and what to restore instead."""
