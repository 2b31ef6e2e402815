package conformance

import "testing"

func TestForPlatformWindows(t *testing.T) {
	in := "error Error ECONNREFUSED -111 connect 127.0.0.1\nb: error Error EADDRINUSE -98 listen ::\nport -98\nEFOO -3\nECONNRESET -4077\n"
	want := "error Error ECONNREFUSED -4078 connect 127.0.0.1\nb: error Error EADDRINUSE -4091 listen ::\nport -98\nEFOO -3\nECONNRESET -4077\n"
	if got := string(forPlatform([]byte(in))); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
