// Package integration holds nodenet's end-to-end tests over real loopback
// TCP: data integrity under backpressure through a netmod echo server,
// resource leaks (descriptors, goroutines, loop handles) over many
// connect/close cycles, and accept failing for want of descriptors.
//
// The integrity test moves IntegritySize bytes each way: 1 GiB normally,
// 64 MiB under the race detector or with -short.
//
// All of them run on Windows too (make test-windows, under wine), where
// "descriptors" are the process's sockets (fds_windows_test.go). The
// accept test makes accept fail with EMFILE rather than exhausting a
// limit: Windows has no per-process descriptor limit (RLIMIT_NOFILE) for
// a test to reach, Winsock's WSAEMFILE/WSAENOBUFS come only from system
// resources running out, so a real exhaustion is tested on Linux only
// (netmod's TestServerEMFILEExhaustion).
package integration
