"""设置 Settings: the desk's own settings and, for managers, one module per section: staff, backups and restore,
privacy, the database server, the audit log."""
