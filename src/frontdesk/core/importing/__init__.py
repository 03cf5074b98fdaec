"""Residents' rosters brought in from the spreadsheets centers already keep (导入居民名单)."""
