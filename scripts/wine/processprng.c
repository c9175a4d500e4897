/* A test-only stand-in for ProcessPrng, which Rust's standard library imports from
 * bcryptprimitives.dll and Wine 8 does not have. scripts/test-windows.sh builds it as
 * bcryptprimitives.dll beside the program in a scratch folder, for Wine only: it is never shipped,
 * never in the installer or the zip (docs/windows.md). */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
