"""The explorer's colours and shapes per entity type and relation, read from styles.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kg.errors import ResourceError

STYLES_FILE = Path(__file__).with_name("styles.yaml")
Colour = str
Shape = Literal["dot", "square", "triangle", "triangleDown", "diamond", "star", "hexagon"]
_HEX = r"^#[0-9A-Fa-f]{6}$"


class TypeStyle(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    plural: str
    color: Colour = Field(pattern=_HEX)
    shape: Shape


class RelationStyle(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    color: Colour = Field(pattern=_HEX)
    symmetric: bool = False


class SizeRange(BaseModel):
    min: float = Field(gt=0)
    max: float = Field(gt=0)


class Styles(BaseModel):
    """Everything styles.yaml says."""

    model_config = ConfigDict(extra="forbid")

    types: dict[str, TypeStyle]
    relations: dict[str, RelationStyle]
    size: SizeRange

    def of_type(self, kind: str) -> TypeStyle:
        return self.types.get(kind) or self.types["Cluster"]

    def of_relation(self, relation: str) -> RelationStyle:
        return self.relations.get(relation) or self.relations["aggregate"]


@cache
def load_styles(path: Path = STYLES_FILE) -> Styles:
    """Read and validate the styles file, naming the file and the field of any error."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return Styles.model_validate(raw)
    except (OSError, yaml.YAMLError) as error:
        raise ResourceError(f"cannot read: {error}", where=path.name) from None
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        raise ResourceError(f"{place}: {first['msg']}", where=path.name) from None
