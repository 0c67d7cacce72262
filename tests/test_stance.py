"""The stance model: hand-written pairs (agree, deny, discuss, unrelated, the founding example's tolls),
FNC-1 scoring as its scorer.py, spans, numpy-only inference, and ``claimscope evaluate stance``."""

import csv
import subprocess
import sys

import numpy as np
import pytest
from typer.testing import CliRunner

import claimscope

from claimscope.cli import app
from claimscope.stance.features import cue_hits, pair_features, read_headline, FEATURES
from claimscope.stance import report_stance
from claimscope.stance.predict import default_model, predict
from claimscope.stance.scoring import fnc_score, metrics
from claimscope.stance.text import numbers, read_body, sentence_spans, tokens

from tests.conftest import EXAMPLE

AGREE = (
    "Apple opens its first store in Nairobi",
    "Apple opened its first store in Nairobi on Tuesday. Hundreds of shoppers queued outside the store in the "
    "Kenyan capital. The store employs 200 people.",
)
DENY = (
    "Apple to open its first store in Nairobi",
    "Apple has denied reports that it plans to open a store in Nairobi. \"The report is false,\" a company "
    "spokeswoman said, calling the story a hoax. The rumour, which spread on social media last week, has been "
    "debunked: Apple has no plans for a store in Kenya, the spokeswoman said.",
)
DISCUSS = (
    "Apple to open its first store in Nairobi",
    "Apple is reportedly planning to open its first store in Nairobi, according to unconfirmed reports in the "
    "Kenyan press. The company has not commented on the rumours. Sources claim the store could open next year, "
    "but it is unclear whether the plans are final.",
)
UNRELATED = (
    "Apple to open its first store in Nairobi",
    "Heavy rain flooded parts of southern England on Sunday, closing roads and railway lines. The Environment "
    "Agency issued 40 flood warnings, and forecasters expect more rain on Monday in Devon and Cornwall.",
)
TOLL = "Over 14,000 Russian soldiers have been killed in Ukraine"
TOLL_DENIAL = (
    "Claims that 14,000 Russian soldiers have been killed in Ukraine are false. The Russian Defense Ministry "
    "denied that 14,000 soldiers had died, calling the figure fake and a hoax. The real toll is around 500, "
    "the ministry said."
)
# The founding example's denial as one sentence, read by the claimscope pipeline (report_stance).
DENIAL_REPORT = (
    "The Russian Defense Ministry denied that 14,000 Russian soldiers had been killed in Ukraine, calling the "
    "figure fake. The ministry says the death toll is around 500."
)


@pytest.mark.parametrize("pair,label", [(AGREE, "agree"), (DENY, "disagree"), (DISCUSS, "discuss"), (UNRELATED, "unrelated")])
def test_hand_written_pairs(pair, label):
    pred = predict(*pair)
    assert pred.label == label, pred
    assert 0.0 <= pred.score <= 1.0
    assert abs(sum(pred.probabilities.values()) - 1.0) < 1e-3
    assert pred.score == pred.probabilities[label]


def test_founding_example_toll_against_its_denial():
    denial = predict(TOLL, TOLL_DENIAL)
    reported = predict(TOLL, EXAMPLE.read_text(encoding="utf-8"))
    assert denial.label == "disagree", denial
    assert any("false" in s.text or "denied" in s.text for s in denial.sentences)
    # the founding article reports Ukraine's toll beside the Russian one, taking no side
    assert reported.label == "discuss", reported
    assert denial.probabilities["disagree"] > 10 * reported.probabilities["disagree"]


def test_founding_example_unrelated_claim():
    assert predict("Apple to open its first store in Nairobi", EXAMPLE.read_text(encoding="utf-8")).label == "unrelated"


def test_report_stance_uses_denied_claims(nlp, example_report):
    report = claimscope.analyze(DENIAL_REPORT, nlp=nlp)
    assert any(c.epistemic == "denied" for c in report.claims)
    label, score, sentences = report_stance(TOLL, report)
    assert label == "disagree" and 0 < score <= 1
    assert sentences and "denied" in sentences[0].text
    assert report.text[sentences[0].start : sentences[0].end] == sentences[0].text
    # the founding article: Ukraine's claim and the Russian count side by side (disputed, attributed)
    label, _, sentences = report_stance(TOLL, example_report)
    assert label == "discuss"
    assert any("14,000" in s.text for s in sentences)


@pytest.mark.parametrize("pair", [AGREE, DENY, DISCUSS, UNRELATED])
def test_evidence_spans_index_the_body(pair):
    headline, body = pair
    pred = predict(headline, body)
    assert pred.sentences
    for s in pred.sentences:
        assert body[s.start : s.end] == s.text


def test_deny_evidence_is_the_denying_sentence():
    pred = predict(*DENY)
    assert any("denied" in s.text or "false" in s.text or "hoax" in s.text for s in pred.sentences)


def test_fnc_score_weights_as_scorer_py():
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated"]
    pred = ["agree", "discuss", "unrelated", "unrelated", "agree"]
    # agree right: 0.25 + 0.5 + 0.25 = 1; disagree->discuss: related both: 0.25; discuss->unrelated: 0;
    # unrelated right: 0.25; unrelated->agree: 0.  Max: 3 related + 2 * 0.25.
    s = fnc_score(gold, pred)
    assert s["score"] == pytest.approx(1.5)
    assert s["max"] == pytest.approx(3.5)
    assert s["relative"] == pytest.approx(100 * 1.5 / 3.5)


def test_metrics_macro_f1_over_four_classes():
    gold = ["agree", "disagree", "discuss", "unrelated"]
    m = metrics(gold, gold)
    assert m["macro_f1"] == 1.0 and m["fnc_relative"] == 100.0
    m = metrics(gold, ["agree", "agree", "discuss", "unrelated"])
    assert m["f1"]["disagree"] == 0.0
    assert m["f1"]["agree"] == pytest.approx(2 / 3)
    assert m["macro_f1"] == pytest.approx((2 / 3 + 0 + 1 + 1) / 4)


def test_sentence_spans_keep_abbreviations_and_offsets():
    text = "Mr. Smith said 14,000 soldiers died.\n\nThe ministry denied it! \"Fake,\" he said."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Mr. Smith said 14,000 soldiers died.", "The ministry denied it!", "\"Fake,\" he said."]


def test_tokens_stem_inflections_together():
    assert tokens("denies denied denying") == ["deny", "deny", "deny"]
    assert numbers("over 14,000 soldiers and five tanks") == {14000.0, 5.0}


def test_cues_from_lexicon_and_model_lists():
    groups = {g for _, _, g in cue_hits(tokens("He denied it and called it a hoax, reportedly"))}
    assert {"refute", "hedge"} <= groups
    assert ("not", "true") in {tuple(tokens("it is not true")[a:b]) for a, b, g in cue_hits(tokens("it is not true")) if g == "refute"}


def test_shared_numbers_feature():
    model = default_model()
    head = read_headline(TOLL, model.idf)
    f, _ = pair_features(head, read_body(TOLL_DENIAL), model.idf)
    assert f[FEATURES.index("shared_numbers")] == 1
    f2, _ = pair_features(head, read_body(UNRELATED[1]), model.idf)
    assert f2[FEATURES.index("cover_idf")] < f[FEATURES.index("cover_idf")]


def test_inference_needs_no_sklearn():
    code = (
        "import sys; from claimscope.stance.predict import predict; "
        "p = predict('Apple to open a store', 'Apple denied it would open a store.'); "
        "assert 'sklearn' not in sys.modules and 'torch' not in sys.modules, 'imported'; print(p.label)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def test_batch_equals_single():
    model = default_model()
    pairs = [(h, read_body(b)) for h, b in (AGREE, DENY, DISCUSS, UNRELATED)]
    batch = model.predict_many(pairs)
    for (h, b), p in zip(pairs, batch):
        one = model.predict(h, b.text)
        assert one.label == p.label and np.isclose(one.score, p.score)


def _write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def test_cli_evaluate_stance_writes_predictions_in_order_and_scores(tmp_path):
    bodies = tmp_path / "bodies.csv"
    stances = tmp_path / "stances.csv"
    out = tmp_path / "pred.csv"
    _write(bodies, ["Body ID", "articleBody"], [["1", AGREE[1]], ["2", DENY[1]], ["3", UNRELATED[1]], ["4", DISCUSS[1]]])
    rows = [[AGREE[0], "1", "agree"], [DENY[0], "2", "disagree"], [UNRELATED[0], "3", "unrelated"],
            [DISCUSS[0], "4", "discuss"], [DENY[0], "1", "agree"]]
    _write(stances, ["Headline", "Body ID", "Stance"], rows)
    result = CliRunner().invoke(app, ["evaluate", "stance", str(stances), str(bodies), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    with open(out, newline="", encoding="utf-8") as fh:
        got = list(csv.reader(fh))
    assert got[0] == ["Headline", "Body ID", "Stance"]
    assert [r[:2] for r in got[1:]] == [r[:2] for r in rows]
    assert '"fnc_relative"' in result.stdout and '"macro_f1"' in result.stdout


def test_cli_evaluate_stance_without_gold_and_bad_input(tmp_path):
    bodies = tmp_path / "bodies.csv"
    stances = tmp_path / "stances.csv"
    _write(bodies, ["Body ID", "articleBody"], [["1", DENY[1]]])
    _write(stances, ["Headline", "Body ID"], [[DENY[0], "1"]])
    result = CliRunner().invoke(app, ["evaluate", "stance", str(stances), str(bodies)])
    assert result.exit_code == 0, result.output
    assert "Headline,Body ID,Stance" in result.stdout
    _write(stances, ["Headline", "Body ID"], [[DENY[0], "9"]])
    result = CliRunner().invoke(app, ["evaluate", "stance", str(stances), str(bodies)])
    assert result.exit_code == 2 and "not in the bodies file" in result.output
    _write(stances, ["Title", "Body"], [[DENY[0], "1"]])
    result = CliRunner().invoke(app, ["evaluate", "stance", str(stances), str(bodies)])
    assert result.exit_code == 2 and "no column" in result.output


def test_exported_trees_match_scikit_learn(monkeypatch):
    """training/train_stance.py's export, evaluated by numpy, gives scikit-learn's probabilities."""
    ensemble = pytest.importorskip("sklearn.ensemble")
    monkeypatch.syspath_prepend(str(EXAMPLE.parents[1] / "training"))
    from train_stance import export_trees

    from claimscope.stance.predict import Trees

    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 5))
    X[::17, 2] = np.nan
    y3 = (X[:, 0] > 0).astype(int) + (np.nan_to_num(X[:, 2]) > 0.5)
    for y in ((X[:, 1] > 0).astype(int), y3):
        gb = ensemble.HistGradientBoostingClassifier(max_iter=20, random_state=0).fit(X, y)
        trees = Trees(export_trees(gb, "t_"), "t_")
        assert np.allclose(trees.proba(X), gb.predict_proba(X), atol=1e-6)
