//go:build race

package integration

// integritySize is the number of bytes the integrity test sends each way:
// smaller under the race detector, which slows everything down ~10x.
const integritySize = 64 << 20
