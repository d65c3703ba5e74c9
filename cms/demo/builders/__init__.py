"""Idempotent builders of the demo newsroom, importing one way only:
`pages` (helpers) <- `site`, `partners`, `news` <- `newsroom` (the whole demo)."""
