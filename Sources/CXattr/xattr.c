#include "CXattr.h"
#include <sys/xattr.h>

int sitegen_fsetxattr(int descriptor, const char *name, const void *value, size_t size) {
#ifdef __APPLE__
    return fsetxattr(descriptor, name, value, size, 0, 0);
#else
    return fsetxattr(descriptor, name, value, size, 0);
#endif
}

ssize_t sitegen_getxattr(const char *path, const char *name, void *value, size_t size) {
#ifdef __APPLE__
    return getxattr(path, name, value, size, 0, XATTR_NOFOLLOW);
#else
    return lgetxattr(path, name, value, size);
#endif
}

int sitegen_setxattr(const char *path, const char *name, const void *value, size_t size) {
#ifdef __APPLE__
    return setxattr(path, name, value, size, 0, XATTR_NOFOLLOW);
#else
    return lsetxattr(path, name, value, size, 0);
#endif
}

int sitegen_removexattr(const char *path, const char *name) {
#ifdef __APPLE__
    return removexattr(path, name, XATTR_NOFOLLOW);
#else
    return lremovexattr(path, name);
#endif
}
