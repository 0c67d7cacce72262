"""Hypothesis strategies for hostile articles: text and metadata as an attacker or a careless user sends them.

Text is built from pieces that broke claimscope before (issue 12) mixed with
news sentences, so the pipeline reaches every component: lone surrogates,
control characters, runs without sentence ends, unbalanced and nested quotes,
numbers and dates at the ends of their ranges, HTML, right-to-left marks,
combining characters and emoji.
"""

from __future__ import annotations

from hypothesis import strategies as st

NEWS = [
    "Ukraine's military said that 14,000 Russian troops had been killed.",
    "“We will rebuild,” the mayor said on Monday.",
    "Officials said at least 500 people died, according to the health ministry.",
    "Police said about 3 to 5 people were hurt near Kyiv last week.",
    "The ministry denied the report, which it called “fake”.",
    "Dozens of people were reportedly killed in the strike 40 km north of Homel.",
    "“It goes on,” he said. “And on.",
    "Sources said the figure rose to 1.2 million by March 2022.",
]
HOSTILE = [
    "\ud800", "\udfff", "\ud83d", "\x01", "\x07", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\u0085", "\u2028", "\u2029",
    "\u200b", "\u200f", "\u202e", "\ufeff", "\ufffd", "e\u0301\u0301\u0301", "😀", "👍🏽", "ﷺ", "𝐀𝐁",
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "(", ")", "[", "]",
    "!" * 40, "." * 40, "?!" * 20, "—" * 10, "-" * 30, "said " * 20, "He said that " * 10,
    "February 30", "0 BC", "year 10000", "9999-12-31", "0001-01-01", "31/02/2020", "1e308", "-0", "NaN",
    "99999999999999999999999", "1,2,3,4,5,6,7,8,9", "½", "٣٤٥", "一千", "10^6",
    "<script>alert(1)</script>", "<p>Officials said</p>", "&amp;&#0;&#xD800;", "\n", "\n\n\n", "\t", "\r\n", "   ",
]
WORDS = ["said", "told", "according", "to", "the", "officials", "killed", "500", "people", "March", "Kyiv", ",", ":", "—"]


def text_pieces() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NEWS),
        st.sampled_from(HOSTILE),
        st.text(min_size=0, max_size=40),
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join),
    )


@st.composite
def article_texts(draw) -> str:
    """A hostile article text, up to a few KB, sometimes with a long run and no sentence end."""
    pieces = draw(st.lists(text_pieces(), min_size=1, max_size=25))
    sep = draw(st.sampled_from([" ", "", "\n", "\n\n", " \u00a0"]))
    text = sep.join(pieces)
    if draw(st.integers(0, 9)) == 0:  # now and then a long stretch without sentence ends
        text += draw(st.sampled_from(["He said that ", "!", "word ", "“", "12,"])) * draw(st.integers(100, 1500))
    return text


METADATA = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["\ud800", "\x00", "a\x01b", "", " ", "id:1"]),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
PUBLISHED = st.one_of(
    st.none(),
    st.sampled_from(["2022-03-20", "0001-01-01", "9999-12-31", "10000-01-01", "2020-02-30", "2020-13-01", "yesterday", "\ud800", ""]),
    st.dates().map(lambda d: d.isoformat()),
    st.integers(),
)


@st.composite
def articles(draw) -> dict:
    """Keyword arguments for ``claimscope.analyze``: a text and hostile metadata."""
    return {
        "text": draw(article_texts()),
        "id": draw(METADATA),
        "title": draw(METADATA),
        "url": draw(METADATA),
        "outlet": draw(METADATA),
        "published": draw(PUBLISHED),
    }


JSONL_LINES = st.one_of(
    articles().map(lambda a: {k: v for k, v in a.items() if not isinstance(v, float) or v == v}),
    st.sampled_from(["{not json", "[1, 2]", "17", "null", '"text"', "[" * 5000, '{"text": 5}', '{"id": "x"}', "\ufeff{}"]),
)
