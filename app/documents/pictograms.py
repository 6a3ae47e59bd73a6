"""The project's pictograms (resources/pictograms/*.svg) drawn with reportlab's own graphics.

The SVG files use a small subset on a 48 × 48 view box (rect with rx, circle, polygon, polyline; fill, stroke,
stroke-width; see resources/pictograms/README.md). Reading that subset here avoids an SVG library and its
native dependencies for nine drawings; an element outside the subset is a programming error and raises.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from importlib.resources import files

from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, PolyLine, Rect
from reportlab.lib import colors

VIEW_BOX = 48.0
NAMES = ("agreed", "calendar", "doctor", "emergency", "heart", "house", "nurse", "pharmacy", "phone")
_SVG = "{http://www.w3.org/2000/svg}"


def pictogram(name: str, size: float) -> Drawing:
    """A Drawing of `size` × `size` points, ready for `renderPDF.draw(drawing, canvas, x, y)`."""
    drawing = Drawing(size, size)
    group = Group(*_shapes(name))
    scale = size / VIEW_BOX
    # SVG's y axis points down, reportlab's up: scale, flip and move the origin to the top.
    group.transform = (scale, 0, 0, -scale, 0, size)
    drawing.add(group)
    return drawing


@functools.cache
def _shapes(name: str) -> tuple:
    root = ET.fromstring((files("resources.pictograms") / f"{name}.svg").read_text(encoding="utf-8"))
    return tuple(_shape(element) for element in root if element.tag != f"{_SVG}title")


def _shape(element: ET.Element):
    tag = element.tag.removeprefix(_SVG)
    number = functools.partial(_number, element)
    if tag == "rect":
        radius = number("rx")
        shape = Rect(number("x"), number("y"), number("width"), number("height"), rx=radius, ry=radius)
    elif tag == "circle":
        shape = Circle(number("cx"), number("cy"), number("r"))
    elif tag in ("polygon", "polyline"):
        points = [float(value) for value in element.get("points", "").replace(",", " ").split()]
        shape = Polygon(points) if tag == "polygon" else PolyLine(points)
    else:
        raise ValueError(f"pictogram element outside the supported subset: {tag}")
    _paint(shape, element)
    return shape


def _paint(shape, element: ET.Element) -> None:
    fill, stroke = element.get("fill", "#000000"), element.get("stroke")
    if not isinstance(shape, PolyLine):  # an open line has no inside to fill
        shape.fillColor = None if fill == "none" else colors.HexColor(fill)
    shape.strokeColor = colors.HexColor(stroke) if stroke else None
    shape.strokeWidth = _number(element, "stroke-width") if stroke else 0
    if stroke:
        shape.strokeLineJoin = shape.strokeLineCap = 1  # round: thick strokes without spikes


def _number(element: ET.Element, name: str) -> float:
    return float(element.get(name, "0"))
