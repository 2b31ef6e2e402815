package script

import (
	"bytes"
	"testing"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/eventloop"
)

// EventEmitter.prototype.emit is the events binding's: a lone listener is
// called from Go, every other case runs the JavaScript emit. Both must
// behave as Node's emit: this, argument counts, exceptions, symbols and
// numeric names, callables that are not plain functions (classes, proxies,
// bound functions, generators), captureRejections on a lone listener. The
// expected output is what Node 26.10 prints.
func TestEventsEmitAsNode(t *testing.T) { checkAsNode(t, emitEdgeScript, emitEdgeNode) }

const emitEdgeScript = `const E=require('events');
const e=new E();
class K {}
e.on('k', K);
try { e.emit('k') } catch (err) { console.log('class', err.constructor.name) }
e.removeAllListeners('k');
e.on('p', new Proxy(function(){ console.log('proxy called', this===e, arguments.length) }, {}));
e.emit('p', 1, 2);
e.on('b', function(a){ console.log('bound this', this.tag, a) }.bind({tag:'T'}));
e.emit('b', 5);
e.on('t', function(){ throw new Error('thrown') });
try { e.emit('t') } catch (err) { console.log('caught', err.message) }
e.on('r', (a,b,c,d,f)=>console.log('many', a,b,c,d,f));
e.emit('r', 1,2,3,4,5);
e.on(Symbol.for('s'), function(){ console.log('sym', arguments.length, this===e) });
e.emit(Symbol.for('s'));
e.on('1', ()=>console.log('numeric key'));
console.log(e.emit(1));
console.log(E.prototype.emit.call({_events:{x(){console.log('plain this')}}}, 'x'));
try { E.prototype.emit.call(undefined, 'x') } catch (err) { console.log('undefined this', err.constructor.name) }
const g=new E(); g.on('gen', function*(){ console.log('not run') }); console.log(g.emit('gen'));
const a=new E({captureRejections:true}); a.on('error', er=>console.log('err route', er.message)); a.on('q', async ()=>{ throw new Error('async lone') }); a.emit('q');
e.on('toString', ()=>console.log('own toString'));  e.emit('toString');
console.log(new E().emit('toString'), new E().emit('__proto__'));
`

const emitEdgeNode = `class TypeError
proxy called true 2
bound this T 5
caught thrown
many 1 2 3 4 5
sym 0 true
numeric key
true
plain this
true
undefined this TypeError
true
own toString
false false
err route async lone
`

// BenchmarkEventsEmitLone emits to one listener (the speed target).
func BenchmarkEventsEmitLone(b *testing.B) {
	loop, err := eventloop.New()
	if err != nil {
		b.Fatal(err)
	}
	defer loop.Close()
	var out, errOut bytes.Buffer
	h, err := New(loop, Options{Stdout: &out, Stderr: &errOut})
	if err != nil {
		b.Fatal(err)
	}
	defer h.Close()
	src := `const E = require('events'); const e = new E(); let c = 0; e.on('x', (a) => { c += a; });
globalThis.emitRun = function(n) { for (let i = 0; i < n; i++) e.emit('x', 1); return c; };`
	if code, err := h.RunMainString("[eval]", src); err != nil || code != 0 {
		b.Fatal(code, err, errOut.String())
	}
	run, _ := goja.AssertFunction(h.Runtime().Get("emitRun"))
	b.ResetTimer()
	if _, err := run(goja.Undefined(), h.Runtime().ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}
