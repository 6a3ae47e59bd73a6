"""Getting in: first run, unlock, passphrase fields, recovery sheet, change of passphrase."""
