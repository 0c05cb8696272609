"""Packaging glue that pyproject.toml cannot say: ship the top-level ``resources/`` inside the package.

The repository keeps ``resources/`` beside ``facilitator/`` (trainers find the content there);
installed, the same folder is ``facilitator/resources`` so that ``facilitator.paths.resources()``
finds it next to the code, in a wheel and in a PyInstaller bundle alike.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py


class BuildWithLicence(build_py):
    """Also put LICENSE in the package, so Help → Over Kernkracht can show it once installed."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "facilitator" / "resources" / "LICENSE"
        target.parent.mkdir(parents=True, exist_ok=True)
        self.copy_file("LICENSE", str(target))


setup(
    cmdclass={"build_py": BuildWithLicence},
    packages=[
        *find_namespace_packages(include=["facilitator", "facilitator.*"], exclude=["*.__pycache__"]),
        "facilitator.resources",
    ],
    package_dir={"facilitator.resources": "resources"},
    package_data={"facilitator.resources": ["**/*"]},
)
