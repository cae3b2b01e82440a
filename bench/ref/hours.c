/* The floor for journal hours: read every journal/YYYY-MM-DD.md and sum the
   "**学习时长**: 2h" lines (h, 小时, min, m, 分钟). Usage: hours DIR */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char kKey[] = "**学习时长**:";

static double parse_hours(const char* p, const char* end) {
  while (p < end && (*p == ' ' || *p == '\t')) ++p;
  char* stop;
  double v = strtod(p, &stop);
  if (stop == p) return 0;
  p = stop;
  while (p < end && *p == ' ') ++p;
  if (end - p >= 3 && (strncmp(p, "min", 3) == 0)) return v / 60;
  if (end - p >= 6 && strncmp(p, "分钟", 6) == 0) return v / 60;
  if (p < end && *p == 'm') return v / 60;
  return v;
}

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  DIR* d = opendir(argv[1]);
  if (!d) return 1;
  int dfd = dirfd(d);
  static char buf[1 << 16];
  double total = 0;
  int days = 0;
  for (struct dirent* e; (e = readdir(d));) {
    size_t len = strlen(e->d_name);
    if (len != 13 || strcmp(e->d_name + 10, ".md") != 0) continue;
    int fd = openat(dfd, e->d_name, O_RDONLY);
    if (fd < 0) continue;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) continue;
    buf[n] = '\0';
    for (char* p = buf; (p = strstr(p, kKey));) {
      p += sizeof kKey - 1;
      char* eol = strchr(p, '\n');
      if (!eol) eol = buf + n;
      total += parse_hours(p, eol);
      ++days;
      p = eol;
    }
  }
  closedir(d);
  printf("%d days, %.1f h\n", days, total);
  return 0;
}
