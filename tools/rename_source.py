"""Rename an English UI text (a tr() source) in its .py file and in the .ts files, keeping the translations.

The English texts key the French and Dutch translations: editing one in the code alone would leave its
translation obsolete and the new text unfinished. This rewrites the string literal in the given file and the
<source> of the same context in every relais_*.ts, so `make translations-update` finds nothing new.

    python -m tools.rename_source ui/register/view.py RegisterView "S&tatus:" "St&atus:"
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def ts_escape(text: str) -> str:
    """As lupdate writes a source: &, <, > and both quotes as entities."""
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def rename_in_python(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    count = text.count(f'"{old}"')
    path.write_text(text.replace(f'"{old}"', f'"{new}"'), encoding="utf-8")
    return count


def rename_in_ts(path: Path, context: str, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    block = re.search(rf"<context>\s*<name>{re.escape(context)}</name>.*?</context>", text, re.DOTALL)
    if block is None:
        return 0
    source, renamed = f"<source>{ts_escape(old)}</source>", f"<source>{ts_escape(new)}</source>"
    count = block.group(0).count(source)
    text = text[:block.start()] + block.group(0).replace(source, renamed) + text[block.end():]
    path.write_text(text, encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__)
        return 2
    python_file, context, old, new = argv
    in_code = rename_in_python(Path(python_file), old, new)
    in_ts = {ts.name: rename_in_ts(ts, context, old, new) for ts in sorted(TRANSLATIONS.glob("relais_*.ts"))}
    print(f"{python_file}: {in_code}; " + ", ".join(f"{name}: {count}" for name, count in in_ts.items()))
    return 0 if in_code and in_ts.get("relais_fr.ts") and in_ts.get("relais_nl.ts") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
