"""Documents made from one situation (issue 15): handover sheet, situation file, GDPR access.

Every document is rendered to bytes first (for the preview), then written through the export pipeline
(app.exports.pipeline: atomic owner-only file and one ExportLog row) or printed and logged the same way.
"""
