"""One module per resource; each defines an ``APIRouter`` called ``router``."""
