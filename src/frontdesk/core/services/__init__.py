"""Services: one function per user action, each one transaction, each returning plain data (no live ORM objects)."""
