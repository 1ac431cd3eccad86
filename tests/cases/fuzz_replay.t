# The fuzz corpora (fuzz/corpus/*) replayed through the three harnesses,
# linked with the sanitizer objects (practice 12).  Independent of the binary
# under test; adding a corpus file changes a count here.
$ make -s fuzz-replay
fuzz replay policy: 56 inputs, ok
fuzz replay bytecode: 35 inputs, ok
fuzz replay csv: 63 inputs, ok
? 0
