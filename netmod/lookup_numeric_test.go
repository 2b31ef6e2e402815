package netmod

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The forms below are those server_blocklist_numeric_hosts.js sends through
// Node's dns.lookup (getaddrinfo); want is Node's answer, "" for ENOTFOUND.
func TestParseInetAton(t *testing.T) {
	cases := map[string]string{
		"127.1": "127.0.0.1", "127.0.1": "127.0.0.1", "0x7f.1": "127.0.0.1", "0X7F.0X0.0X0.0X1": "127.0.0.1",
		"2130706433": "127.0.0.1", "0x7f000001": "127.0.0.1", "017700000001": "127.0.0.1", "0177.0.0.1": "127.0.0.1",
		"127.000.000.001": "127.0.0.1", "127.0.0.01": "127.0.0.1", "2130706434": "127.0.0.2",
		"127.65535": "127.0.255.255", "127.0.65535": "127.0.255.255", "0x7f.0xfffe": "127.0.255.254",
		"0": "0.0.0.0", "00": "0.0.0.0", "0x0": "0.0.0.0", "4294967295": "255.255.255.255",
		"0xffffffff": "255.255.255.255", "1.2.65535": "1.2.255.255", "1.16777215": "1.255.255.255",
		"1.2.3.04": "1.2.3.4", "1.2.3.4": "1.2.3.4",
		"4294967296": "", "0x100000000": "", "127.16777216": "", "127.0.65536": "", "127.0.0.256": "",
		"08.1.1.1": "", "09": "", "0x": "", "0x.1": "", "1e3": "", "+127.0.0.1": "", "-1": "",
		"127.0.0.1.": "", ".127.0.0.1": "", "127..1": "", "1.2.3.4.5": "", " 127.0.0.1": "",
		"127.0.0.1 ": "", "127.0.0.1\t": "", "[127.0.0.1]": "", "": "", "::1": "", "localhost": "",
		"99999999999999999999": "", "0x0000000000000000000001": "0.0.0.1", "000000000000000000000000000177.1": "127.0.0.1",
	}
	for in, want := range cases {
		ip, ok := ParseInetAton(in)
		if want == "" {
			require.False(t, ok, "%q parsed as %v", in, ip)
			continue
		}
		require.True(t, ok, "%q", in)
		require.Equal(t, want, ip.String(), "%q", in)
	}
}

func TestNumericHostFamilies(t *testing.T) {
	ip, _ := ParseInetAton("127.1")
	got, err := numericHost(ip, "127.1", LookupOptions{Family: 6})
	require.Nil(t, got)
	require.EqualError(t, err, "getaddrinfo EAI_ADDRFAMILY 127.1")
	got, err = numericHost(ip, "127.1", LookupOptions{Family: 6, Hints: HintV4Mapped})
	require.NoError(t, err)
	require.Equal(t, []LookupAddress{{Address: "::ffff:127.0.0.1", Family: 6}}, got)
	got, err = numericHost(ip, "127.1", LookupOptions{All: true})
	require.NoError(t, err)
	require.Equal(t, []LookupAddress{{Address: "127.0.0.1", Family: 4}}, got)
}
