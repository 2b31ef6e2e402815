package conformance

import "testing"

func TestForPlatformWindows(t *testing.T) {
	in := "error Error ECONNREFUSED -111 connect 127.0.0.1\nb: error Error EADDRINUSE -98 listen ::\nport -98\nEFOO -3\nECONNRESET -4077\n" +
		`errno: -2, errno=-17 {"errno":-39} errno: -9999 errno: 2` + "\n"
	want := "error Error ECONNREFUSED -4078 connect 127.0.0.1\nb: error Error EADDRINUSE -4091 listen ::\nport -98\nEFOO -3\nECONNRESET -4077\n" +
		`errno: -4058, errno=-4075 {"errno":-4051} errno: -9999 errno: 2` + "\n"
	if got := string(forPlatform([]byte(in))); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
