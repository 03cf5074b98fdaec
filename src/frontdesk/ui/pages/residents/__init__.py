"""居民 The residents page's parts: the registry table, its filters, the resident form and its dialogs."""
