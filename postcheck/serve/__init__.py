"""`postcheck serve`: a page in the worker's own browser, served on this machine only.

    serve_page(config, port=None, open_browser=True, say=print)   # until Ctrl-C

`app` is the web app (routes, limits, rendering), `guard` who may use it, `view` what a
report looks like on the page; `templates/` and `static/` are the page itself.
"""

from postcheck.serve.server import serve_page

__all__ = ["serve_page"]
