"""The register of situations, the to-contact list and erasing a person."""
