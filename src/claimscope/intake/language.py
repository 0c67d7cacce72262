"""Which language an article is in, offline (py3langid and its bundled model; nothing is downloaded).

claimscope's pipeline reads English.  :func:`check_language` refuses other languages with the coded
error ``language`` unless asked to analyze any language, when the language is only recorded (in
``Report.pipeline["language"]``) and a warning says the analysis may be wrong.

Short or ambiguous texts are not refused: py3langid needs some prose to be sure, and a headline like
"Peskov denied it." scores Slovak.  A text is taken as another language only when it has at least
:data:`MIN_WORDS` words and the detector gives that language a probability of :data:`MIN_PROB` or
more; otherwise it is English (``en``) when English scores highest and undetermined (``und``) when not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from claimscope.errors import ClaimscopeError, Errors

ENGLISH = "en"
UNDETERMINED = "und"
MIN_WORDS = 25  # fewer words than this: never refused (detectors guess on headlines)
MIN_PROB = 0.9  # the detector's probability of the language it names, at least
MAX_CHARS = 20_000  # the first 20,000 characters say which language an article is in
_WORD = re.compile(r"[^\W\d_]{2,}")

NAMES = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian", "bg": "Bulgarian",
    "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "kn": "Kannada", "ko": "Korean", "ku": "Kurdish",
    "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese", "ne": "Nepali",
    "nl": "Dutch", "nn": "Norwegian Nynorsk", "no": "Norwegian", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "so": "Somali",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tg": "Tajik",
    "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese",
    "zh": "Chinese", "und": "undetermined",
}


def language_name(code: str) -> str:
    """The English name of a language code (the code itself when there is none here)."""
    return NAMES.get(code, code)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Loaded on first use, once per process: unpacking the bundled model takes about 1 s.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """(language code, probability) of ``text``; ``("und", 0.0)`` for text without enough words."""
    head = text[:MAX_CHARS]
    if len(_WORD.findall(head)) < MIN_WORDS:
        return UNDETERMINED, 0.0
    code, prob = _identifier().classify(head)
    return str(code), float(prob)


def decide(text: str) -> str:
    """The language claimscope takes ``text`` to be in: ``en``, ``und``, or a confidently detected other code."""
    code, prob = detect(text)
    if code == UNDETERMINED:
        return UNDETERMINED
    if code == ENGLISH:
        return ENGLISH
    return code if prob >= MIN_PROB else UNDETERMINED


def check_language(text: str, declared: Optional[str] = None, *, allow_any: bool = False) -> str:
    """The language of ``text`` (``declared`` when a caller already settled it); refuses non-English text.

    Raises:
        ClaimscopeError: ``language`` (E031) for text in another language, unless ``allow_any``.
    """
    code = declared or decide(text)
    if code in (ENGLISH, UNDETERMINED) or allow_any or declared:
        return code
    raise ClaimscopeError("language", Errors.E031.format(name=language_name(code), code=code))


def warning(code: str) -> str:
    """What the CLI says about a report analyzed in another language (``--lang-any``)."""
    return (
        f"the article is in {language_name(code)} ({code}); it was analyzed with the English pipeline, so "
        "figures, cues, names and places may be wrong (the report says language: " + code + ")."
    )
