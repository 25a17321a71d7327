"""SQLAlchemy models, the encrypted engine, keys, migrations. All SQL lives here."""
