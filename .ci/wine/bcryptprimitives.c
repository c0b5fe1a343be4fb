/*
 * Test-only stand-in for bcryptprimitives.dll, for running the Windows build under wine in CI.
 *
 * Rust's standard library gets random bytes from ProcessPrng in bcryptprimitives.dll. Windows 10
 * and 11 have that DLL; Debian's wine 8 does not, so the program would not start. This DLL,
 * put in the wine prefix's system32 by .ci/wine.sh, exports ProcessPrng and fills the buffer with
 * RtlGenRandom (SystemFunction036 in advapi32), which wine has. It is never shipped.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
