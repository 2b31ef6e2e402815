// This file exists because the golden files are Node's output on Linux,
// and Node on Windows prints other numbers for the same errors: err.errno
// is libuv's number, which is the negated errno on Linux (ECONNREFUSED
// -111) and one of libuv's own on Windows (ECONNREFUSED -4078). Node's
// codes and messages are the same on both. So on Windows, a golden line
// that prints an error code followed by its Linux number ("ECONNREFUSED
// -111") is compared as "ECONNREFUSED -4078"; nothing else is changed.

package conformance

import (
	"bytes"
	"regexp"
	"strconv"
)

// errnos maps the error names the scenarios print to their Linux errno and
// libuv's Windows number.
var errnos = map[string][2]int{
	"EACCES":        {13, -4092},
	"EADDRINUSE":    {98, -4091},
	"EADDRNOTAVAIL": {99, -4090},
	"EAFNOSUPPORT":  {97, -4089},
	"EAGAIN":        {11, -4088},
	"EBADF":         {9, -4083},
	"ECANCELED":     {125, -4081},
	"ECONNABORTED":  {103, -4079},
	"ECONNREFUSED":  {111, -4078},
	"ECONNRESET":    {104, -4077},
	"EEXIST":        {17, -4075},
	"EHOSTUNREACH":  {113, -4073},
	"EINVAL":        {22, -4071},
	"EISDIR":        {21, -4068},
	"ELOOP":         {40, -4067},
	"EMFILE":        {24, -4066},
	"ENETUNREACH":   {101, -4062},
	"ENOENT":        {2, -4058},
	"ENOTCONN":      {107, -4053},
	"ENOTDIR":       {20, -4052},
	"ENOTEMPTY":     {39, -4051},
	"ENOTSOCK":      {88, -4050},
	"ENOTSUP":       {95, -4049},
	"EPERM":         {1, -4048},
	"EPIPE":         {32, -4047},
	"ETIMEDOUT":     {110, -4039},
	"EXDEV":         {18, -4037},
}

var (
	codeThenErrno = regexp.MustCompile(`\b(E[A-Z]+) (-[0-9]+)\b`)
	errnoProperty = regexp.MustCompile(`\berrno("?:"? ?|=)(-[0-9]+)\b`)
)

// forPlatform returns a golden trace as Node on Windows prints it.
func forPlatform(golden []byte) []byte {
	golden = codeThenErrno.ReplaceAllFunc(golden, func(m []byte) []byte {
		sub := codeThenErrno.FindSubmatch(m)
		e, ok := errnos[string(sub[1])]
		if !ok || string(sub[2]) != "-"+strconv.Itoa(e[0]) {
			return m
		}
		return bytes.Join([][]byte{sub[1], []byte(strconv.Itoa(e[1]))}, []byte(" "))
	})
	return errnoProperty.ReplaceAllFunc(golden, func(m []byte) []byte {
		sub := errnoProperty.FindSubmatch(m)
		for _, e := range errnos {
			if string(sub[2]) == "-"+strconv.Itoa(e[0]) {
				return append([]byte("errno"+string(sub[1])), strconv.Itoa(e[1])...)
			}
		}
		return m
	})
}
