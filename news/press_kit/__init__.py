"""Press kits: the images and documents of a release or event, credited and licensed.

`blocks` is what editors fill in (the image brings its own credit and licence,
cms/image_rights.py),
`rights` writes credit and licence into an image file's metadata,
`archive` streams the whole kit as one ZIP, `downloads` answers the kit's
URLs and `report` shows Communications how often each kit was downloaded.
"""
