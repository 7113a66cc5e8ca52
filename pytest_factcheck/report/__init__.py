"""Machine-readable reports built from fact results."""
