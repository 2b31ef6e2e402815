package host

// SourceAt returns the source of a user file as its author wrote it (a
// CommonJS file, an ES module by its file: URL, the -e or standard input
// script) and turns a position goja reports in it (1-based line and
// column, as compiled: after the module wrapper on line 1, the host's
// catch hooks, a rewrite of newer syntax) into the author's; ok is false
// for a file the host did not compile, or a position in code it added.
func (h *Host) SourceAt(file string, line, col int) (src string, srcLine, srcCol int, ok bool) {
	si := h.sourceOf(file)
	if si == nil {
		return "", 0, 0, false
	}
	l, c, found := si.pos(line, col)
	return si.src, l, c, found
}
