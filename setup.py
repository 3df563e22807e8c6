"""Build script: the top-level data/ and ontology/ folders go into the wheel as kg.data and kg.ontology.

Everything else about the package is declared in pyproject.toml; only the package list lives here,
because pyproject.toml cannot both find the kg packages and map folders from outside kg/.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["kg", "kg.*"]), "kg.data", "kg.ontology"],
    package_dir={"kg.data": "data", "kg.ontology": "ontology"},
)
