'use strict';
const dns = require('dns');
dns.lookupService('127.0.0.1', 22, (err, host, service) => {
  console.log(err, host, service);
  dns.lookupService('127.0.0.1', 54321, (err, host, service) => {
    console.log(err, host, service);
    dns.promises.lookupService('127.0.0.1', 80).then((r) => console.log(r));
  });
});
for (const f of [() => dns.lookupService('127.0.0.1', 22), () => dns.lookupService('nope', 22, () => {}),
  () => dns.lookupService('127.0.0.1', 70000, () => {}), () => dns.lookupService(1, 2, () => {})]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
