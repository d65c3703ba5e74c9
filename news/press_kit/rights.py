"""Credit and licence written into an image file's own metadata (XMP and IPTC).

pyexiv2 (Exiv2) edits the metadata of the file as it is: the pixels are not
decoded or compressed again, so the download is the stored original plus its
rights. XMP goes into JPEG, PNG, WebP and TIFF files, IPTC-IIM into JPEG and
TIFF; a file Exiv2 cannot write (GIF, AVIF, HEIC) is delivered unchanged and
logged, never refused.
"""

import logging

logger = logging.getLogger(__name__)

# ESC % G: the IPTC way of saying that the texts are UTF-8.
IPTC_UTF8 = "\x1b%G"


def rights_statement(credit, licence_name):
    return f"© {credit} · {licence_name}"


def metadata(*, credit, licence, caption, language):
    """(xmp, iptc) dictionaries for pyexiv2, texts in the page's language."""
    name, terms, url = str(licence.name), str(licence.terms), licence.url
    statement = rights_statement(credit, name)
    lang = {'lang="x-default"': statement, f'lang="{language}"': statement}
    xmp = {
        "Xmp.dc.creator": [credit],
        "Xmp.dc.rights": lang,
        "Xmp.photoshop.Credit": credit,
        "Xmp.xmpRights.Marked": "False" if licence.key.startswith("cc0") else "True",
        "Xmp.xmpRights.UsageTerms": {
            'lang="x-default"': terms,
            f'lang="{language}"': terms,
        },
    }
    if url:
        xmp["Xmp.xmpRights.WebStatement"] = url
    if caption:
        xmp["Xmp.dc.description"] = {
            'lang="x-default"': caption,
            f'lang="{language}"': caption,
        }
    iptc = {
        "Iptc.Envelope.CharacterSet": IPTC_UTF8,
        "Iptc.Application2.Byline": [credit],
        "Iptc.Application2.Credit": credit,
        "Iptc.Application2.Copyright": statement,
        "Iptc.Application2.SpecialInstructions": terms[:256],
    }
    if caption:
        iptc["Iptc.Application2.Caption"] = caption
    return xmp, iptc


def with_rights(data, *, credit, licence, caption="", language="en"):
    """The image file `data` (bytes) with credit and licence in its metadata."""
    xmp, iptc = metadata(
        credit=credit, licence=licence, caption=caption, language=language
    )
    # Imported here, on the one path that writes rights (a press-kit image
    # download): Exiv2's library costs every web worker ~3 MB of resident memory
    # that no other request needs (docs/performance.md, "Worker memory").
    import pyexiv2

    try:
        with pyexiv2.ImageData(data) as image:
            image.modify_xmp(xmp)
            if image.get_mime_type() in ("image/jpeg", "image/tiff"):
                # IPTC-IIM has a place in these formats only.
                image.modify_iptc(iptc)
            return image.get_bytes()
    except (RuntimeError, ValueError, OSError):
        logger.warning("Could not write image rights into a %d-byte file", len(data))
        return data
