"""Tests of the PolNeAR reader and the attribution evaluator's matching logic."""

from __future__ import annotations

from claimscope.evaluate.attribution import Counts, normalize, score_article, shared_chars, to_gold_shape
from claimscope.evaluate.brat import GoldAttribution, parse_ann, read_corpus
from claimscope.types import Attribution

TEXT = "Poll: Voters like it.\nThe mayor said that taxes will fall, and prices rose, according to the bank."
ANN = "\n".join(
    [
        "T1\tSource 0 4\tPoll",
        "T2\tCue 4 5\t:",
        "T3\tContent 6 20\tVoters like it",
        "T4\tAttribution 4 5\t:",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tSource 22 31\tThe mayor",
        "T6\tCue 32 36\tsaid",
        "T7\tContent 37 57\tthat taxes will fall",
        "T8\tAttribution 32 36\tsaid",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        "T9\tContent 63 74\tprices rose",
        "T10\tCue 76 88\taccording to",
        "T11\tSource 89 97\tthe bank",
        "T12\tAttribution 76 88\taccording to",
        "E3\tAttribution:T12 Source:T11 Cue:T10 Content:T9",
        "T13\tDiscuss 0 4\tPoll",
        "#1\tAnnotatorNotes T1\ta note",
    ]
)


def test_attribution_eval_parse_ann_reads_events():
    gold = parse_ann(ANN)
    assert [TEXT[g.cue[0][0] : g.cue[0][1]] for g in gold] == [":", "said", "according to"]
    assert TEXT[gold[2].source[0][0] : gold[2].source[0][1]] == "the bank"


def test_attribution_eval_parse_ann_discontinuous_and_no_source():
    ann = "T1\tCue 10 14\tsaid\nT2\tContent 20 25;0 5\tx\nT3\tAttribution-no-source 10 14\tsaid\nE1\tAttribution-no-source:T3 Cue:T1 Content:T2"
    (g,) = parse_ann(ann)
    assert g.source is None
    assert g.content == ((0, 5), (20, 25))


def test_attribution_eval_normalize_strips_and_keeps_punctuation_cues():
    text = " “said,” : x"
    assert normalize(text, [(0, 8)]) == ((2, 6),)
    assert normalize(text, [(9, 10)]) == ((9, 10),)  # a ":" cue stays
    assert normalize("a b", [(0, 1), (2, 3)]) == ((0, 3),)


def test_attribution_eval_shared_chars_ignores_whitespace():
    assert shared_chars("ab cd", ((0, 3),), ((2, 5),)) == 0
    assert shared_chars("ab cd", ((0, 4),), ((2, 5),)) == 1


def _scores(pred):
    counts = Counts()
    score_article(TEXT, pred, parse_ann(ANN), counts)
    return counts.table()


def test_attribution_eval_perfect_prediction():
    t = _scores(parse_ann(ANN))
    for mode in ("exact", "overlap"):
        for role in ("source", "cue", "content", "attribution"):
            assert t[mode][role]["f1"] == 1.0, (mode, role)


def test_attribution_eval_overlap_but_not_exact():
    pred = [
        GoldAttribution(cue=((32, 36),), source=((26, 31),), content=((37, 50),)),  # "mayor", partial content
    ]
    t = _scores(pred)
    assert t["exact"]["cue"]["tp"] == 1
    assert t["exact"]["source"]["tp"] == 0
    assert t["overlap"]["source"]["tp"] == 1
    assert t["overlap"]["content"]["tp"] == 1
    assert t["overlap"]["attribution"]["tp"] == 1
    assert t["exact"]["attribution"]["tp"] == 0
    assert t["overlap"]["cue"]["recall"] == round(1 / 3, 4)
    assert t["overlap"]["cue"]["precision"] == 1.0


def test_attribution_eval_one_to_one_matching():
    # two predicted sources inside one gold source: only one counts
    pred = [
        GoldAttribution(cue=((32, 36),), source=((22, 25),)),
        GoldAttribution(cue=((33, 35),), source=((26, 31),)),
    ]
    t = _scores(pred)
    assert t["overlap"]["source"]["tp"] == 1
    assert t["overlap"]["source"]["predicted"] == 2
    assert t["overlap"]["cue"]["tp"] == 1


def test_attribution_eval_attribution_needs_source_where_gold_has_one():
    # right cue and content, source in the wrong place
    pred = [GoldAttribution(cue=((76, 88),), source=((22, 31),), content=((63, 74),))]
    t = _scores(pred)
    assert t["overlap"]["cue"]["tp"] == 1
    assert t["overlap"]["attribution"]["tp"] == 0


def test_attribution_eval_to_gold_shape_from_records():
    rec = Attribution(id="a1", kind="direct", cue=(32, 36), source=(22, 31), content=((37, 50), (51, 58)))
    (g,) = to_gold_shape([rec])
    assert g.cue == ((32, 36),) and g.source == ((22, 31),) and g.content == ((37, 50), (51, 58))


def test_attribution_eval_read_corpus_first_annotator(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "art_one_b2.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "art_one_a1.ann").write_text(ANN, encoding="utf-8")
    (art,) = list(read_corpus(tmp_path))
    assert art.name == "art_one"
    assert len(art.attributions) == 3
    assert list(read_corpus(tmp_path, limit=0)) == []
    # training may use every annotator: one article per annotation file, first annotator first
    first, second = list(read_corpus(tmp_path, all_annotators=True))
    assert first.name == second.name == "art_one"
    assert len(first.attributions) == 3 and second.attributions == ()


def test_attribution_eval_to_gold_shape_merges_shared_cue_and_source():
    recs = [
        Attribution(id="a1", kind="direct", cue=(32, 36), source=(22, 31), content=((37, 50),)),
        Attribution(id="a2", kind="floating", cue=(32, 36), source=(22, 31), content=((60, 70),)),
    ]
    (g,) = to_gold_shape(recs)
    assert g.content == ((37, 50), (60, 70))
