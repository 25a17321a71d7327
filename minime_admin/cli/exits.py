"""The command line's exit statuses, in a module of their own so the GUI start imports no
command code to know them (cli/__init__.py, #19.5)."""

EXIT_OK, EXIT_ERROR, EXIT_AUDIT_BROKEN = 0, 1, 3
EXIT_DAMAGED = EXIT_AUDIT_BROKEN  # the database file is damaged: the same alarm as a broken log
