"""Illustrations drawn with Pillow, so that the demo needs no photo and no download."""

import io

from django.core.files.images import ImageFile

from wagtail.images.models import Image

from PIL import Image as PILImage
from PIL import ImageDraw

PALETTE = {
    "sky": (232, 238, 251),
    "blue": (27, 58, 140),
    "blue_light": (120, 150, 214),
    "red": (184, 50, 74),
    "sand": (244, 214, 160),
    "green": (78, 142, 98),
    "white": (255, 255, 255),
}


def _houses(draw, width, height):
    ground = int(height * 0.78)
    draw.rectangle([0, ground, width, height], fill=PALETTE["green"])
    colours = [PALETTE["blue"], PALETTE["red"], PALETTE["blue_light"], PALETTE["sand"]]
    x = 40
    index = 0
    while x < width - 60:
        house_width = 150 + (index * 37) % 70
        house_height = 180 + (index * 53) % 150
        top = ground - house_height
        colour = colours[index % len(colours)]
        draw.rectangle([x, top, x + house_width, ground], fill=colour)
        draw.polygon(
            [(x - 12, top), (x + house_width // 2, top - 70), (x + house_width + 12, top)],
            fill=PALETTE["blue"] if colour != PALETTE["blue"] else PALETTE["red"],
        )
        for row in range(2):
            for col in range(2):
                wx = x + 25 + col * (house_width // 2 - 10)
                wy = top + 30 + row * 70
                if wy + 40 < ground - 50:
                    draw.rectangle([wx, wy, wx + 36, wy + 40], fill=PALETTE["white"])
        draw.rectangle(
            [x + house_width // 2 - 20, ground - 70, x + house_width // 2 + 20, ground],
            fill=PALETTE["white"],
        )
        x += house_width + 30
        index += 1


def _bubbles(draw, width):
    for cx, cy, r, colour in [
        (width * 0.22, 140, 70, PALETTE["white"]),
        (width * 0.5, 110, 85, PALETTE["sand"]),
        (width * 0.78, 150, 65, PALETTE["white"]),
    ]:
        draw.ellipse([cx - r, cy - r * 0.75, cx + r, cy + r * 0.75], fill=colour)
        draw.polygon(
            [(cx - 15, cy + r * 0.6), (cx + 10, cy + r * 0.6), (cx - 25, cy + r)], fill=colour
        )
    # A heart with a cross: health, shared.
    cx, cy = width * 0.5, 110
    draw.ellipse([cx - 34, cy - 30, cx + 2, cy + 6], fill=PALETTE["red"])
    draw.ellipse([cx - 2, cy - 30, cx + 34, cy + 6], fill=PALETTE["red"])
    draw.polygon([(cx - 33, cy - 5), (cx + 33, cy - 5), (cx, cy + 36)], fill=PALETTE["red"])
    draw.rectangle([cx - 4, cy - 20, cx + 4, cy + 8], fill=PALETTE["white"])
    draw.rectangle([cx - 14, cy - 10, cx + 14, cy - 2], fill=PALETTE["white"])


def neighbourhood_png(width=1280, height=880):
    canvas = PILImage.new("RGB", (width, height), PALETTE["sky"])
    draw = ImageDraw.Draw(canvas)
    _houses(draw, width, height)
    _bubbles(draw, width)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def get_or_create_image(title, data, filename):
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(data), name=filename)
        image.save()
    return image


def demo_images():
    return {
        "neighbourhood": get_or_create_image(
            "Illustration : un quartier et ses habitants",
            neighbourhood_png(),
            "illustration-quartier.png",
        )
    }
