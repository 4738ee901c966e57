"""A card draft printed through a real print server: a private CUPS with a cups-pdf queue."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain.cards import CARD_SIZES, Orientation

from ..gui.pdf_tools import page_sizes
from .conftest import wait_until
from .cups_server import CupsServer, cups_pdf_printer  # noqa: F401 (fixture)

CHILD = Path(__file__).with_name("print_card_child.py")
KEEP_PNG = Path(os.environ["FINISH_STRONG_KEEP_PNG"]) if "FINISH_STRONG_KEEP_PNG" in os.environ else None
TEXT = "Dear Zoë,\nThank you for the <b>great</b> talk & the tour.\nAlex"


@pytest.mark.integration
@pytest.mark.parametrize(("size", "orientation"), [("a2", "portrait"), ("a7", "landscape")])
def test_a_card_printed_to_cups_comes_out_at_the_cards_size(cups_pdf_printer: CupsServer,  # noqa: F811
                                                            desktop_env: dict[str, str], size: str,
                                                            orientation: str) -> None:
    server = cups_pdf_printer
    env = {**desktop_env, "CUPS_SERVER": str(server.socket)}
    result = subprocess.run([sys.executable, str(CHILD), server.queue, size, orientation, TEXT], env=env,
                            capture_output=True, text=True, timeout=60, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr
    wait_until(lambda: server.queue in server.lpstat("-W", "completed", "-o", server.queue), 60,
               f"the job to complete on {server.queue}\n{server.log()[-3000:]}")
    assert server.lpstat("-o", server.queue).strip() == ""  # nothing left pending
    pdfs = wait_until(lambda: [p for p in server.out.glob("*.pdf") if p.stat().st_size > 0], 30,
                      "cups-pdf to write the PDF")
    [(width, height)] = page_sizes(pdfs[0])
    # The paper is the card as it is fed; a landscape draft is sent as orientation-requested
    # and turned on it (the way any printer does), so compare the sheet's two sides.
    expected = CARD_SIZES[size].points(Orientation.PORTRAIT)
    assert sorted((width, height)) == pytest.approx(expected, abs=0.5)
    # cups-pdf goes through PostScript and Ghostscript, which drops the text's Unicode mapping:
    # check that the draft is drawn (dark glyphs on the page), not what pdftotext reads back.
    gray = subprocess.run(["pdftoppm", "-gray", "-r", "36", str(pdfs[0])], capture_output=True, check=True).stdout
    if KEEP_PNG is not None:
        subprocess.run(["pdftoppm", "-png", "-r", "72", str(pdfs[0]), str(KEEP_PNG / f"cups-{size}")], check=True)
    pixels = gray.split(b"\n", 3)[3]  # after the P5 header, size and maximum value
    assert sum(1 for value in pixels if value < 100) > 50
