/* replay.c — runs one harness over corpus files without libFuzzer, so the
 * corpora are replayed by the ordinary (gcc, ASan+UBSan) build and test run.
 * Usage: replay NAME PATH...  — each PATH a file or a directory (its regular
 * files, in name order). Prints "fuzz replay NAME: N inputs, ok"; a crash or
 * sanitizer report names the input first. Does not own: any harness. */
#include "fuzz.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Present only in sanitizer builds: lets a report name the input. */
extern void __sanitizer_set_death_callback(void (*cb)(void)) __attribute__((weak));

static const char *current = "";   /* the input being run, for crash reports */

static void name_input(void)
{
    /* async-signal-safe: called from a signal handler too */
    const char pre[] = "fuzz replay: crashed on input ";
    if (write(2, pre, sizeof pre - 1) < 0 || write(2, current, strlen(current)) < 0 || write(2, "\n", 1) < 0) return;
}

static void on_signal(int sig)
{
    name_input();
    signal(sig, SIG_DFL);
    raise(sig);
}

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return -1; }
    uint8_t *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            buf = realloc(buf, cap);
            if (!buf) abort();
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) { free(buf); perror(path); return -1; }
    /* an exact-size copy, so ASan sees any read past the input's end */
    uint8_t *exact = malloc(n ? n : 1);
    if (!exact) abort();
    memcpy(exact, buf, n);
    free(buf);
    current = path;
    LLVMFuzzerTestOneInput(exact, n);
    current = "";
    free(exact);
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file of dir in name order; returns how many, or -1. */
static long run_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) { perror(dir); return -1; }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        names = realloc(names, (n + 1) * sizeof *names);
        if (!names) abort();
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n]) abort();
        snprintf(names[n], len, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    long count = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat sb;
        if (stat(names[i], &sb) == 0 && S_ISREG(sb.st_mode)) {
            if (run_file(names[i]) < 0) count = -1;
            else if (count >= 0) count++;
        }
        free(names[i]);
    }
    free(names);
    return count;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s NAME PATH...  (PATH: a corpus directory or an input file)\n", argv[0]);
        return 2;
    }
    /* A sanitizer build reports faults itself and then calls back; elsewhere
     * the signals are caught only to name the input. Aborts (fz_fail) both. */
    if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(name_input);
    else {
        signal(SIGSEGV, on_signal);
        signal(SIGBUS, on_signal);
        signal(SIGFPE, on_signal);
    }
    signal(SIGABRT, on_signal);
    long total = 0;
    bool failed = false;
    for (int i = 2; i < argc; i++) {
        struct stat sb;
        if (stat(argv[i], &sb) != 0) { perror(argv[i]); failed = true; continue; }
        long n = S_ISDIR(sb.st_mode) ? run_dir(argv[i]) : run_file(argv[i]) == 0 ? 1 : -1;
        if (n < 0) failed = true;
        else total += n;
    }
    if (failed) {
        printf("fuzz replay %s: could not read every input\n", argv[1]);
        return 1;
    }
    printf("fuzz replay %s: %ld input%s, ok\n", argv[1], total, total == 1 ? "" : "s");
    return 0;
}
