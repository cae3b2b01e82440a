/* The floor for `llm101 check`: read the file, set one byte, write a temp file beside it,
   fsync, rename over the original. Usage: flip FILE OFFSET CHAR */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char** argv) {
  if (argc != 4) return 2;
  const char* path = argv[1];
  long off = atol(argv[2]);
  int fd = open(path, O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) return 1;
  char* buf = malloc((size_t)st.st_size + 1);
  ssize_t got = 0;
  while (got < st.st_size) {
    ssize_t n = read(fd, buf + got, (size_t)(st.st_size - got));
    if (n <= 0) return 1;
    got += n;
  }
  close(fd);
  if (off < 0 || off >= got) return 1;
  buf[off] = argv[3][0];
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  int out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0) return 1;
  for (ssize_t done = 0; done < got;) {
    ssize_t n = write(out, buf + done, (size_t)(got - done));
    if (n <= 0) return 1;
    done += n;
  }
  if (fsync(out) != 0 || close(out) != 0 || rename(tmp, path) != 0) return 1;
  free(buf);
  return 0;
}
