# The fuzz corpora (fuzz/corpus/*) replayed through the three harnesses,
# linked with the sanitizer objects (practice 12).  Independent of the binary
# under test; adding a corpus file changes a count here.  MAKEFLAGS is
# cleared so that `make -j test` does not hand its jobserver down.
$ MAKEFLAGS= make -s fuzz-replay
fuzz replay policy: 178 inputs, ok
fuzz replay bytecode: 154 inputs, ok
fuzz replay csv: 101 inputs, ok
? 0
