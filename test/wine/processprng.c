/*
 * bcryptprimitives.dll for wine 8: Go 1.22 and later read random bytes
 * through ProcessPrng, which wine 8's bcryptprimitives.dll does not export.
 * This stand-in exports it on top of advapi32's RtlGenRandom
 * (SystemFunction036), which wine has. It is built by setup.sh and copied
 * into the wine prefix; it is never shipped.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	/* RtlGenRandom takes a ULONG length: feed large requests in pieces. */
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
