"""Actieplan: dot voting, the actions, and the plan on the projector."""
