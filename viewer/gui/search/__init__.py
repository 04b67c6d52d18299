"""The search box and the panel of ranked results."""
