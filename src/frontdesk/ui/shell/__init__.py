"""The desk itself: start-up, the main window and its navigation, preferences and appearance, what runs in the
background (the change poll, periodic backups, garbage collection), and the composition root that builds it all.
May import any other ui package; nothing imports it but the entry point and the tests."""
