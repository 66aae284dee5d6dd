/* fs_sandbox: attempts to leave the preopened directory must fail, and must
 * not create, modify or reveal anything outside it.
 *
 * Run: --dir HOST_PARENT/sandbox::/sandbox where HOST_PARENT/sandbox is EMPTY
 * and HOST_PARENT/outside.txt exists ("outside sentinel\n"). No args, no env,
 * stdin empty; exit 0. After the run the harness should check that
 * HOST_PARENT holds exactly `outside.txt` (unchanged) and `sandbox`.
 */
#include "common.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static int root;

/* Raw import so that paths with embedded NUL / invalid UTF-8 can be passed
 * (wasi-libc's __wasi_path_open wrapper uses strlen). */
int32_t raw_path_open(int32_t fd, int32_t dirflags, int32_t path, int32_t path_len,
                      int32_t oflags, int64_t base, int64_t inh, int32_t fdflags,
                      int32_t retptr)
    __attribute__((__import_module__("wasi_snapshot_preview1"),
                   __import_name__("path_open")));

static void touch(const char *path, const char *content) {
    __wasi_fd_t fd;
    __wasi_errno_t e = popen_(root, 0, path, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, R_RW, 0, &fd);
    if (e) { printf("setup create %s: errno %d (%s)\n", path, e, ename(e)); return; }
    __wasi_ciovec_t iov = {(const uint8_t *)content, strlen(content)};
    size_t n;
    __wasi_fd_write(fd, &iov, 1, &n);
    __wasi_fd_close(fd);
}

/* open for reading and report errno plus what was read (first line) */
static void try_open(const char *label, __wasi_lookupflags_t lf, const char *path,
                     __wasi_oflags_t of, __wasi_rights_t rights) {
    __wasi_fd_t fd;
    __wasi_errno_t e = popen_(root, lf, path, of, rights, 0, &fd);
    if (e) { printf("%s: errno %d (%s)\n", label, e, ename(e)); return; }
    __wasi_fdstat_t fs;
    __wasi_fd_fdstat_get(fd, &fs);
    char buf[64] = {0};
    size_t n = 0;
    if (fs.fs_filetype == __WASI_FILETYPE_REGULAR_FILE) {
        __wasi_iovec_t iov = {(uint8_t *)buf, sizeof buf - 1};
        if (__wasi_fd_read(fd, &iov, 1, &n) == 0) buf[n] = 0;
        char *nl = strchr(buf, '\n');
        if (nl) *nl = 0;
    }
    printf("%s: errno 0 (OK) type=%s content=\"%s\"\n", label, ftname(fs.fs_filetype), buf);
    __wasi_fd_close(fd);
}

static void try_stat(const char *label, __wasi_lookupflags_t lf, const char *path) {
    __wasi_filestat_t st;
    __wasi_errno_t e = __wasi_path_filestat_get(root, lf, path, &st);
    if (e) printf("%s: errno %d (%s)\n", label, e, ename(e));
    else printf("%s: errno 0 (OK) type=%s\n", label, ftname(st.filetype));
}

static void try_readlink(const char *label, const char *path) {
    char buf[128];
    size_t n = 0;
    __wasi_errno_t e = __wasi_path_readlink(root, path, (uint8_t *)buf, sizeof buf, &n);
    if (e) printf("%s: errno %d (%s)\n", label, e, ename(e));
    else printf("%s: errno 0 (OK) \"%.*s\"\n", label, (int)n, buf);
}

static void try_raw_open(const char *label, const char *path, size_t len) {
    __wasi_fd_t fd = 0;
    int32_t e = raw_path_open(root, FOLLOW, (int32_t)(uintptr_t)path, (int32_t)len, 0,
                              (int64_t)R_RD, (int64_t)R_RD, 0, (int32_t)(uintptr_t)&fd);
    printf("%s: errno %d (%s)\n", label, e, ename(e));
    if (!e) __wasi_fd_close(fd);
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    root = find_preopen("/sandbox");
    printf("preopen /sandbox found: %d\n", root >= 0);
    if (root < 0) return 1;

    /* setup */
    __wasi_path_create_directory(root, "sub");
    __wasi_path_create_directory(root, "sub/deep");
    touch("inside.txt", "inside data\n");
    touch("sub/deep/file.txt", "deep data\n");

    printf("-- dot-dot and absolute paths\n");
    try_open("open ../outside.txt", FOLLOW, "../outside.txt", 0, R_RD);
    try_open("open /outside.txt", FOLLOW, "/outside.txt", 0, R_RD);
    try_open("open /sandbox/inside.txt (absolute)", FOLLOW, "/sandbox/inside.txt", 0, R_RD);
    try_open("open / (absolute root)", FOLLOW, "/", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open ./../outside.txt", FOLLOW, "./../outside.txt", 0, R_RD);
    try_open("open sub/../../outside.txt", FOLLOW, "sub/../../outside.txt", 0, R_RD);
    try_open("open sub/deep/../../../outside.txt", FOLLOW, "sub/deep/../../../outside.txt", 0, R_RD);
    try_open("open .. (dir)", FOLLOW, "..", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open sub/../.. (dir)", FOLLOW, "sub/../..", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open ../sandbox/inside.txt", FOLLOW, "../sandbox/inside.txt", 0, R_RD);
    try_open("open sub/../inside.txt", FOLLOW, "sub/../inside.txt", 0, R_RD);
    try_open("open sub/deep/../../inside.txt", FOLLOW, "sub/deep/../../inside.txt", 0, R_RD);
    try_open("open . (dir)", FOLLOW, ".", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open sub/.. (dir)", FOLLOW, "sub/..", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open empty path", FOLLOW, "", 0, R_RD);
    try_open("open sub//deep//file.txt", FOLLOW, "sub//deep//file.txt", 0, R_RD);
    try_stat("stat ../outside.txt", FOLLOW, "../outside.txt");
    try_stat("lstat ../outside.txt", 0, "../outside.txt");
    try_stat("stat ..", FOLLOW, "..");
    try_stat("stat /outside.txt", FOLLOW, "/outside.txt");

    printf("-- mutations that would escape\n");
    try_open("create ../escape.txt", FOLLOW, "../escape.txt", __WASI_OFLAGS_CREAT, R_RW);
    try_open("create sub/../../escape.txt", FOLLOW, "sub/../../escape.txt", __WASI_OFLAGS_CREAT, R_RW);
    try_open("trunc ../outside.txt", FOLLOW, "../outside.txt", __WASI_OFLAGS_TRUNC, R_RW);
    ERR("mkdir ../escape_dir", __wasi_path_create_directory(root, "../escape_dir"));
    ERR("mkdir /escape_dir", __wasi_path_create_directory(root, "/escape_dir"));
    ERR("rmdir ..", __wasi_path_remove_directory(root, ".."));
    ERR("rmdir ../sandbox", __wasi_path_remove_directory(root, "../sandbox"));
    ERR("unlink ../outside.txt", __wasi_path_unlink_file(root, "../outside.txt"));
    ERR("rename ../outside.txt -> stolen.txt", __wasi_path_rename(root, "../outside.txt", root, "stolen.txt"));
    ERR("rename inside.txt -> ../escape_ren", __wasi_path_rename(root, "inside.txt", root, "../escape_ren"));
    ERR("link ../outside.txt -> stolen_hard", __wasi_path_link(root, 0, "../outside.txt", root, "stolen_hard"));
    ERR("link inside.txt -> ../escape_hard", __wasi_path_link(root, 0, "inside.txt", root, "../escape_hard"));
    ERR("symlink new path ../escape_link", __wasi_path_symlink("inside.txt", root, "../escape_link"));
    ERR("set_times ../outside.txt", __wasi_path_filestat_set_times(root, FOLLOW, "../outside.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    try_readlink("readlink ../outside.txt", "../outside.txt");

    printf("-- symlinks pointing out\n");
    ERR("symlink link_out -> ../outside.txt", __wasi_path_symlink("../outside.txt", root, "link_out"));
    ERR("symlink abs_out -> /outside.txt", __wasi_path_symlink("/outside.txt", root, "abs_out"));
    ERR("symlink abs_in -> /sandbox/inside.txt", __wasi_path_symlink("/sandbox/inside.txt", root, "abs_in"));
    ERR("symlink dir_out -> ..", __wasi_path_symlink("..", root, "dir_out"));
    ERR("symlink sub/up2 -> ../../outside.txt", __wasi_path_symlink("../../outside.txt", root, "sub/up2"));
    ERR("symlink chain -> sub/up2", __wasi_path_symlink("sub/up2", root, "chain"));
    ERR("symlink new_out -> ../created_via_link.txt", __wasi_path_symlink("../created_via_link.txt", root, "new_out"));
    try_readlink("readlink link_out", "link_out");
    try_readlink("readlink abs_out", "abs_out");
    try_stat("lstat link_out", 0, "link_out");
    try_stat("stat link_out (follow)", FOLLOW, "link_out");
    try_stat("stat abs_out (follow)", FOLLOW, "abs_out");
    try_stat("stat abs_in (follow)", FOLLOW, "abs_in");
    try_open("open link_out (follow)", FOLLOW, "link_out", 0, R_RD);
    try_open("open link_out (nofollow)", 0, "link_out", 0, R_RD);
    try_open("open abs_out (follow)", FOLLOW, "abs_out", 0, R_RD);
    try_open("open abs_in (follow)", FOLLOW, "abs_in", 0, R_RD);
    try_open("open dir_out/outside.txt", FOLLOW, "dir_out/outside.txt", 0, R_RD);
    try_open("open dir_out/outside.txt (nofollow)", 0, "dir_out/outside.txt", 0, R_RD);
    try_open("open dir_out (dir, follow)", FOLLOW, "dir_out", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open chain (follow)", FOLLOW, "chain", 0, R_RD);
    try_open("create through new_out (follow)", FOLLOW, "new_out", __WASI_OFLAGS_CREAT, R_RW);
    try_open("trunc through link_out (follow)", FOLLOW, "link_out", __WASI_OFLAGS_TRUNC, R_RW);
    ERR("set_times through link_out (follow)", __wasi_path_filestat_set_times(root, FOLLOW, "link_out", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    ERR("set_times link_out (nofollow)", __wasi_path_filestat_set_times(root, 0, "link_out", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    ERR("link via link_out (follow)", __wasi_path_link(root, FOLLOW, "link_out", root, "hard_from_link"));
    ERR("link link_out itself (nofollow)", __wasi_path_link(root, 0, "link_out", root, "hard_of_link"));
    try_stat("lstat hard_of_link", 0, "hard_of_link");
    ERR("mkdir through dir_out", __wasi_path_create_directory(root, "dir_out/escape_dir"));
    ERR("unlink through dir_out", __wasi_path_unlink_file(root, "dir_out/outside.txt"));
    ERR("rename link_out -> link_out2", __wasi_path_rename(root, "link_out", root, "link_out2"));
    try_readlink("readlink link_out2", "link_out2");
    ERR("unlink link_out2 (removes the link only)", __wasi_path_unlink_file(root, "link_out2"));
    ERR("unlink dir_out (a symlink to a dir)", __wasi_path_unlink_file(root, "dir_out"));

    printf("-- symlinks staying inside\n");
    ERR("symlink link_in -> inside.txt", __wasi_path_symlink("inside.txt", root, "link_in"));
    ERR("symlink sub/up -> ../inside.txt", __wasi_path_symlink("../inside.txt", root, "sub/up"));
    ERR("symlink sub_link -> sub", __wasi_path_symlink("sub", root, "sub_link"));
    try_open("open link_in (follow)", FOLLOW, "link_in", 0, R_RD);
    try_open("open sub/up (follow)", FOLLOW, "sub/up", 0, R_RD);
    try_open("open sub_link/deep/file.txt", FOLLOW, "sub_link/deep/file.txt", 0, R_RD);
    try_open("open sub_link/deep/file.txt (nofollow)", 0, "sub_link/deep/file.txt", 0, R_RD);
    try_open("open sub_link/../inside.txt", FOLLOW, "sub_link/../inside.txt", 0, R_RD);
    try_open("open sub_link/../../outside.txt", FOLLOW, "sub_link/../../outside.txt", 0, R_RD);

    printf("-- O_NOFOLLOW (lookupflags without symlink_follow)\n");
    try_open("open link_in (nofollow)", 0, "link_in", 0, R_RD);
    try_open("open link_in (nofollow, O_DIRECTORY)", 0, "link_in", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open sub_link (nofollow, O_DIRECTORY)", 0, "sub_link", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open sub_link (follow, O_DIRECTORY)", FOLLOW, "sub_link", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("create link_in (nofollow, O_CREAT)", 0, "link_in", __WASI_OFLAGS_CREAT, R_RW);
    try_open("create link_in (nofollow, O_CREAT|O_EXCL)", 0, "link_in", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, R_RW);
    try_stat("lstat link_in", 0, "link_in");
    try_stat("stat link_in", FOLLOW, "link_in");

    printf("-- symlink loops\n");
    ERR("symlink loop_a -> loop_b", __wasi_path_symlink("loop_b", root, "loop_a"));
    ERR("symlink loop_b -> loop_a", __wasi_path_symlink("loop_a", root, "loop_b"));
    ERR("symlink self -> self", __wasi_path_symlink("self", root, "self"));
    try_open("open loop_a (follow)", FOLLOW, "loop_a", 0, R_RD);
    try_open("open self (follow)", FOLLOW, "self", 0, R_RD);
    try_open("open loop_a/x (follow)", FOLLOW, "loop_a/x", 0, R_RD);
    try_open("open loop_a/x (nofollow)", 0, "loop_a/x", 0, R_RD);
    try_open("create loop_a (follow, O_CREAT)", FOLLOW, "loop_a", __WASI_OFLAGS_CREAT, R_RW);
    try_stat("stat loop_a (follow)", FOLLOW, "loop_a");
    try_stat("lstat loop_a", 0, "loop_a");
    ERR("mkdir loop_a/d", __wasi_path_create_directory(root, "loop_a/d"));

    printf("-- trailing slashes\n");
    try_open("open inside.txt/", FOLLOW, "inside.txt/", 0, R_RD);
    try_open("open inside.txt/.", FOLLOW, "inside.txt/.", 0, R_RD);
    try_open("open sub/", FOLLOW, "sub/", 0, R_DIR);
    try_open("open sub/deep/", FOLLOW, "sub/deep/", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("open link_in/ (follow)", FOLLOW, "link_in/", 0, R_RD);
    try_open("open sub_link/ (nofollow)", 0, "sub_link/", __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("create newfile/ (O_CREAT)", FOLLOW, "newfile/", __WASI_OFLAGS_CREAT, R_RW);
    try_stat("stat newfile", 0, "newfile");
    try_stat("stat inside.txt/", FOLLOW, "inside.txt/");
    try_stat("lstat inside.txt/", 0, "inside.txt/");
    try_stat("stat sub/", FOLLOW, "sub/");
    try_stat("lstat link_in/", 0, "link_in/");
    try_stat("lstat sub_link/", 0, "sub_link/");
    ERR("mkdir newdir/", __wasi_path_create_directory(root, "newdir/"));
    try_stat("stat newdir", 0, "newdir");
    ERR("rmdir newdir/", __wasi_path_remove_directory(root, "newdir/"));
    ERR("unlink inside.txt/", __wasi_path_unlink_file(root, "inside.txt/"));
    ERR("unlink link_in/", __wasi_path_unlink_file(root, "link_in/"));
    ERR("rename inside.txt/ -> moved.txt", __wasi_path_rename(root, "inside.txt/", root, "moved.txt"));
    ERR("rename inside.txt -> moved.txt/", __wasi_path_rename(root, "inside.txt", root, "moved.txt/"));
    __wasi_path_create_directory(root, "dir_a");
    ERR("rename dir_a/ -> dir_b/", __wasi_path_rename(root, "dir_a/", root, "dir_b/"));
    try_stat("stat dir_b", 0, "dir_b");
    ERR("link inside.txt/ -> hl", __wasi_path_link(root, 0, "inside.txt/", root, "hl"));
    ERR("link inside.txt -> hl/", __wasi_path_link(root, 0, "inside.txt", root, "hl/"));
    ERR("symlink sl/ -> inside.txt", __wasi_path_symlink("inside.txt", root, "sl/"));
    ERR("symlink sl_dir/ -> sub", __wasi_path_symlink("sub", root, "sl_dir/"));
    try_readlink("readlink link_in/", "link_in/");
    ERR("set_times inside.txt/", __wasi_path_filestat_set_times(root, FOLLOW, "inside.txt/", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));

    printf("-- directories opened for writing\n");
    try_open("open sub with FD_WRITE", FOLLOW, "sub", 0, R_RW);
    try_open("open sub with FD_WRITE + O_DIRECTORY", FOLLOW, "sub", __WASI_OFLAGS_DIRECTORY, R_RW);
    try_open("open sub O_TRUNC", FOLLOW, "sub", __WASI_OFLAGS_TRUNC, R_DIR);
    try_open("open sub O_CREAT (read rights)", FOLLOW, "sub", __WASI_OFLAGS_CREAT, R_DIR);
    try_open("open sub O_CREAT|O_EXCL", FOLLOW, "sub", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, R_DIR);
    try_open("open sub O_CREAT|O_DIRECTORY", FOLLOW, "sub", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_open("create newd O_CREAT|O_DIRECTORY", FOLLOW, "newd", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_DIRECTORY, R_DIR);
    try_stat("stat newd", 0, "newd");
    try_open("open . with FD_WRITE", FOLLOW, ".", __WASI_OFLAGS_DIRECTORY, R_RW);
    try_open("open sub read-only rights, no O_DIRECTORY", FOLLOW, "sub", 0, R_RD);
    try_open("open inside.txt O_DIRECTORY", FOLLOW, "inside.txt", __WASI_OFLAGS_DIRECTORY, R_DIR);

    printf("-- odd path bytes\n");
    try_raw_open("open \"inside.txt\\0junk\" (embedded NUL)", "inside.txt\0junk", 15);
    try_raw_open("open \"inside.txt\" (len 10, no NUL)", "inside.txtXYZ", 10);
    try_raw_open("open invalid UTF-8 \"\\xff\\xfe\"", "\xff\xfe", 2);

    printf("-- libc layer\n");
    {
        errno = 0;
        int f = open("/sandbox/../outside.txt", O_RDONLY);
        printf("libc open /sandbox/../outside.txt: %d errno %d (%s)\n", f < 0 ? -1 : 0, errno, ename(errno));
        errno = 0;
        f = open("/outside.txt", O_RDONLY);
        printf("libc open /outside.txt: %d errno %d (%s)\n", f < 0 ? -1 : 0, errno, ename(errno));
        errno = 0;
        f = open("/sandbox/link_in", O_RDONLY | O_NOFOLLOW);
        printf("libc open link_in O_NOFOLLOW: %d errno %d (%s)\n", f < 0 ? -1 : 0, errno, ename(errno));
        errno = 0;
        f = open("/sandbox/sub", O_WRONLY);
        printf("libc open sub O_WRONLY: %d errno %d (%s)\n", f < 0 ? -1 : 0, errno, ename(errno));
        errno = 0;
        f = open("/sandbox/inside.txt/", O_RDONLY);
        printf("libc open inside.txt/: %d errno %d (%s)\n", f < 0 ? -1 : 0, errno, ename(errno));
        errno = 0;
        int r = symlink("../outside.txt", "/sandbox/libc_link_out");
        printf("libc symlink libc_link_out -> ../outside.txt: %d errno %d (%s)\n", r, errno, ename(errno));
        errno = 0;
        f = open("/sandbox/libc_link_out", O_RDONLY);
        printf("libc open libc_link_out: %d errno %d (%s)\n", f < 0 ? -1 : 0, errno, ename(errno));
        struct stat sb;
        errno = 0;
        r = lstat("/sandbox/libc_link_out", &sb);
        printf("libc lstat libc_link_out: %d islnk=%d\n", r, r == 0 && S_ISLNK(sb.st_mode));
        errno = 0;
        r = stat("/sandbox/libc_link_out", &sb);
        printf("libc stat libc_link_out: %d errno %d (%s)\n", r, errno, ename(errno));
    }

    printf("-- final checks\n");
    try_stat("outside.txt never visible: stat ../outside.txt", 0, "../outside.txt");
    try_stat("escape.txt not created inside", 0, "escape.txt");
    try_stat("stolen.txt absent", 0, "stolen.txt");
    try_stat("stolen_hard absent", 0, "stolen_hard");
    try_open("inside.txt intact", FOLLOW, "inside.txt", 0, R_RD);
    printf("done\n");
    return 0;
}
