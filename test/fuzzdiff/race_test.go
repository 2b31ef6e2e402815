//go:build race

package fuzzdiff

// raceEnabled: the test binary runs under the race detector, in make
// test's parallel run of every package.
const raceEnabled = true
