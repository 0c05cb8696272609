"""Voorbereiding: the meeting, its participants and its agenda."""
