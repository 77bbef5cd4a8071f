"""The local SQLite store (stdlib sqlite3): opening safely, migrations, repositories, backups."""
