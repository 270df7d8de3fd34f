"""News-article information extraction: companies, amounts, locations, officials, deals."""

__version__ = "0.1.0"
