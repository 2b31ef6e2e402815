package eventloop

// Local returns the loop's value for key, creating it with init on first
// use. Layers above keep per-loop state here (netmod keeps its shared read
// buffer); use an unexported key type, as with context.Context values. A
// value with a Close() error method is closed by the loop's Close.
func (l *Loop) Local(key any, init func() any) any {
	// A hashed lookup of an interface key costs more than the rest of a
	// small read: remember the last key, as a read loop asks for the
	// same one again and again.
	if key == l.lastLocal.key && l.lastLocal.val != nil {
		return l.lastLocal.val
	}
	v, ok := l.locals[key]
	if !ok {
		if l.locals == nil {
			l.locals = make(map[any]any)
		}
		v = init()
		l.locals[key] = v
	}
	l.lastLocal.key, l.lastLocal.val = key, v
	return v
}
