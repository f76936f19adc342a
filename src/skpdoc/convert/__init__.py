"""From .docx to PDF with LibreOffice kept warm: the conversion stage of the pipeline.

``converter`` runs the workers and is the API (:class:`Converter`); ``uno_worker`` is the script each worker
runs in LibreOffice's own Python; ``tasks`` tracks one call's documents (retries, chunks); ``compose`` and
``pdfsplit`` convert many forms as one document and split the PDF back; ``batch`` is the fallback through
``soffice --convert-to`` (no python3-uno, Windows, macOS); ``guard`` keeps no LibreOffice alive after a kill.
"""

from __future__ import annotations

from skpdoc.convert.converter import (
    ConversionError,
    Converter,
    ConvertReport,
    LibreOfficeMissing,
    check_docx,
    check_pdf,
    find_soffice,
)

__all__ = [
    "ConversionError",
    "ConvertReport",
    "Converter",
    "LibreOfficeMissing",
    "check_docx",
    "check_pdf",
    "find_soffice",
]
