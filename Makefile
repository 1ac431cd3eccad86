# cadre — one hand-written Makefile.  `make` builds ./cadre; `make test` runs
# every test twice (plain build, then ASan+UBSan); `make demo` is the README's
# first command; `make deps` installs what a fresh Debian machine lacks.

CC      ?= cc
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
OPT     ?= -O2 -g
LIBS    := -lreadline -lsqlite3
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

.PHONY: all deps demo test unit check-san clean bench fuzz
all: cadre

cadre: $(OBJ)
	$(CC) $(OPT) -o $@ $(OBJ) $(LIBS)

$(BUILD)/cadre-san: $(SANOBJ)
	$(CC) $(OPT) $(SAN) -o $@ $(SANOBJ) $(LIBS)

$(BUILD)/obj/%.o: %.c | $(GENSRC)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(CPPFLAGS) -c $< -o $@

$(BUILD)/san/%.o: %.c | $(GENSRC)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(SAN) $(CPPFLAGS) -c $< -o $@

# Generated sources: flex/bison output is C we do not write, so two warnings
# that its skeletons trip are relaxed for those files only.
GENWARN := -Wno-unused-function -Wno-sign-compare -Wno-missing-prototypes
$(BUILD)/obj/gen/%.o: $(GEN)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(GENWARN) $(OPT) $(CPPFLAGS) -Ilang -c $< -o $@
$(BUILD)/san/gen/%.o: $(GEN)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(GENWARN) $(OPT) $(SAN) $(CPPFLAGS) -Ilang -c $< -o $@

$(GEN)/parser.c $(GEN)/parser.h: lang/parser.y
	@mkdir -p $(GEN)
	bison -Wall -Werror --defines=$(GEN)/parser.h -o $(GEN)/parser.c $<

$(GEN)/lexer.c $(GEN)/lexer.h: lang/lexer.l $(GEN)/parser.h
	@mkdir -p $(GEN)
	flex --header-file=$(GEN)/lexer.h -o $(GEN)/lexer.c $<

$(GEN)/stdlib.c: $(STDLIB) tools/embed.sh
	@mkdir -p $(GEN)
	sh tools/embed.sh $(STDLIB) > $@

# Unit tests link the library objects (everything but cli/main.c).
$(BUILD)/unit/%: tests/unit/%.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(CPPFLAGS) -o $@ $< $(LIBOBJ) $(LIBS)
$(BUILD)/unit-san/%: tests/unit/%.c $(SANLIB)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $(SAN) $(CPPFLAGS) -o $@ $< $(SANLIB) $(LIBS)

deps:
	@sh tools/deps.sh

demo: deps
	@$(MAKE) --no-print-directory cadre
	./cadre check examples/medway/policy.cadre --data examples/medway/data --as-of 2025-06-30; \
	  rc=$$?; echo "(exit code $$rc: 1 means violations were found, as planted in the example)"; [ $$rc -le 1 ]

test: cadre $(BUILD)/cadre-san $(UNITBIN)
	@bash tests/run.sh ./cadre $(BUILD)/cadre-san

clean:
	rm -rf $(BUILD) cadre

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
	$(BENCHCC) -o $@ $<
$(BUILD)/bench/timeit: bench/timeit.c
	@mkdir -p $(dir $@)
	$(BENCHCC) -o $@ $<
BENCHBIN := $(BUILD)/bench/gen $(BUILD)/bench/ref $(BUILD)/bench/timeit

.PHONY: bench-smoke
bench: cadre $(BENCHBIN)
	@bash bench/run.sh $(SCALE) $(RUNS)
bench-smoke: cadre $(BENCHBIN)
	@bash bench/run.sh council 0
