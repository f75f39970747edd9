/* rss_launch: run a command and report its own peak RSS, exit status and wall time.
 *
 *   rss_launch REPORT_FILE PROGRAM [ARGS...]
 *
 * writes "EXIT MAXRSS_KIB WALL_NS\n" to REPORT_FILE (EXIT is the exit status, or -SIGNAL).
 *
 * Why it exists: on Linux a process's ru_maxrss includes the memory of whatever image it was
 * before exec, so a child spawned directly by the (much larger) Python runner reports at
 * least Python's RSS.  Forking from this tiny program instead keeps small peaks honest.
 * run.py compiles it on demand with cc; without a C compiler it falls back to spawning
 * directly and says so. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: rss_launch REPORT_FILE PROGRAM [ARGS...]\n");
        return 125;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("rss_launch: fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror("rss_launch: exec");
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("rss_launch: wait4");
        return 125;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long long ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror("rss_launch: report file");
        return 125;
    }
    fprintf(f, "%d %ld %lld\n", code, ru.ru_maxrss, ns);
    fclose(f);
    return 0;
}
