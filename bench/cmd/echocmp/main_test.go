//go:build linux

package main

import "testing"

func TestScriptOf(t *testing.T) {
	for name, want := range map[string]string{
		"nodenet-js":                "",
		"nodenet-js-data":           "-data",
		"base-nodenet-js-data":      "-data",
		"nodenet-js-transform":      "-transform",
		"base-nodenet-js-transform": "-transform",
	} {
		if got := scriptOf(name); got != want {
			t.Errorf("scriptOf(%q) = %q, want %q", name, got, want)
		}
	}
}
