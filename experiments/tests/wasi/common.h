/* Shared helpers for the WASI preview-1 conformance programs.
 * Everything prints one deterministic line per check. Errno values are the
 * WASI errno numbers (wasi-libc's errno numbering is identical). */
#ifndef WASI_CONF_COMMON_H
#define WASI_CONF_COMMON_H
#include <wasi/api.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdlib.h>

static const char *const errno_names[] = {
    "OK",
    "E2BIG",
    "EACCES",
    "EADDRINUSE",
    "EADDRNOTAVAIL",
    "EAFNOSUPPORT",
    "EAGAIN",
    "EALREADY",
    "EBADF",
    "EBADMSG",
    "EBUSY",
    "ECANCELED",
    "ECHILD",
    "ECONNABORTED",
    "ECONNREFUSED",
    "ECONNRESET",
    "EDEADLK",
    "EDESTADDRREQ",
    "EDOM",
    "EDQUOT",
    "EEXIST",
    "EFAULT",
    "EFBIG",
    "EHOSTUNREACH",
    "EIDRM",
    "EILSEQ",
    "EINPROGRESS",
    "EINTR",
    "EINVAL",
    "EIO",
    "EISCONN",
    "EISDIR",
    "ELOOP",
    "EMFILE",
    "EMLINK",
    "EMSGSIZE",
    "EMULTIHOP",
    "ENAMETOOLONG",
    "ENETDOWN",
    "ENETRESET",
    "ENETUNREACH",
    "ENFILE",
    "ENOBUFS",
    "ENODEV",
    "ENOENT",
    "ENOEXEC",
    "ENOLCK",
    "ENOLINK",
    "ENOMEM",
    "ENOMSG",
    "ENOPROTOOPT",
    "ENOSPC",
    "ENOSYS",
    "ENOTCONN",
    "ENOTDIR",
    "ENOTEMPTY",
    "ENOTRECOVERABLE",
    "ENOTSOCK",
    "ENOTSUP",
    "ENOTTY",
    "ENXIO",
    "EOVERFLOW",
    "EOWNERDEAD",
    "EPERM",
    "EPIPE",
    "EPROTO",
    "EPROTONOSUPPORT",
    "EPROTOTYPE",
    "ERANGE",
    "EROFS",
    "ESPIPE",
    "ESRCH",
    "ESTALE",
    "ETIMEDOUT",
    "ETXTBSY",
    "EXDEV",
    "ENOTCAPABLE"
};

static inline const char *ename(int e) {
    if (e >= 0 && e < (int)(sizeof errno_names / sizeof errno_names[0]))
        return errno_names[e];
    return "E?";
}

/* "label: errno N (ENAME)" -- N == 0 prints "errno 0 (OK)". */
#define ERR(label, e) do { int e_ = (int)(e); \
    printf("%s: errno %d (%s)\n", (label), e_, ename(e_)); } while (0)

static const char *ftname(int t) {
    switch (t) {
    case __WASI_FILETYPE_UNKNOWN: return "unknown";
    case __WASI_FILETYPE_BLOCK_DEVICE: return "block_device";
    case __WASI_FILETYPE_CHARACTER_DEVICE: return "character_device";
    case __WASI_FILETYPE_DIRECTORY: return "directory";
    case __WASI_FILETYPE_REGULAR_FILE: return "regular_file";
    case __WASI_FILETYPE_SOCKET_DGRAM: return "socket_dgram";
    case __WASI_FILETYPE_SOCKET_STREAM: return "socket_stream";
    case __WASI_FILETYPE_SYMBOLIC_LINK: return "symbolic_link";
    default: return "?";
    }
}

/* Find the preopened directory whose guest name is `name` (raw prestat scan). */
static int find_preopen(const char *name) {
    for (__wasi_fd_t fd = 3; fd < 64; fd++) {
        __wasi_prestat_t ps;
        if (__wasi_fd_prestat_get(fd, &ps) != 0) continue;
        if (ps.tag != __WASI_PREOPENTYPE_DIR) continue;
        size_t n = ps.u.dir.pr_name_len;
        char buf[256];
        if (n >= sizeof buf) continue;
        if (__wasi_fd_prestat_dir_name(fd, (uint8_t *)buf, n) != 0) continue;
        buf[n] = 0;
        if (strcmp(buf, name) == 0) return (int)fd;
    }
    return -1;
}

#define RIGHTS_ALL ((__wasi_rights_t)0x3FFFFFFFULL)

/* path_open with all rights requested (base and inheriting). */
static __wasi_errno_t popen_(int dirfd, __wasi_lookupflags_t lf, const char *path,
                             __wasi_oflags_t of, __wasi_rights_t base,
                             __wasi_fdflags_t fl, __wasi_fd_t *out) {
    return __wasi_path_open((__wasi_fd_t)dirfd, lf, path, of, base, RIGHTS_ALL, fl, out);
}

#define FOLLOW __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW
#define R_RD (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS)
#define R_RW (R_RD | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES | __WASI_RIGHTS_FD_SYNC | __WASI_RIGHTS_FD_DATASYNC | __WASI_RIGHTS_FD_ADVISE | __WASI_RIGHTS_FD_ALLOCATE)

/* Rights for directories: everything except FD_WRITE (wasmtime refuses to
 * open a directory with FD_WRITE: EISDIR). */
#define R_DIR (RIGHTS_ALL & ~(__wasi_rights_t)__WASI_RIGHTS_FD_WRITE)

#endif
