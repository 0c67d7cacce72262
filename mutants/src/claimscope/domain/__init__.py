"""claimscope's meaning as pure functions: no spaCy, no SQL, no HTML.

Extraction, checks, matching and the store all read numbers, measures, units
and figures through these modules, so each meaning is defined once:

* :mod:`~claimscope.domain.numbers`: one number reader (digits, number words, vague counts);
* :mod:`~claimscope.domain.units`: units, their kinds and conversions;
* :mod:`~claimscope.domain.measures`: measure groups, populations and sides of what is counted;
* :mod:`~claimscope.domain.figures`: a figure's bounds, overlap and when two figures are comparable.
"""
