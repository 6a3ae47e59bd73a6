"""Module and function sizes of the installed packages (ui, app, storage), as JSON.

    python -m tools.code_size [--limit-module 400] [--limit-function 30]

Counts physical lines. Functions include methods; a nested function counts on its own and inside its
parent.
"""

from __future__ import annotations

import argparse
import ast
import json
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ui", "app", "storage")


def _functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (f"{path.relative_to(ROOT)}:{node.name}", (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def measure(limit_module: int, limit_function: int) -> dict:
    modules = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
               for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}
    functions = [item for name in modules for item in _functions(ROOT / name)]
    lengths = [length for _name, length in functions]
    folders = {str(Path(name).parent) for name in modules}
    return {
        "modules": len(modules),
        "folders": len(folders),
        "module_lines_median": statistics.median(modules.values()),
        "module_lines_max": max(modules.values()),
        f"modules_over_{limit_module}": sorted(n for n, v in modules.items() if v > limit_module),
        "functions": len(functions),
        "function_lines_median": statistics.median(lengths),
        "function_lines_p95": sorted(lengths)[int(0.95 * (len(lengths) - 1))],
        "function_lines_max": max(lengths),
        f"functions_over_{limit_function}": sum(1 for length in lengths if length > limit_function),
        "longest_functions": sorted(functions, key=lambda item: -item[1])[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-module", type=int, default=400)
    parser.add_argument("--limit-function", type=int, default=30)
    args = parser.parse_args()
    print(json.dumps(measure(args.limit_module, args.limit_function), indent=2))


if __name__ == "__main__":
    main()
