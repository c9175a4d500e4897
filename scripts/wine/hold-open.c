/* A program that keeps a file open as an editor or a spreadsheet does on Windows (shared for
 * reading and writing, not for deleting or renaming over), until a line comes on its input.
 * scripts/test-windows.sh uses it to save over a routine that another program holds open. */
#include <windows.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv) {
  if (argc != 2) {
    fputs("usage: hold-open FILE\n", stderr);
    return 2;
  }
  HANDLE file = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                            OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  if (file == INVALID_HANDLE_VALUE) {
    fprintf(stderr, "hold-open: cannot open the file (error %lu)\n", GetLastError());
    return 1;
  }
  puts("open");
  fflush(stdout);
  char line[16];
  fgets(line, sizeof line, stdin);
  CloseHandle(file);
  return 0;
}
