'use strict';
// An object with no way to become a primitive (a null-prototype one) in
// string, arithmetic, comparison, Error, Date and join: V8's message, never
// the engine's description of its own value.
const o = Object.create(null);
try { String(o); } catch (e) { console.log(e.name, e.message); }
try { `${o}`; } catch (e) { console.log(e.name, e.message); }
try { o + 1; } catch (e) { console.log(e.name, e.message); }
try { o == 1; } catch (e) { console.log(e.name, e.message); }
try { Error(o); } catch (e) { console.log(e.name, e.message); }
try { require('assert').throws(() => { throw Object.create(null); }, Error); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
try { new Date(o) } catch (e) { console.log(e.name, e.message); }
try { [o].join() } catch (e) { console.log(e.name, e.message); }
