"""Documents made from a situation for the person and the partners (handover, notes, calendar)."""
