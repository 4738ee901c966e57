"""Storage: the only layer that knows SQL. peewee models on one local SQLite file."""
