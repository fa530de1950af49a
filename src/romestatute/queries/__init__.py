"""The queries every face calls: status, parties, timeline, jurisdiction, obligation, read."""
