// Package integration holds nodenet's end-to-end tests over real loopback
// TCP: data integrity under backpressure through a netmod echo server, and
// resource leaks (descriptors, goroutines, loop handles) over many
// connect/close cycles.
//
// The integrity test moves IntegritySize bytes each way: 1 GiB normally,
// 64 MiB under the race detector or with -short.
package integration
