//go:build !linux

// This file exists because splice(2) is Linux's: elsewhere Socket.Pipe
// always reads and writes (see splice_linux.go).

package netmod

type splicer struct{}

func (sp *splicer) close() {}

func (s *Socket) spliceDest(sp *splicer) *Socket { return nil }

func (s *Socket) spliceIn(sp *splicer) (int, error, bool) { return 0, nil, false }

func (s *Socket) spliceOut(sp *splicer, dest *Socket, n int) {}

// spliceMin: see splice_linux.go (no read is spliced here).
const spliceMin = 1 << 62
