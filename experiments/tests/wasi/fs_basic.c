/* fs_basic: ordinary filesystem operations inside the preopened /sandbox.
 *
 * Run: --dir EMPTY_HOST_DIR::/sandbox, no args, no env, stdin empty; exit 0.
 * Almost everything goes through the raw __wasi_* imports so that each line
 * maps onto one preview-1 call. Output never contains inode numbers, times,
 * fd numbers or host paths; only properties of them.
 */
#include "common.h"
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <errno.h>

static int root;

static __wasi_errno_t wr(__wasi_fd_t fd, const char *s, size_t *n) {
    __wasi_ciovec_t iov = {(const uint8_t *)s, strlen(s)};
    return __wasi_fd_write(fd, &iov, 1, n);
}

static __wasi_errno_t rd(__wasi_fd_t fd, char *buf, size_t cap, size_t *n) {
    __wasi_iovec_t iov = {(uint8_t *)buf, cap};
    __wasi_errno_t e = __wasi_fd_read(fd, &iov, 1, n);
    if (e == 0) buf[*n] = 0; else buf[0] = 0;
    return e;
}

static __wasi_filesize_t tell(__wasi_fd_t fd) {
    __wasi_filesize_t pos = 0xdeadbeef;
    __wasi_errno_t e = __wasi_fd_tell(fd, &pos);
    return e ? (__wasi_filesize_t)-(int)e : pos;
}

static void pstat(const char *label, const char *path, int follow) {
    __wasi_filestat_t st;
    __wasi_errno_t e = __wasi_path_filestat_get(root, follow ? FOLLOW : 0, path, &st);
    if (e) { printf("%s: errno %d (%s)\n", label, e, ename(e)); return; }
    if (st.filetype == __WASI_FILETYPE_DIRECTORY)
        printf("%s: ok type=%s\n", label, ftname(st.filetype));
    else
        printf("%s: ok type=%s size=%llu nlink=%llu\n", label, ftname(st.filetype),
               (unsigned long long)st.size, (unsigned long long)st.nlink);
}

/* Only the FD_READ/FD_WRITE rights are printed: wasmtime reports them from the
 * real open mode; the other bits are implementation-defined noise. */
static void pfdstat(const char *label, __wasi_fd_t fd) {
    __wasi_fdstat_t fs;
    __wasi_errno_t e = __wasi_fd_fdstat_get(fd, &fs);
    if (e) { printf("%s: errno %d (%s)\n", label, e, ename(e)); return; }
    __wasi_rights_t r = fs.fs_rights_base;
    printf("%s: ok type=%s flags=0x%x read=%d write=%d\n", label, ftname(fs.fs_filetype),
           fs.fs_flags, !!(r & __WASI_RIGHTS_FD_READ), !!(r & __WASI_RIGHTS_FD_WRITE));
}

static void pcontent(const char *label, const char *path) {
    __wasi_fd_t fd;
    __wasi_errno_t e = popen_(root, FOLLOW, path, 0, R_RD, 0, &fd);
    if (e) { ERR(label, e); return; }
    char buf[256]; size_t n = 0;
    e = rd(fd, buf, sizeof buf - 1, &n);
    if (e) { ERR(label, e); __wasi_fd_close(fd); return; }
    printf("%s: \"", label);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)buf[i];
        if (c >= 32 && c < 127 && c != '"' && c != '\\') putchar(c);
        else printf("\\x%02x", c);
    }
    printf("\" (%zu bytes)\n", n);
    __wasi_fd_close(fd);
}

/* ---- readdir --------------------------------------------------------- */
struct ent { char name[64]; int type; __wasi_dircookie_t next; };

static int readdir_all(__wasi_fd_t fd, __wasi_dircookie_t cookie, struct ent *ents, int max,
                       size_t bufsize, size_t *used_out, __wasi_errno_t *err) {
    static uint8_t buf[4096];
    size_t used = 0;
    *err = __wasi_fd_readdir(fd, buf, bufsize, cookie, &used);
    if (used_out) *used_out = used;
    if (*err) return 0;
    int n = 0;
    size_t off = 0;
    while (off + sizeof(__wasi_dirent_t) <= used && n < max) {
        __wasi_dirent_t d;
        memcpy(&d, buf + off, sizeof d);
        off += sizeof d;
        size_t nl = d.d_namlen;
        if (off + nl > used) break; /* truncated entry */
        if (nl > 63) nl = 63;
        memcpy(ents[n].name, buf + off, nl);
        ents[n].name[nl] = 0;
        ents[n].type = d.d_type;
        ents[n].next = d.d_next;
        n++;
        off += d.d_namlen;
    }
    return n;
}

static int cmp_ent(const void *a, const void *b) {
    return strcmp(((const struct ent *)a)->name, ((const struct ent *)b)->name);
}

static void test_readdir(void) {
    printf("-- readdir\n");
    ERR("mkdir rd", __wasi_path_create_directory(root, "rd"));
    const char *names[] = {"a.txt", "b.txt", "c_dir", "d.txt"};
    for (int i = 0; i < 4; i++) {
        char p[32];
        snprintf(p, sizeof p, "rd/%s", names[i]);
        if (i == 2) { __wasi_path_create_directory(root, p); continue; }
        __wasi_fd_t f;
        if (popen_(root, 0, p, __WASI_OFLAGS_CREAT, R_RW, 0, &f) == 0) __wasi_fd_close(f);
    }
    __wasi_path_symlink("a.txt", root, "rd/e_link");

    __wasi_fd_t d;
    __wasi_errno_t e = popen_(root, FOLLOW, "rd", __WASI_OFLAGS_DIRECTORY,
                              __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_PATH_OPEN, 0, &d);
    ERR("open rd dir", e);
    pfdstat("fdstat rd", d);
    struct ent ents[32];
    size_t used;
    int n = readdir_all(d, 0, ents, 32, 4096, &used, &e);
    ERR("readdir cookie 0", e);
    printf("readdir count: %d\n", n);
    printf("readdir short read (end reached): %d\n", used < 4096);
    int has_dot = 0, has_dotdot = 0;
    for (int i = 0; i < n; i++) {
        if (!strcmp(ents[i].name, ".")) has_dot = 1;
        if (!strcmp(ents[i].name, "..")) has_dotdot = 1;
    }
    printf("readdir has . and ..: %d %d\n", has_dot, has_dotdot);
    /* cookies: d_next must be distinct and resuming at entry i's d_next must
     * yield exactly entries i+1.. */
    int resume_ok = 1;
    for (int i = 0; i < n; i++) {
        struct ent rest[32];
        int m = readdir_all(d, ents[i].next, rest, 32, 4096, NULL, &e);
        if (e || m != n - i - 1) { resume_ok = 0; continue; }
        for (int j = 0; j < m; j++)
            if (strcmp(rest[j].name, ents[i + 1 + j].name)) resume_ok = 0;
    }
    printf("readdir resume at every d_next matches: %d\n", resume_ok);
    struct ent sorted[32];
    memcpy(sorted, ents, sizeof(struct ent) * n);
    qsort(sorted, n, sizeof sorted[0], cmp_ent);
    for (int i = 0; i < n; i++) {
        if (!strcmp(sorted[i].name, ".") || !strcmp(sorted[i].name, "..")) {
            printf("  entry %s type=%s\n", sorted[i].name, ftname(sorted[i].type));
            continue;
        }
        printf("  entry %s type=%s\n", sorted[i].name, ftname(sorted[i].type));
    }
    /* small buffer: the call fills the whole buffer (truncated last entry) */
    size_t small = sizeof(__wasi_dirent_t) + 3;
    readdir_all(d, 0, ents, 32, small, &used, &e);
    ERR("readdir small buffer", e);
    printf("readdir small buffer fully used: %d\n", used == small);
    /* a cookie past the end gives nothing */
    readdir_all(d, 1000000, ents, 32, 4096, &used, &e);
    printf("readdir cookie past end: errno %d (%s) used=%zu\n", e, ename(e), used);
    /* readdir on a regular file */
    __wasi_fd_t f;
    popen_(root, 0, "rd/a.txt", 0, R_RD | __WASI_RIGHTS_FD_READDIR, 0, &f);
    readdir_all(f, 0, ents, 32, 4096, &used, &e);
    ERR("readdir on regular file", e);
    __wasi_fd_close(f);
    __wasi_fd_close(d);

    /* libc view (opendir/readdir use fd_readdir); sorted */
    DIR *dir = opendir("/sandbox/rd");
    printf("opendir /sandbox/rd: %s\n", dir ? "ok" : "fail");
    if (dir) {
        char names2[32][64]; int k = 0;
        struct dirent *de;
        while ((de = readdir(dir)) && k < 32) snprintf(names2[k++], 64, "%s", de->d_name);
        closedir(dir);
        qsort(names2, k, 64, (int (*)(const void *, const void *))strcmp);
        printf("libc readdir:");
        for (int i = 0; i < k; i++) printf(" %s", names2[i]);
        printf("\n");
    }
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    root = find_preopen("/sandbox");
    printf("preopen /sandbox found: %d\n", root >= 0);
    if (root < 0) return 1;
    pfdstat("fdstat root", root);
    pstat("stat .", ".", 1);

    printf("-- create/write/read\n");
    __wasi_fd_t fd;
    __wasi_errno_t e;
    size_t n;
    char buf[256];
    e = popen_(root, 0, "missing.txt", 0, R_RD, 0, &fd);
    ERR("open missing", e);
    e = popen_(root, 0, "f.txt", __WASI_OFLAGS_CREAT, R_RW, 0, &fd);
    ERR("create f.txt", e);
    pfdstat("fdstat f.txt", fd);
    e = wr(fd, "hello world\n", &n);
    printf("write: errno %d (%s) n=%zu\n", e, ename(e), n);
    {
        __wasi_ciovec_t iov[3] = {{(const uint8_t *)"abc", 3}, {(const uint8_t *)"", 0},
                                  {(const uint8_t *)"defg\n", 5}};
        /* A short vectored write is legal (wasmtime only writes the first
         * non-empty iovec), so finish the remainder like a libc would. */
        e = __wasi_fd_write(fd, iov, 3, &n);
        printf("writev 3 iovecs: errno %d (%s) wrote>=3: %d\n", e, ename(e), n >= 3);
        if (!e && n < 8) {
            size_t m; const char *rest = &"abcdefg\n"[n];
            e = wr(fd, rest, &m);
            n += m;
        }
        printf("writev total after completing: %zu\n", n);
    }
    printf("tell after writes: %lld\n", (long long)tell(fd));
    __wasi_filesize_t pos;
    e = __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos);
    printf("seek set 0: errno %d (%s) pos=%llu\n", e, ename(e), (unsigned long long)pos);
    e = rd(fd, buf, 5, &n);
    printf("read 5: errno %d (%s) n=%zu \"%s\"\n", e, ename(e), n, buf);
    e = __wasi_fd_seek(fd, 2, __WASI_WHENCE_CUR, &pos);
    printf("seek cur +2: errno %d (%s) pos=%llu\n", e, ename(e), (unsigned long long)pos);
    {
        char a[4] = {0}, b[8] = {0};
        __wasi_iovec_t iov[2] = {{(uint8_t *)a, 3}, {(uint8_t *)b, 7}};
        /* short vectored reads are legal too: only check the first iovec */
        e = __wasi_fd_read(fd, iov, 2, &n);
        printf("readv 2 iovecs: errno %d (%s) n>=3: %d first=\"%s\"\n", e, ename(e), n >= 3, a);
        __wasi_fd_seek(fd, 10, __WASI_WHENCE_SET, &pos);
    }
    e = __wasi_fd_seek(fd, -3, __WASI_WHENCE_END, &pos);
    printf("seek end -3: errno %d (%s) pos=%llu\n", e, ename(e), (unsigned long long)pos);
    e = __wasi_fd_seek(fd, -100, __WASI_WHENCE_CUR, &pos);
    printf("seek before start: errno %d (%s)\n", e, ename(e));
    e = __wasi_fd_seek(fd, 100, __WASI_WHENCE_SET, &pos);
    printf("seek past end: errno %d (%s) pos=%llu\n", e, ename(e), (unsigned long long)pos);
    e = rd(fd, buf, 10, &n);
    printf("read at past-end: errno %d (%s) n=%zu\n", e, ename(e), n);
    __wasi_fd_seek(fd, 0, __WASI_WHENCE_END, &pos);
    e = rd(fd, buf, 10, &n);
    printf("read at eof: errno %d (%s) n=%zu\n", e, ename(e), n);

    printf("-- pread/pwrite\n");
    __wasi_fd_seek(fd, 4, __WASI_WHENCE_SET, &pos);
    {
        char pb[8] = {0};
        __wasi_iovec_t iov = {(uint8_t *)pb, 5};
        e = __wasi_fd_pread(fd, &iov, 1, 6, &n);
        printf("pread 5 @6: errno %d (%s) n=%zu \"%s\"\n", e, ename(e), n, pb);
        e = __wasi_fd_pread(fd, &iov, 1, 1000, &n);
        printf("pread past eof: errno %d (%s) n=%zu\n", e, ename(e), n);
        __wasi_ciovec_t ciov = {(const uint8_t *)"WORLD", 5};
        e = __wasi_fd_pwrite(fd, &ciov, 1, 6, &n);
        printf("pwrite 5 @6: errno %d (%s) n=%zu\n", e, ename(e), n);
        printf("tell unchanged by pread/pwrite: %lld\n", (long long)tell(fd));
    }
    pcontent("content f.txt", "f.txt");
    {
        __wasi_filestat_t st;
        e = __wasi_fd_filestat_get(fd, &st);
        printf("fd_filestat_get: errno %d (%s) type=%s size=%llu nlink=%llu\n", e, ename(e),
               ftname(st.filetype), (unsigned long long)st.size, (unsigned long long)st.nlink);
        __wasi_filestat_t st2;
        __wasi_path_filestat_get(root, 0, "f.txt", &st2);
        printf("path/fd filestat same dev+ino: %d\n", st.dev == st2.dev && st.ino == st2.ino);
    }

    printf("-- set size / allocate / advise / sync\n");
    e = __wasi_fd_filestat_set_size(fd, 5);
    ERR("set_size 5", e);
    pcontent("content after shrink", "f.txt");
    e = __wasi_fd_filestat_set_size(fd, 8);
    ERR("set_size 8", e);
    pcontent("content after grow", "f.txt");
    e = __wasi_fd_allocate(fd, 0, 16);
    ERR("allocate 0..16", e);
    pstat("stat after allocate", "f.txt", 0);
    ERR("advise sequential", __wasi_fd_advise(fd, 0, 8, __WASI_ADVICE_SEQUENTIAL));
    ERR("advise dontneed", __wasi_fd_advise(fd, 0, 0, __WASI_ADVICE_DONTNEED));
    ERR("sync", __wasi_fd_sync(fd));
    ERR("datasync", __wasi_fd_datasync(fd));

    printf("-- fdstat flags / rights\n");
    __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos);
    e = __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_APPEND);
    ERR("set_flags append", e);
    pfdstat("fdstat after append", fd);
    e = wr(fd, "XY", &n);
    printf("write in append mode: errno %d (%s) n=%zu\n", e, ename(e), n);
    pcontent("content after append", "f.txt");
    e = __wasi_fd_fdstat_set_flags(fd, 0);
    ERR("set_flags 0", e);
    e = __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_NONBLOCK);
    ERR("set_flags nonblock", e);
    e = __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_SYNC);
    ERR("set_flags sync", e);
    e = __wasi_fd_fdstat_set_rights(fd, R_RD, 0);
    ERR("set_rights shrink to read-only", e);
    pfdstat("fdstat after set_rights", fd);
    e = wr(fd, "Z", &n);
    ERR("write after set_rights", e);
    e = __wasi_fd_fdstat_set_rights(fd, RIGHTS_ALL, RIGHTS_ALL);
    ERR("set_rights grow", e);
    __wasi_fd_close(fd);

    printf("-- open flags\n");
    e = popen_(root, 0, "f.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, R_RW, 0, &fd);
    ERR("creat|excl existing", e);
    e = popen_(root, 0, "f.txt", __WASI_OFLAGS_DIRECTORY, R_RD, 0, &fd);
    ERR("O_DIRECTORY on file", e);
    e = popen_(root, 0, "nodir/x.txt", __WASI_OFLAGS_CREAT, R_RW, 0, &fd);
    ERR("create in missing dir", e);
    e = popen_(root, 0, "f.txt", __WASI_OFLAGS_TRUNC, R_RW, 0, &fd);
    ERR("open trunc", e);
    if (!e) __wasi_fd_close(fd);
    pstat("stat after trunc", "f.txt", 0);
    /* NB: wasmtime opens O_CREAT files writable even without FD_WRITE, so the
     * read-only check uses an existing file without O_CREAT. */
    e = popen_(root, 0, "ro.txt", __WASI_OFLAGS_CREAT, R_RW, 0, &fd);
    if (!e) __wasi_fd_close(fd);
    e = popen_(root, 0, "ro.txt", 0, R_RD, 0, &fd);
    ERR("open read-only-rights", e);
    if (!e) {
        pfdstat("fdstat ro.txt", fd);
        e = wr(fd, "x", &n);
        ERR("write on read-only fd", e);
        __wasi_fd_close(fd);
    }
    e = popen_(root, 0, "wo.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE, 0, &fd);
    ERR("create write-only-rights", e);
    if (!e) pfdstat("fdstat wo.txt", fd);
    if (!e) {
        e = rd(fd, buf, 4, &n);
        ERR("read on write-only fd", e);
        __wasi_fd_close(fd);
    }
    e = popen_(root, 0, "app.txt", __WASI_OFLAGS_CREAT, R_RW, __WASI_FDFLAGS_APPEND, &fd);
    ERR("create with fdflags append", e);
    if (!e) {
        pfdstat("fdstat app.txt", fd);
        wr(fd, "one ", &n);
        __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos);
        wr(fd, "two", &n);
        printf("tell after append writes: %lld\n", (long long)tell(fd));
        __wasi_fd_close(fd);
        pcontent("content app.txt", "app.txt");
    }
    e = __wasi_fd_close(fd);
    ERR("close already-closed fd", e);
    e = __wasi_fd_close(1000);
    ERR("close fd 1000", e);
    pfdstat("fdstat fd 1000", 1000);

    printf("-- directories\n");
    ERR("mkdir d1", __wasi_path_create_directory(root, "d1"));
    ERR("mkdir d1 again", __wasi_path_create_directory(root, "d1"));
    ERR("mkdir over file", __wasi_path_create_directory(root, "f.txt"));
    ERR("mkdir missing parent", __wasi_path_create_directory(root, "nope/sub"));
    ERR("mkdir d1/sub", __wasi_path_create_directory(root, "d1/sub"));
    pstat("stat d1", "d1", 0);
    e = popen_(root, 0, "d1/inner.txt", __WASI_OFLAGS_CREAT, R_RW, 0, &fd);
    ERR("create d1/inner.txt", e);
    if (!e) { wr(fd, "inner", &n); __wasi_fd_close(fd); }
    {
        /* path_open relative to a non-preopen directory fd */
        __wasi_fd_t d1;
        e = popen_(root, 0, "d1", __WASI_OFLAGS_DIRECTORY, R_DIR, 0, &d1);
        ERR("open d1 as dir", e);
        if (e) return 1;
        pfdstat("fdstat d1", d1);
        e = popen_(d1, 0, "inner.txt", 0, R_RD, 0, &fd);
        ERR("open inner.txt via d1 fd", e);
        if (!e) {
            e = rd(fd, buf, sizeof buf - 1, &n);
            printf("read via d1 fd: \"%s\"\n", buf);
            e = popen_(fd, 0, "x", 0, R_RD, 0, &d1);
            ERR("path_open with file as dirfd", e);
            __wasi_fd_close(fd);
        }
        e = rd(d1, buf, 4, &n);
        ERR("fd_read on directory", e);
        e = wr(d1, "x", &n);
        ERR("fd_write on directory", e);
        e = __wasi_fd_seek(d1, 0, __WASI_WHENCE_SET, &pos);
        ERR("fd_seek on directory", e);
        ERR("fd_sync on directory", __wasi_fd_sync(d1));
        __wasi_fd_close(d1);
    }
    ERR("rmdir non-empty", __wasi_path_remove_directory(root, "d1"));
    ERR("rmdir file", __wasi_path_remove_directory(root, "f.txt"));
    ERR("rmdir missing", __wasi_path_remove_directory(root, "nope"));
    ERR("rmdir .", __wasi_path_remove_directory(root, "."));
    ERR("unlink directory", __wasi_path_unlink_file(root, "d1/sub"));
    ERR("unlink missing", __wasi_path_unlink_file(root, "nope.txt"));
    ERR("rmdir d1/sub", __wasi_path_remove_directory(root, "d1/sub"));
    pstat("stat d1/sub after rmdir", "d1/sub", 0);

    printf("-- rename\n");
    e = popen_(root, 0, "r1.txt", __WASI_OFLAGS_CREAT, R_RW, 0, &fd);
    if (!e) { wr(fd, "r1", &n); __wasi_fd_close(fd); }
    e = popen_(root, 0, "r2.txt", __WASI_OFLAGS_CREAT, R_RW, 0, &fd);
    if (!e) { wr(fd, "r2 data", &n); __wasi_fd_close(fd); }
    ERR("rename r1 -> r1b", __wasi_path_rename(root, "r1.txt", root, "r1b.txt"));
    pstat("stat r1.txt", "r1.txt", 0);
    pcontent("content r1b.txt", "r1b.txt");
    ERR("rename over existing file", __wasi_path_rename(root, "r2.txt", root, "r1b.txt"));
    pcontent("content r1b.txt", "r1b.txt");
    ERR("rename missing", __wasi_path_rename(root, "nope", root, "x"));
    ERR("rename file over dir", __wasi_path_rename(root, "r1b.txt", root, "d1"));
    __wasi_path_create_directory(root, "d2");
    ERR("rename dir over non-empty dir", __wasi_path_rename(root, "d2", root, "d1"));
    ERR("rename dir over file", __wasi_path_rename(root, "d2", root, "r1b.txt"));
    ERR("rename dir into itself", __wasi_path_rename(root, "d1", root, "d1/x"));
    ERR("rename dir d2 -> d1/d2", __wasi_path_rename(root, "d2", root, "d1/d2"));
    pstat("stat d1/d2", "d1/d2", 0);
    __wasi_path_create_directory(root, "d3");
    ERR("rename dir over empty dir", __wasi_path_rename(root, "d3", root, "d1/d2"));
    pstat("stat d3", "d3", 0);
    {
        __wasi_fd_t d1;
        popen_(root, 0, "d1", __WASI_OFLAGS_DIRECTORY, R_DIR, 0, &d1);
        ERR("rename across dir fds", __wasi_path_rename(root, "r1b.txt", d1, "moved.txt"));
        pcontent("content d1/moved.txt", "d1/moved.txt");
        __wasi_fd_close(d1);
    }

    printf("-- link / unlink\n");
    ERR("link d1/moved.txt -> hard.txt", __wasi_path_link(root, 0, "d1/moved.txt", root, "hard.txt"));
    pstat("stat hard.txt", "hard.txt", 0);
    pstat("stat d1/moved.txt", "d1/moved.txt", 0);
    {
        __wasi_filestat_t a, b;
        __wasi_path_filestat_get(root, 0, "hard.txt", &a);
        __wasi_path_filestat_get(root, 0, "d1/moved.txt", &b);
        printf("hard link ino equal: %d\n", a.ino == b.ino && a.dev == b.dev);
    }
    ERR("link to existing", __wasi_path_link(root, 0, "hard.txt", root, "f.txt"));
    ERR("link missing source", __wasi_path_link(root, 0, "nope", root, "x"));
    ERR("link directory", __wasi_path_link(root, 0, "d1", root, "d1link"));
    ERR("unlink d1/moved.txt", __wasi_path_unlink_file(root, "d1/moved.txt"));
    pstat("stat hard.txt after unlink", "hard.txt", 0);
    pcontent("content hard.txt", "hard.txt");

    printf("-- symlink / readlink\n");
    ERR("symlink sl -> hard.txt", __wasi_path_symlink("hard.txt", root, "sl"));
    ERR("symlink over existing", __wasi_path_symlink("x", root, "f.txt"));
    ERR("symlink dangling", __wasi_path_symlink("does-not-exist", root, "dangling"));
    pstat("lstat sl", "sl", 0);
    pstat("stat sl (follow)", "sl", 1);
    pstat("stat dangling (follow)", "dangling", 1);
    pstat("lstat dangling", "dangling", 0);
    {
        char lb[64];
        size_t ln = 0;
        memset(lb, 0, sizeof lb);
        e = __wasi_path_readlink(root, "sl", (uint8_t *)lb, sizeof lb, &ln);
        printf("readlink sl: errno %d (%s) n=%zu \"%.*s\"\n", e, ename(e), ln, (int)ln, lb);
        memset(lb, 0, sizeof lb);
        e = __wasi_path_readlink(root, "sl", (uint8_t *)lb, 4, &ln);
        printf("readlink sl bufsize 4: errno %d (%s) n=%zu \"%.*s\"\n", e, ename(e), ln,
               (int)(ln <= 4 ? ln : 4), lb);
        e = __wasi_path_readlink(root, "hard.txt", (uint8_t *)lb, sizeof lb, &ln);
        ERR("readlink regular file", e);
        e = __wasi_path_readlink(root, "nope", (uint8_t *)lb, sizeof lb, &ln);
        ERR("readlink missing", e);
        ssize_t r = readlink("/sandbox/sl", lb, sizeof lb);
        printf("libc readlink: %zd \"%.*s\"\n", r, (int)(r > 0 ? r : 0), lb);
    }
    e = popen_(root, FOLLOW, "sl", 0, R_RD, 0, &fd);
    ERR("open via symlink", e);
    if (!e) __wasi_fd_close(fd);
    ERR("unlink symlink", __wasi_path_unlink_file(root, "sl"));
    pstat("stat hard.txt after unlinking symlink", "hard.txt", 0);
    ERR("unlink dangling", __wasi_path_unlink_file(root, "dangling"));

    printf("-- set_times\n");
    {
        const __wasi_timestamp_t T1 = 1000000000ULL * 1234567890ULL;
        const __wasi_timestamp_t T2 = 1000000000ULL * 1300000000ULL;
        __wasi_filestat_t st;
        e = __wasi_path_filestat_set_times(root, 0, "hard.txt", T1, T2,
                                           __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM);
        ERR("path set_times atim+mtim", e);
        __wasi_path_filestat_get(root, 0, "hard.txt", &st);
        printf("atim set: %d mtim set: %d\n", st.atim == T1, st.mtim == T2);
        e = __wasi_path_filestat_set_times(root, 0, "hard.txt", 0, T1, __WASI_FSTFLAGS_MTIM);
        ERR("path set_times mtim only", e);
        __wasi_path_filestat_get(root, 0, "hard.txt", &st);
        printf("atim kept: %d mtim set: %d\n", st.atim == T1, st.mtim == T1);
        e = __wasi_path_filestat_set_times(root, 0, "hard.txt", T1, 0,
                                           __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW);
        ERR("set_times ATIM|ATIM_NOW", e);
        e = __wasi_path_filestat_set_times(root, 0, "nope", T1, T1, __WASI_FSTFLAGS_MTIM);
        ERR("set_times missing", e);
        __wasi_timestamp_t now;
        __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &now);
        e = popen_(root, 0, "hard.txt", 0, R_RW, 0, &fd);
        e = __wasi_fd_filestat_set_times(fd, 0, 0,
                                         __WASI_FSTFLAGS_ATIM_NOW | __WASI_FSTFLAGS_MTIM_NOW);
        ERR("fd set_times now", e);
        __wasi_fd_filestat_get(fd, &st);
        long long da = (long long)(st.atim / 1000000000ULL) - (long long)(now / 1000000000ULL);
        long long dm = (long long)(st.mtim / 1000000000ULL) - (long long)(now / 1000000000ULL);
        printf("atim ~now: %d mtim ~now: %d\n", da >= -5 && da <= 5, dm >= -5 && dm <= 5);
        e = __wasi_fd_filestat_set_times(fd, T2, T1, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM);
        ERR("fd set_times explicit", e);
        __wasi_fd_filestat_get(fd, &st);
        printf("atim set: %d mtim set: %d\n", st.atim == T2, st.mtim == T1);
        __wasi_fd_close(fd);
        /* nofollow set_times on a symlink changes the link, not the target */
        __wasi_path_symlink("hard.txt", root, "sl2");
        e = __wasi_path_filestat_set_times(root, FOLLOW, "sl2", T1, T2,
                                           __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM);
        ERR("set_times follow symlink", e);
        __wasi_path_filestat_get(root, 0, "hard.txt", &st);
        printf("target mtim via symlink: %d\n", st.mtim == T2);
    }

    printf("-- renumber\n");
    {
        __wasi_fd_t a, b;
        popen_(root, 0, "ren_a.txt", __WASI_OFLAGS_CREAT, R_RW, 0, &a);
        wr(a, "AAA", &n);
        popen_(root, 0, "ren_b.txt", __WASI_OFLAGS_CREAT, R_RW, 0, &b);
        wr(b, "B", &n);
        e = __wasi_fd_renumber(a, b);
        ERR("renumber a -> b", e);
        pfdstat("fdstat old a", a);
        printf("tell new b (a's offset): %lld\n", (long long)tell(b));
        wr(b, "+", &n);
        __wasi_fd_close(b);
        pcontent("content ren_a.txt", "ren_a.txt");
        pcontent("content ren_b.txt", "ren_b.txt");
        ERR("renumber closed fd", __wasi_fd_renumber(a, b));
        popen_(root, 0, "ren_a.txt", 0, R_RD, 0, &a);
        ERR("renumber to unopened fd 200", __wasi_fd_renumber(a, 200));
        ERR("renumber to self", __wasi_fd_renumber(a, a));
        pfdstat("fdstat a after self-renumber", a);
        __wasi_fd_close(a);
        __wasi_fd_close(200);
    }

    test_readdir();

    printf("-- libc layer\n");
    {
        int f = open("/sandbox/libc.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
        printf("open libc.txt: %d\n", f >= 0);
        printf("write: %zd\n", write(f, "libc data", 9));
        printf("lseek: %lld\n", (long long)lseek(f, 0, SEEK_CUR));
        struct stat sb;
        printf("fstat: %d regular=%d size=%lld\n", fstat(f, &sb), S_ISREG(sb.st_mode),
               (long long)sb.st_size);
        printf("ftruncate 4: %d\n", ftruncate(f, 4));
        printf("pread: %zd\n", pread(f, buf, 100, 0));
        close(f);
        int r;
        errno = 0;
        r = open("/sandbox/libc.txt", O_CREAT | O_EXCL | O_WRONLY, 0644);
        printf("open excl existing: %d errno %d (%s)\n", r, errno, ename(errno));
        errno = 0;
        r = stat("/sandbox/nope", &sb);
        printf("stat missing: %d errno %d (%s)\n", r, errno, ename(errno));
        printf("mkdir: %d\n", mkdir("/sandbox/libcdir", 0755));
        printf("rename: %d\n", rename("/sandbox/libc.txt", "/sandbox/libcdir/l.txt"));
        printf("stat renamed: %d size=%lld\n", stat("/sandbox/libcdir/l.txt", &sb),
               (long long)sb.st_size);
        printf("unlink: %d\n", unlink("/sandbox/libcdir/l.txt"));
        printf("rmdir: %d\n", rmdir("/sandbox/libcdir"));
        errno = 0;
        r = open("f.txt", O_RDONLY);
        printf("libc relative open (no cwd support in this libc): %d errno %d (%s)\n", r, errno,
               ename(errno));
    }

    printf("-- final listing\n");
    {
        struct ent ents[64];
        __wasi_fd_t d;
        popen_(root, FOLLOW, ".", __WASI_OFLAGS_DIRECTORY, R_DIR, 0, &d);
        size_t used;
        int k = readdir_all(d, 0, ents, 64, 4096, &used, &e);
        qsort(ents, k, sizeof ents[0], cmp_ent);
        for (int i = 0; i < k; i++) printf("  %s %s\n", ents[i].name, ftname(ents[i].type));
        __wasi_fd_close(d);
    }
    printf("done\n");
    return 0;
}
