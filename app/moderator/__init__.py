"""The CdP moderator's and the evaluation cell's view: many referents' anonymised bundles merged (issue 17).

Qt-free. `merge_folder(folder)` (app.moderator.synthesis) reads every bundle of a folder tree, refuses bad
files with a reason (app.moderator.reading), merges the rest with DuckDB (app.moderator.engine,
app.moderator.sql) and returns a `Synthesis` whose counts are already suppressed
(app.moderator.suppression); `write_synthesis(synthesis, path)` (app.moderator.outputs) writes it as PDF, CSV
or JSON. The CLI is `relais cdp merge` (app.cli.moderator_commands), the window's page ui.moderator.
"""
