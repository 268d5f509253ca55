/* Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, whose ProcessPrng Rust's standard library
 * calls on Windows since 1.78. This shim, used only to run the Windows builds under Wine in
 * tests (never shipped), forwards it to RtlGenRandom (advapi32's SystemFunction036), which Wine
 * has. Real Windows 10 and 11 have the real DLL. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
