"""Exercises and workshop plans: the template library (see app.templates.model)."""
