"""The demo newsroom: content data, its builders and the commands that load it.

It sits on top of the apps and may import them; nothing outside `cms/demo/` and
the tests imports it. Kept empty so that Django can load the app before the
models are ready.
"""
