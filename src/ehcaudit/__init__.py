"""ehcaudit: audit the quality of Education, Health and Care plans, with evidence."""

__version__ = "0.1.0"
