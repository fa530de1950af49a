"""Value types shared by every layer: no I/O and no law."""
