"""A model trained on the project's spans (spaCy's span categorizer): training and proposing."""
