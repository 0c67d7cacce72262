"""The stance of an analysed report (a claimscope :class:`~claimscope.model.Report`) toward a claim.

The model reads the report's text as the body; the report's own analysis adds evidence the model
cannot see: a claim of the report close to the given one (TF-IDF cosine >= :data:`CLOSE`) whose
status is ``denied`` (a source denies or rejects it: "denied that ...", "called the figure fake") makes
the stance ``disagree``, as issue 15 asks; one that is ``disputed`` (another source gives another
figure, set side by side), attributed, hedged, alleged or estimated, without any close claim in the
article's own voice, turns an ``agree`` or ``unrelated`` into ``discuss``: the article reports the
claim without taking a side (FNC-1's sense of discuss).  The evidence is the report sentence holding
that claim.
Meant for the store's claim groups: every article carrying a claim gets its stance.
"""

from __future__ import annotations

from claimscope.model import Report
from claimscope.stance.features import cosine, tfidf
from claimscope.stance.predict import Evidence, StanceModel, default_model
from claimscope.stance.text import Body, Sentence, read_body, tokens

CLOSE = 0.35  # cosine of the given claim with a report claim that counts as the same claim
DENYING = frozenset({"denied"})
REPORTING = frozenset({"reported", "hedged", "alleged", "estimated", "disputed"})


def _body(report: Report) -> Body:
    body = read_body(report.text)
    if report.sentences:  # the report's own sentence spans are better than the regex splitter
        sents = [Sentence(s.start, s.end, tokens(report.text[s.start : s.end])) for s in report.sentences]
        body.sentences = sents
        body.tokens = [t for s in sents for t in s.tokens]
        body.token_set = frozenset(body.tokens)
    return body


def _sentence_of(report: Report, start: int, end: int) -> tuple[int, int]:
    for s in report.sentences:
        if s.start <= start < s.end:
            return s.start, max(s.end, end)
    return start, end


def report_stance(claim_text: str, report: Report, model: StanceModel | None = None) -> tuple[str, float, list[Evidence]]:
    """(label, score, evidence sentences with spans into ``report.text``)."""
    model = model or default_model()
    body = _body(report)
    pred = model.predict_many([(claim_text, body)])[0]
    head = tfidf(tokens(claim_text), model.idf)
    close = []
    for claim in report.claims:
        vec = tfidf(tokens(claim.text), model.idf)
        norm = sum(v * v for v in vec.values()) ** 0.5
        cos = cosine(head, vec, norm)
        if cos >= CLOSE:
            close.append((cos, claim))
    if not close:
        return pred.label, pred.score, pred.sentences
    close.sort(key=lambda x: -x[0])
    denying = [(c, cl) for c, cl in close if cl.epistemic in DENYING]
    own_voice = [(c, cl) for c, cl in close if cl.attribution is None and cl.epistemic == "asserted"]
    reported = [(c, cl) for c, cl in close if cl.attribution is not None or cl.epistemic in REPORTING]
    if denying:
        cos, cl = denying[0]
        label = "disagree"
        score = max(pred.probabilities["disagree"], cos)
        pick = cl
    elif pred.label in ("agree", "unrelated") and reported and not own_voice:
        cos, cl = reported[0]
        label, score, pick = "discuss", max(pred.probabilities["discuss"], cos), cl
    elif pred.label == "unrelated":
        cos, cl = close[0]
        label, score, pick = ("agree" if own_voice else "discuss"), cos, cl
    else:
        return pred.label, pred.score, pred.sentences
    start, end = _sentence_of(report, pick.start, pick.end)
    ev = [Evidence(start, end, report.text[start:end], round(float(cos), 4))]
    return label, round(float(score), 4), ev
