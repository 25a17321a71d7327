"""The Qt desktop GUI: widgets, models and dialogs over services/ (never SQL).

The public entry point is :func:`minime_admin.gui.app.run`.
"""
