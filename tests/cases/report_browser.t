# Each example's report in headless Chromium (tests/report_browser.py): the
# charts drawn with one mark per check, breaches and unknowns as the JSON
# report counts them; the findings filter and sort work; no console errors;
# nothing fetched. Screenshots and A4 prints go to tests/out/.
$ python3 tests/report_browser.py $bin
lincolnshire: 1 chart, 6 findings, filter and sort work, no console errors, nothing fetched
medway: 3 charts, 9 findings, filter and sort work, no console errors, nothing fetched
somerset: 1 chart, 2 findings, filter and sort work, no console errors, nothing fetched
tower_hamlets: 1 chart, 3 findings, filter and sort work, no console errors, nothing fetched
wiltshire: 3 charts, 10 findings, filter and sort work, no console errors, nothing fetched
screenshots and A4 prints: tests/out/EXAMPLE.png, tests/out/EXAMPLE.pdf
? 0
