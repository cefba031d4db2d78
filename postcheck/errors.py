"""Exceptions that cross module boundaries. Messages never carry draft text."""


class PostcheckError(Exception):
    """Base class for errors postcheck reports to the user."""


class InputError(PostcheckError):
    """A draft, image, export or config could not be read (exit code 2)."""


class DetectorUnavailable(PostcheckError):
    """A detector or model could not be built or run (exit code 3)."""
