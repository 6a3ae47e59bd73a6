"""Use cases of Relais: services over the register, import/export, demo data, reports and the CLI (no Qt)."""
