"""The Gemeente step: the municipality's homework from the evening."""
