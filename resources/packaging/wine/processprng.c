/* A stand-in bcryptprimitives.dll for wine 8 ONLY, never shipped.
 *
 * Go >= 1.24 programs on Windows take their random bytes from ProcessPrng
 * in bcryptprimitives.dll, which Windows 10 and 11 have and wine 8 lacks,
 * so a Go .exe does not start under wine 8. This DLL, put beside the .exe
 * for a wine run (make dist does not use it), answers ProcessPrng with
 * RtlGenRandom. Build:
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll processprng.c
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom, advapi32 */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
