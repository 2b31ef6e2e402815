package fuzzdiff

import (
	"os"
	"strconv"
	"testing"
)

// TestPrint writes the program of FUZZ_DIFF_PRINT (a seed) to standard output.
func TestPrint(t *testing.T) {
	s := os.Getenv("FUZZ_DIFF_PRINT")
	if s == "" {
		t.Skip("FUZZ_DIFF_PRINT=seed prints that program")
	}
	seed, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString(Generate(seed).Script())
}
