package conformance

import "golang.org/x/sys/windows"

// Wine reports whether the process runs under wine rather than Windows
// (wine's ntdll exports wine_get_version), for the tests that meet one of
// wine's differences from Windows and say which.
func Wine() bool {
	return windows.NewLazySystemDLL("ntdll.dll").NewProc("wine_get_version").Find() == nil
}
