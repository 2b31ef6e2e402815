// JSON.stringify of a circular structure: V8's message naming the circle.
const a = { x: 1, b: { c: [1, {}] } }; a.b.c[1].back = a;
try { JSON.stringify(a); } catch (e) { console.log(e.message); }
class K {} const k = new K(); k.arr = [k];
try { JSON.stringify({ k }); } catch (e) { console.log(e.message); }
const n = Object.create(null); n.me = n;
try { JSON.stringify(n); } catch (e) { console.log(e.message); }
