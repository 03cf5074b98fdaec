"""操作日志 on the Settings page: a manager's view of who did what and when, and the check that nobody altered it."""
