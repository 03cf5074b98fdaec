"""导入名单: the residents page's import wizard (file, columns, check, import, done); see :mod:`.wizard`."""
