package eventloop

// Local returns the loop's value for key, creating it with init on first
// use. Layers above keep per-loop state here (netmod keeps its shared read
// buffer); use an unexported key type, as with context.Context values.
func (l *Loop) Local(key any, init func() any) any {
	if v, ok := l.locals[key]; ok {
		return v
	}
	if l.locals == nil {
		l.locals = make(map[any]any)
	}
	v := init()
	l.locals[key] = v
	return v
}
