"""Team work's rules: splitting a corpus among annotators, agreement, adjudication (pure)."""
