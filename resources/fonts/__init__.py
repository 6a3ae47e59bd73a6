"""DejaVu fonts (embedded in PDFs; licence in LICENSE-DejaVu.txt)."""
