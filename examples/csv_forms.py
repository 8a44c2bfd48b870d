"""File forms for the sample registers: how Excel, web exports and old
systems write CSV. Used by make_samples.py and its plan modules."""

import csv
import io


def write_table(path, header, rows, delimiter=",", eol="\n", encoding="utf-8",
                final_newline=True):
    """encoding: 'utf-8', 'utf-8-sig' (with BOM) or 'utf-16' (little-endian
    with BOM, as Excel's "Unicode Text")."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=eol).writerows([header] + rows)
    text = buf.getvalue()
    if not final_newline:
        text = text[: -len(eol)]
    data = b"\xff\xfe" + text.encode("utf-16-le") if encoding == "utf-16" else text.encode(encoding)
    with open(path, "wb") as f:
        f.write(data)


def date_text(rng, d, forms=("dmy", "dmy", "d/m", "iso", "dash")):
    """A date in one of the accepted forms (never mm/dd/yyyy)."""
    form = rng.choice(forms)
    if form == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "d/m":
        return f"{d.day}/{d.month}/{d.year}"
    if form == "iso":
        return d.isoformat()
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def decimal_comma(value, decimals=1):
    """'12,5': the Vietnamese locale's number form."""
    return f"{value:.{decimals}f}".replace(".", ",")
