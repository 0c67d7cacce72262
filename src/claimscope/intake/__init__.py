"""Getting articles as users have them: web pages, feeds, PDFs, plain files with metadata, any language.

The modules here are below :mod:`claimscope.inputs` (they return text and metadata, never an
``ArticleInput``) and raise coded :class:`~claimscope.errors.ClaimscopeError` s (E031 and up):

* :mod:`.fetch` fetches ``http(s)://`` pages (timeout, size limit, capped redirects, robots.txt)
  and extracts their main text and metadata;
* :mod:`.feeds` reads RSS/Atom feeds into items and polls them;
* :mod:`.pdf` extracts the text of PDFs, page by page;
* :mod:`.sidecar` reads ``article.json`` sidecars and front matter of plain-text files;
* :mod:`.language` tells the language of a text, offline.
"""
