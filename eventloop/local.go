package eventloop

// Local returns the loop's value for key, creating it with init on first
// use. Layers above keep per-loop state here (netmod keeps its shared read
// buffer); use an unexported key type, as with context.Context values. A
// value with a Close() error method is closed by the loop's Close. The
// lookup hashes the key: a hot path keeps the value in a field instead of
// asking again per event.
func (l *Loop) Local(key any, init func() any) any {
	v, ok := l.locals[key]
	if !ok {
		if l.locals == nil {
			l.locals = make(map[any]any)
		}
		v = init()
		l.locals[key] = v
	}
	return v
}
