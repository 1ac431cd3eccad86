/* timeit.c — runs one command and reports its wall time and peak memory.
 * Owns: fork/exec/wait4 and the rusage read-out, so the benchmark does not
 * depend on GNU time being installed. Does not own: repetition or medians
 * (bench/run.sh does those).
 * usage: timeit OUTFILE COMMAND [ARGS...]; appends "seconds peak_rss_kb exit
 * cpu_seconds" to OUTFILE (cpu: user + system, the command and the children
 * it waited for: on a shared machine it moves less than wall time); the
 * command's stdout and stderr pass through. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) { fputs("usage: timeit OUTFILE COMMAND [ARGS...]\n", stderr); return 2; }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) { perror("timeit: fork"); return 2; }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror("timeit: exec");
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) { perror("timeit: wait4"); return 2; }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *f = fopen(argv[1], "a");
    if (!f) { perror("timeit: output"); return 2; }
    double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    fprintf(f, "%.4f %ld %d %.4f\n", secs, ru.ru_maxrss, code, cpu);
    fclose(f);
    return code;
}
