"""Rubrics as data (schema), the check-kind registry and the scoring engine."""
