"""Writing a generated register in a random but valid file form.

Reuses the O1 generator's writers (random_registers.Generator: header
spellings, NFC/NFD and padded cells, date forms, encodings, delimiters, line
ends) so every register varies the same way; adds numbers with a decimal point
or a decimal comma.
"""

import os

EXTRA_COLUMNS = ["STT", "Ghi chú", "Người nhập", "Nguồn"]


def number_text(rng, value, decimals=2):
    """A number as a spreadsheet user types it, exactly `value` (which has at
    most `decimals` decimals): '12.5' or '12,5'; a whole number as '30',
    '30,0' or '30.00'."""
    if value == int(value):
        decimals = rng.choice([0, 0, 0, 1, 2])
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if rng.random() < 0.5 else text


def write_register(w, out_dir, name, fields, rows, optional_p=0.8):
    """fields: [(field, Vietnamese header, required)]; rows: dicts field -> text.
    Optional columns are left out now and then; extra columns added; columns
    shuffled."""
    r = w.rng
    cols = [(f, w.header(f, vi)) for f, vi, req in fields if req or r.random() < optional_p]
    cols += [(None, x) for x in r.sample(EXTRA_COLUMNS, r.randint(0, 2))]
    r.shuffle(cols)
    table = [[row.get(f, "") if f else w.extra_cell(x, i) for f, x in cols]
             for i, row in enumerate(rows, start=1)]
    w.write_csv(os.path.join(out_dir, name + ".csv"), [h for _, h in cols], table)
    return {f for f, _ in cols if f}
