"""The domain: ORM models, services and rules. Nothing in this package imports Qt (a test guards it)."""
