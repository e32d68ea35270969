"""The PDF summary of a workshop (issue 6). No QtWidgets; reportlab is imported only when this package is.

    from app.summary import export_summary, ExportCancelled
    export_summary(workshop, Path("summary.pdf"), language=workshop.info.language)
    export_summary(workshop, path, language=..., meeting=MeetingRecord(...), public=True)

Import this package lazily (inside the function that exports): reportlab adds
about 0.2 s to whatever imports it.
"""

from app.summary.pdf import PROGRESS_STEPS, ExportCancelled, export_summary
from app.summary.record import ActionChanges, MeetingRecord, record_of

__all__ = ["PROGRESS_STEPS", "ActionChanges", "ExportCancelled", "MeetingRecord", "export_summary", "record_of"]
