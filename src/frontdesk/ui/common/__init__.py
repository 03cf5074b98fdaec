"""What every page and dialog shares: the change hub, the one database worker, table and line-edit helpers, the
clock and icons, prompts. Imports no page, shell or access module."""
