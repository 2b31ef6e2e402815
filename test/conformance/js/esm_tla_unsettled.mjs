// A top-level await that never settles: once nothing is left to do Node
// warns where the module waits and exits with code 13.
process.on('exit', (code) => console.log('exit', code));
console.log('waiting');
await new Promise(() => {});
console.log('never printed');
