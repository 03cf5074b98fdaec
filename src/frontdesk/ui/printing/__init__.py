"""Putting the documents of :mod:`frontdesk.printing` on paper: the desk's printers, the print queue that sends to
them off the GUI thread, and the preview window. The documents themselves are PDFs built without Qt."""
