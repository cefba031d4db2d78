"""postcheck: screen a social-media draft against child-welfare social-media policies."""

__version__ = "0.1.0"
