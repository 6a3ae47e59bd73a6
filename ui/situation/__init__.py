"""One situation open in a tab: person, situation fields, network, header and history."""
