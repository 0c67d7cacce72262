"""Stance: whether an article body agrees with a claim (or headline), disagrees, discusses it, or is unrelated.

Analysis layer, numpy only at run time.  See docs/stance.md.

    from claimscope.stance import predict
    p = predict(claim, body)   # p.label, p.score, p.probabilities, p.sentences (spans into body)
"""

from claimscope.stance.predict import Evidence, Prediction, StanceModel, default_model, predict
from claimscope.stance.report import report_stance
from claimscope.stance.scoring import LABELS, fnc_score, metrics

__all__ = ["LABELS", "Evidence", "Prediction", "StanceModel", "default_model", "fnc_score", "metrics", "predict", "report_stance"]
