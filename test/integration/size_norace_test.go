//go:build !race

package integration

// integritySize is the number of bytes the integrity test sends each way.
const integritySize = 1 << 30
