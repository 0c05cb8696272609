"""The Krachtenkaart step's widgets: the card board, details, ideas, vision, projector view."""
