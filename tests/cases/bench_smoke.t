# `make bench-smoke`: at council scale, cadre (from CSV and from SQLite), the
# sqlite3 shell (import + queries, and query-only), the C reference and the
# Python script (bench/peer.py) find exactly the violations and unknowns per
# check that bench/gen planted; so does cadre with the checks as general rules (bench/rules.cadre), which also
# agrees with the C reference on weekly_group, a gap() cadence.
# Agreement only, no timing. Uses the binary under test when the runner
# names it ($bin), else ./cadre.
$ make -s build/bench/gen build/bench/ref build/bench/timeit && CADRE=${bin:-./cadre} bash bench/run.sh council 0
bench: council: cadre (CSV, SQLite, general rules), sqlite3 (import+queries, query-only), the C reference and the Python script agree with the 12 planted check counts (and on weekly_group)
? 0
