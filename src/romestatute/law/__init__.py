"""The law as code: each rule cites the article it applies."""
