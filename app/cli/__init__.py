"""The command line: `relais SUBCOMMAND`, one front door onto the use cases (no Qt)."""
