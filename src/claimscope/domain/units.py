"""Units: what kind of thing a unit measures, and conversions between units of one kind.

A unit arrives either normalized, as the quantities component writes it in
``Quantity.unit`` ("km", "mi", "m"), or as the text writes it ("kilometres",
"miles"); ``data/units.en.txt`` maps the written forms to the normalized ones,
so both are read here the same way.
"""

from __future__ import annotations

from typing import Optional

from claimscope.lexicon import word_table

# Normalized length unit -> kilometres per unit.
LENGTH_UNITS: dict[str, float] = {
    "km": 1.0,
    "m": 0.001,
    "cm": 1e-5,
    "mm": 1e-6,
    "mi": 1.609344,
    "nmi": 1.852,
    "ft": 0.0003048,
    "yd": 0.0009144,
}


def normalize_unit(unit: str) -> str:
    """The normalized form of a written unit: "kilometres" -> "km", "miles" -> "mi"; unknown ones as given (lower case)."""
    u = " ".join(unit.lower().split())
    return word_table("units.en.txt").get(u, u)


def length_unit(unit: Optional[str]) -> Optional[str]:
    """The normalized length unit ("km", "mi", ...) of a unit, or None when it is not a length."""
    if not unit:
        return None
    u = normalize_unit(unit)
    return u if u in LENGTH_UNITS else None


def to_km(value: Optional[float], unit: Optional[str]) -> Optional[float]:
    """``value`` in kilometres: to_km(5, "miles") -> 8.04672; None when the unit is not a length (or value is None)."""
    u = length_unit(unit)
    if u is None or value is None:
        return None
    return value * LENGTH_UNITS[u]


def is_time_unit(unit: Optional[str]) -> bool:
    """Whether a unit measures time: "days", "hours", "year", "years of age" (``data/time_units.en.txt``)."""
    if not unit:
        return False
    words = unit.lower().split()
    return bool(words) and words[0] in word_table("time_units.en.txt")


# -- one unit vocabulary ------------------------------------------------------
#
# Canonical names follow quantulum3, the names CQE's data uses ("kilometre",
# "pound-mass", "year of age", "percentage"), except that currencies keep their
# ISO 4217 code ("USD", not "dollar") and a count keeps its noun, singular
# ("people", "house", "fighter jet").  Each name has a dimension and a factor to
# that dimension's base unit, so units of one dimension convert.

# canonical name -> (dimension, factor to the base unit, other written forms)
CANONICAL: dict[str, tuple[str, float, tuple[str, ...]]] = {
    # length (base: metre)
    "metre": ("length", 1.0, ("m", "meter", "metres", "meters")),
    "kilometre": ("length", 1000.0, ("km", "kms", "kilometer", "kilometres", "kilometers")),
    "decimetre": ("length", 0.1, ("dm", "decimeter", "decimetres")),
    "centimetre": ("length", 0.01, ("cm", "centimeter", "centimetres", "centimeters")),
    "millimetre": ("length", 0.001, ("mm", "millimeter", "millimetres", "millimeters")),
    "micrometre": ("length", 1e-6, ("µm", "micron", "microns", "micrometer")),
    "nanometre": ("length", 1e-9, ("nm", "nanometer", "nanometres")),
    "picometre": ("length", 1e-12, ("pm", "picometer", "picometres")),
    "mile": ("length", 1609.344, ("mi", "miles")),
    "nautical mile": ("length", 1852.0, ("nmi", "nautical miles")),
    "foot": ("length", 0.3048, ("ft", "feet")),
    "inch": ("length", 0.0254, ("in", "inches", '"')),
    "yard": ("length", 0.9144, ("yd", "yards")),
    # area (base: square metre)
    "square metre": ("area", 1.0, ("m2", "sq m", "square meter", "square metres", "square meters")),
    "square kilometre": ("area", 1e6, ("km2", "sq km", "square kilometer", "square kilometres", "square kilometers")),
    "square mile": ("area", 2589988.110336, ("mi2", "sq mi", "square miles")),
    "square foot": ("area", 0.09290304, ("sq ft", "square feet", "square-foot", "ft2")),
    "hectare": ("area", 1e4, ("ha", "hectares")),
    "acre": ("area", 4046.8564224, ("acres",)),
    # volume (base: cubic metre)
    "cubic metre": ("volume", 1.0, ("m3", "cubic meter", "cubic metres", "cubic meters")),
    "cubic foot": ("volume", 0.028316846592, ("cubic feet", "cu ft")),
    "litre": ("volume", 0.001, ("l", "liter", "litres", "liters")),
    "millilitre": ("volume", 1e-6, ("ml", "milliliter", "millilitres", "milliliters")),
    "gallon": ("volume", 0.003785411784, ("gal", "gallons")),
    "barrel": ("volume", 0.158987294928, ("bbl", "barrels")),
    "tablespoon": ("volume", 1.478676478125e-5, ("tbsp", "tablespoons")),
    "teaspoon": ("volume", 4.92892159375e-6, ("tsp", "teaspoons")),
    "cup": ("volume", 2.365882365e-4, ("cups",)),
    # mass (base: kilogram)
    "kilogram": ("mass", 1.0, ("kg", "kilo", "kilos", "kilograms")),
    "gram": ("mass", 0.001, ("g", "grams", "gramme", "grammes")),
    "milligram": ("mass", 1e-6, ("mg", "milligrams")),
    "microgram": ("mass", 1e-9, ("µg", "μg", "mcg", "micrograms", "microgramme", "microgrammes")),
    "metric ton": ("mass", 1000.0, ("t", "tonne", "tonnes", "metric tons", "metric tonnes")),
    "ton": ("mass", 907.18474, ("tons", "short ton")),
    "pound-mass": ("mass", 0.45359237, ("lb", "lbs", "pound", "pounds")),
    "ounce": ("mass", 0.028349523125, ("oz", "ounces")),
    "dram": ("mass", 0.0017718451953125, ("drams",)),
    # speed (base: metre per second)
    "metre per second": ("speed", 1.0, ("m/s",)),
    "kilometre per hour": ("speed", 1000 / 3600, ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour")),
    "mile per hour": ("speed", 0.44704, ("mph", "miles per hour")),
    "knot": ("speed", 0.514444, ("kn", "kt", "knots")),
    # temperature (converted with an offset, see ``convert``); "degree" is an angle or unspecified
    "celsius": ("temperature", 1.0, ("°c", "degrees celsius", "degree celsius")),
    "fahrenheit": ("temperature", 1.0, ("°f", "degrees fahrenheit", "degree fahrenheit")),
    "kelvin": ("temperature", 1.0, ("kelvins",)),
    "degree": ("angle", 1.0, ("°", "degrees", "deg")),
    "radian": ("angle", 57.29577951308232, ("rad", "radians")),
    "turn": ("angle", 360.0, ("turns",)),
    # time (base: second)
    "second": ("time", 1.0, ("s", "sec", "secs", "seconds")),
    "millisecond": ("time", 0.001, ("ms", "milliseconds")),
    "minute": ("time", 60.0, ("min", "mins", "minutes")),
    "hour": ("time", 3600.0, ("h", "hr", "hrs", "hours")),
    "day": ("time", 86400.0, ("days",)),
    "week": ("time", 604800.0, ("weeks", "wk")),
    "month": ("time", 2629746.0, ("months", "mo")),
    "quarter": ("time", 7889238.0, ("quarters",)),
    "year": ("time", 31556952.0, ("years", "yr", "yrs")),
    "decade": ("time", 315569520.0, ("decades",)),
    "century": ("time", 3155695200.0, ("centuries",)),
    # age (base: year of age)
    "year of age": ("age", 1.0, ("years of age", "yo", "y/o", "years old", "year old", "-year-old", "year-old", "years-old", "year - old")),
    "month of age": ("age", 1 / 12, ("months of age", "months old", "month old", "-month-old", "month-old")),
    "week of age": ("age", 7 / 365.2425, ("weeks of age", "weeks old", "week old", "-week-old")),
    "day of age": ("age", 1 / 365.2425, ("days of age", "days old", "day old", "-day-old")),
    # ratios
    "percentage": ("ratio", 0.01, ("%", "percent", "per cent", "pct", "percentages")),
    "percentage point": ("ratio difference", 0.01, ("percentage points", "pp", "points of percentage")),
    "basis point": ("ratio difference", 0.0001, ("basis points", "bp", "bps")),
    "point": ("score", 1.0, ("points", "pts", "-point")),
    "time": ("multiple", 1.0, ("times", "fold", "-fold")),
    # energy and power (base: watt, joule)
    "watt": ("power", 1.0, ("w", "watts")),
    "kilowatt": ("power", 1e3, ("kw", "kilowatts")),
    "megawatt": ("power", 1e6, ("mw", "megawatts")),
    "gigawatt": ("power", 1e9, ("gw", "gigawatts")),
    "kilowatt hour": ("energy", 3.6e6, ("kwh", "kilowatt hours", "kilowatt-hour", "kilowatt-hours")),
    "megawatt hour": ("energy", 3.6e9, ("mwh", "megawatt hours")),
    "gigawatt hour": ("energy", 3.6e12, ("gwh", "gigawatt hours")),
    # information (base: byte)
    "bit": ("information", 0.125, ("bits",)),
    "megabit": ("information", 125000.0, ("mb", "mbit", "megabits")),
    "byte": ("information", 1.0, ("bytes", "B")),
    "kilobyte": ("information", 1e3, ("kb", "kilobytes")),
    "megabyte": ("information", 1e6, ("megabytes",)),
    "gigabyte": ("information", 1e9, ("gb", "gigabytes")),
    "terabyte": ("information", 1e12, ("tb", "terabytes")),
    # currency subunits (kept apart from their currency: "cent" does not say which)
    "cent": ("currency subunit", 0.01, ("cents", "¢")),
    "penny": ("currency subunit", 0.01, ("pence", "pennies", "p")),
}

# ISO 4217 code -> written forms (CQE's names first).  Currencies convert only through rates, which are not here.
CURRENCIES: dict[str, tuple[str, ...]] = {
    "USD": ("dollar", "dollars", "$", "us$", "usd", "us dollar", "us dollars", "u.s. dollars", "dlrs", "dlr"),
    "EUR": ("euro", "euros", "€", "eur"),
    "GBP": ("pound sterling", "pounds sterling", "£", "gbp", "sterling", "british pounds"),
    "JPY": ("japanese yen", "yen", "¥", "jpy"),
    "CNY": ("chinese yuan", "yuan", "renminbi", "rmb", "cny"),
    "CAD": ("canadian dollar", "canadian dollars", "c$", "cad"),
    "AUD": ("australian dollar", "australian dollars", "a$", "aud"),
    "NZD": ("new zealand dollar", "new zealand dollars", "nz$", "nzd"),
    "HKD": ("hong kong dollar", "hong kong dollars", "hk$", "hkd"),
    "CHF": ("swiss franc", "swiss francs", "chf"),
    "FRF": ("french franc", "french francs", "franc", "francs", "frf"),
    "DEM": ("mark", "marks", "deutsche mark", "deutsche marks", "deutschmark", "deutschmarks", "dem"),
    "NLG": ("netherlands guilder", "netherlands guilde", "guilder", "guilders", "nlg"),
    "ESP": ("peseta", "pesetas", "esp"),
    "FIM": ("finnish markka", "markka", "markkaa", "fim"),
    "ITL": ("italian lira", "lire"),
    "TRY": ("turkish lira", "lira", "liras", "try"),
    "INR": ("rupee", "rupees", "indian rupee", "indian rupees", "₹", "rs", "inr"),
    "LKR": ("sri lankan rupee", "sri lankan rupees", "lkr"),
    "PKR": ("pakistani rupee", "pakistani rupees", "pkr"),
    "MXN": ("mexican peso", "mexican pesos", "mxn"),
    "PHP": ("philippine peso", "philippine pesos", "₱", "php"),
    "RUB": ("russian ruble", "rouble", "roubles", "ruble", "rubles", "₽", "rub"),
    "UAH": ("ukrainian hryvnia", "hryvnia", "hryvnias", "₴", "uah"),
    "KRW": ("south korean won", "won", "₩", "krw"),
    "ILS": ("israeli new shekel", "shekel", "shekels", "₪", "ils"),
    "ZAR": ("south african rand", "rand", "rands", "zar"),
    "NGN": ("nigerian naira", "naira", "₦", "ngn"),
    "KES": ("kenyan shilling", "kenyan shillings", "kes"),
    "KZT": ("kazakhstani tenge", "tenge", "kzt"),
    "CRC": ("costa rican colón", "costa rican colon", "colón", "colones", "crc"),
    "GEL": ("georgian lari", "lari", "gel"),
    "LAK": ("lao kip", "kip", "lak"),
    "BRL": ("brazilian real", "reais", "r$", "brl"),
    "SEK": ("swedish krona", "swedish kronor", "sek"),
    "NOK": ("norwegian krone", "norwegian kroner", "nok"),
    "DKK": ("danish krone", "danish kroner", "dkk"),
    "PLN": ("polish zloty", "zloty", "zlotys", "pln"),
    "BTC": ("bitcoin", "bitcoins", "btc", "₿"),
}

_IRREGULAR_PLURALS = {
    "people": "people", "persons": "people", "person": "people", "men": "man", "women": "woman",
    "children": "child", "grandchildren": "grandchild", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "species": "species", "series": "series", "aircraft": "aircraft", "police": "police", "sheep": "sheep",
    "fish": "fish", "data": "data", "media": "media", "others": "other", "lives": "life", "wives": "wife",
    "knives": "knife", "halves": "half", "thieves": "thief", "leaves": "leaf", "shelves": "shelf",
}
_NO_UNIT = frozenset({"", "-", "none", "count", "counts", "number"})


def _forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, (_, _, aliases) in CANONICAL.items():
        for form in (name, *aliases):
            out.setdefault(form if form in ("B",) else form.lower(), name)
    for code, aliases in CURRENCIES.items():
        for form in (code.lower(), *aliases):
            out.setdefault(form.lower(), code)
    return out


_FORMS = _forms()


def singular(noun: str) -> str:
    """The singular of an English count noun, for comparing counts: "houses" -> "house", "people" -> "people"."""
    w = noun.lower()
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _one(unit: str) -> Optional[str]:
    """The canonical name of one unit (no "per"), or None when it is not a measurement unit or currency."""
    u = " ".join(unit.replace("-", " - ").split()) if unit.startswith("-") else " ".join(unit.split())
    if unit in _FORMS:  # case-sensitive forms ("B")
        return _FORMS[unit]
    low = u.lower()
    for key in (low, low.replace(" - ", "-"), low.strip("-").strip()):
        if key in _FORMS:
            return _FORMS[key]
    short = word_table("units.en.txt").get(low)  # the quantities component's normalized forms ("km", "USD")
    if short and short.lower() in _FORMS:
        return _FORMS[short.lower()]
    return None


def canonical_unit(unit: Optional[str]) -> str:
    """The one-vocabulary name of a unit as written or as normalized.

    "km", "kilometres", "kilometers" -> "kilometre"; "$", "dollars", "dollar" -> "USD"; "%" -> "percentage";
    "years old" -> "year of age"; "dollar per share" -> "USD per share"; a count noun -> its singular
    ("houses" -> "house", "cabinet ministers" -> "cabinet minister"); nothing, "-" or "count" -> "-".
    """
    if unit is None:
        return "-"
    u = " ".join(str(unit).split())
    if u.lower() in _NO_UNIT:
        return "-"
    if u.lower() == "percentage per year":
        return "percentage per year"
    if " per " in u.lower() or "/" in u and u.lower() not in _FORMS:
        sep = " per " if " per " in u.lower() else "/"
        head, _, tail = u.lower().partition(sep)
        return f"{canonical_unit(head)} per {canonical_unit(tail)}"
    found = _one(u)
    if found is not None:
        return found
    words = u.lower().split()
    return " ".join([*words[:-1], singular(words[-1])])


def unit_dimension(unit: Optional[str]) -> str:
    """What a unit measures: "length", "mass", "time", "age", "ratio", "currency", ..., "count" for a noun or none."""
    c = canonical_unit(unit)
    if c in CANONICAL:
        return CANONICAL[c][0]
    if c in CURRENCIES:
        return "currency"
    if " per " in c:
        return "rate"
    return "count"


def is_count_unit(unit: Optional[str]) -> bool:
    """Whether a unit is a count: no unit, or a counted noun ("people", "houses")."""
    return unit_dimension(unit) == "count"


def same_unit(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two written units name the same unit: same canonical name, or counts with the same head noun."""
    ca, cb = canonical_unit(a), canonical_unit(b)
    if ca == cb:
        return True
    if is_count_unit(ca) and is_count_unit(cb) and "-" not in (ca, cb):
        a, b = ca.split()[-1], cb.split()[-1]
        return a == b or a.rstrip("s") == b.rstrip("s")  # "rabbi" / "rabbis" ("-is" words keep their s)
    return False


def _to_kelvin(value: float, unit: str) -> float:
    return {"celsius": value + 273.15, "fahrenheit": (value - 32) * 5 / 9 + 273.15}.get(unit, value)


def convert(value: Optional[float], unit: Optional[str], to: Optional[str]) -> Optional[float]:
    """``value`` in ``unit`` expressed in ``to``: convert(5, "miles", "km") -> 8.04672; None across dimensions.

    Currencies convert only to themselves (no exchange rates here); counts only between the same noun.
    """
    if value is None:
        return None
    a, b = canonical_unit(unit), canonical_unit(to)
    if a == b or same_unit(a, b):
        return value
    if a not in CANONICAL or b not in CANONICAL or CANONICAL[a][0] != CANONICAL[b][0]:
        return None
    if CANONICAL[a][0] == "temperature":
        k = _to_kelvin(value, a)
        return {"celsius": k - 273.15, "fahrenheit": (k - 273.15) * 9 / 5 + 32}.get(b, k)
    return value * CANONICAL[a][1] / CANONICAL[b][1]
