/* misc: args, environment, clocks, randomness, scheduling, poll_oneoff,
 * preopen descriptions, socket stubs, proc_raise and proc_exit.
 *
 * Run: args `alpha` `beta gamma` `ünïcøde` (UTF-8); env FOO=bar and EQ=a=b
 * (and nothing else: the host environment must NOT be inherited);
 * --dir EMPTY::/sandbox as the only preopen; stdin empty. Exits with 42 via
 * proc_exit.
 */
#include "common.h"
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <sched.h>

/* proc_raise is not declared by this wasi-libc's <wasi/api.h>. */
int32_t raw_proc_raise(int32_t sig)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("proc_raise")));

static __wasi_timestamp_t mono(void) {
    __wasi_timestamp_t t = 0;
    (void)__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t);
    return t;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void clock_sub(__wasi_subscription_t *s, uint64_t ud, __wasi_clockid_t id,
                      __wasi_timestamp_t timeout, int abstime) {
    memset(s, 0, sizeof *s);
    s->userdata = ud;
    s->u.tag = __WASI_EVENTTYPE_CLOCK;
    s->u.u.clock.id = id;
    s->u.u.clock.timeout = timeout;
    s->u.u.clock.precision = 0;
    s->u.u.clock.flags = abstime ? __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME : 0;
}

static void print_events(__wasi_event_t *ev, size_t n) {
    for (size_t i = 0; i < n; i++)
        printf("  event userdata=%llu type=%d error=%d\n", (unsigned long long)ev[i].userdata,
               ev[i].type, ev[i].error);
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    __wasi_errno_t e;

    printf("-- args\n");
    {
        size_t count = 0, bufsz = 0;
        e = __wasi_args_sizes_get(&count, &bufsz);
        printf("args_sizes_get: errno %d (%s) count=%zu\n", e, ename(e), count);
        char **av = calloc(count + 1, sizeof(char *));
        char *buf = calloc(bufsz + 1, 1);
        e = __wasi_args_get((uint8_t **)av, (uint8_t *)buf);
        ERR("args_get", e);
        /* argv[0] is whatever the runner passes (a path): only its presence is checked */
        printf("argv[0] non-empty: %d\n", count > 0 && av[0] && av[0][0] != 0);
        size_t expect = 0;
        for (size_t i = 0; i < count; i++) expect += strlen(av[i]) + 1;
        printf("args buf size == sum(len+1): %d\n", expect == bufsz);
        for (size_t i = 1; i < count; i++) printf("arg[%zu] = \"%s\" (%zu bytes)\n", i, av[i], strlen(av[i]));
        printf("libc argc: %d matches: %d\n", argc, (size_t)argc == count);
        int same = 1;
        for (int i = 0; i < argc && (size_t)i < count; i++) same &= !strcmp(argv[i], av[i]);
        printf("libc argv matches: %d\n", same);
    }

    printf("-- environ\n");
    {
        size_t count = 0, bufsz = 0;
        e = __wasi_environ_sizes_get(&count, &bufsz);
        printf("environ_sizes_get: errno %d (%s) count=%zu bufsize=%zu\n", e, ename(e), count, bufsz);
        char **ev = calloc(count + 1, sizeof(char *));
        char *buf = calloc(bufsz + 1, 1);
        e = __wasi_environ_get((uint8_t **)ev, (uint8_t *)buf);
        ERR("environ_get", e);
        qsort(ev, count, sizeof(char *), cmp_str);
        for (size_t i = 0; i < count; i++) printf("env \"%s\"\n", ev[i]);
        const char *foo = getenv("FOO");
        const char *eq = getenv("EQ");
        const char *path = getenv("PATH");
        printf("getenv FOO=%s EQ=%s PATH set=%d\n", foo ? foo : "(null)", eq ? eq : "(null)", path != NULL);
    }

    printf("-- clocks\n");
    {
        __wasi_timestamp_t r = 0;
        e = __wasi_clock_res_get(__WASI_CLOCKID_REALTIME, &r);
        printf("res realtime: errno %d (%s) in (0,1ms]: %d\n", e, ename(e), r > 0 && r <= 1000000);
        e = __wasi_clock_res_get(__WASI_CLOCKID_MONOTONIC, &r);
        printf("res monotonic: errno %d (%s) in (0,1ms]: %d\n", e, ename(e), r > 0 && r <= 1000000);
        e = __wasi_clock_res_get(__WASI_CLOCKID_PROCESS_CPUTIME_ID, &r);
        ERR("res process_cputime", e);
        e = __wasi_clock_res_get(__WASI_CLOCKID_THREAD_CPUTIME_ID, &r);
        ERR("res thread_cputime", e);
        __wasi_timestamp_t t = 0;
        e = __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &t);
        printf("time realtime: errno %d (%s) after 2020 and before 2100: %d\n", e, ename(e),
               t > 1577836800ULL * 1000000000ULL && t < 4102444800ULL * 1000000000ULL);
        __wasi_timestamp_t m1 = 0, m2 = 0;
        e = __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 0, &m1);
        e |= __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1000000000ULL, &m2);
        printf("time monotonic: errno %d (%s) non-decreasing: %d\n", e, ename(e), m2 >= m1);
        e = __wasi_clock_time_get(__WASI_CLOCKID_PROCESS_CPUTIME_ID, 1, &t);
        ERR("time process_cputime", e);
        e = __wasi_clock_time_get(__WASI_CLOCKID_THREAD_CPUTIME_ID, 1, &t);
        ERR("time thread_cputime", e);
        struct timespec ts;
        int rc = clock_gettime(CLOCK_REALTIME, &ts);
        printf("libc clock_gettime realtime: %d sane: %d\n", rc, ts.tv_sec > 1577836800 && ts.tv_nsec < 1000000000);
        rc = clock_gettime(CLOCK_MONOTONIC, &ts);
        printf("libc clock_gettime monotonic: %d\n", rc);
        rc = clock_getres(CLOCK_MONOTONIC, &ts);
        printf("libc clock_getres monotonic: %d\n", rc);
        time_t now = time(NULL);
        printf("libc time() after 2020: %d\n", now > 1577836800);
    }

    printf("-- random_get\n");
    {
        uint8_t a[64], b[64];
        memset(a, 0, sizeof a);
        memset(b, 0, sizeof b);
        ERR("random_get 0 bytes", __wasi_random_get(a, 0));
        ERR("random_get 64 bytes", __wasi_random_get(a, sizeof a));
        ERR("random_get 64 bytes again", __wasi_random_get(b, sizeof b));
        int nonzero = 0;
        for (size_t i = 0; i < sizeof a; i++) nonzero |= a[i];
        printf("random not all zero: %d, two draws differ: %d\n", nonzero != 0, memcmp(a, b, sizeof a) != 0);
        static uint8_t big[1 << 16];
        ERR("random_get 65536 bytes", __wasi_random_get(big, sizeof big));
        int counts[256] = {0};
        for (size_t i = 0; i < sizeof big; i++) counts[big[i]]++;
        int min = 1 << 30, max = 0;
        for (int i = 0; i < 256; i++) { if (counts[i] < min) min = counts[i]; if (counts[i] > max) max = counts[i]; }
        printf("random byte histogram plausible (each value 128..384 of 65536): %d\n", min >= 128 && max <= 384);
    }

    printf("-- sched_yield\n");
    ERR("sched_yield", __wasi_sched_yield());
    printf("libc sched_yield: %d\n", sched_yield());

    printf("-- poll_oneoff\n");
    {
        __wasi_subscription_t s[3];
        __wasi_event_t ev[3];
        size_t n = 99;
        memset(ev, 0, sizeof ev);
        e = __wasi_poll_oneoff(s, ev, 0, &n);
        ERR("poll 0 subscriptions", e);

        clock_sub(&s[0], 7, __WASI_CLOCKID_MONOTONIC, 20 * 1000000ULL, 0);
        __wasi_timestamp_t t0 = mono();
        e = __wasi_poll_oneoff(s, ev, 1, &n);
        __wasi_timestamp_t dt = mono() - t0;
        printf("poll relative monotonic 20ms: errno %d (%s) nevents=%zu slept>=20ms: %d <5s: %d\n", e,
               ename(e), n, dt >= 20000000ULL, dt < 5000000000ULL);
        print_events(ev, n);

        t0 = mono();
        clock_sub(&s[0], 8, __WASI_CLOCKID_MONOTONIC, t0 + 20 * 1000000ULL, 1);
        e = __wasi_poll_oneoff(s, ev, 1, &n);
        dt = mono() - t0;
        printf("poll absolute monotonic +20ms: errno %d (%s) nevents=%zu slept>=20ms: %d <5s: %d\n", e,
               ename(e), n, dt >= 20000000ULL, dt < 5000000000ULL);
        print_events(ev, n);

        clock_sub(&s[0], 9, __WASI_CLOCKID_REALTIME, 10 * 1000000ULL, 0);
        t0 = mono();
        e = __wasi_poll_oneoff(s, ev, 1, &n);
        dt = mono() - t0;
        printf("poll relative realtime 10ms: errno %d (%s) nevents=%zu slept>=10ms: %d\n", e, ename(e),
               n, dt >= 10000000ULL);
        print_events(ev, n);

        clock_sub(&s[0], 100, __WASI_CLOCKID_MONOTONIC, 2000 * 1000000ULL, 0);
        clock_sub(&s[1], 101, __WASI_CLOCKID_MONOTONIC, 10 * 1000000ULL, 0);
        t0 = mono();
        e = __wasi_poll_oneoff(s, ev, 2, &n);
        dt = mono() - t0;
        printf("poll two clocks 2s/10ms: errno %d (%s) nevents=%zu returned<1s: %d\n", e, ename(e), n,
               dt < 1000000000ULL);
        print_events(ev, n);

        clock_sub(&s[0], 102, __WASI_CLOCKID_MONOTONIC, 0, 0);
        e = __wasi_poll_oneoff(s, ev, 1, &n);
        printf("poll zero timeout: errno %d (%s) nevents=%zu\n", e, ename(e), n);
        print_events(ev, n);

        clock_sub(&s[0], 103, __WASI_CLOCKID_PROCESS_CPUTIME_ID, 1000000ULL, 0);
        clock_sub(&s[1], 104, __WASI_CLOCKID_MONOTONIC, 1000000ULL, 0);
        e = __wasi_poll_oneoff(s, ev, 2, &n);
        printf("poll process_cputime clock: errno %d (%s)\n", e, ename(e));

        /* fd subscriptions on a regular file inside the sandbox */
        int root = find_preopen("/sandbox");
        __wasi_fd_t f;
        e = popen_(root, 0, "poll.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, R_RW, 0, &f);
        ERR("create poll.txt", e);
        __wasi_ciovec_t iov = {(const uint8_t *)"data", 4};
        size_t wn;
        (void)__wasi_fd_write(f, &iov, 1, &wn);
        __wasi_filesize_t pos;
        (void)__wasi_fd_seek(f, 0, __WASI_WHENCE_SET, &pos);
        /* one fd subscription per call (plus a long clock): which of several
         * ready fds a single poll reports is timing-dependent */
        for (int w = 0; w < 2; w++) {
            memset(s, 0, sizeof s);
            s[0].userdata = 200 + w;
            s[0].u.tag = w ? __WASI_EVENTTYPE_FD_WRITE : __WASI_EVENTTYPE_FD_READ;
            s[0].u.u.fd_read.file_descriptor = f;
            clock_sub(&s[1], 210, __WASI_CLOCKID_MONOTONIC, 5000 * 1000000ULL, 0);
            t0 = mono();
            e = __wasi_poll_oneoff(s, ev, 2, &n);
            dt = mono() - t0;
            printf("poll file %s + 5s clock: errno %d (%s) nevents=%zu returned<2s: %d\n",
                   w ? "fd_write" : "fd_read", e, ename(e), n, dt < 2000000000ULL);
            print_events(ev, n);
        }
        memset(s, 0, sizeof s);
        s[0].userdata = 300;
        s[0].u.tag = __WASI_EVENTTYPE_FD_READ;
        s[0].u.u.fd_read.file_descriptor = 99;
        clock_sub(&s[1], 301, __WASI_CLOCKID_MONOTONIC, 1000000ULL, 0);
        n = 0;
        e = __wasi_poll_oneoff(s, ev, 2, &n);
        printf("poll fd_read on unopened fd 99: errno %d (%s)\n", e, ename(e));
        s[0].u.u.fd_read.file_descriptor = root;
        e = __wasi_poll_oneoff(s, ev, 2, &n);
        printf("poll fd_read on a directory: errno %d (%s)\n", e, ename(e));
        (void)__wasi_fd_close(f);

        t0 = mono();
        struct timespec req = {0, 15 * 1000000L};
        int rc = nanosleep(&req, NULL);
        dt = mono() - t0;
        printf("nanosleep 15ms: %d slept>=15ms: %d\n", rc, dt >= 15000000ULL);
        t0 = mono();
        rc = usleep(5000);
        dt = mono() - t0;
        printf("usleep 5ms: %d slept>=5ms: %d\n", rc, dt >= 5000000ULL);
    }

    printf("-- prestat\n");
    {
        int npre = 0;
        for (__wasi_fd_t fd = 3; fd < 16; fd++) {
            __wasi_prestat_t ps;
            e = __wasi_fd_prestat_get(fd, &ps);
            if (e == __WASI_ERRNO_BADF) break;
            if (e) { printf("prestat_get fd3+%u: errno %d (%s)\n", fd - 3, e, ename(e)); continue; }
            npre++;
            char name[256] = {0};
            size_t len = ps.u.dir.pr_name_len;
            e = __wasi_fd_prestat_dir_name(fd, (uint8_t *)name, len < sizeof name ? len : sizeof name - 1);
            printf("preopen fd3+%u: tag=%d name_len=%zu dir_name errno %d (%s) name=\"%s\"\n", fd - 3, ps.tag,
                   len, e, ename(e), name);
            e = __wasi_fd_prestat_dir_name(fd, (uint8_t *)name, len - 1);
            ERR("  prestat_dir_name with len-1 buffer", e);
            memset(name, 'X', sizeof name);
            e = __wasi_fd_prestat_dir_name(fd, (uint8_t *)name, sizeof name);
            printf("  prestat_dir_name big buffer: errno %d (%s) wrote exactly name_len bytes: %d\n",
                   e, ename(e), len < sizeof name && name[len] == 'X' && name[len - 1] != 'X');
        }
        printf("preopens found: %d\n", npre);
        __wasi_prestat_t ps;
        ERR("prestat_get fd 0", __wasi_fd_prestat_get(0, &ps));
        ERR("prestat_get fd 1000", __wasi_fd_prestat_get(1000, &ps));
        char name[8];
        ERR("prestat_dir_name fd 0", __wasi_fd_prestat_dir_name(0, (uint8_t *)name, sizeof name));
        ERR("prestat_dir_name fd 1000", __wasi_fd_prestat_dir_name(1000, (uint8_t *)name, sizeof name));
        int root = find_preopen("/sandbox");
        __wasi_fd_t d;
        e = popen_(root, 0, ".", __WASI_OFLAGS_DIRECTORY, R_DIR, 0, &d);
        ERR("open . again", e);
        ERR("prestat_get on a non-preopened dir fd", __wasi_fd_prestat_get(d, &ps));
        ERR("prestat_dir_name on a non-preopened dir fd", __wasi_fd_prestat_dir_name(d, (uint8_t *)name, sizeof name));
        (void)__wasi_fd_close(d);
    }

    printf("-- sockets (no sockets are provided)\n");
    {
        int root = find_preopen("/sandbox");
        __wasi_fd_t nfd;
        ERR("sock_accept on preopen dir", __wasi_sock_accept(root, 0, &nfd));
        ERR("sock_accept on stdin", __wasi_sock_accept(0, 0, &nfd));
        ERR("sock_accept on fd 1000", __wasi_sock_accept(1000, 0, &nfd));
        char b[8];
        __wasi_iovec_t iov = {(uint8_t *)b, sizeof b};
        size_t n = 0;
        __wasi_roflags_t ro = 0;
        ERR("sock_recv on stdin", __wasi_sock_recv(0, &iov, 1, 0, &n, &ro));
        ERR("sock_recv on fd 1000", __wasi_sock_recv(1000, &iov, 1, 0, &n, &ro));
        __wasi_ciovec_t ciov = {(const uint8_t *)"x", 1};
        ERR("sock_send on stdout", __wasi_sock_send(1, &ciov, 1, 0, &n));
        ERR("sock_send on fd 1000", __wasi_sock_send(1000, &ciov, 1, 0, &n));
        ERR("sock_shutdown on stdout", __wasi_sock_shutdown(1, __WASI_SDFLAGS_RD | __WASI_SDFLAGS_WR));
        ERR("sock_shutdown on fd 1000", __wasi_sock_shutdown(1000, __WASI_SDFLAGS_WR));
    }

    printf("-- proc_raise\n");
    {
        int32_t r = raw_proc_raise(15 /* SIGTERM */);
        ERR("proc_raise(SIGTERM)", r);
        r = raw_proc_raise(0 /* none */);
        ERR("proc_raise(0)", r);
    }

    printf("-- proc_exit\n");
    printf("exiting with 42\n");
    fflush(stdout);
    __wasi_proc_exit(42);
    printf("unreachable\n");
    return 1;
}
