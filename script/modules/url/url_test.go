package url

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFormDecode(t *testing.T) {
	for _, c := range [][2]string{
		{"a+b", "a b"},
		{"%41%4g%4", "A%4g%4"},
		{"%E9", "\uFFFD"},
		{"%E2%82", "\uFFFD"},
		{"%E2%82%41", "\uFFFDA"},
		{"%F0%9F%98%80", "😀"},
		{"%C0%80", "\uFFFD\uFFFD"},
		{"%ED%A0%80", "\uFFFD\uFFFD\uFFFD"},
		{"plain", "plain"},
	} {
		assert.Equal(t, c[1], formDecode(c[0]), "decode %q", c[0])
	}
}
