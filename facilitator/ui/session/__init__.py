"""The window of one open meeting: its context, the steps in a sidebar, the projector and the agenda timer."""
