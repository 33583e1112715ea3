"""Reports built from scored plans: HTML pages, spreadsheets and Word feedback."""
