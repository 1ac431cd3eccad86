# cadre — one hand-written Makefile.  `make` builds ./cadre; `make test` runs
# every test twice (plain build, then ASan+UBSan); `make demo` is the README's
# first command; `make deps` installs what a fresh Debian machine lacks.

CC      ?= cc
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
OPT     ?= -O2 -g
LIBS    := -lreadline -lsqlite3 -pthread
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

BUILD   := build
GEN     := $(BUILD)/gen
VERSION := 0.1.0

SRC     := $(wildcard lang/*.c runtime/*.c cli/*.c)
LIBSRC  := $(wildcard lang/*.c runtime/*.c)
GENSRC  := $(GEN)/lexer.c $(GEN)/parser.c $(GEN)/stdlib.c
STDLIB  := $(shell find stdlib -name '*.cadre' | sort)
UNITSRC := $(wildcard tests/unit/test_*.c)

OBJ     := $(SRC:%.c=$(BUILD)/obj/%.o) $(GENSRC:$(GEN)/%.c=$(BUILD)/obj/gen/%.o)
LIBOBJ  := $(LIBSRC:%.c=$(BUILD)/obj/%.o) $(GENSRC:$(GEN)/%.c=$(BUILD)/obj/gen/%.o)
SANOBJ  := $(OBJ:$(BUILD)/obj/%=$(BUILD)/san/%)
SANLIB  := $(LIBOBJ:$(BUILD)/obj/%=$(BUILD)/san/%)
UNITBIN := $(UNITSRC:tests/unit/%.c=$(BUILD)/unit/%) $(UNITSRC:tests/unit/%.c=$(BUILD)/unit-san/%)

CPPFLAGS := -I. -I$(GEN) -DCADRE_VERSION='"$(VERSION)"' -MMD -MP

# Quiet by default (one line per file); `make V=1` shows the commands.
ifeq ($(V),1)
Q :=
else
Q := @
endif

.PHONY: all deps demo test unit check-san clean bench fuzz reports man install uninstall
all: cadre

cadre: $(OBJ)
	@echo "  LINK    $@"
	$(Q)$(CC) $(OPT) -o $@ $(OBJ) $(LIBS)

$(BUILD)/cadre-san: $(SANOBJ)
	@echo "  LINK    $@"
	$(Q)$(CC) $(OPT) $(SAN) -o $@ $(SANOBJ) $(LIBS)

$(BUILD)/obj/%.o: %.c | $(GENSRC)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CSTD) $(WARN) $(OPT) $(CPPFLAGS) -c $< -o $@

$(BUILD)/san/%.o: %.c | $(GENSRC)
	@mkdir -p $(dir $@)
	@echo "  CC-SAN  $<"
	$(Q)$(CC) $(CSTD) $(WARN) $(OPT) $(SAN) $(CPPFLAGS) -c $< -o $@

# Generated sources: flex/bison output is C we do not write, so two warnings
# that its skeletons trip are relaxed for those files only.
GENWARN := -Wno-unused-function -Wno-sign-compare -Wno-missing-prototypes
$(BUILD)/obj/gen/%.o: $(GEN)/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CSTD) $(WARN) $(GENWARN) $(OPT) $(CPPFLAGS) -Ilang -c $< -o $@
$(BUILD)/san/gen/%.o: $(GEN)/%.c
	@mkdir -p $(dir $@)
	@echo "  CC-SAN  $<"
	$(Q)$(CC) $(CSTD) $(WARN) $(GENWARN) $(OPT) $(SAN) $(CPPFLAGS) -Ilang -c $< -o $@

$(GEN)/parser.c $(GEN)/parser.h &: lang/parser.y
	@mkdir -p $(GEN)
	@echo "  BISON   $<"
	$(Q)bison -Wall -Werror --defines=$(GEN)/parser.h -o $(GEN)/parser.c $<

$(GEN)/lexer.c $(GEN)/lexer.h &: lang/lexer.l $(GEN)/parser.h
	@mkdir -p $(GEN)
	@echo "  FLEX    $<"
	$(Q)flex --header-file=$(GEN)/lexer.h -o $(GEN)/lexer.c $<

$(GEN)/stdlib.c: $(STDLIB) tools/embed.sh
	@mkdir -p $(GEN)
	@echo "  EMBED   stdlib/"
	$(Q)sh tools/embed.sh $(STDLIB) > $@

# Unit tests link the library objects (everything but cli/main.c).
$(BUILD)/unit/%: tests/unit/%.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  UNIT    $@"
	$(Q)$(CC) $(CSTD) $(WARN) $(OPT) $(CPPFLAGS) -o $@ $< $(LIBOBJ) $(LIBS)
$(BUILD)/unit-san/%: tests/unit/%.c $(SANLIB)
	@mkdir -p $(dir $@)
	@echo "  UNIT    $@"
	$(Q)$(CC) $(CSTD) $(WARN) $(OPT) $(SAN) $(CPPFLAGS) -o $@ $< $(SANLIB) $(LIBS)

deps:
	@sh tools/deps.sh

demo: deps
	@$(MAKE) --no-print-directory cadre
	@./cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30; \
	  rc=$$?; echo "(exit code $$rc: 1 means violations were found, as planted in the example)"; [ $$rc -le 1 ]

test: cadre $(BUILD)/cadre-san $(UNITBIN)
	@bash tests/run.sh ./cadre $(BUILD)/cadre-san

clean:
	rm -rf $(BUILD) cadre

# The audit report of every example (docs/reports/EXAMPLE.html), which the
# suite compares with a fresh one (tests/cases/report_html.t): after a change
# to verdicts or to the page, `make reports` refreshes them all.
reports: cadre
	@mkdir -p docs/reports
	@for d in examples/*/; do e=$$(basename $$d); \
	  ./cadre check examples/$$e/policy.cadre --data examples/$$e/data --as-of 2025-06-30 --format html > docs/reports/$$e.html; \
	  [ $$? -le 1 ] || exit 1; echo "  REPORT  docs/reports/$$e.html"; done

# The man page is made from docs/cli.md (tools/man.awk), never edited, so the
# two cannot drift.  `make install PREFIX=... DESTDIR=...` puts the binary,
# cadre(1), bash and zsh completion and the editor files (editors/) in the
# usual places; `make uninstall` with the same variables removes them.
PREFIX  ?= /usr/local
BINDIR   = $(DESTDIR)$(PREFIX)/bin
MANDIR   = $(DESTDIR)$(PREFIX)/share/man/man1
SHAREDIR = $(DESTDIR)$(PREFIX)/share
EDITORS := $(shell find editors -type f | sort)

man: $(BUILD)/cadre.1
$(BUILD)/cadre.1: docs/cli.md tools/man.awk
	@mkdir -p $(BUILD)
	@echo "  MAN     $@"
	$(Q)LC_ALL=C awk -v version=$(VERSION) -f tools/man.awk docs/cli.md > $@.tmp && mv $@.tmp $@

install: cadre $(BUILD)/cadre.1
	install -d $(BINDIR) $(MANDIR) $(SHAREDIR)/bash-completion/completions $(SHAREDIR)/zsh/site-functions \
	  $(SHAREDIR)/vim/vimfiles/syntax $(SHAREDIR)/vim/vimfiles/ftdetect
	install -m 755 cadre $(BINDIR)/cadre
	install -m 644 $(BUILD)/cadre.1 $(MANDIR)/cadre.1
	install -m 644 completion/cadre.bash $(SHAREDIR)/bash-completion/completions/cadre
	install -m 644 completion/_cadre $(SHAREDIR)/zsh/site-functions/_cadre
	install -m 644 editors/vim/syntax/cadre.vim $(SHAREDIR)/vim/vimfiles/syntax/cadre.vim
	install -m 644 editors/vim/ftdetect/cadre.vim $(SHAREDIR)/vim/vimfiles/ftdetect/cadre.vim
	for f in $(EDITORS); do install -D -m 644 $$f $(SHAREDIR)/cadre/$$f || exit 1; done

uninstall:
	rm -f $(BINDIR)/cadre $(MANDIR)/cadre.1 $(SHAREDIR)/bash-completion/completions/cadre \
	  $(SHAREDIR)/zsh/site-functions/_cadre $(SHAREDIR)/vim/vimfiles/syntax/cadre.vim $(SHAREDIR)/vim/vimfiles/ftdetect/cadre.vim
	rm -rf $(SHAREDIR)/cadre

-include $(OBJ:.o=.d) $(SANOBJ:.o=.d)

# Benchmark (bench/): the generator, the C reference and a timing wrapper are
# built here; bench/run.sh generates data under build/bench/data, checks that
# cadre, sqlite3 and the reference agree, then times them.
# `make bench SCALE=england`; `make bench-smoke` checks agreement only.
SCALE   ?= council
RUNS    ?= 5
BENCHCC  = $(CC) $(CSTD) $(WARN) -O2 -g
$(BUILD)/bench/gen: bench/gen.c
	@mkdir -p $(dir $@)
	$(BENCHCC) -o $@ $< -lsqlite3
$(BUILD)/bench/ref: bench/ref.c
	@mkdir -p $(dir $@)
	$(BENCHCC) -pthread -o $@ $<
$(BUILD)/bench/timeit: bench/timeit.c
	@mkdir -p $(dir $@)
	$(BENCHCC) -o $@ $<
BENCHBIN := $(BUILD)/bench/gen $(BUILD)/bench/ref $(BUILD)/bench/timeit

.PHONY: bench-smoke
bench: cadre $(BENCHBIN)
	@bash bench/run.sh $(SCALE) $(RUNS)
bench-smoke: cadre $(BENCHBIN)
	@bash bench/run.sh council 0

# Fuzzing (fuzz/, see fuzz/README.md): one harness per entry point — policy
# text, bytecode images, CSV data.  `make fuzz` builds them with clang's
# libFuzzer and runs each for FUZZ_SECONDS, new inputs going to
# build/fuzz/corpus-NAME; `make fuzz-replay` runs the committed corpora through
# the same harnesses linked with the sanitizer objects, without libFuzzer (the
# test run does this through tests/cases/fuzz_replay.t).
FUZZERS      ?= policy bytecode csv
FUZZ_SECONDS ?= 60
FUZZ_ARGS    ?=
FUZZCC       ?= clang
# pointer-overflow is recoverable only so that fuzz/ubsan.supp can silence a
# known report; halt_on_error still stops on any other.
FUZZSAN      := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -fsanitize-recover=pointer-overflow
FUZZENV      := UBSAN_OPTIONS=suppressions=fuzz/ubsan.supp:halt_on_error=1:print_stacktrace=1
FUZZFLAGS    := $(CSTD) $(filter-out -Werror,$(WARN)) -O1 -g $(FUZZSAN) -fsanitize=fuzzer-no-link
FUZZOBJ      := $(LIBOBJ:$(BUILD)/obj/%=$(BUILD)/fuzz/obj/%)
FUZZCOMMON   := fuzz/common.c fuzz/fuzz.h
.SECONDARY: $(FUZZOBJ)

$(BUILD)/fuzz/obj/%.o: %.c | $(GENSRC)
	@mkdir -p $(dir $@)
	@echo "  CC-FUZZ $<"
	$(Q)$(FUZZCC) $(FUZZFLAGS) $(CPPFLAGS) -c $< -o $@
$(BUILD)/fuzz/obj/gen/%.o: $(GEN)/%.c
	@mkdir -p $(dir $@)
	@echo "  CC-FUZZ $<"
	$(Q)$(FUZZCC) $(FUZZFLAGS) $(GENWARN) $(CPPFLAGS) -Ilang -c $< -o $@
$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c $(FUZZCOMMON) $(FUZZOBJ)
	@echo "  LINK    $@"
	$(Q)$(FUZZCC) $(CSTD) $(WARN) -O1 -g $(FUZZSAN) -fsanitize=fuzzer -I. -I$(GEN) -o $@ $< fuzz/common.c $(FUZZOBJ) $(LIBS)
$(BUILD)/fuzz/replay-%: fuzz/replay.c fuzz/fuzz_%.c $(FUZZCOMMON) $(SANLIB)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CSTD) $(WARN) $(OPT) $(SAN) -I. -I$(GEN) -o $@ fuzz/replay.c fuzz/fuzz_$*.c fuzz/common.c $(SANLIB) $(LIBS)

.PHONY: fuzz-replay
fuzz: $(FUZZERS:%=$(BUILD)/fuzz/fuzz_%)
	@for f in $(FUZZERS); do \
	  mkdir -p $(BUILD)/fuzz/corpus-$$f $(BUILD)/fuzz/artifacts; \
	  dict=; [ -f fuzz/$$f.dict ] && dict=-dict=fuzz/$$f.dict; \
	  echo "fuzz $$f: $(FUZZ_SECONDS)s"; \
	  $(FUZZENV) $(BUILD)/fuzz/fuzz_$$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 \
	    -artifact_prefix=$(BUILD)/fuzz/artifacts/$$f- $$dict $(FUZZ_ARGS) \
	    $(BUILD)/fuzz/corpus-$$f fuzz/corpus/$$f || exit 1; \
	done
fuzz-replay: $(FUZZERS:%=$(BUILD)/fuzz/replay-%)
	@for f in $(FUZZERS); do $(BUILD)/fuzz/replay-$$f $$f fuzz/corpus/$$f || exit 1; done

-include $(FUZZOBJ:.o=.d)
