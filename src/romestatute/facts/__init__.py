"""Loading and validating the bundled facts; no legal reasoning here."""
