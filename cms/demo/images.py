"""Small generated images for the demo site: logos and hero banners, no downloads."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from cms.image_rights import rights_of, set_rights


def _font(size):
    for name in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _draw(text, background, foreground, size, pattern, image_format="PNG"):
    width, height = size
    canvas = PillowImage.new("RGB", size, background)
    draw = ImageDraw.Draw(canvas)
    if pattern:
        # A quiet network motif: linked nodes, in the foreground colour at low weight.
        step = max(width // 7, 40)
        points = [
            (x, (y + (x // step) % 2 * step // 2) % height)
            for x in range(step // 2, width, step)
            for y in range(step // 2, height, step)
        ]
        for x, y in points:
            draw.line((x, y, x + step, y + step // 2), fill=foreground, width=1)
            draw.ellipse((x - 3, y - 3, x + 3, y + 3), outline=foreground)
        draw.rectangle((0, 0, width, height), outline=background, width=0)
    size_px = int(height * (0.22 if pattern else 0.36))
    font = _font(size_px)
    box = draw.textbbox((0, 0), text, font=font)
    # Keep the words well inside the frame, so that crops (cards, social
    # images) still show them whole.
    while box[2] - box[0] > width * (0.5 if pattern else 0.8) and size_px > 12:
        size_px = int(size_px * 0.9)
        font = _font(size_px)
        box = draw.textbbox((0, 0), text, font=font)
    text_w, text_h = box[2] - box[0], box[3] - box[1]
    origin = ((width - text_w) / 2 - box[0], (height - text_h) / 2 - box[1])
    if pattern:
        pad = height * 0.06
        draw.rounded_rectangle(
            (
                origin[0] + box[0] - pad,
                origin[1] + box[1] - pad,
                origin[0] + box[2] + pad,
                origin[1] + box[3] + pad,
            ),
            radius=int(pad),
            fill=background,
        )
    draw.text(origin, text, font=font, fill=foreground)
    buffer = BytesIO()
    if image_format == "JPEG":
        canvas.save(buffer, format="JPEG", quality=88)
    else:
        canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def demo_image(
    title,
    text,
    background,
    foreground,
    *,
    kind="hero",
    description="",
    image_format="PNG",
    credit="",
    licence="",
):
    """Return the image called `title`, generating it on first use.

    `credit` and `licence` are given to an image that has no rights yet; rights
    an editor has set since are left alone.
    """
    images = get_image_model()
    existing = images.objects.filter(title=title).first()
    if existing is not None:
        if credit and rights_of(existing) is None:
            set_rights(existing, credit=credit, licence=licence)
        return existing
    size = (1600, 900) if kind == "hero" else (480, 240)
    data = _draw(text, background, foreground, size, kind == "hero", image_format)
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
    image = images(title=title, description=description or title)
    extension = "jpg" if image_format == "JPEG" else "png"
    image.file = ImageFile(BytesIO(data), name=f"{slug}.{extension}")
    image.save()
    if credit:
        set_rights(image, credit=credit, licence=licence)
    return image
