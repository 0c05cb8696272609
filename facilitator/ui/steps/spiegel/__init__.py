"""The Spiegel step: the collective's mirror and the two logics side by side."""
