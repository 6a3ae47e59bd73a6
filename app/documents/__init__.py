"""Documents made from the register for the person and the partners (issue 15): handover sheet, situation
file, GDPR access, fridge note, note to the GP, follow-ups calendar.

Every document is rendered to bytes first (for the preview), then written through the export pipeline
(app.exports.pipeline: atomic owner-only file and one ExportLog row) or printed and logged the same way.
"""
