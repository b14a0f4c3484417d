// Extended attributes, which Swift's Glibc module leaves out, behind one signature for Linux
// and macOS (whose calls take extra position and option arguments).
#include <sys/types.h>

int sitegen_fsetxattr(int descriptor, const char *name, const void *value, size_t size);
ssize_t sitegen_getxattr(const char *path, const char *name, void *value, size_t size);
int sitegen_setxattr(const char *path, const char *name, const void *value, size_t size);
int sitegen_removexattr(const char *path, const char *name);
