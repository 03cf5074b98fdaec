"""The Qt desktop interface. Nothing in :mod:`frontdesk.core` imports from here."""
