"""When the care station can serve: open days, and the slots its providers' hours make (no Qt, no services)."""
