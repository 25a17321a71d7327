"""PDF documents: ReportLab templates; plain data in, PDF bytes out. No Qt, no SQL."""
