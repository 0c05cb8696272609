"""The PySide6 interface. The only package that imports Qt."""
