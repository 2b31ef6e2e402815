'use strict';
// A MessagePort in a message must be in the transfer list; transferred, it
// arrives as a new port on the same channel, and the old one posts nowhere.
const { port1, port2 } = new MessageChannel();
try { structuredClone({ p: port1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { port2.postMessage({ p: port1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone(1, { transfer: [port1, port1] }); } catch (e) { console.log(e.name, e.code, e.message); }
const c = new MessageChannel();
c.port2.on('message', (m) => {
  console.log('got port', m.p instanceof MessagePort, m.p === port1, m.n);
  m.p.on('message', (x) => {
    console.log('via the transferred port', x);
    m.p.close();
  });
  m.p.on('close', () => console.log('transferred port closed'));
  c.port2.close();
  port2.postMessage('hello');
});
c.port1.postMessage({ p: port1, n: 1 }, [port1]);
port1.postMessage('from the old port: dropped');
console.log('posted');
