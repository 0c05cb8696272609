"""The projector's colours, shared by the projector window and the steps' own projector views."""

INK = "#111111"
PAPER = "#ffffff"
BAR = "#14213d"
#: the band of the room's question, the current agenda block, the item under discussion
HIGHLIGHT = "#ffd43b"
MUTED = "#5c5c5c"
