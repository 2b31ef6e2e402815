//go:build !race

package fuzzdiff

const raceEnabled = false
