"""统计 Reports (a placeholder until they arrive)."""
