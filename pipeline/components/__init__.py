"""spaCy components that find the four fields. Importing this package
registers their factories and the span attributes they set.

Each component writes one span group:
- ``doc.spans["places"]``: ``span._.canonical``, ``span._.country``
- ``doc.spans["companies"]``: ``span._.canonical``
- ``doc.spans["amounts"]``: ``span._.value``, ``span._.currency``
- ``doc.spans["officials"]``: ``span._.canonical`` (the name), ``span._.title``,
  ``span._.affiliation``, ``span._.title_span`` (start, end char offsets)
"""

from spacy.tokens import Span

for _attr in ("canonical", "country", "value", "currency", "title", "affiliation", "title_span"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)

from pipeline.components import companies, money, officials, paragraphs, places  # noqa: E402,F401
